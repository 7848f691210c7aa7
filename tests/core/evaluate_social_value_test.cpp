// A bid's social value: the cap and its sharing, each basis, the qualitative
// score, the blend α and the theme weights.
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

/// Themes a and b, each with a quantitative measure of proxy 1 (Ma = 0, Mb = 1),
/// so a commitment's claimed value is its quantity; discount 0.
Tender twoThemeTender() {
  Tender tender = test::oneMeasureTender();
  tender.framework.themes = {test::theme("a"), test::theme("b")};
  tender.framework.measures = {test::quantitative("Ma", 0, 1), test::quantitative("Mb", 1, 1)};
  return tender;
}

/// Theme t with quantitative M (0, proxy 1) and qualitative Q (1). Bid A (price
/// 1,000) claims 100 and scores 20; bid B (price 1,000) claims 200 and scores 60.
Tender blendTender(double alpha) {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures = {test::quantitative("M", 0, 1), test::qualitative("Q", 0)};
  tender.method.socialValue.quantitativeShare = alpha;
  Bid a = test::bid("A", 1000);
  a.commitments = {test::commitment(0, 100)};
  a.responses = {{1, 20}};
  Bid b = test::bid("B", 1000);
  b.commitments = {test::commitment(0, 200)};
  b.responses = {{1, 60}};
  tender.bids = {a, b};
  return tender;
}

/// One theme, one quantitative measure; bids claiming `claims` at `prices`.
Tender basisTender(Basis basis, std::vector<double> prices, std::vector<double> claims) {
  Tender tender = test::oneMeasureTender();
  tender.method.socialValue.basis = basis;
  for (std::size_t i = 0; i < prices.size(); ++i) {
    Bid bid = test::bid("B" + std::to_string(i), prices[i]);
    bid.commitments = {test::commitment(0, claims[i])};
    tender.bids.push_back(bid);
  }
  return tender;
}

double quantitativeOf(const Result& result, std::size_t bid, std::size_t part = 0) {
  const std::optional<double>& q =
      test::resultOf(result, bid).socialValue.themes[part].quantitative;
  REQUIRE(q);
  return *q;
}

} // namespace

TEST_CASE("the cap is shared across themes in proportion to claimed", "[evaluate]") {
  Tender tender = twoThemeTender();
  tender.method.socialValue.cap = 0.2;
  Bid bid = test::bid("B", 1000);
  bid.commitments = {test::commitment(0, 300), test::commitment(1, 100)};
  tender.bids = {bid};
  const SocialValueResult sv = test::evaluated(tender).bids[0].socialValue;
  CHECK(sv.claimed == 400);        // 300 + 100
  CHECK(sv.scored == 200);         // min(400, 0.2 × 1,000)
  CHECK(sv.percentOfPrice == 0.2); // 200 / 1,000
  CHECK(sv.themes[0].claimed == 300);
  CHECK(sv.themes[0].scored == near(150)); // 300 × 200 / 400
  CHECK(sv.themes[1].claimed == 100);
  CHECK(sv.themes[1].scored == near(50)); // 100 × 200 / 400
}

TEST_CASE("without a cap, or under it, everything claimed is scored", "[evaluate]") {
  Tender tender = twoThemeTender();
  SECTION("no cap") {
    tender.method.socialValue.cap.reset();
  }
  SECTION("a cap above the claim") {
    tender.method.socialValue.cap = 0.5;
  } // 500 > 400
  Bid bid = test::bid("B", 1000);
  bid.commitments = {test::commitment(0, 300), test::commitment(1, 100)};
  tender.bids = {bid};
  const SocialValueResult sv = test::evaluated(tender).bids[0].socialValue;
  CHECK(sv.scored == 400);
  CHECK(sv.percentOfPrice == 0.4);   // 400 / 1,000
  CHECK(sv.themes[0].scored == 300); // exactly its claim
  CHECK(sv.themes[1].scored == 100);
}

TEST_CASE("nothing claimed shares nothing", "[evaluate]") {
  Tender tender = twoThemeTender();
  tender.method.socialValue.cap = 0.2;
  tender.bids = {test::bid("B", 1000)};
  const SocialValueResult sv = test::evaluated(tender).bids[0].socialValue;
  CHECK(sv.claimed == 0);
  CHECK(sv.scored == 0);
  CHECK(sv.themes[0].scored == 0); // 0 when claimed_i is 0, no 0/0
  CHECK(sv.themes[1].scored == 0);
  CHECK(sv.points == 0);
}

TEST_CASE("basis absolute compares scored value", "[evaluate]") {
  const Result result = test::evaluated(basisTender(Basis::absolute, {1000, 4000}, {100, 400}));
  CHECK(quantitativeOf(result, 0) == 0.25);                  // 100 / max(100, 400)
  CHECK(quantitativeOf(result, 1) == 1);                     // 400 / 400
  CHECK(test::resultOf(result, 0).socialValue.points == 25); // 100 × 1 × 0.25
}

TEST_CASE("basis proportional compares scored value per pound of price", "[evaluate]") {
  const Result result = test::evaluated(basisTender(Basis::proportional, {1000, 8000}, {100, 400}));
  CHECK(quantitativeOf(result, 0) == 1);         // 0.1 is the best
  CHECK(quantitativeOf(result, 1) == near(0.5)); // 0.05 / 0.1
}

TEST_CASE("basis target compares with target × ŵ_θ, at most 1", "[evaluate]") {
  Tender tender = twoThemeTender();
  tender.method.socialValue.basis = Basis::target;
  tender.method.socialValue.target = 0.1;
  Bid bid = test::bid("B", 1000);
  bid.commitments = {test::commitment(0, 30), test::commitment(1, 80)};
  tender.bids = {bid};
  const Result result = test::evaluated(tender);
  CHECK(quantitativeOf(result, 0, 0) == near(0.6));     // (30/1,000) / (0.1 × 0.5)
  CHECK(quantitativeOf(result, 0, 1) == 1);             // (80/1,000) / 0.05 = 1.6, capped at 1
  CHECK(result.bids[0].socialValue.points == near(80)); // 100 × (0.5 × 0.6 + 0.5 × 1)
}

TEST_CASE("where the best is 0 every q is 0", "[evaluate]") {
  const Basis basis = GENERATE(Basis::absolute, Basis::proportional);
  const Result result = test::evaluated(basisTender(basis, {1000, 2000}, {0, 0}));
  CHECK(quantitativeOf(result, 0) == 0);
  CHECK(quantitativeOf(result, 1) == 0);
}

TEST_CASE("α blends quantitative and qualitative scores", "[evaluate]") {
  // q: A 100/1,000 ÷ 0.2 = 0.5, B 1; s: A 20/100 = 0.2, B 0.6.
  SECTION("α = 0.5") {
    const Result result = test::evaluated(blendTender(0.5));
    const ThemeResult& a = test::resultOf(result, 0).socialValue.themes[0];
    CHECK(*a.quantitative == near(0.5));
    CHECK(*a.qualitative == near(0.2));
    CHECK(a.score == near(0.35));                                    // 0.5 × 0.5 + 0.5 × 0.2
    CHECK(test::resultOf(result, 0).socialValue.points == near(35)); // 100 × 1 × 0.35
    CHECK(test::resultOf(result, 1).socialValue.themes[0].score == near(0.8)); // 0.5 + 0.3
  }
  SECTION("α = 1: only quantitative counts") {
    const Result result = test::evaluated(blendTender(1));
    CHECK(test::resultOf(result, 0).socialValue.themes[0].score == near(0.5));
    CHECK(test::resultOf(result, 1).socialValue.themes[0].score == 1);
  }
  SECTION("α = 0: only qualitative counts") {
    const Result result = test::evaluated(blendTender(0));
    CHECK(test::resultOf(result, 0).socialValue.themes[0].score == near(0.2));
    CHECK(test::resultOf(result, 1).socialValue.themes[0].score == near(0.6));
  }
}

TEST_CASE("a single-kind theme scores its one kind whatever α is", "[evaluate]") {
  Tender tender = blendTender(0.3);
  tender.framework.themes = {test::theme("quantitative"), test::theme("qualitative")};
  tender.framework.measures[1].theme = 1;
  const Result result = test::evaluated(tender);
  const SocialValueResult& a = test::resultOf(result, 0).socialValue;
  REQUIRE(a.themes.size() == 2);
  CHECK(*a.themes[0].quantitative == near(0.5));
  CHECK_FALSE(a.themes[0].qualitative);
  CHECK(a.themes[0].score == near(0.5)); // t = q
  CHECK_FALSE(a.themes[1].quantitative);
  CHECK(*a.themes[1].qualitative == near(0.2));
  CHECK(a.themes[1].score == near(0.2)); // t = s
  CHECK(a.points == near(35));           // 100 × (0.5 × 0.5 + 0.5 × 0.2)
  CHECK(test::resultOf(result, 1).socialValue.points == near(80)); // 100 × (0.5 × 1 + 0.5 × 0.6)
}

TEST_CASE("qualitative measures are weighted, and unanswered ones score 0", "[evaluate]") {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures = {test::qualitative("Q1", 0, 1), test::qualitative("Q3", 0, 3)};
  Bid both = test::bid("both", 1000);
  both.responses = {{0, 100}, {1, 20}};
  Bid reversed = test::bid("reversed", 1000);
  reversed.responses = {{1, 20}, {0, 100}};
  Bid one = test::bid("one", 1000);
  one.responses = {{0, 100}};
  tender.bids = {both, reversed, one};
  const Result result = test::evaluated(tender);
  const ThemeResult& t = test::resultOf(result, 0).socialValue.themes[0];
  CHECK(*t.qualitative == near(0.4)); // (1 × 100/100 + 3 × 20/100) ÷ (1 + 3) = 1.6 / 4
  CHECK_FALSE(t.quantitative);
  CHECK(test::resultOf(result, 0).socialValue.points == near(40)); // 100 × 0.4
  // The order a bid lists its responses in does not change a bit.
  CHECK(*test::resultOf(result, 1).socialValue.themes[0].qualitative == *t.qualitative);
  CHECK(*test::resultOf(result, 2).socialValue.themes[0].qualitative == 0.25); // 1 ÷ 4
}

TEST_CASE("theme weights are normalised over the themes that take part", "[evaluate]") {
  Tender tender = test::oneMeasureTender();
  tender.framework.themes = {test::theme("a", 1), test::theme("unused", 5), test::theme("b", 2)};
  tender.framework.measures = {test::qualitative("Qa", 0), test::qualitative("Qb", 2)};
  Bid bid = test::bid("B", 1000);
  bid.responses = {{0, 60}, {1, 30}};
  tender.bids = {bid};
  const SocialValueResult sv = test::evaluated(tender).bids[0].socialValue;
  REQUIRE(sv.themes.size() == 2); // "unused" has no measure and takes no part
  CHECK(sv.themes[0].theme == 0);
  CHECK(sv.themes[0].weight == near(1.0 / 3)); // 1 / (1 + 2)
  CHECK(sv.themes[1].theme == 2);
  CHECK(sv.themes[1].weight == near(2.0 / 3)); // 2 / (1 + 2)
  CHECK(sv.points == near(40));                // 100 × (1/3 × 0.6 + 2/3 × 0.3)
}

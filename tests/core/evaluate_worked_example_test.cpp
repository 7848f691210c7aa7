// The spec's worked example (shared/spec/examples/worked.md), every figure, end
// to end. The tender is worked-tender.json built in C++ with the reader's
// defaults: evidence planned, geography local, discount green-book, price
// relative.
#include "evaluate/discount_schedule.hpp"
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

constexpr std::size_t jobs = 0, community = 1;
constexpr std::size_t J1 = 0, JQ = 1, C1 = 2;
constexpr std::size_t largeLocal = 0, smallRemote = 1;

Tender workedTender() {
  Tender tender;
  tender.framework = test::defaultFramework();
  tender.framework.id = "worked-example";
  tender.framework.themes = {test::theme("jobs", 3), test::theme("community", 1)};
  Measure j1 = test::quantitative("J1", jobs, 30000);
  j1.deadweight = 0.2;
  j1.maxYears = 2;
  Measure c1 = test::quantitative("C1", community, 20);
  c1.dropOff = 0.5;
  tender.framework.measures = {j1, test::qualitative("JQ", jobs), c1};
  tender.method.weights = {60, 30, 10};
  tender.method.socialValue.basis = Basis::proportional;
  tender.method.socialValue.quantitativeShare = 0.5;
  tender.method.socialValue.cap = 0.1;

  Bid large = test::bid("large-local", 420000, 80);
  large.commitments = {test::commitment(J1, 4, 3, test::evidenced, test::local)};
  large.responses = {{JQ, 40}};
  Bid small = test::bid("small-remote", 400000, 70);
  small.commitments = {test::commitment(J1, 1, 1, test::verified, test::national),
                       test::commitment(C1, 1000, 2, test::planned, test::local)};
  small.responses = {{JQ, 80}};
  tender.bids = {large, small};
  return tender;
}

} // namespace

TEST_CASE("worked example: discount factors", "[evaluate]") {
  const std::vector<double> d = evaluation::discountFactors(Discount{}, 2);
  CHECK(d[1] == 1 / 1.035);                 // D_1 = 1/1.035 = 0.966183574879227
  CHECK(d[2] == (1 / 1.035) * (1 / 1.035)); // D_2 = D_1² = 0.933510700366403
  CHECK(d[2] == near(0.93351070036640293));
}

TEST_CASE("worked example: small-remote", "[evaluate]") {
  const Result result = test::evaluated(workedTender());
  const BidResult& bid = test::resultOf(result, smallRemote);
  REQUIRE(bid.lines.size() == 2);

  const LineResult& j1 = bid.lines[0];
  CHECK(j1.commitment == 0);
  CHECK(j1.yearsCounted == 1);
  CHECK(j1.annual == 24000);                     // 1 × 30,000 × (1 − 0.2) × G national 1
  CHECK(j1.gross == 30000);                      // 1 × 30,000 × 1
  CHECK(j1.net == 24000);                        // V_1 = A
  CHECK(j1.present == near(23188.405797101448)); // 24,000 × D_1
  CHECK(j1.claimed == j1.present);               // κ verified = 1

  const LineResult& c1 = bid.lines[1];
  CHECK(c1.commitment == 1);
  CHECK(c1.yearsCounted == 2);
  CHECK(c1.annual == 20000);                     // 1,000 × 20
  CHECK(c1.gross == 40000);                      // 1,000 × 20 × 2
  CHECK(c1.net == 30000);                        // 20,000 + 20,000 × (1 − 0.5)
  CHECK(c1.present == near(28658.778501248569)); // 20,000 D_1 + 10,000 D_2
  CHECK(c1.claimed == near(20061.144950874001)); // × κ planned 0.7

  const SocialValueResult& sv = bid.socialValue;
  CHECK(sv.gross == 70000);                      // 30,000 + 40,000
  CHECK(sv.net == 54000);                        // 24,000 + 30,000
  CHECK(sv.present == near(51847.184298350017)); // 23,188.41 + 28,658.78
  CHECK(sv.claimed == near(43249.550747975445)); // 23,188.41 + 20,061.14
  CHECK(sv.scored == 40000);                     // cap 0.1 × 400,000
  CHECK(sv.percentOfPrice == 0.1);               // 40,000 / 400,000

  REQUIRE(sv.themes.size() == 2);
  const ThemeResult& tj = sv.themes[0];
  CHECK(tj.theme == jobs);
  CHECK(tj.weight == 0.75);                      // 3 / (3 + 1)
  CHECK(tj.claimed == near(23188.405797101448)); // J1 only
  CHECK(tj.scored == near(21446.147204834881));  // 23,188.41 × 40,000 / 43,249.55
  REQUIRE(tj.quantitative);
  CHECK(*tj.quantitative == near(0.53615368012087206)); // (21,446.15 / 400,000) / 0.1
  REQUIRE(tj.qualitative);
  CHECK(*tj.qualitative == near(0.8));          // 1 × 80 / 100 ÷ 1
  CHECK(tj.score == near(0.66807684006043599)); // 0.5 × 0.536154 + 0.5 × 0.8

  const ThemeResult& tc = sv.themes[1];
  CHECK(tc.theme == community);
  CHECK(tc.weight == 0.25);                      // 1 / 4
  CHECK(tc.claimed == near(20061.144950874001)); // C1 only
  CHECK(tc.scored == near(18553.852795165119));  // 20,061.14 × 40,000 / 43,249.55
  REQUIRE(tc.quantitative);
  CHECK(*tc.quantitative == 1); // 0.046385 is the best
  CHECK_FALSE(tc.qualitative);  // no qualitative measure
  CHECK(tc.score == 1);         // quantitative only: t = q

  CHECK(sv.points == near(75.105763004532704)); // 100 × (0.75 × 0.668077 + 0.25 × 1)
  CHECK(bid.scores.price == 60);                // 60 × 400,000/400,000
  CHECK(bid.scores.quality == 21);              // 30 × 70 / 100
  CHECK(bid.scores.socialValue == near(7.5105763004532697)); // 10 × 75.1058 / 100
  REQUIRE(bid.total);
  CHECK(*bid.total == near(88.510576300453266)); // 60 + 21 + 7.51058
  CHECK(bid.rank == 1);
}

TEST_CASE("worked example: large-local", "[evaluate]") {
  const Result result = test::evaluated(workedTender());
  const BidResult& bid = test::resultOf(result, largeLocal);
  REQUIRE(bid.lines.size() == 1);

  const LineResult& j1 = bid.lines[0];
  CHECK(j1.yearsCounted == 2);                   // min(3, maxYears 2)
  CHECK(j1.annual == 96000);                     // 4 × 30,000 × 0.8
  CHECK(j1.gross == 240000);                     // 4 × 30,000 × 2
  CHECK(j1.net == 192000);                       // 96,000 × 2
  CHECK(j1.present == near(182370.65042358049)); // 96,000 × (D_1 + D_2)
  CHECK(j1.claimed == near(164133.58538122242)); // × κ evidenced 0.9

  const SocialValueResult& sv = bid.socialValue;
  CHECK(sv.gross == 240000);
  CHECK(sv.net == 192000);
  CHECK(sv.present == near(182370.65042358049));
  CHECK(sv.claimed == near(164133.58538122242));
  CHECK(sv.scored == 42000);       // cap 0.1 × 420,000
  CHECK(sv.percentOfPrice == 0.1); // 42,000 / 420,000

  const ThemeResult& tj = sv.themes[0];
  CHECK(tj.claimed == near(164133.58538122242));
  CHECK(tj.scored == 42000);           // all of it is in jobs
  CHECK(*tj.quantitative == 1);        // 0.1 is the best of 0.1 and 0.053615
  CHECK(*tj.qualitative == near(0.4)); // 40 / 100
  CHECK(tj.score == near(0.7));        // 0.5 × 1 + 0.5 × 0.4
  const ThemeResult& tc = sv.themes[1];
  CHECK(tc.claimed == 0);
  CHECK(tc.scored == 0);
  CHECK(*tc.quantitative == 0); // 0 / 0.046385
  CHECK(tc.score == 0);

  CHECK(sv.points == near(52.5));                      // 100 × 0.75 × 0.7
  CHECK(bid.scores.price == near(57.142857142857146)); // 60 × 400/420
  CHECK(bid.scores.quality == 24);                     // 30 × 80 / 100
  CHECK(bid.scores.socialValue == near(5.25));         // 10 × 52.5 / 100
  CHECK(*bid.total == near(86.392857142857139));       // 57.1429 + 24 + 5.25
  CHECK(bid.rank == 2);
}

TEST_CASE("worked example: order, ties, robustness and warnings", "[evaluate]") {
  const Tender tender = workedTender();
  const Result result = test::evaluated(tender);
  REQUIRE(result.bids.size() == 2);
  CHECK(result.bids[0].bid == smallRemote); // 88.51 > 86.39
  CHECK(result.bids[1].bid == largeLocal);
  CHECK(result.ties.empty());
  CHECK(result.warnings.empty());

  // base: small-remote (60 + 21)/90 = 0.9, large-local (57.1429 + 24)/90 = 0.901587.
  // Lead of large-local at w = 0: 100 × (0.901587 − 0.9) = 0.158730; at w = 100:
  // 52.5 − 75.1058 = −22.6058; they meet at 100 × 0.158730 / 22.7645 = 0.697271.
  REQUIRE(result.robustness);
  const Robustness& robustness = *result.robustness;
  CHECK(robustness.winner == smallRemote);
  REQUIRE(robustness.low);
  CHECK(*robustness.low == near(0.69727077862781539));
  REQUIRE(robustness.high);
  CHECK(*robustness.high == 100);
  REQUIRE(robustness.overtakenBy.size() == 1);
  CHECK(robustness.overtakenBy[0].bid == largeLocal);
  REQUIRE(robustness.overtakenBy[0].at);
  CHECK(*robustness.overtakenBy[0].at == near(0.69727077862781539));

  const BidResult& small = test::resultOf(result, smallRemote);
  REQUIRE(small.warnings.size() == 1);
  CHECK(test::code(small.warnings[0]) == "capped");
  CHECK(test::message(tender, small.warnings[0]) ==
        "Claimed social value £43,249.55 exceeds the cap of 10% of "
        "price (£40,000); £3,249.55 is not scored.");
  CHECK(test::path(small.warnings[0]).empty());
  REQUIRE(small.warnings[0].amount);
  CHECK(*small.warnings[0].amount == near(3249.5507479754488)); // 43,249.55 − 40,000

  const BidResult& large = test::resultOf(result, largeLocal);
  REQUIRE(large.warnings.size() == 2);
  CHECK(test::code(large.warnings[0]) == "capped");
  CHECK(test::message(tender, large.warnings[0]) ==
        "Claimed social value £164,133.59 exceeds the cap of 10% of "
        "price (£42,000); £122,133.59 is not scored.");
  CHECK(*large.warnings[0].amount == near(122133.58538122244)); // 164,133.59 − 42,000
  CHECK(test::code(large.warnings[1]) == "years-limited");
  CHECK(test::path(large.warnings[1]) == "/bids/0/commitments/0/years");
  CHECK(test::message(tender, large.warnings[1]) ==
        "This commitment runs for 3 years but measure J1 counts at "
        "most 2 years, so 1 year is not valued.");
  CHECK_FALSE(large.warnings[1].amount);
}

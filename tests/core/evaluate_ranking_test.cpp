// Totals and ranking: weighted and pqp, ties within a margin that chain, each
// tie-break and bids with no pqp total.
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

/// Weights price 0, quality 100, social value 0, so each total is the bid's
/// quality (100 × q / 100 = q exactly for these values). The one measure is
/// qualitative, so each bid's SV is its response score.
Tender qualityTender(std::vector<double> qualities, std::vector<double> prices = {},
                     std::vector<double> responses = {}) {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures = {test::qualitative("Q", 0)};
  tender.method.weights = {0, 100, 0};
  for (std::size_t i = 0; i < qualities.size(); ++i) {
    Bid bid = test::bid("B" + std::to_string(i), prices.empty() ? 100 : prices[i], qualities[i]);
    if (!responses.empty()) {
      bid.responses = {{0, responses[i]}};
    }
    tender.bids.push_back(bid);
  }
  return tender;
}

std::vector<std::size_t> order(const Result& result) {
  std::vector<std::size_t> bids;
  for (const BidResult& bid : result.bids) {
    bids.push_back(bid.bid);
  }
  return bids;
}

std::vector<int> ranks(const Result& result) {
  std::vector<int> ranks;
  for (const BidResult& bid : result.bids) {
    ranks.push_back(bid.rank);
  }
  return ranks;
}

using Order = std::vector<std::size_t>;
using Ranks = std::vector<int>;
using Ties = std::vector<std::vector<std::size_t>>;

} // namespace

TEST_CASE("weighted totals add the three criteria's points", "[evaluate]") {
  Tender tender = qualityTender({70, 90}, {100, 200}, {40, 80});
  tender.method.weights = {50, 30, 20};
  const Result result = test::evaluated(tender);
  const BidResult& b0 = test::resultOf(result, 0);
  CHECK(b0.scores.price == 50);      // 50 × 100/100
  CHECK(b0.scores.quality == 21);    // 30 × 70 / 100
  CHECK(b0.scores.socialValue == 8); // 20 × 40 / 100
  CHECK(*b0.total == 79);            // 50 + 21 + 8
  const BidResult& b1 = test::resultOf(result, 1);
  CHECK(b1.scores.price == 25);       // 50 × 100/200
  CHECK(b1.scores.quality == 27);     // 30 × 90 / 100
  CHECK(b1.scores.socialValue == 16); // 20 × 80 / 100
  CHECK(*b1.total == 68);             // 25 + 27 + 16
}

TEST_CASE("weighted: higher total first, distinct ranks", "[evaluate]") {
  const Result result = test::evaluated(qualityTender({70, 90, 80}));
  CHECK(order(result) == Order{1, 2, 0}); // 90, 80, 70
  CHECK(ranks(result) == Ranks{1, 2, 3});
  CHECK(result.ties.empty());
}

TEST_CASE("equal totals keep input order and share a rank", "[evaluate]") {
  SECTION("1, 2, 2") {
    const Result result = test::evaluated(qualityTender({80, 90, 80}));
    CHECK(order(result) == Order{1, 0, 2}); // stable: bid 0 before bid 2
    CHECK(ranks(result) == Ranks{1, 2, 2});
    CHECK(result.ties == Ties{{0, 2}});
  }
  SECTION("competition ranking 1, 1, 3") {
    const Result result = test::evaluated(qualityTender({80, 80, 70}));
    CHECK(ranks(result) == Ranks{1, 1, 3});
    CHECK(result.ties == Ties{{0, 1}});
  }
}

TEST_CASE("tie groups chain within the margin", "[evaluate]") {
  // 90 − 89.6 = 0.4 and 89.6 − 89.2 = 0.4 are within 0.5, so all three are one
  // group although 90 − 89.2 = 0.8 is not; 89.2 − 88 = 1.2 starts a new group.
  Tender tender = qualityTender({89.2, 88, 90, 89.6, 87.9});
  tender.method.tieMargin = 0.5;
  const Result result = test::evaluated(tender);
  CHECK(order(result) == Order{2, 3, 0, 1, 4});
  CHECK(ranks(result) == Ranks{1, 1, 1, 4, 4}); // 88 − 87.9 = 0.1 ties too
  CHECK(result.ties == Ties{{2, 3, 0}, {1, 4}});
}

TEST_CASE("tie-break by lower price", "[evaluate]") {
  Tender tender = qualityTender({90, 89.6, 89.2, 88}, {300, 100, 200, 50});
  tender.method.tieMargin = 0.5;
  tender.method.tieBreak = TieBreak::price;
  const Result result = test::evaluated(tender);
  CHECK(order(result) == Order{1, 2, 0, 3}); // prices 100, 200, 300 within the group
  CHECK(ranks(result) == Ranks{1, 2, 3, 4});
  CHECK(result.ties == Ties{{1, 2, 0}}); // still listed, in their final order
}

TEST_CASE("tie-break by higher quality", "[evaluate]") {
  // Weights 50/50/0, relative price: bid 0 (100, q 50) = 50 + 25 = 75; bids 1 and 2
  // (200, q 100) = 25 + 50 = 75.
  Tender tender = qualityTender({50, 100, 100}, {100, 200, 200});
  tender.method.weights = {50, 50, 0};
  tender.method.tieBreak = TieBreak::quality;
  const Result result = test::evaluated(tender);
  CHECK(*result.bids[0].total == 75);
  CHECK(order(result) == Order{1, 2, 0});
  CHECK(ranks(result) == Ranks{1, 1, 3}); // equal on quality too: shared rank
  CHECK(result.ties == Ties{{1, 2, 0}});
}

TEST_CASE("tie-break by higher social value", "[evaluate]") {
  Tender tender = qualityTender({80, 80, 80, 70}, {}, {40, 90, 90, 100});
  tender.method.tieBreak = TieBreak::socialValue;
  const Result result = test::evaluated(tender);
  CHECK(order(result) == Order{1, 2, 0, 3}); // SV 90, 90, 40 within the group
  CHECK(ranks(result) == Ranks{1, 1, 3, 4});
  CHECK(result.ties == Ties{{1, 2, 0}});
}

TEST_CASE("tie-break none: the whole group shares its first rank", "[evaluate]") {
  Tender tender = qualityTender({90, 89.6, 95}, {300, 100, 100});
  tender.method.tieMargin = 0.5;
  const Result result = test::evaluated(tender);
  CHECK(order(result) == Order{2, 0, 1});
  CHECK(ranks(result) == Ranks{1, 2, 2});
  CHECK(result.ties == Ties{{0, 1}});
}

TEST_CASE("pqp: price per quality point, lowest first, no points last", "[evaluate]") {
  Tender tender = qualityTender({50, 40, 0, 0}, {1000, 900, 500, 100}, {0, 50, 0, 0});
  tender.method.model = Model::pqp;
  tender.method.weights = {0, 60, 40};
  tender.bids[3].responses.clear();
  const Result result = test::evaluated(tender);
  CHECK(order(result) == Order{1, 0, 2, 3});
  CHECK(ranks(result) == Ranks{1, 2, 3, 3}); // two scored bids, then both share 2 + 1
  CHECK(result.ties.empty());                // null totals are never a tie

  const BidResult& b1 = test::resultOf(result, 1);
  CHECK(b1.scores.price == 900);        // the price itself
  CHECK(b1.scores.quality == 24);       // 60 × 40 / 100
  CHECK(b1.scores.socialValue == 20);   // 40 × 50 / 100
  CHECK(*b1.total == near(900.0 / 44)); // 900 / (24 + 20) = 20.4545
  const BidResult& b0 = test::resultOf(result, 0);
  CHECK(*b0.total == near(1000.0 / 30));        // 1,000 / (60 × 50 / 100 + 0) = 33.333
  CHECK_FALSE(test::resultOf(result, 2).total); // 0 points: no total
  CHECK_FALSE(test::resultOf(result, 3).total);
  CHECK_FALSE(result.robustness);
}

TEST_CASE("pqp: equal totals tie", "[evaluate]") {
  Tender tender = qualityTender({50, 100, 40}, {1000, 2000, 1000});
  tender.method.model = Model::pqp;
  tender.method.weights = {0, 100, 0};
  const Result result = test::evaluated(tender);
  // 1,000 / 50 = 20 and 2,000 / 100 = 20, then 1,000 / 40 = 25.
  CHECK(order(result) == Order{0, 1, 2});
  CHECK(ranks(result) == Ranks{1, 1, 3});
  CHECK(result.ties == Ties{{0, 1}});
}

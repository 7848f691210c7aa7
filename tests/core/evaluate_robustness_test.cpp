// Robustness of the winner as the social value weight w moves over [0, 100].
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

struct Offer {
  double quality;
  double socialValue; ///< the response score to the one qualitative measure, = SV_i
  double price = 100;
};

/// Weights price 0, quality 50, social value 50: base_i = quality_i / 100 and
/// total_i(w) = (100 − w) × quality_i/100 + w × SV_i/100.
Tender robustnessTender(std::vector<Offer> offers) {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures = {test::qualitative("Q", 0)};
  tender.method.weights = {0, 50, 50};
  for (std::size_t i = 0; i < offers.size(); ++i) {
    Bid bid = test::bid("B" + std::to_string(i), offers[i].price, offers[i].quality);
    bid.responses = {{0, offers[i].socialValue}};
    tender.bids.push_back(bid);
  }
  return tender;
}

} // namespace

TEST_CASE("a winner that leads at every weight", "[evaluate]") {
  // Winner 80 → 80 flat; the other 60 → 60.
  const Result result = test::evaluated(robustnessTender({{60, 60}, {80, 80}}));
  REQUIRE(result.robustness);
  CHECK(result.robustness->winner == 1);
  CHECK(*result.robustness->low == 0);
  CHECK(*result.robustness->high == 100);
  CHECK(result.robustness->overtakenBy.empty());
}

TEST_CASE("overtakes in the middle bound the interval from both sides", "[evaluate]") {
  // Lines: winner 40 + 0.4w; bid 1: 80 − 0.6w (leads below w = 40); bid 2:
  // 10 + 0.9w (leads above w = 60). At w = 50: 60, 50 and 55.
  const Result result = test::evaluated(robustnessTender({{40, 80}, {80, 20}, {10, 100}}));
  REQUIRE(result.bids.size() == 3);
  CHECK(result.bids[0].bid == 0);
  CHECK(result.bids[1].bid == 2); // 55 before 50
  REQUIRE(result.robustness);
  const Robustness& robustness = *result.robustness;
  CHECK(robustness.winner == 0);
  CHECK(*robustness.low == near(40));  // 40 + 0.4w = 80 − 0.6w
  CHECK(*robustness.high == near(60)); // 40 + 0.4w = 10 + 0.9w
  REQUIRE(robustness.overtakenBy.size() == 2);
  CHECK(robustness.overtakenBy[0].bid == 2); // rank order
  CHECK(*robustness.overtakenBy[0].at == near(60));
  CHECK(robustness.overtakenBy[1].bid == 1);
  CHECK(*robustness.overtakenBy[1].at == near(40));
}

TEST_CASE("a parallel line below the winner is no overtake", "[evaluate]") {
  // Winner 60 flat, the other 40 flat.
  const Result result = test::evaluated(robustnessTender({{60, 60}, {40, 40}}));
  CHECK(*result.robustness->low == 0);
  CHECK(*result.robustness->high == 100);
  CHECK(result.robustness->overtakenBy.empty());
}

TEST_CASE("a line that only meets the winner at an end is no overtake", "[evaluate]") {
  // Winner 80 − 0.3w, the other 60 − 0.1w: level only at w = 100.
  const Result result = test::evaluated(robustnessTender({{80, 50}, {60, 50}}));
  CHECK(result.robustness->winner == 0);
  CHECK(*result.robustness->low == 0);
  CHECK(*result.robustness->high == 100);
  CHECK(result.robustness->overtakenBy.empty());
}

TEST_CASE("a tie-break winner that trails everywhere is level nowhere", "[evaluate]") {
  // The tie-break on price ranks bid 0 (total 50) above bid 1 (total 60 or 65)
  // within the margin, though bid 1 leads at every weight.
  Tender tender;
  SECTION("parallel lines") {
    tender = robustnessTender({{50, 50, 100}, {60, 60, 200}}); // 50 flat, 60 flat
  }
  SECTION("lines that would meet outside [0, 100]") {
    tender = robustnessTender({{50, 50, 100}, {60, 70, 200}}); // 50 flat, 60 + 0.1w
  }
  tender.method.tieMargin = 20;
  tender.method.tieBreak = TieBreak::price;
  const Result result = test::evaluated(tender);
  CHECK(result.bids[0].bid == 0);
  REQUIRE(result.robustness);
  CHECK(result.robustness->winner == 0);
  CHECK_FALSE(result.robustness->low);
  CHECK_FALSE(result.robustness->high);
  REQUIRE(result.robustness->overtakenBy.size() == 1);
  CHECK(result.robustness->overtakenBy[0].bid == 1);
  CHECK_FALSE(result.robustness->overtakenBy[0].at); // never level in [0, 100]
}

TEST_CASE("no robustness with fewer than two bids, for pqp, or with no price or quality "
          "weight",
          "[evaluate]") {
  SECTION("one bid") {
    CHECK_FALSE(test::evaluated(robustnessTender({{60, 60}})).robustness);
  }
  SECTION("no bids") {
    CHECK_FALSE(test::evaluated(robustnessTender({})).robustness);
  }
  SECTION("pqp") {
    Tender tender = robustnessTender({{60, 60}, {40, 40}});
    tender.method.model = Model::pqp;
    CHECK_FALSE(test::evaluated(tender).robustness);
  }
  SECTION("W_price + W_quality = 0") {
    Tender tender = robustnessTender({{60, 60}, {40, 40}});
    tender.method.weights = {0, 0, 100};
    CHECK_FALSE(test::evaluated(tender).robustness);
  }
}

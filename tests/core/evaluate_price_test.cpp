// Price scoring: relative, linear, log and range, with their clamps.
#include "evaluate/price_score.hpp"
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

Tender priceTender(PriceMethod method, std::vector<double> prices) {
  Tender tender = test::oneMeasureTender();
  tender.method.price = method;
  for (std::size_t i = 0; i < prices.size(); ++i) {
    tender.bids.push_back(test::bid("B" + std::to_string(i), prices[i]));
  }
  return tender;
}

} // namespace

TEST_CASE("relative price scoring: P_min / P_i", "[evaluate]") {
  const std::vector<double> s =
      evaluation::priceScores(priceTender({PriceScoring::relative}, {125, 100, 200}));
  CHECK(s[0] == near(0.8)); // 100 / 125
  CHECK(s[1] == 1);         // the lowest price
  CHECK(s[2] == 0.5);       // 100 / 200
}

TEST_CASE("linear price scoring, clamped at 0", "[evaluate]") {
  const std::vector<double> s =
      evaluation::priceScores(priceTender({PriceScoring::linear}, {100, 150, 200, 250}));
  CHECK(s[0] == 1);   // 1 − 0/100
  CHECK(s[1] == 0.5); // 1 − 50/100
  CHECK(s[2] == 0);   // 1 − 100/100
  CHECK(s[3] == 0);   // max(0, 1 − 150/100 = −0.5)
}

TEST_CASE("log price scoring, clamped at 0", "[evaluate]") {
  PriceMethod method{PriceScoring::log};
  method.base = 2;
  const std::vector<double> s = evaluation::priceScores(priceTender(method, {100, 150, 200, 400}));
  CHECK(s[0] == 1);                         // 1 − ln 1 / ln 2
  CHECK(s[1] == near(0.41503749927884381)); // 1 − ln 1.5 / ln 2 = 1 − 0.5849625
  CHECK(s[2] == 0);                         // 1 − ln 2 / ln 2
  CHECK(s[3] == 0);                         // max(0, 1 − ln 4 / ln 2 = −1)
}

TEST_CASE("range price scoring, clamped to 0 to 1", "[evaluate]") {
  PriceMethod method{PriceScoring::range};
  method.min = 100;
  method.max = 200;
  const std::vector<double> s =
      evaluation::priceScores(priceTender(method, {50, 100, 150, 175, 200, 250}));
  CHECK(s[0] == 1);    // min(1, (200 − 50)/100 = 1.5)
  CHECK(s[1] == 1);    // (200 − 100)/100
  CHECK(s[2] == 0.5);  // (200 − 150)/100
  CHECK(s[3] == 0.25); // (200 − 175)/100
  CHECK(s[4] == 0);    // (200 − 200)/100
  CHECK(s[5] == 0);    // max(0, (200 − 250)/100 = −0.5)
}

TEST_CASE("the price score is weighted into scores.price", "[evaluate]") {
  Tender tender = priceTender({PriceScoring::relative}, {100, 200});
  tender.method.weights = {60, 30, 10};
  const Result result = test::evaluated(tender);
  CHECK(test::resultOf(result, 0).scores.price == 60); // 60 × 1
  CHECK(test::resultOf(result, 1).scores.price == 30); // 60 × 0.5
}

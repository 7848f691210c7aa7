// Figures too large for a double give an `out-of-range` error, never inf or NaN
// in a result.
#include "evaluate_tenders.hpp"
#include "svcalc/limits.hpp"

using namespace svcalc;

namespace {

Tender overflowTender(std::vector<std::vector<Commitment>> commitments, double proxy = 1) {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures[0].proxy = proxy;
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    Bid bid = test::bid("B" + std::to_string(i), 1000);
    bid.commitments = commitments[i];
    tender.bids.push_back(bid);
  }
  return tender;
}

} // namespace

TEST_CASE("quantity × proxy overflowing is an error at the quantity", "[evaluate]") {
  const EvaluateOutcome outcome =
      evaluate(overflowTender({{test::commitment(0, 1), test::commitment(0, 1e300)}}, 1e300));
  REQUIRE(outcome.errors.size() == 1);
  CHECK(outcome.errors[0].code == "out-of-range");
  CHECK(outcome.errors[0].path == "/bids/0/commitments/1/quantity");
  CHECK(outcome.errors[0].message ==
        "the value of this commitment overflows a double: quantity × proxy is too large.");
  CHECK(outcome.result.bids.empty());
}

TEST_CASE("a value that overflows only over its years is an error at the quantity", "[evaluate]") {
  // A = 1e308 is finite; gross and net over 2 years are not.
  const EvaluateOutcome outcome = evaluate(overflowTender({{test::commitment(0, 1e308, 2)}}));
  REQUIRE(outcome.errors.size() == 1);
  CHECK(outcome.errors[0].path == "/bids/0/commitments/0/quantity");
}

TEST_CASE("a bid total that overflows is an error at the bid", "[evaluate]") {
  // Each line is 1e308; their sum is not a double.
  const EvaluateOutcome outcome =
      evaluate(overflowTender({{test::commitment(0, 1e308), test::commitment(0, 1e308)}}));
  REQUIRE(outcome.errors.size() == 1);
  CHECK(outcome.errors[0].code == "out-of-range");
  CHECK(outcome.errors[0].path == "/bids/0");
  CHECK(outcome.errors[0].message ==
        "the social value of this bid overflows a double: its commitments add up to too much.");
}

TEST_CASE("social value too large for a tiny price is an error at the bid", "[evaluate]") {
  Tender tender = overflowTender({{test::commitment(0, 1e10)}});
  tender.bids[0].price = 1e-300; // percentOfPrice = 1e10 / 1e-300
  const EvaluateOutcome outcome = evaluate(tender);
  REQUIRE(outcome.errors.size() == 1);
  CHECK(outcome.errors[0].path == "/bids/0");
  CHECK(outcome.errors[0].message ==
        "the scores of this bid overflow a double: its social value is "
        "too large for its price.");
}

TEST_CASE("every overflow is reported, up to the error limit", "[evaluate]") {
  SECTION("in input order") {
    const EvaluateOutcome outcome = evaluate(overflowTender(
        {{test::commitment(0, 1e300)}, {test::commitment(0, 1)}, {test::commitment(0, 1e300)}},
        1e300));
    REQUIRE(outcome.errors.size() == 2);
    CHECK(outcome.errors[0].path == "/bids/0/commitments/0/quantity");
    CHECK(outcome.errors[1].path == "/bids/2/commitments/0/quantity");
  }
  SECTION("no more than limits::errors") {
    const std::vector<std::vector<Commitment>> bids(150, {test::commitment(0, 1e300)});
    CHECK(evaluate(overflowTender(bids, 1e300)).errors.size() == limits::errors);
  }
}

TEST_CASE("method sums that overflow are errors at their place, not scores of 0", "[evaluate]") {
  // Two themes of weight 1e308: each is in range, their sum is not, and ŵ would
  // silently become 0 for both.
  Tender themes = test::oneMeasureTender();
  themes.framework.themes = {test::theme("a", 1e308), test::theme("b", 1e308)};
  themes.framework.measures.push_back(test::quantitative("M2", 1, 10));
  themes.bids.push_back(test::bid("B", 1000));
  const EvaluateOutcome byThemes = evaluate(themes);
  REQUIRE(byThemes.errors.size() == 1);
  CHECK(byThemes.errors[0].code == "out-of-range");
  CHECK(byThemes.errors[0].path == "/framework/themes");

  // Two qualitative measures of weight 1e308 in one theme.
  Tender qualitative = test::oneMeasureTender();
  qualitative.framework.measures.push_back(test::qualitative("Q1", 0, 1e308));
  qualitative.framework.measures.push_back(test::qualitative("Q2", 0, 1e308));
  const EvaluateOutcome byMeasures = evaluate(qualitative);
  REQUIRE(byMeasures.errors.size() == 1);
  CHECK(byMeasures.errors[0].path == "/framework/measures");

  // A price range from -1e308 to 1e308: max − min is infinite.
  Tender range = test::oneMeasureTender();
  range.method.price = {PriceScoring::range, 0, -1e308, 1e308};
  range.bids.push_back(test::bid("B", 1000));
  const EvaluateOutcome byRange = evaluate(range);
  REQUIRE(byRange.errors.size() == 1);
  CHECK(byRange.errors[0].path == "/method/price/max");
  CHECK(byRange.result.bids.empty());
}

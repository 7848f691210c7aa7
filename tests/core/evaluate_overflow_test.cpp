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

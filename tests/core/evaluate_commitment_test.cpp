// One commitment's value: the deflators, drop-off, maxYears, geography and
// evidence factors.
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

/// Measure M with proxy 100; one bid (price 1,000) committing `commitment`;
/// discount 0 so present = net unless the test sets a rate.
Tender lineTender(const Measure& measure, const Commitment& commitment) {
  Tender tender = test::oneMeasureTender();
  tender.framework.measures = {measure};
  Bid bid = test::bid("B", 1000);
  bid.commitments = {commitment};
  tender.bids = {bid};
  return tender;
}

Measure proxy100() {
  return test::quantitative("M", 0, 100);
}

LineResult lineOf(const Tender& tender) {
  const Result result = test::evaluated(tender);
  REQUIRE(result.bids.size() == 1);
  REQUIRE(result.bids[0].lines.size() == 1);
  return result.bids[0].lines[0];
}

} // namespace

TEST_CASE("each deflator scales the annual value, not the gross", "[evaluate]") {
  Measure measure = proxy100();
  double expected = 0;
  SECTION("deadweight") {
    measure.deadweight = 0.1;
    expected = 180; // 2 × 100 × 0.9
  }
  SECTION("displacement") {
    measure.displacement = 0.2;
    expected = 160; // 2 × 100 × 0.8
  }
  SECTION("attribution") {
    measure.attribution = 0.25;
    expected = 150; // 2 × 100 × 0.75
  }
  SECTION("leakage") {
    measure.leakage = 0.5;
    expected = 100; // 2 × 100 × 0.5
  }
  const LineResult line = lineOf(lineTender(measure, test::commitment(0, 2)));
  CHECK(line.annual == near(expected));
  CHECK(line.gross == 200); // quantity × proxy × Y = 2 × 100 × 1, before deflators
  CHECK(line.net == near(expected));
  CHECK(line.present == near(expected));
  CHECK(line.claimed == near(expected));
}

TEST_CASE("the deflators multiply together", "[evaluate]") {
  Measure measure = proxy100();
  measure.deadweight = 0.1;
  measure.displacement = 0.2;
  measure.attribution = 0.25;
  measure.leakage = 0.5;
  const LineResult line = lineOf(lineTender(measure, test::commitment(0, 2)));
  CHECK(line.annual == near(54)); // 2 × 100 × 0.9 × 0.8 × 0.75 × 0.5
  CHECK(line.gross == 200);
}

TEST_CASE("drop-off reduces each later year", "[evaluate]") {
  Measure measure = proxy100();
  measure.dropOff = 0.25;
  Tender tender = lineTender(measure, test::commitment(0, 2, 3));
  SECTION("undiscounted") {
    const LineResult line = lineOf(tender);
    CHECK(line.annual == 200); // 2 × 100
    CHECK(line.gross == 600);  // 2 × 100 × 3
    CHECK(line.net == 462.5);  // 200 + 200 × 0.75 + 200 × 0.75² = 200 + 150 + 112.5
    CHECK(line.present == 462.5);
  }
  SECTION("discounted at 10%") {
    tender.method.discount = {false, 0.1};
    const LineResult line = lineOf(tender);
    CHECK(line.net == 462.5);
    CHECK(line.present == near(390.30803906836962)); // 200/1.1 + 150/1.1² + 112.5/1.1³
  }
  SECTION("a drop-off of 1 leaves only the first year") {
    tender.framework.measures[0].dropOff = 1;
    const LineResult line = lineOf(tender);
    CHECK(line.net == 200); // 200 + 0 + 0
    CHECK(line.gross == 600);
  }
}

TEST_CASE("maxYears limits the years counted", "[evaluate]") {
  Measure measure = proxy100();
  measure.maxYears = 3;
  SECTION("more years than maxYears") {
    const LineResult line = lineOf(lineTender(measure, test::commitment(0, 2, 5)));
    CHECK(line.yearsCounted == 3); // min(5, 3)
    CHECK(line.gross == 600);      // 2 × 100 × 3
    CHECK(line.net == 600);
  }
  SECTION("fewer years than maxYears") {
    const LineResult line = lineOf(lineTender(measure, test::commitment(0, 2, 2)));
    CHECK(line.yearsCounted == 2); // min(2, 3)
    CHECK(line.gross == 400);
  }
  SECTION("no maxYears") {
    const LineResult line = lineOf(lineTender(proxy100(), test::commitment(0, 2, 500)));
    CHECK(line.yearsCounted == 500);
    CHECK(line.net == 100000); // 200 × 500
  }
}

TEST_CASE("geography factors scale the annual value", "[evaluate]") {
  Tender tender = lineTender(proxy100(), test::commitment(0, 2));
  tender.framework.geography = {{"local", 1.5}, {"regional", 1}, {"national", 0.5}};
  SECTION("G > 1") {
    tender.bids[0].commitments[0].geography = test::local;
    const LineResult line = lineOf(tender);
    CHECK(line.annual == 300); // 2 × 100 × 1.5
    CHECK(line.gross == 200);  // gross takes no factor
    CHECK(line.claimed == 300);
  }
  SECTION("G = 1") {
    tender.bids[0].commitments[0].geography = test::regional;
    CHECK(lineOf(tender).annual == 200);
  }
  SECTION("G < 1") {
    tender.bids[0].commitments[0].geography = test::national;
    CHECK(lineOf(tender).annual == 100); // 2 × 100 × 0.5
  }
}

TEST_CASE("each evidence level scales the claimed value", "[evaluate]") {
  Tender tender = lineTender(proxy100(), test::commitment(0, 2));
  std::size_t level = test::verified;
  double kappa = 0;
  SECTION("verified") {
    level = test::verified;
    kappa = 1;
  }
  SECTION("evidenced") {
    level = test::evidenced;
    kappa = 0.9;
  }
  SECTION("planned") {
    level = test::planned;
    kappa = 0.7;
  }
  SECTION("aspirational") {
    level = test::aspirational;
    kappa = 0.4;
  }
  tender.bids[0].commitments[0].evidence = level;
  const LineResult line = lineOf(tender);
  CHECK(line.present == 200);               // 2 × 100, undiscounted
  CHECK(line.claimed == near(200 * kappa)); // present × κ
}

TEST_CASE("lines follow the bid's commitment order", "[evaluate]") {
  Tender tender = test::oneMeasureTender();
  Bid bid = test::bid("B", 1000);
  bid.commitments = {test::commitment(0, 3), test::commitment(0, 1), test::commitment(0, 2)};
  tender.bids = {bid};
  const Result result = test::evaluated(tender);
  const std::vector<LineResult>& lines = result.bids[0].lines;
  REQUIRE(lines.size() == 3);
  for (std::size_t j = 0; j < 3; ++j) {
    CHECK(lines[j].commitment == j);
  }
  CHECK(lines[0].annual == 3); // quantity 3 × proxy 1
  CHECK(lines[1].annual == 1);
  CHECK(lines[2].annual == 2);
  CHECK(result.bids[0].socialValue.net == 6); // 3 + 1 + 2
}

// Discounting: the Green Book's declining schedule across its 30/31 and 75/76
// boundaries, and a constant rate, including 0.
#include "evaluate/discount_schedule.hpp"
#include "evaluate_tenders.hpp"

using namespace svcalc;
using svcalc::test::near;

namespace {

/// One commitment of 1,000 a year (quantity 1000 × proxy 1, κ 1) for `years` years.
Tender streamTender(Discount discount, int years) {
  Tender tender = test::oneMeasureTender();
  tender.method.discount = discount;
  Bid bid = test::bid("B", 1000);
  bid.commitments = {test::commitment(0, 1000, years)};
  tender.bids = {bid};
  return tender;
}

LineResult onlyLine(const Result& result) {
  REQUIRE(result.bids.size() == 1);
  REQUIRE(result.bids[0].lines.size() == 1);
  return result.bids[0].lines[0];
}

} // namespace

TEST_CASE("green-book rates change after years 30 and 75", "[evaluate]") {
  CHECK(evaluation::greenBookRate(1) == 0.035);
  CHECK(evaluation::greenBookRate(30) == 0.035);
  CHECK(evaluation::greenBookRate(31) == 0.030);
  CHECK(evaluation::greenBookRate(75) == 0.030);
  CHECK(evaluation::greenBookRate(76) == 0.025);
  CHECK(evaluation::greenBookRate(1000) == 0.025);
}

TEST_CASE("green-book factors are running products of 1/(1 + r_k)", "[evaluate]") {
  const std::vector<double> d = evaluation::discountFactors(Discount{}, 76);
  REQUIRE(d.size() == 77);
  CHECK(d[0] == 1);
  CHECK(d[1] == 1 / 1.035);
  CHECK(d[29] == near(0.36874815497338209));  // 1.035^−29
  CHECK(d[30] == near(0.35627841060230153));  // 1.035^−30
  CHECK(d[31] == d[30] * (1 / 1.03));         // year 31 is the first at 3.0%
  CHECK(d[31] == near(0.34590136951679762));  // 1.035^−30 × 1.03^−1
  CHECK(d[74] == near(0.097040185753992148)); // 1.035^−30 × 1.03^−44
  CHECK(d[75] == d[74] * (1 / 1.03));         // year 75 is still at 3.0%
  CHECK(d[75] == near(0.094213772576691404)); // 1.035^−30 × 1.03^−45
  CHECK(d[76] == d[75] * (1 / 1.025));        // year 76 is the first at 2.5%
  CHECK(d[76] == near(0.091915875684576986)); // 1.035^−30 × 1.03^−45 × 1.025^−1
}

TEST_CASE("a 31-year stream crosses the first green-book boundary", "[evaluate]") {
  const LineResult line = onlyLine(test::evaluated(streamTender(Discount{}, 31)));
  CHECK(line.yearsCounted == 31);
  CHECK(line.net == 31000);                        // 1,000 × 31
  CHECK(line.present == near(18737.946780879611)); // 1,000 × Σ_{t=1..31} D_t
}

TEST_CASE("a 76-year stream crosses both green-book boundaries", "[evaluate]") {
  const LineResult line = onlyLine(test::evaluated(streamTender(Discount{}, 76)));
  CHECK(line.net == 76000);                        // 1,000 × 76
  CHECK(line.present == near(27219.449221234394)); // 1,000 × Σ_{t=1..76} D_t
}

TEST_CASE("a constant discount rate", "[evaluate]") {
  const LineResult line = onlyLine(test::evaluated(streamTender({false, 0.05}, 3)));
  CHECK(line.net == 3000);
  CHECK(line.present == near(2723.2480293704784)); // 1,000 × (1.05⁻¹ + 1.05⁻² + 1.05⁻³)
  const std::vector<double> d = evaluation::discountFactors({false, 0.05}, 3);
  CHECK(d[3] == (1 / 1.05) * (1 / 1.05) * (1 / 1.05)); // product in year order
}

TEST_CASE("a constant rate of 0 leaves present equal to net", "[evaluate]") {
  const LineResult line = onlyLine(test::evaluated(streamTender({false, 0}, 40)));
  CHECK(line.net == 40000);
  CHECK(line.present == 40000); // every D_t = 1/(1 + 0) = 1
}

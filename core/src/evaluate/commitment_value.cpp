#include "evaluate/commitment_value.hpp"

#include <algorithm>

namespace svcalc::evaluation {

std::vector<MeasureValue> measureValues(const Framework& framework) {
  std::vector<MeasureValue> values(framework.measures.size());
  for (std::size_t m = 0; m < framework.measures.size(); ++m) {
    const Measure& measure = framework.measures[m];
    if (measure.kind != MeasureKind::quantitative) {
      continue;
    }
    MeasureValue& value = values[m];
    value.proxy = measure.proxy;
    // Folding the deflators into one per-measure factor reorders the spec's
    // left-to-right product by a few ulp at most, far inside its 1e-9 tolerance,
    // and saves four multiplications per commitment.
    value.annualPerUnit = measure.proxy * (1 - measure.deadweight) * (1 - measure.displacement) *
                          (1 - measure.attribution) * (1 - measure.leakage);
    value.retained = 1 - measure.dropOff;
    value.maxYears = measure.maxYears.value_or(limits::years);
  }
  return values;
}

int yearsCounted(const Commitment& commitment, const MeasureValue& measure) {
  return std::min(commitment.years, measure.maxYears);
}

LineResult valueCommitment(const Commitment& commitment, const MeasureValue& measure,
                           double geography, double evidence, const std::vector<double>& discount) {
  LineResult line;
  line.yearsCounted = yearsCounted(commitment, measure);
  line.annual = commitment.quantity * measure.annualPerUnit * geography;
  line.gross = commitment.quantity * measure.proxy * line.yearsCounted;
  // (1 − dropOff)^(t−1) as a running product, never pow, so every platform
  // gives the same bits.
  double remaining = 1;
  for (int t = 1; t <= line.yearsCounted; ++t) {
    const double value = line.annual * remaining;
    line.net += value;
    line.present += value * discount[t];
    remaining = remaining * measure.retained;
  }
  line.claimed = line.present * evidence;
  return line;
}

} // namespace svcalc::evaluation

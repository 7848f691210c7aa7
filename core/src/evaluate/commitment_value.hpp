// The value of one commitment (scoring.md, "One commitment c of bid i, for
// measure m"): A, Y, V_t, D_t and the gross, net, present and claimed figures.
#pragma once

#include "svcalc/limits.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <vector>

namespace svcalc::evaluation {

/// What a quantitative measure contributes to every commitment made against it,
/// computed once per tender.
struct MeasureValue {
  double proxy = 0;
  /// proxy × (1−deadweight) × (1−displacement) × (1−attribution) × (1−leakage):
  /// the value of one unit in one year before geography.
  double annualPerUnit = 0;
  double retained = 1; ///< 1 − dropOff
  int maxYears = limits::years;
};

/// One entry per framework measure (qualitative ones hold defaults, unused).
std::vector<MeasureValue> measureValues(const Framework& framework);

/// Y = min(years, maxYears).
int yearsCounted(const Commitment& commitment, const MeasureValue& measure);

/// Values `commitment` with geography factor G and evidence factor κ, discounted
/// by `discount` (D_0 … D_n with n ≥ Y). Leaves LineResult::commitment to the
/// caller. Figures may come out non-finite when the inputs are huge; the caller
/// checks.
LineResult valueCommitment(const Commitment& commitment, const MeasureValue& measure,
                           double geography, double evidence, const std::vector<double>& discount);

} // namespace svcalc::evaluation

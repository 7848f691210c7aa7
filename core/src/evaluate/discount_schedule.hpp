// Discount factors D_t (scoring.md, "One commitment"): computed once per tender
// and shared by every commitment.
#pragma once

#include "svcalc/model.hpp"

#include <vector>

namespace svcalc::evaluation {

/// The rate r_k for year k (k ≥ 1) of the declining schedule the spec takes from
/// the Green Book: 3.5% for years 1–30, 3.0% for 31–75, 2.5% after.
double greenBookRate(int year);

/// D_0 … D_years, where D_0 = 1 and D_t = D_{t−1} × 1/(1 + r_t): the running
/// product Π_{k=1..t} 1/(1 + r_k), one factor per year in year order.
std::vector<double> discountFactors(const Discount& discount, int years);

} // namespace svcalc::evaluation

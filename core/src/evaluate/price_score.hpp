// The price score of every bid, in [0, 1] (scoring.md, "Price score").
#pragma once

#include "svcalc/model.hpp"

#include <vector>

namespace svcalc::evaluation {

/// One score per tender bid, in bid order.
std::vector<double> priceScores(const Tender& tender);

} // namespace svcalc::evaluation

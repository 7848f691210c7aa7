// How far the social value weight can move before the winner changes (scoring.md,
// "Robustness of the winner").
#pragma once

#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <optional>
#include <vector>

namespace svcalc::evaluation {

/// The robustness of ranked.front(); none with fewer than two bids, for `pqp`,
/// or when W_price + W_quality is 0. `ranked` is in rank order with scores set.
std::optional<Robustness> assessRobustness(const Method& method,
                                           const std::vector<BidResult>& ranked);

} // namespace svcalc::evaluation

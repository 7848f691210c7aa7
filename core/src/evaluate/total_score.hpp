// Each bid's criterion scores and total (scoring.md, "Total and rank").
#pragma once

#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <vector>

namespace svcalc::evaluation {

/// Fills Scores and total of every bid. `bids` holds one result per tender bid
/// with SV_i scored; `priceScore` is indexed by tender bid.
void scoreTotals(const Tender& tender, const std::vector<double>& priceScore,
                 std::vector<BidResult>& bids);

} // namespace svcalc::evaluation

// A bid's social value (scoring.md, "Social value of bid i" to "Social value
// score"): the sums of its lines, the cap and its sharing across themes, the
// quantitative and qualitative theme scores and SV_i.
#pragma once

#include "evaluate/theme_plan.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <optional>
#include <vector>

namespace svcalc::evaluation {

/// Every taking-part theme with its ŵ_θ and nothing claimed yet.
SocialValueResult emptySocialValue(const ThemePlan& plan);

/// Adds one valued commitment to the bid's sums and to those of `part`, its
/// theme's index in ThemePlan::parts.
void addLine(SocialValueResult& socialValue, std::size_t part, const LineResult& line);

/// The cap × price beyond which claimed value is not scored, or none.
std::optional<double> capAmount(const SocialValueMethod& method, double price);

/// scored_i, percent_i and each theme's share scored_iθ, once every line is added.
void applyCap(SocialValueResult& socialValue, const SocialValueMethod& method, double price);

/// q_iθ, s_iθ, t_iθ and SV_i of every bid; `bids` holds one result per tender bid,
/// each with its sums and cap applied.
void scoreSocialValue(const Tender& tender, const ThemePlan& plan, std::vector<BidResult>& bids);

} // namespace svcalc::evaluation

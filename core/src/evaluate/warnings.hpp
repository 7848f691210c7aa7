// The warnings a result carries (scoring.md, "Result document"): notes for the
// evaluator, never errors. Each is kept as the facts it reports; the writer
// words it (write/warning_text.hpp).
#pragma once

#include "evaluate/theme_plan.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <optional>
#include <vector>

namespace svcalc::evaluation {

/// The warnings of one fully scored bid, in the spec's order: capped,
/// years-limited (one per commitment cut), no-social-value, locality-premium,
/// zero-quality-points. `claimedPlaceNeutral` is the bid's claimed value with
/// every geography factor at 1, given only when the framework's factors are not
/// all equal.
std::vector<Warning> bidWarnings(const Tender& tender, const BidResult& bid,
                                 const std::optional<double>& claimedPlaceNeutral);

/// `unused-theme` for each theme that has no measure, in framework order.
std::vector<Warning> tenderWarnings(const Framework& framework, const ThemePlan& plan);

} // namespace svcalc::evaluation

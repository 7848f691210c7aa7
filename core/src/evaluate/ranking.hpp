// Sorting bids best first, ranking them and finding ties (scoring.md, "Total
// and rank").
#pragma once

#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

namespace svcalc::evaluation {

/// Reorders result.bids best first, sets every rank and fills result.ties.
/// Every bid must have its total and scores.
void rankBids(const Tender& tender, Result& result);

} // namespace svcalc::evaluation

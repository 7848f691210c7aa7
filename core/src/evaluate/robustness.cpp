#include "evaluate/robustness.hpp"

#include <algorithm>
#include <cmath>

namespace svcalc::evaluation {
namespace {

/// A bid's total as a line in the social value weight w.
struct TotalLine {
  double base = 0;        ///< base_i
  double socialValue = 0; ///< SV_i

  double at(double w) const { return (100 - w) * base + w * socialValue / 100; }
};

TotalLine totalLine(const BidResult& bid, double baseWeight) {
  // scores.price and scores.quality are exactly W_price × priceScore_i and
  // W_quality × quality_i/100, so this is base_i as the spec writes it.
  return {(bid.scores.price + bid.scores.quality) / baseWeight, bid.socialValue.points};
}

} // namespace

std::optional<Robustness> assessRobustness(const Method& method,
                                           const std::vector<BidResult>& ranked) {
  const double baseWeight = method.weights.price + method.weights.quality;
  if (method.model != Model::weighted || ranked.size() < 2 || baseWeight == 0) {
    return std::nullopt;
  }
  const TotalLine winner = totalLine(ranked.front(), baseWeight);
  Robustness robustness;
  robustness.winner = ranked.front().bid;
  // The weights where the winner is at least level with every bid: an
  // intersection of half-lines of [0, 100], empty once any bid leads throughout.
  double low = 0;
  double high = 100;
  bool levelSomewhere = true;
  for (std::size_t k = 1; k < ranked.size(); ++k) {
    const TotalLine other = totalLine(ranked[k], baseWeight);
    // The lead of the other bid at each end; a line leads somewhere in [0, 100]
    // exactly when it leads at an end.
    const double leadAt0 = other.at(0) - winner.at(0);
    const double leadAt100 = other.at(100) - winner.at(100);
    if (leadAt0 <= 0 && leadAt100 <= 0) {
      continue;
    }
    if (leadAt0 > 0 && leadAt100 > 0) {
      // It leads at every weight in [0, 100]; parallel lines land here too. Where
      // the lines meet outside [0, 100] is no social value weight, so no `at`.
      robustness.overtakenBy.push_back({ranked[k].bid, std::nullopt});
      levelSomewhere = false;
      continue;
    }
    // The leads have opposite signs (or one is 0), so the lines cross in [0, 100].
    const double at = 100 * std::fabs(leadAt0) / std::fabs(leadAt0 - leadAt100);
    robustness.overtakenBy.push_back({ranked[k].bid, at});
    if (leadAt0 > 0) {
      low = std::max(low, at);
    } else {
      high = std::min(high, at);
    }
  }
  if (levelSomewhere && low <= high) {
    robustness.low = low;
    robustness.high = high;
  }
  return robustness;
}

} // namespace svcalc::evaluation

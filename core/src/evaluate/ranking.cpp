#include "evaluate/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace svcalc::evaluation {
namespace {

/// The tie-break key of a bid, higher is better. With no tie-break every bid
/// has the same key, so a whole group shares one rank.
double tieBreakKey(TieBreak tieBreak, const Bid& input, const BidResult& bid) {
  switch (tieBreak) {
  case TieBreak::quality:
    return input.quality;
  case TieBreak::socialValue:
    return bid.socialValue.points;
  case TieBreak::price:
    return -input.price;
  case TieBreak::none:
    break;
  }
  return 0;
}

/// Orders the group order[first, last) by the tie-break and ranks it
/// competition style from first + 1.
void rankGroup(const Tender& tender, std::vector<BidResult>& bids, std::vector<std::size_t>& order,
               std::size_t first, std::size_t last) {
  const TieBreak tieBreak = tender.method.tieBreak;
  const auto key = [&](std::size_t k) {
    return tieBreakKey(tieBreak, tender.bids[bids[k].bid], bids[k]);
  };
  std::stable_sort(order.begin() + first, order.begin() + last,
                   [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
  for (std::size_t p = first; p < last; ++p) {
    const bool shares = p > first && key(order[p]) == key(order[p - 1]);
    bids[order[p]].rank = shares ? bids[order[p - 1]].rank : static_cast<int>(p + 1);
  }
}

} // namespace

void rankBids(const Tender& tender, Result& result) {
  std::vector<BidResult>& bids = result.bids;
  const bool lowerIsBetter = tender.method.model == Model::pqp;

  std::vector<std::size_t> order(bids.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto scoredEnd = std::stable_partition(
      order.begin(), order.end(), [&](std::size_t k) { return bids[k].total.has_value(); });
  const std::size_t scoredCount = static_cast<std::size_t>(scoredEnd - order.begin());
  std::stable_sort(order.begin(), scoredEnd, [&](std::size_t a, std::size_t b) {
    return lowerIsBetter ? *bids[a].total < *bids[b].total : *bids[a].total > *bids[b].total;
  });

  const double margin = tender.method.tieMargin;
  for (std::size_t first = 0, last = 0; first < scoredCount; first = last) {
    // A bid within the margin of the one before it joins its group, so groups chain.
    last = first + 1;
    while (last < scoredCount &&
           std::fabs(*bids[order[last]].total - *bids[order[last - 1]].total) <= margin) {
      ++last;
    }
    rankGroup(tender, bids, order, first, last);
    if (last - first >= 2) {
      std::vector<std::size_t> tie;
      for (std::size_t p = first; p < last; ++p) {
        tie.push_back(bids[order[p]].bid);
      }
      result.ties.push_back(std::move(tie));
    }
  }
  // Bids without a total share the rank after every scored bid.
  for (std::size_t p = scoredCount; p < order.size(); ++p) {
    bids[order[p]].rank = static_cast<int>(scoredCount + 1);
  }

  std::vector<BidResult> ranked;
  ranked.reserve(bids.size());
  for (std::size_t k : order) {
    ranked.push_back(std::move(bids[k]));
  }
  bids = std::move(ranked);
}

} // namespace svcalc::evaluation

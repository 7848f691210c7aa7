#include "evaluate/total_score.hpp"

namespace svcalc::evaluation {

void scoreTotals(const Tender& tender, const std::vector<double>& priceScore,
                 std::vector<BidResult>& bids) {
  const Method& method = tender.method;
  const Weights& weights = method.weights;
  for (BidResult& bid : bids) {
    const Bid& input = tender.bids[bid.bid];
    Scores& scores = bid.scores;
    scores.quality = weights.quality * input.quality / 100;
    scores.socialValue = weights.socialValue * bid.socialValue.points / 100;
    if (method.model == Model::weighted) {
      scores.price = weights.price * priceScore[bid.bid];
      bid.total = scores.price + scores.quality + scores.socialValue;
      continue;
    }
    scores.price = input.price;
    const double points = scores.quality + scores.socialValue;
    // No points means no price per point: the bid has no total and ranks last.
    bid.total = points > 0 ? std::optional<double>(input.price / points) : std::nullopt;
  }
}

} // namespace svcalc::evaluation

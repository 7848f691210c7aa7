#include "evaluate/price_score.hpp"

#include "evaluate/natural_log.hpp"

#include <algorithm>

namespace svcalc::evaluation {

std::vector<double> priceScores(const Tender& tender) {
  const PriceMethod& method = tender.method.price;
  double lowest = 0;
  for (std::size_t i = 0; i < tender.bids.size(); ++i) {
    lowest = i == 0 ? tender.bids[i].price : std::min(lowest, tender.bids[i].price);
  }
  const double lnBase = method.scoring == PriceScoring::log ? naturalLog(method.base) : 0;

  std::vector<double> scores;
  scores.reserve(tender.bids.size());
  for (const Bid& bid : tender.bids) {
    const double price = bid.price;
    switch (method.scoring) {
    case PriceScoring::relative:
      scores.push_back(lowest / price);
      break;
    case PriceScoring::linear:
      scores.push_back(std::max(0.0, 1 - (price - lowest) / lowest));
      break;
    case PriceScoring::log:
      scores.push_back(std::max(0.0, 1 - naturalLog(price / lowest) / lnBase));
      break;
    case PriceScoring::range:
      scores.push_back(
          std::min(1.0, std::max(0.0, (method.max - price) / (method.max - method.min))));
      break;
    }
  }
  return scores;
}

} // namespace svcalc::evaluation

#include "evaluate/warnings.hpp"

#include "evaluate/social_value.hpp"

namespace svcalc::evaluation {
namespace {

Warning warning(WarningCode code) {
  Warning made;
  made.code = code;
  return made;
}

} // namespace

std::vector<Warning> bidWarnings(const Tender& tender, const BidResult& bid,
                                 const std::optional<double>& claimedPlaceNeutral) {
  const Bid& input = tender.bids[bid.bid];
  std::vector<Warning> warnings;
  const std::optional<double> cap = capAmount(tender.method.socialValue, input.price);
  if (cap && bid.socialValue.claimed > *cap) {
    Warning capped = warning(WarningCode::capped);
    capped.claimed = bid.socialValue.claimed;
    capped.cap = *cap;
    capped.amount = bid.socialValue.claimed - bid.socialValue.scored;
    warnings.push_back(capped);
  }
  for (const LineResult& line : bid.lines) {
    if (input.commitments[line.commitment].years > line.yearsCounted) {
      Warning yearsLimited = warning(WarningCode::yearsLimited);
      yearsLimited.bid = bid.bid;
      yearsLimited.item = line.commitment;
      yearsLimited.yearsCounted = line.yearsCounted;
      warnings.push_back(yearsLimited);
    }
  }
  if (input.commitments.empty() && input.responses.empty()) {
    warnings.push_back(warning(WarningCode::noSocialValue));
  }
  if (claimedPlaceNeutral && bid.socialValue.claimed != *claimedPlaceNeutral) {
    Warning localityPremium = warning(WarningCode::localityPremium);
    localityPremium.claimed = bid.socialValue.claimed;
    localityPremium.amount = bid.socialValue.claimed - *claimedPlaceNeutral;
    warnings.push_back(localityPremium);
  }
  if (tender.method.model == Model::pqp && !bid.total) {
    warnings.push_back(warning(WarningCode::zeroQualityPoints));
  }
  return warnings;
}

std::vector<Warning> tenderWarnings(const Framework& framework, const ThemePlan& plan) {
  std::vector<Warning> warnings;
  for (std::size_t theme = 0; theme < framework.themes.size(); ++theme) {
    if (plan.partOf[theme] == ThemePlan::absent) {
      Warning unusedTheme = warning(WarningCode::unusedTheme);
      unusedTheme.item = theme;
      warnings.push_back(unusedTheme);
    }
  }
  return warnings;
}

} // namespace svcalc::evaluation

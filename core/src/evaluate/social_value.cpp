#include "evaluate/social_value.hpp"

#include <algorithm>

namespace svcalc::evaluation {
namespace {

/// Whether the cap cut this bid's claimed value.
bool capped(const SocialValueResult& socialValue) {
  return socialValue.scored < socialValue.claimed;
}

/// What the basis compares between bids: scored_iθ itself (absolute) or as a
/// fraction of the bid's price (proportional, target). For a capped bid that
/// fraction is taken as share × cap rather than (share × cap × price) / price:
/// the same number in exact arithmetic, but without the rounding of the detour,
/// so that two bids held at the same cap stay exactly level, as evaluators
/// expect, instead of one losing a tie by an ulp.
double basisFigure(const SocialValueMethod& method, const SocialValueResult& socialValue,
                   const ThemeResult& theme, double price) {
  if (method.basis == Basis::absolute) {
    return theme.scored;
  }
  if (capped(socialValue)) {
    return theme.claimed / socialValue.claimed * *method.cap;
  }
  return theme.scored / price;
}

/// The figure q_iθ is a fraction of: the best bid's (absolute, proportional) or
/// target × ŵ_θ (target), per part.
std::vector<double> yardsticks(const Tender& tender, const ThemePlan& plan,
                               const std::vector<BidResult>& bids) {
  const SocialValueMethod& method = tender.method.socialValue;
  std::vector<double> yardstick(plan.parts.size(), 0);
  for (std::size_t k = 0; k < plan.parts.size(); ++k) {
    if (method.basis == Basis::target) {
      yardstick[k] = method.target * plan.parts[k].weight;
      continue;
    }
    for (const BidResult& bid : bids) {
      const double figure = basisFigure(method, bid.socialValue, bid.socialValue.themes[k],
                                        tender.bids[bid.bid].price);
      yardstick[k] = std::max(yardstick[k], figure);
    }
  }
  return yardstick;
}

/// Σ w_m × score_im / 100 per part. The responses are summed in framework
/// measure order, whatever order the bid lists them in, so the bits do not
/// depend on it; `sorted` is scratch space reused across bids.
void sumResponses(const Framework& framework, const ThemePlan& plan,
                  const std::vector<Response>& responses, std::vector<Response>& sorted,
                  std::vector<double>& sums) {
  std::fill(sums.begin(), sums.end(), 0.0);
  sorted.assign(responses.begin(), responses.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const Response& a, const Response& b) { return a.measure < b.measure; });
  for (const Response& response : sorted) {
    const Measure& measure = framework.measures[response.measure];
    sums[plan.partOf[measure.theme]] += measure.weight * response.score / 100;
  }
}

double themeScore(const ThemeResult& theme, double quantitativeShare) {
  if (theme.quantitative && theme.qualitative) {
    return quantitativeShare * *theme.quantitative + (1 - quantitativeShare) * *theme.qualitative;
  }
  return theme.quantitative ? *theme.quantitative : *theme.qualitative;
}

} // namespace

SocialValueResult emptySocialValue(const ThemePlan& plan) {
  SocialValueResult socialValue;
  socialValue.themes.reserve(plan.parts.size());
  for (const ThemePart& part : plan.parts) {
    ThemeResult theme;
    theme.theme = part.theme;
    theme.weight = part.weight;
    socialValue.themes.push_back(theme);
  }
  return socialValue;
}

void addLine(SocialValueResult& socialValue, std::size_t part, const LineResult& line) {
  socialValue.gross += line.gross;
  socialValue.net += line.net;
  socialValue.present += line.present;
  socialValue.claimed += line.claimed;
  socialValue.themes[part].claimed += line.claimed;
}

std::optional<double> capAmount(const SocialValueMethod& method, double price) {
  if (!method.cap) {
    return std::nullopt;
  }
  return *method.cap * price;
}

void applyCap(SocialValueResult& socialValue, const SocialValueMethod& method, double price) {
  const std::optional<double> cap = capAmount(method, price);
  if (!cap || socialValue.claimed <= *cap) {
    socialValue.scored = socialValue.claimed;
    socialValue.percentOfPrice = socialValue.scored / price;
    for (ThemeResult& theme : socialValue.themes) {
      theme.scored = theme.claimed;
    }
    return;
  }
  // The spec's claimed_iθ × scored_i / claimed_i, taken as share × scored_i: a
  // bid with everything in one theme then keeps exactly the capped value there,
  // and the product cannot overflow where the result would not. The percentage
  // is the cap itself, not (cap × price) / price, which may be an ulp off it.
  socialValue.scored = *cap;
  socialValue.percentOfPrice = *method.cap;
  for (ThemeResult& theme : socialValue.themes) {
    theme.scored = theme.claimed / socialValue.claimed * socialValue.scored;
  }
}

void scoreSocialValue(const Tender& tender, const ThemePlan& plan, std::vector<BidResult>& bids) {
  const SocialValueMethod& method = tender.method.socialValue;
  const std::vector<double> yardstick = yardsticks(tender, plan, bids);
  std::vector<double> responseSums(plan.parts.size());
  std::vector<Response> sorted;
  for (BidResult& bid : bids) {
    const Bid& input = tender.bids[bid.bid];
    sumResponses(tender.framework, plan, input.responses, sorted, responseSums);
    double weighted = 0;
    for (std::size_t k = 0; k < plan.parts.size(); ++k) {
      const ThemePart& part = plan.parts[k];
      ThemeResult& theme = bid.socialValue.themes[k];
      if (part.quantitative) {
        // Where the yardstick is 0 no bid has anything to compare, so q is 0.
        const double figure = basisFigure(method, bid.socialValue, theme, input.price);
        theme.quantitative = yardstick[k] > 0 ? std::min(1.0, figure / yardstick[k]) : 0.0;
      }
      if (part.qualitative) {
        theme.qualitative = responseSums[k] / part.qualitativeWeight;
      }
      theme.score = themeScore(theme, method.quantitativeShare);
      weighted += part.weight * theme.score;
    }
    bid.socialValue.points = 100 * weighted;
  }
}

} // namespace svcalc::evaluation

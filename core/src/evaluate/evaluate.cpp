// svcalc::evaluate: values every bid's commitments, scores social value, price
// and totals, ranks the bids and assesses the winner's robustness, in that order.
#include "svcalc/evaluate.hpp"

#include "evaluate/commitment_value.hpp"
#include "evaluate/discount_schedule.hpp"
#include "evaluate/price_score.hpp"
#include "evaluate/ranking.hpp"
#include "evaluate/robustness.hpp"
#include "evaluate/social_value.hpp"
#include "evaluate/theme_plan.hpp"
#include "evaluate/total_score.hpp"
#include "evaluate/warnings.hpp"
#include "svcalc/limits.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace svcalc {
namespace {

using namespace evaluation;

/// What every bid's valuation shares, computed once per tender.
struct Valuation {
  ThemePlan themes;
  std::vector<MeasureValue> measures;
  std::vector<double> discount; ///< D_0 … D_Y for the longest Y of any commitment
  /// Whether every geography factor is equal: then no bid gains from where it
  /// delivers, and there is no locality premium to show.
  bool geographyUniform = true;
};

Valuation prepare(const Tender& tender) {
  Valuation valuation;
  const Framework& framework = tender.framework;
  valuation.themes = planThemes(framework);
  valuation.measures = measureValues(framework);
  int longest = 0;
  for (const Bid& bid : tender.bids) {
    for (const Commitment& commitment : bid.commitments) {
      longest = std::max(longest, yearsCounted(commitment, valuation.measures[commitment.measure]));
    }
  }
  valuation.discount = discountFactors(tender.method.discount, longest);
  for (const Factor& factor : framework.geography) {
    valuation.geographyUniform =
        valuation.geographyUniform && factor.value == framework.geography.front().value;
  }
  return valuation;
}

void reportOverflow(Errors& errors, std::string path, const char* message) {
  if (errors.size() < limits::errors) {
    errors.push_back({"out-of-range", std::move(path), message});
  }
}

bool allFinite(std::initializer_list<double> figures) {
  return std::all_of(figures.begin(), figures.end(), [](double x) { return std::isfinite(x); });
}

/// The method's own arithmetic overflows only for absurd weights or bounds (a
/// theme weight near 1e308, a price range from -1e308 to 1e308). The reader
/// accepts them as in range, so they are caught here, where the sums are made,
/// rather than silently scoring every bid 0.
void checkMethodArithmetic(const Tender& tender, const ThemePlan& plan, Errors& errors) {
  double weightSum = 0;
  for (const ThemePart& part : plan.parts) {
    weightSum += tender.framework.themes[part.theme].weight;
    if (!std::isfinite(part.qualitativeWeight)) {
      reportOverflow(errors, "/framework/measures",
                     "the weights of one theme's qualitative measures add up to more than a "
                     "double can hold.");
    }
  }
  if (!std::isfinite(weightSum)) {
    reportOverflow(errors, "/framework/themes",
                   "the theme weights add up to more than a double can hold.");
  }
  const PriceMethod& price = tender.method.price;
  if (price.scoring == PriceScoring::range && !std::isfinite(price.max - price.min)) {
    reportOverflow(errors, "/method/price/max",
                   "max − min of the price range is more than a double can hold.");
  }
}

/// Values the commitments of bid i into result's lines and sums and applies the
/// cap. Reports each commitment whose value overflows; false if any did.
/// `placeNeutral` receives the bid's claimed value had every geography factor
/// been 1, when the framework's factors are not all equal.
bool valueBid(const Tender& tender, const Valuation& valuation, std::size_t i, BidResult& result,
              std::optional<double>& placeNeutral, Errors& errors) {
  const Framework& framework = tender.framework;
  const Bid& bid = tender.bids[i];
  result.bid = i;
  result.socialValue = emptySocialValue(valuation.themes);
  result.lines.reserve(bid.commitments.size());
  if (!valuation.geographyUniform) {
    placeNeutral = 0.0;
  }
  bool finite = true;
  for (std::size_t j = 0; j < bid.commitments.size(); ++j) {
    const Commitment& commitment = bid.commitments[j];
    const MeasureValue& measure = valuation.measures[commitment.measure];
    const double geography = framework.geography[commitment.geography].value;
    const double evidence = framework.evidence[commitment.evidence].value;
    LineResult line = valueCommitment(commitment, measure, geography, evidence, valuation.discount);
    line.commitment = j;
    if (!allFinite({line.annual, line.gross, line.net, line.present, line.claimed})) {
      reportOverflow(
          errors, "/bids/" + std::to_string(i) + "/commitments/" + std::to_string(j) + "/quantity",
          "the value of this commitment overflows a double: quantity × proxy is too large.");
      finite = false;
      continue;
    }
    const std::size_t theme = framework.measures[commitment.measure].theme;
    addLine(result.socialValue, valuation.themes.partOf[theme], line);
    if (placeNeutral) {
      // The same valuation with a neutral factor; where the factor is already 1
      // that is this very line.
      *placeNeutral +=
          geography == 1
              ? line.claimed
              : valueCommitment(commitment, measure, 1.0, evidence, valuation.discount).claimed;
    }
    result.lines.push_back(line);
  }
  applyCap(result.socialValue, tender.method.socialValue, bid.price);
  return finite;
}

/// Every figure of a scored bid; its lines are checked as they are valued.
bool scoresFinite(const BidResult& bid) {
  const SocialValueResult& sv = bid.socialValue;
  if (!allFinite({sv.gross, sv.net, sv.present, sv.claimed, sv.scored, sv.percentOfPrice, sv.points,
                  bid.scores.price, bid.scores.quality, bid.scores.socialValue,
                  bid.total.value_or(0)})) {
    return false;
  }
  return std::all_of(sv.themes.begin(), sv.themes.end(), [](const ThemeResult& theme) {
    return allFinite({theme.claimed, theme.scored, theme.quantitative.value_or(0),
                      theme.qualitative.value_or(0), theme.score});
  });
}

/// The errors alone: no partly computed result leaves the evaluator.
EvaluateOutcome withoutResult(EvaluateOutcome& outcome) {
  return {Result{}, std::move(outcome.errors)};
}

} // namespace

EvaluateOutcome evaluate(const Tender& tender) {
  EvaluateOutcome outcome;
  Errors& errors = outcome.errors;
  Result& result = outcome.result;
  const Valuation valuation = prepare(tender);
  checkMethodArithmetic(tender, valuation.themes, errors);
  if (!errors.empty()) {
    return withoutResult(outcome);
  }
  const std::size_t bidCount = tender.bids.size();

  result.bids.resize(bidCount);
  std::vector<std::optional<double>> placeNeutral(bidCount);
  for (std::size_t i = 0; i < bidCount; ++i) {
    if (!valueBid(tender, valuation, i, result.bids[i], placeNeutral[i], errors)) {
      continue;
    }
    const SocialValueResult& sv = result.bids[i].socialValue;
    if (!allFinite({sv.gross, sv.net, sv.present, sv.claimed, placeNeutral[i].value_or(0)})) {
      reportOverflow(errors, "/bids/" + std::to_string(i),
                     "the social value of this bid overflows a double: its commitments add up "
                     "to too much.");
    }
  }
  if (!errors.empty()) {
    return withoutResult(outcome);
  }

  scoreSocialValue(tender, valuation.themes, result.bids);
  scoreTotals(tender, priceScores(tender), result.bids);
  for (std::size_t i = 0; i < bidCount; ++i) {
    if (!scoresFinite(result.bids[i])) {
      reportOverflow(errors, "/bids/" + std::to_string(i),
                     "the scores of this bid overflow a double: its social value is too large "
                     "for its price.");
    }
  }
  if (!errors.empty()) {
    return withoutResult(outcome);
  }

  for (std::size_t i = 0; i < bidCount; ++i) {
    result.bids[i].warnings = bidWarnings(tender, result.bids[i], placeNeutral[i]);
  }
  rankBids(tender, result);
  result.robustness = assessRobustness(tender.method, result.bids);
  result.warnings = tenderWarnings(tender.framework, valuation.themes);
  return outcome;
}

} // namespace svcalc

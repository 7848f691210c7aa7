#include "evaluate/warnings.hpp"

#include "evaluate/social_value.hpp"

#include "json/text.hpp"
#include <cmath>
#include <cstdint>
#include <string>

namespace svcalc::evaluation {
namespace {

void appendCurrency(std::string& out, const std::string& currency) {
  if (currency == "GBP") {
    out += "£";
  } else if (currency == "EUR") {
    out += "€";
  } else if (currency == "USD") {
    out += "$";
  } else {
    out += currency;
    out += ' ';
  }
}

/// Appends n with a comma every three digits: 43249 → "43,249".
void appendGrouped(std::string& out, std::uint64_t n) {
  char digits[20];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0);
  while (count > 0) {
    out += digits[--count];
    if (count > 0 && count % 3 == 0) {
      out += ',';
    }
  }
}

enum class Decimals {
  pairOrNone, ///< money: "3,249.50", or "40,000" when the pennies are 0
  trimmed     ///< percentages: "7.5", "16.67", "10"
};

/// Appends x ≥ 0 rounded to two decimals, worked in whole hundredths, which fit
/// a 64-bit integer below 10^15; a larger figure, absurd for an amount, is
/// written as Number::toString writes it.
void appendFigure(std::string& out, double x, Decimals decimals) {
  if (!(x < 1e15)) {
    json::appendNumber(out, x);
    return;
  }
  const auto hundredths = static_cast<std::uint64_t>(std::round(x * 100));
  appendGrouped(out, hundredths / 100);
  if (hundredths % 100 == 0) {
    return;
  }
  out += '.';
  out += static_cast<char>('0' + hundredths % 100 / 10);
  if (decimals == Decimals::pairOrNone || hundredths % 10 != 0) {
    out += static_cast<char>('0' + hundredths % 10);
  }
}

/// "£43,249.55" for a non-negative amount.
void appendMoney(std::string& out, double amount, const std::string& currency) {
  appendCurrency(out, currency);
  appendFigure(out, amount, Decimals::pairOrNone);
}

/// A fraction as a percentage: 0.1 → "10%".
void appendPercent(std::string& out, double fraction) {
  appendFigure(out, fraction * 100, Decimals::trimmed);
  out += '%';
}

void appendYears(std::string& out, int years) {
  out += std::to_string(years);
  out += years == 1 ? " year" : " years";
}

Warning capped(const Tender& tender, const BidResult& bid, double cap) {
  const SocialValueResult& socialValue = bid.socialValue;
  const double notScored = socialValue.claimed - socialValue.scored;
  std::string message = "Claimed social value ";
  appendMoney(message, socialValue.claimed, tender.currency);
  message += " exceeds the cap of ";
  appendPercent(message, *tender.method.socialValue.cap);
  message += " of price (";
  appendMoney(message, cap, tender.currency);
  message += "); ";
  appendMoney(message, notScored, tender.currency);
  message += " is not scored.";
  return {"capped", std::move(message), "", notScored};
}

Warning yearsLimited(const Tender& tender, const BidResult& bid, const LineResult& line) {
  const Commitment& commitment = tender.bids[bid.bid].commitments[line.commitment];
  const Measure& measure = tender.framework.measures[commitment.measure];
  const int notCounted = commitment.years - line.yearsCounted;
  // One allocation per string: a tender can carry thousands of these.
  std::string message;
  message.reserve(96 + measure.id.size());
  message += "This commitment runs for ";
  appendYears(message, commitment.years);
  message += " but measure ";
  message += measure.id;
  message += " counts at most ";
  appendYears(message, line.yearsCounted);
  message += ", so ";
  appendYears(message, notCounted);
  message += notCounted == 1 ? " is not valued." : " are not valued.";
  std::string path;
  path.reserve(48);
  path += "/bids/";
  path += std::to_string(bid.bid);
  path += "/commitments/";
  path += std::to_string(line.commitment);
  path += "/years";
  return {"years-limited", std::move(message), std::move(path), std::nullopt};
}

Warning noSocialValue() {
  return {"no-social-value",
          "This bid makes no social value commitments and answers no qualitative measures, so "
          "its social value scores 0.",
          "", std::nullopt};
}

Warning localityPremium(const Tender& tender, const BidResult& bid, double premium) {
  const double claimed = bid.socialValue.claimed;
  std::string message = "Geography factors ";
  message += premium > 0 ? "raise" : "lower";
  message += " this bid's claimed social value by ";
  appendMoney(message, std::fabs(premium), tender.currency);
  if (claimed > 0) {
    message += " (";
    appendPercent(message, std::fabs(premium) / claimed);
    message += " of claimed)";
  }
  message += " compared with every area at 1.";
  return {"locality-premium", std::move(message), "", premium};
}

Warning zeroQualityPoints() {
  return {"zero-quality-points",
          "This bid has no quality or social value points, so it has no price per quality "
          "point and ranks last.",
          "", std::nullopt};
}

} // namespace

std::vector<Warning> bidWarnings(const Tender& tender, const BidResult& bid,
                                 const std::optional<double>& claimedPlaceNeutral) {
  const Bid& input = tender.bids[bid.bid];
  std::vector<Warning> warnings;
  const std::optional<double> cap = capAmount(tender.method.socialValue, input.price);
  if (cap && bid.socialValue.claimed > *cap) {
    warnings.push_back(capped(tender, bid, *cap));
  }
  for (const LineResult& line : bid.lines) {
    if (input.commitments[line.commitment].years > line.yearsCounted) {
      warnings.push_back(yearsLimited(tender, bid, line));
    }
  }
  if (input.commitments.empty() && input.responses.empty()) {
    warnings.push_back(noSocialValue());
  }
  if (claimedPlaceNeutral && bid.socialValue.claimed != *claimedPlaceNeutral) {
    warnings.push_back(
        localityPremium(tender, bid, bid.socialValue.claimed - *claimedPlaceNeutral));
  }
  if (tender.method.model == Model::pqp && !bid.total) {
    warnings.push_back(zeroQualityPoints());
  }
  return warnings;
}

std::vector<Warning> tenderWarnings(const Framework& framework, const ThemePlan& plan) {
  std::vector<Warning> warnings;
  for (std::size_t theme = 0; theme < framework.themes.size(); ++theme) {
    if (plan.partOf[theme] == ThemePlan::absent) {
      warnings.push_back({"unused-theme",
                          "Theme \"" + framework.themes[theme].id +
                              "\" has no measures, so it takes no part in the social value score.",
                          "/framework/themes/" + std::to_string(theme), std::nullopt});
    }
  }
  return warnings;
}

} // namespace svcalc::evaluation

#include "write/warning_text.hpp"

#include "json/text.hpp"
#include <cmath>
#include <cstdint>

namespace svcalc::writing {
namespace {

void appendCurrency(std::string& out, const std::string& currency) {
  if (currency == "GBP") {
    out += "£";
  } else if (currency == "EUR") {
    out += "€";
  } else if (currency == "USD") {
    out += "$";
  } else {
    out += currency; // the reader let through only 3 upper-case letters
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
  json::appendNumber(out, years);
  out += years == 1 ? " year" : " years";
}

void appendName(std::string& out, std::string_view name, Names names) {
  if (names == Names::plain)
    out += name;
  else
    json::appendEscaped(out, name);
}

void appendCapped(std::string& out, const Tender& tender, const Warning& warning) {
  out += "Claimed social value ";
  appendMoney(out, warning.claimed, tender.currency);
  out += " exceeds the cap of ";
  appendPercent(out, *tender.method.socialValue.cap);
  out += " of price (";
  appendMoney(out, warning.cap, tender.currency);
  out += "); ";
  appendMoney(out, *warning.amount, tender.currency);
  out += " is not scored.";
}

void appendYearsLimited(std::string& out, const Tender& tender, const Warning& warning,
                        Names names) {
  const Commitment& commitment = tender.bids[warning.bid].commitments[warning.item];
  const int notCounted = commitment.years - warning.yearsCounted;
  out += "This commitment runs for ";
  appendYears(out, commitment.years);
  out += " but measure ";
  appendName(out, tender.framework.measures[commitment.measure].id, names);
  out += " counts at most ";
  appendYears(out, warning.yearsCounted);
  out += ", so ";
  appendYears(out, notCounted);
  out += notCounted == 1 ? " is not valued." : " are not valued.";
}

void appendLocalityPremium(std::string& out, const Tender& tender, const Warning& warning) {
  const double premium = *warning.amount;
  out += "Geography factors ";
  out += premium > 0 ? "raise" : "lower";
  out += " this bid's claimed social value by ";
  appendMoney(out, std::fabs(premium), tender.currency);
  if (warning.claimed > 0) {
    out += " (";
    appendPercent(out, std::fabs(premium) / warning.claimed);
    out += " of claimed)";
  }
  out += " compared with every area at 1.";
}

void appendUnusedTheme(std::string& out, const Tender& tender, const Warning& warning,
                       Names names) {
  const std::string_view quote = names == Names::plain ? "\"" : "\\\"";
  out += "Theme ";
  out += quote;
  appendName(out, tender.framework.themes[warning.item].id, names);
  out += quote;
  out += " has no measures, so it takes no part in the social value score.";
}

} // namespace

std::string_view warningCode(WarningCode code) {
  switch (code) {
  case WarningCode::capped:
    return "capped";
  case WarningCode::yearsLimited:
    return "years-limited";
  case WarningCode::noSocialValue:
    return "no-social-value";
  case WarningCode::localityPremium:
    return "locality-premium";
  case WarningCode::zeroQualityPoints:
    return "zero-quality-points";
  case WarningCode::unusedTheme:
    return "unused-theme";
  }
  return {};
}

void appendWarningMessage(std::string& out, const Tender& tender, const Warning& warning,
                          Names names) {
  switch (warning.code) {
  case WarningCode::capped:
    appendCapped(out, tender, warning);
    return;
  case WarningCode::yearsLimited:
    appendYearsLimited(out, tender, warning, names);
    return;
  case WarningCode::noSocialValue:
    out += "This bid makes no social value commitments and answers no qualitative measures, so "
           "its social value scores 0.";
    return;
  case WarningCode::localityPremium:
    appendLocalityPremium(out, tender, warning);
    return;
  case WarningCode::zeroQualityPoints:
    out += "This bid has no quality or social value points, so it has no price per quality "
           "point and ranks last.";
    return;
  case WarningCode::unusedTheme:
    appendUnusedTheme(out, tender, warning, names);
    return;
  }
}

void appendWarningPath(std::string& out, const Warning& warning) {
  if (warning.code == WarningCode::yearsLimited) {
    out += "/bids/";
    json::appendNumber(out, static_cast<double>(warning.bid));
    out += "/commitments/";
    json::appendNumber(out, static_cast<double>(warning.item));
    out += "/years";
  } else if (warning.code == WarningCode::unusedTheme) {
    out += "/framework/themes/";
    json::appendNumber(out, static_cast<double>(warning.item));
  }
}

} // namespace svcalc::writing

#include "write/warning_text.hpp"

#include "json/text.hpp"
#include <cassert>
#include <cmath>
#include <cstdint>
#include <string>

namespace svcalc::writing {
namespace {

void writeCurrency(TextBuffer& out, const std::string& currency) {
  if (currency == "GBP") {
    out.literal("£");
  } else if (currency == "EUR") {
    out.literal("€");
  } else if (currency == "USD") {
    out.literal("$");
  } else {
    out.raw(currency); // the reader let through only 3 upper-case letters
    out.character(' ');
  }
}

/// Writes n with a comma every three digits: 43249 → "43,249".
void writeGrouped(TextBuffer& out, std::uint64_t n) {
  char digits[20];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0);
  while (count > 0) {
    out.character(digits[--count]);
    if (count > 0 && count % 3 == 0) {
      out.character(',');
    }
  }
}

enum class Decimals {
  pairOrNone, ///< money: "3,249.50", or "40,000" when the pennies are 0
  trimmed     ///< percentages: "7.5", "16.67", "10"
};

/// Writes x ≥ 0 rounded to two decimals, worked in whole hundredths, which fit
/// a 64-bit integer below 10^15; a larger figure, absurd for an amount, is
/// written as Number::toString writes it.
void writeFigure(TextBuffer& out, double x, Decimals decimals) {
  if (!(x < 1e15)) {
    out.number(x);
    return;
  }
  const auto hundredths = static_cast<std::uint64_t>(std::round(x * 100));
  writeGrouped(out, hundredths / 100);
  if (hundredths % 100 == 0) {
    return;
  }
  out.character('.');
  out.character(static_cast<char>('0' + hundredths % 100 / 10));
  if (decimals == Decimals::pairOrNone || hundredths % 10 != 0) {
    out.character(static_cast<char>('0' + hundredths % 10));
  }
}

/// "£43,249.55" for a non-negative amount.
void writeMoney(TextBuffer& out, double amount, const std::string& currency) {
  writeCurrency(out, currency);
  writeFigure(out, amount, Decimals::pairOrNone);
}

/// A fraction as a percentage: 0.1 → "10%".
void writePercent(TextBuffer& out, double fraction) {
  writeFigure(out, fraction * 100, Decimals::trimmed);
  out.character('%');
}

void writeYears(TextBuffer& out, int years) {
  out.number(years);
  if (years == 1)
    out.literal(" year");
  else
    out.literal(" years");
}

void writeName(TextBuffer& out, std::string_view name, Names names) {
  if (names == Names::plain) {
    out.raw(name);
  } else {
    std::string escaped;
    json::appendEscaped(escaped, name);
    out.raw(escaped);
  }
}

void writeCapped(TextBuffer& out, const Tender& tender, const Warning& warning) {
  out.literal("Claimed social value ");
  writeMoney(out, warning.claimed, tender.currency);
  out.literal(" exceeds the cap of ");
  writePercent(out, *tender.method.socialValue.cap);
  out.literal(" of price (");
  writeMoney(out, warning.cap, tender.currency);
  out.literal("); ");
  writeMoney(out, *warning.amount, tender.currency);
  out.literal(" is not scored.");
}

void writeYearsLimited(TextBuffer& out, const Tender& tender, const Warning& warning, Names names) {
  const Commitment& commitment = tender.bids[warning.bid].commitments[warning.item];
  const int notCounted = commitment.years - warning.yearsCounted;
  out.literal("This commitment runs for ");
  writeYears(out, commitment.years);
  out.literal(" but measure ");
  writeName(out, tender.framework.measures[commitment.measure].id, names);
  out.literal(" counts at most ");
  writeYears(out, warning.yearsCounted);
  out.literal(", so ");
  writeYears(out, notCounted);
  if (notCounted == 1)
    out.literal(" is not valued.");
  else
    out.literal(" are not valued.");
}

void writeLocalityPremium(TextBuffer& out, const Tender& tender, const Warning& warning) {
  const double premium = *warning.amount;
  out.literal("Geography factors ");
  if (premium > 0)
    out.literal("raise");
  else
    out.literal("lower");
  out.literal(" this bid's claimed social value by ");
  writeMoney(out, std::fabs(premium), tender.currency);
  if (warning.claimed > 0) {
    out.literal(" (");
    writePercent(out, std::fabs(premium) / warning.claimed);
    out.literal(" of claimed)");
  }
  out.literal(" compared with every area at 1.");
}

void writeUnusedTheme(TextBuffer& out, const Tender& tender, const Warning& warning, Names names) {
  const std::string_view quote = names == Names::plain ? "\"" : "\\\"";
  out.literal("Theme ");
  out.raw(quote);
  writeName(out, tender.framework.themes[warning.item].id, names);
  out.raw(quote);
  out.literal(" has no measures, so it takes no part in the social value score.");
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

void writeWarningMessage(TextBuffer& out, const Tender& tender, const Warning& warning,
                         Names names) {
  switch (warning.code) {
  case WarningCode::capped:
    writeCapped(out, tender, warning);
    return;
  case WarningCode::yearsLimited:
    writeYearsLimited(out, tender, warning, names);
    return;
  case WarningCode::noSocialValue:
    out.literal("This bid makes no social value commitments and answers no qualitative measures, "
                "so its social value scores 0.");
    return;
  case WarningCode::localityPremium:
    writeLocalityPremium(out, tender, warning);
    return;
  case WarningCode::zeroQualityPoints:
    out.literal("This bid has no quality or social value points, so it has no price per quality "
                "point and ranks last.");
    return;
  case WarningCode::unusedTheme:
    writeUnusedTheme(out, tender, warning, names);
    return;
  }
}

bool hasPath(const Warning& warning) {
  return warning.code == WarningCode::yearsLimited || warning.code == WarningCode::unusedTheme;
}

void writeWarningPath(TextBuffer& out, const Warning& warning) {
  assert(hasPath(warning));
  if (warning.code == WarningCode::yearsLimited) {
    out.literal("/bids/");
    out.number(static_cast<double>(warning.bid));
    out.literal("/commitments/");
    out.number(static_cast<double>(warning.item));
    out.literal("/years");
  } else {
    out.literal("/framework/themes/");
    out.number(static_cast<double>(warning.item));
  }
}

} // namespace svcalc::writing

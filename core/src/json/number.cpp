// Number text to double. strtod rounds correctly in glibc and in musl alike,
// but musl's takes microseconds for an everyday decimal such as 12.25, which
// is most of the numbers in a tender; those take Clinger's fast path instead.
#include "json/number.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

namespace svcalc::json {

namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

/// Clinger's fast path: when the decimal is s × 10^e with s < 2^53 and
/// |e| <= 22, both s and 10^|e| are exact doubles, so one IEEE multiplication
/// or division, rounded to nearest even like any other, gives the nearest
/// double to the exact value, which is what strtod returns. Otherwise nothing.
std::optional<double> fastPath(std::string_view text) {
  static constexpr std::array<double, 23> powersOf10 = {
      1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  constexpr std::uint64_t exactLimit = std::uint64_t{1} << 53;
  constexpr int maxDigits = 19; // 19 digits always fit in 64 bits

  const char* p = text.data();
  const char* const end = p + text.size();
  const bool negative = p != end && *p == '-';
  if (negative) ++p;
  std::uint64_t significand = 0;
  int digits = 0; // significant digits: leading zeros do not count
  int exponent = 0;
  const auto take = [&](char c) {
    if (significand == 0 && c == '0') return true;
    if (++digits > maxDigits) return false;
    significand = 10 * significand + static_cast<unsigned>(c - '0');
    return true;
  };
  for (; p != end && isDigit(*p); ++p)
    if (!take(*p)) return std::nullopt;
  if (p != end && *p == '.') {
    for (++p; p != end && isDigit(*p); ++p) {
      if (!take(*p)) return std::nullopt;
      --exponent;
    }
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    ++p;
    const bool negativeExponent = p != end && *p == '-';
    if (p != end && (*p == '-' || *p == '+')) ++p;
    int written = 0;
    for (; p != end && isDigit(*p); ++p)
      if (written < 100000) written = 10 * written + (*p - '0'); // far past any double
    exponent += negativeExponent ? -written : written;
  }
  if (significand == 0) return negative ? -0.0 : 0.0; // 0e400 is 0, as in JavaScript
  if (significand > exactLimit || exponent < -22 || exponent > 22) return std::nullopt;
  double x = static_cast<double>(significand);
  x = exponent < 0 ? x / powersOf10[static_cast<std::size_t>(-exponent)]
                   : x * powersOf10[static_cast<std::size_t>(exponent)];
  return negative ? -x : x;
}

} // namespace

double parseNumber(std::string_view text) {
  if (const std::optional<double> x = fastPath(text)) return *x;
  char shortText[64];
  if (text.size() < sizeof shortText) {
    std::memcpy(shortText, text.data(), text.size());
    shortText[text.size()] = '\0';
    return std::strtod(shortText, nullptr);
  }
  return std::strtod(std::string(text).c_str(), nullptr);
}

} // namespace svcalc::json

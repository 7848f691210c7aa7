// Number text to double: the fast path must give exactly what a correctly
// rounding strtod gives, for every form of JSON number.
#include "json/number.hpp"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using svcalc::json::parseNumber;

namespace {

std::uint64_t bitsOf(double x) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

/// Compares bit for bit, so that -0 and 0 differ.
void requireSameAsStrtod(const std::string& text) {
  INFO(text);
  REQUIRE(bitsOf(parseNumber(text)) == bitsOf(std::strtod(text.c_str(), nullptr)));
}

/// A random number in JSON's grammar: 1 to 22 digits with the point anywhere
/// (or nowhere), leading zeros after "0.", and an exponent from -40 to 40, so
/// that both sides of every fast-path limit are hit.
std::string randomNumber(std::mt19937_64& random) {
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  std::string text = pick(4) == 0 ? "-" : "";
  const int digits = 1 + pick(22);
  std::string mantissa;
  for (int i = 0; i < digits; ++i)
    mantissa += static_cast<char>('0' + pick(10));
  const int point = pick(digits + 1);
  std::string whole = mantissa.substr(0, static_cast<std::size_t>(point));
  const std::string fraction = mantissa.substr(static_cast<std::size_t>(point));
  whole.erase(0, whole.find_first_not_of('0')); // JSON has no leading zeros
  text += whole.empty() ? "0" : whole;
  if (!fraction.empty()) text += (pick(3) == 0 ? ".000" : ".") + fraction;
  if (pick(2) == 0) {
    text += pick(2) == 0 ? 'e' : 'E';
    const int exponent = pick(81) - 40;
    text += exponent < 0 ? "-" : (pick(2) == 0 ? "+" : "");
    text += std::to_string(std::abs(exponent));
  }
  return text;
}

} // namespace

TEST_CASE("number text reads as a correctly rounding strtod reads it", "[json-number]") {
  std::mt19937_64 random(20250103);
  for (int i = 0; i < 1000000; ++i)
    requireSameAsStrtod(randomNumber(random));
}

TEST_CASE("the fast path's limits read correctly on both sides", "[json-number]") {
  for (const char* text : {"9007199254740992",          // 2^53: the largest exact significand
                           "9007199254740993",          // 2^53 + 1: strtod's
                           "9007199254740992e22",       // the largest exact significand and power
                           "9007199254740992e23",       // one power too many
                           "1e22",                      // 10^22, the largest exact power of ten
                           "1e23",                      // 10^23 is not exact
                           "1e-22",                     // a division by 10^22
                           "1e-23",                     // one power too many
                           "4.35",                      // 435 / 100
                           "0.1",                       // 1 / 10
                           "0.30000000000000004",       // 17 digits: strtod's
                           "123456789012345678e-5",     // 18 digits
                           "1234567890123456789012345", // too many digits to accumulate
                           "0.0000000000000000000000000000001",
                           "-0",
                           "-0.0",
                           "0e400",
                           "-0e-400",
                           "1e-400",
                           "-1e-400",
                           "2.2250738585072011e-308",
                           "4.9e-324",
                           "1.7976931348623157e308",
                           "5e-1",
                           "123.456e2",
                           "1E+2",
                           "10000000000000000000000",
                           "100000000000000000000000"}) {
    requireSameAsStrtod(text);
  }
  CHECK(std::isinf(parseNumber("1e400")));
  CHECK(parseNumber("-1e400") < 0);
  CHECK(std::signbit(parseNumber("-0")));
}

TEST_CASE("a number longer than any short buffer reads whole", "[json-number]") {
  requireSameAsStrtod("0." + std::string(300, '0') + "1");
  requireSameAsStrtod(std::string(400, '1') + "e-399");
  requireSameAsStrtod("1." + std::string(100, '0') + "1");
}

// An independent model of ECMAScript's JSON.stringify, for checking that engine
// output satisfies JSON.stringify(JSON.parse(out)) === out. It shares no code
// with core/src/json: digits come from printf/strtod, the value from nlohmann.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace svcalc::test {

/// The shortest decimal digits that read back to x (> 0, finite), as digits
/// "d1d2…dk" and n with x ≈ 0.d1d2…dk × 10^n: ECMAScript Number::toString's k and n.
inline void shortestDigits(double x, std::string& digits, int& n) {
  for (int p = 1; p <= 17; ++p) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    const std::string text = buf;
    const std::size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    if (mantissa.size() > 1) mantissa.erase(1, 1); // drop the decimal point
    int exponent = std::atoi(text.c_str() + e + 1);
    bool found = std::strtod(buf, nullptr) == x;
    if (!found) {
      // Just above a power of two the nearest p-digit decimal can fall outside the
      // (narrower) lower half of the rounding interval while its upper neighbour
      // is inside: ECMAScript still wants p digits then.
      const std::uint64_t up = std::strtoull(mantissa.c_str(), nullptr, 10) + 1;
      std::string upDigits = std::to_string(up);
      int upExponent = exponent;
      if (upDigits.size() > static_cast<std::size_t>(p)) {
        upDigits.pop_back(); // 99…9 + 1 = 10…0: one more power of ten
        ++upExponent;
      }
      const std::string upText = upDigits + "e" + std::to_string(upExponent - (p - 1));
      if (std::strtod(upText.c_str(), nullptr) == x) {
        mantissa = upDigits;
        exponent = upExponent;
        found = true;
      }
    }
    if (found) {
      while (mantissa.size() > 1 && mantissa.back() == '0')
        mantissa.pop_back();
      digits = mantissa;
      n = exponent + 1;
      return;
    }
  }
}

/// Number::toString(x) (ECMA-262, 6.1.6.1.20) for finite x.
inline std::string jsNumber(double x) {
  if (x == 0) return "0"; // negative zero too
  if (x < 0) return "-" + jsNumber(-x);
  std::string d;
  int n = 0;
  shortestDigits(x, d, n);
  const int k = static_cast<int>(d.size());
  if (k <= n && n <= 21) return d + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return d.substr(0, n) + "." + d.substr(n);
  if (-6 < n && n <= 0) return "0." + std::string(static_cast<std::size_t>(-n), '0') + d;
  const int e = n - 1;
  const std::string exponent = (e < 0 ? "e-" : "e+") + std::to_string(e < 0 ? -e : e);
  if (k == 1) return d + exponent;
  return d.substr(0, 1) + "." + d.substr(1) + exponent;
}

/// JSON.stringify of a string that holds valid UTF-8 (nlohmann rejects anything else).
inline std::string jsString(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

/// True for a key JavaScript treats as an array index ("0", "17", not "01" or
/// "4294967295"), which JSON.parse puts first in an object, ascending.
inline bool isArrayIndex(const std::string& key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return false;
  for (const char c : key)
    if (c < '0' || c > '9') return false;
  return std::stoull(key) < 4294967295ull;
}

/// JSON.stringify(value) for a value parsed into an ordered_json, which keeps
/// JSON.parse's member order (a repeated key keeps its first position and its
/// last value).
inline std::string jsStringify(const nlohmann::ordered_json& v) {
  switch (v.type()) {
  case nlohmann::ordered_json::value_t::null:
    return "null";
  case nlohmann::ordered_json::value_t::boolean:
    return v.get<bool>() ? "true" : "false";
  case nlohmann::ordered_json::value_t::number_integer:
  case nlohmann::ordered_json::value_t::number_unsigned:
  case nlohmann::ordered_json::value_t::number_float:
    return jsNumber(v.get<double>());
  case nlohmann::ordered_json::value_t::string:
    return jsString(v.get_ref<const std::string&>());
  case nlohmann::ordered_json::value_t::array: {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i)
      out += (i > 0 ? "," : "") + jsStringify(v[i]);
    return out + "]";
  }
  case nlohmann::ordered_json::value_t::object: {
    // Array-index keys first, ascending; the rest in document order.
    std::vector<std::pair<std::uint64_t, std::string>> indices;
    for (const auto& m : v.items())
      if (isArrayIndex(m.key())) indices.emplace_back(std::stoull(m.key()), m.key());
    std::sort(indices.begin(), indices.end());
    std::string out = "{";
    auto member = [&](const std::string& key) {
      out += (out.size() > 1 ? "," : "") + jsString(key) + ":" + jsStringify(v.at(key));
    };
    for (const auto& index : indices)
      member(index.second);
    for (const auto& m : v.items())
      if (!isArrayIndex(m.key())) member(m.key());
    return out + "}";
  }
  default:
    return "<unsupported>";
  }
}

/// JSON.stringify(JSON.parse(text)): the text JavaScript would write back.
inline std::string jsRoundTrip(const std::string& text) {
  return jsStringify(nlohmann::ordered_json::parse(text));
}

} // namespace svcalc::test

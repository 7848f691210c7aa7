// JSON text as JavaScript writes it. Every expected string below is what
// Node's JSON.stringify (or Number.prototype.toString) prints for the input.
#include "json/document.hpp"
#include "json/text.hpp"
#include <boost/json/detail/ryu/ryu.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using svcalc::json::Document;

namespace {

std::string numberText(double x) {
  std::string out;
  svcalc::json::appendNumber(out, x);
  return out;
}

std::string stringText(std::string_view s) {
  std::string out;
  svcalc::json::appendString(out, s);
  return out;
}

std::string canonical(const std::string& text) {
  const Document doc = Document::parse(text);
  REQUIRE(doc.ok());
  std::string out;
  svcalc::json::appendCanonical(out, doc.root());
  return out;
}

/// A number's text reduced to what it says: the significant digits, without
/// leading or trailing zeros, and n such that the magnitude is 0.digits × 10^n.
/// Any layout of one value, plain or exponent form, reduces to the same.
struct Significant {
  bool negative = false;
  std::string digits;
  int n = 0;
  bool operator==(const Significant& o) const {
    return negative == o.negative && digits == o.digits && n == o.n;
  }
};

Significant significant(const std::string& text) {
  Significant s;
  std::size_t i = 0;
  if (text[i] == '-') {
    s.negative = true;
    ++i;
  }
  int pointAt = -1;
  for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
    if (text[i] == '.')
      pointAt = static_cast<int>(s.digits.size());
    else
      s.digits += text[i];
  }
  s.n = (pointAt < 0 ? static_cast<int>(s.digits.size()) : pointAt) +
        (i < text.size() ? std::atoi(text.c_str() + i + 1 + (text[i + 1] == '+')) : 0);
  while (!s.digits.empty() && s.digits.front() == '0') {
    s.digits.erase(0, 1);
    --s.n;
  }
  while (!s.digits.empty() && s.digits.back() == '0')
    s.digits.pop_back();
  return s;
}

/// Ryu's own text ("-1.2345E-5"), which the writer's digits must agree with.
Significant ryuSignificant(double x) {
  char text[32];
  const int length = boost::json::detail::ryu::d2s_buffered_n(x, text);
  return significant(std::string(text, static_cast<std::size_t>(length)));
}

} // namespace

TEST_CASE("numbers are written as Number::toString writes them", "[json-text]") {
  struct Case {
    double x;
    const char* js;
  };
  const Case cases[] = {
      {0.1 + 0.2, "0.30000000000000004"},
      {1e21, "1e+21"},
      {1e-7, "1e-7"},
      {1.5e-7, "1.5e-7"},
      {-1e-7, "-1e-7"},
      {5e-7, "5e-7"},
      {0.000001, "0.000001"},
      {1e-6, "0.000001"},
      {1.2345e-6, "0.0000012345"},
      {9.5367431640625e-7, "9.5367431640625e-7"},
      {0.000123, "0.000123"},
      {1e-5, "0.00001"},
      {123456789012345680000.0, "123456789012345680000"},
      {1e20, "100000000000000000000"},
      {9.999999999999999e20, "999999999999999900000"},
      {1e22, "1e+22"},
      {1e23, "1e+23"},
      {8.41e21, "8.41e+21"},
      {5e-324, "5e-324"},
      {1.5e-323, "1.5e-323"},
      {1e-323, "1e-323"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {2.225073858507201e-308, "2.225073858507201e-308"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {5.992310449541053e307, "5.992310449541053e+307"},
      {1e300, "1e+300"},
      {3e-100, "3e-100"},
      {9007199254740992.0, "9007199254740992"},
      {1234567890123456789.0, "1234567890123456800"},
      {9223372036854775808.0, "9223372036854776000"},
      {18446744073709551616.0, "18446744073709552000"},
      {1e16, "10000000000000000"},
      {1.1e16, "11000000000000000"},
      {123e18, "123000000000000000000"},
      {-1234567890000000.0, "-1234567890000000"},
      {4294967295.0, "4294967295"},
      {100, "100"},
      {1200000, "1200000"},
      {1180000, "1180000"},
      {20520, "20520"},
      {0, "0"},
      {-0.0, "0"},
      {1, "1"},
      {-1, "-1"},
      {123, "123"},
      {0.1, "0.1"},
      {0.5, "0.5"},
      {1.5, "1.5"},
      {-2.5, "-2.5"},
      {4.35, "4.35"},
      {33.3, "33.3"},
      {48.6, "48.6"},
      {71.25, "71.25"},
      {3.85, "3.85"},
      {12345.6789, "12345.6789"},
      {1.0 / 3, "0.3333333333333333"},
      {2.0 / 3, "0.6666666666666666"},
      {100.0 / 3, "33.333333333333336"},
      {0.1 * 3, "0.30000000000000004"},
  };
  for (const Case& c : cases) {
    INFO(c.js);
    CHECK(numberText(c.x) == c.js);
  }
}

TEST_CASE("written numbers read back to the same double", "[json-text]") {
  std::mt19937_64 random(20250101);
  for (int i = 0; i < 100000; ++i) {
    const std::uint64_t bits = random();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    const std::string text = numberText(x);
    INFO(text);
    REQUIRE(std::strtod(text.c_str(), nullptr) == x);
  }
}

TEST_CASE("written digits are Ryu's shortest digits, integers included", "[json-text]") {
  // The writer takes Dragonbox's shortest digits, and writes integers below
  // 2^53 directly: both must agree with Ryu's formatted text on every double.
  std::mt19937_64 random(20250102);
  const auto check = [](double x) {
    const std::string text = numberText(x);
    INFO(text);
    REQUIRE(text.size() <= svcalc::json::maxNumberLength);
    REQUIRE(significant(text) == ryuSignificant(x));
  };
  for (int i = 0; i < 1000000; ++i) {
    const std::uint64_t bits = random();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (std::isfinite(x) && x != 0) check(x);
  }
  // Money-like values, integers either side of 2^53, and powers of ten: the
  // short digit strings a result is full of.
  for (int i = 0; i < 1000000; ++i) {
    const auto cents = static_cast<std::int64_t>(random() % 100000000000) - 50000000000;
    if (cents != 0) check(static_cast<double>(cents) / 100);
    const std::uint64_t integer = random() >> (random() % 64);
    if (integer != 0) check(static_cast<double>(integer));
  }
  double power = 1;
  for (int i = 0; i < 308; ++i, power *= 10) {
    check(power);
    check(1 / power);
  }
  check(9007199254740991.0);
  check(9007199254740992.0);
  check(9007199254740994.0);
  check(-0.0000012345678901234567);
}

TEST_CASE("numbers are appended, not assigned", "[json-text]") {
  std::string out = "[";
  svcalc::json::appendNumber(out, 2.5);
  out += ',';
  svcalc::json::appendNumber(out, -3e-9);
  CHECK(out == "[2.5,-3e-9");
}

TEST_CASE("strings are escaped as JSON.stringify escapes them", "[json-text]") {
  std::string controls;
  for (char c = 0; c < 0x20; ++c)
    controls += c;
  CHECK(stringText(controls) ==
        R"("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f)"
        R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c)"
        R"(\u001d\u001e\u001f")");
  // '/' and DEL stay as they are; so does everything outside ASCII.
  CHECK(stringText("\"\\/\x7F") == "\"\\\"\\\\/\x7F\"");
  CHECK(stringText("é€😀") == "\"é€😀\"");
  CHECK(stringText("") == "\"\"");
  CHECK(stringText("plain text, 100% (ok)") == "\"plain text, 100% (ok)\"");
  CHECK(stringText(std::string_view("a\0b", 3)) == "\"a\\u0000b\"");
  // U+D7FF and U+E000, either side of the surrogates, start with 0xED and 0xEE.
  CHECK(stringText("\xED\x9F\xBF\xEE\x80\x80") == "\"\xED\x9F\xBF\xEE\x80\x80\"");
}

TEST_CASE("lone surrogates in WTF-8 are written as backslash-u escapes", "[json-text]") {
  // JSON.stringify("a\ud800b\udfffc") === '"a\\ud800b\\udfffc"'
  CHECK(stringText("a\xED\xA0\x80"
                   "b\xED\xBF\xBF"
                   "c") == R"("a\ud800b\udfffc")");
}

TEST_CASE("JSON pointer tokens escape '~' and '/'", "[json-text]") {
  std::string out = "/bids/";
  svcalc::json::appendPointerToken(out, "a/b~c~1");
  CHECK(out == "/bids/a~1b~0c~01");
  out.clear();
  svcalc::json::appendPointerToken(out, "plain");
  CHECK(out == "plain");
}

TEST_CASE("a value is rewritten as JSON.stringify(JSON.parse(text)) writes it", "[json-text]") {
  CHECK(canonical(R"([ 1 , [ ] , { } , "x" , [ [ 0.1 ] ] ])") == R"([1,[],{},"x",[[0.1]]])");
  CHECK(canonical("null") == "null");
  CHECK(canonical(" -0 ") == "0");
  CHECK(canonical("[true,false,null,1e21,1E-7,-0.0]") == "[true,false,null,1e+21,1e-7,0]");
  CHECK(canonical(R"({"supplier":{"name":"Acme \"Ltd\"","size":"sme","vcse":true,)"
                  R"("region":"North East","x-extra":{"3":"c","1":"a"}}})") ==
        R"({"supplier":{"name":"Acme \"Ltd\"","size":"sme","vcse":true,)"
        R"("region":"North East","x-extra":{"1":"a","3":"c"}}})");
}

TEST_CASE("repeated keys collapse and array-index keys come first", "[json-text]") {
  // Node: JSON.stringify(JSON.parse(text)). "b" keeps its first place with its
  // last value; "0", "2", "10" and "4294967294" are array indices, ascending;
  // "01", "-1", "1.0" and "4294967295" (2^32 - 1) are ordinary keys.
  const std::string text =
      R"({"b":1,"a":2,"b":3,"10":4,"2":5,"01":6,"-1":7,"4294967294":8,"4294967295":9,)"
      R"("1.0":10,"":11,"0":12,"a":[1,{"z":null,"y":true,"z":false}],"c":-0,"d":1e21,)"
      R"("e":"\u0001\u007f"})";
  CHECK(canonical(text) ==
        R"({"0":12,"2":5,"10":4,"4294967294":8,"b":3,"a":[1,{"z":false,"y":true}],"01":6,)"
        R"("-1":7,"4294967295":9,"1.0":10,"":11,"c":0,"d":1e+21,"e":"\u0001)"
        "\x7F\"}");
}

TEST_CASE("a value nested to the depth limit is rewritten", "[json-text]") {
  std::string text;
  for (int i = 0; i < 32; ++i)
    text += "{\"k\":[";
  text += "1";
  for (int i = 0; i < 32; ++i)
    text += "]}";
  CHECK(canonical(text) == text);
}

TEST_CASE("canonical text is appended after what is already there", "[json-text]") {
  const Document doc = Document::parse(R"({"a": [1, {"b": "c"}]})");
  REQUIRE(doc.ok());
  std::string out = "{\"supplier\":";
  svcalc::json::appendCanonical(out, doc.root());
  out += '}';
  CHECK(out == R"({"supplier":{"a":[1,{"b":"c"}]}})");
}

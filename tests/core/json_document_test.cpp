// The JSON document: JSON.parse's values (numbers included), the compact tree,
// and the errors for text that is not JSON or goes over the limits.
#include "svcalc/limits.hpp"

#include "json/document.hpp"
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using svcalc::json::Document;
using svcalc::json::Kind;

namespace {

double numberOf(const std::string& text) {
  const Document doc = Document::parse(text);
  REQUIRE(doc.ok());
  REQUIRE(doc.root().isNumber());
  return doc.root().asNumber();
}

svcalc::Error errorOf(const std::string& text) {
  const Document doc = Document::parse(text);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error()->path.empty());
  return *doc.error();
}

std::string nested(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

} // namespace

TEST_CASE("a document holds every kind of value in document order", "[json]") {
  const Document doc =
      Document::parse(" {\"a\": [1, true, false, null, \"x\"], \"b\": {}, \"c\": [] }\n");
  REQUIRE(doc.ok());
  const auto root = doc.root();
  REQUIRE(root.kind() == Kind::object);
  REQUIRE(root.size() == 3);
  CHECK(root.keyAt(0) == "a");
  CHECK(root.keyAt(1) == "b");
  CHECK(root.keyAt(2) == "c");
  const auto a = root.valueAt(0);
  REQUIRE(a.isArray());
  REQUIRE(a.size() == 5);
  CHECK(a.at(0).asNumber() == 1);
  CHECK(a.at(1).kind() == Kind::boolean);
  CHECK(a.at(1).asBool());
  CHECK_FALSE(a.at(2).asBool());
  CHECK(a.at(3).kind() == Kind::null);
  CHECK(a.at(4).asString() == "x");
  CHECK(root.valueAt(1).isObject());
  CHECK(root.valueAt(1).size() == 0);
  CHECK(root.valueAt(2).isArray());
  CHECK(root.valueAt(2).size() == 0);
  CHECK_FALSE(root.find("d").has_value());
  REQUIRE(root.find("c").has_value());
  CHECK(root.find("c")->isArray());
}

TEST_CASE("a scalar can be the whole document", "[json]") {
  CHECK(Document::parse("null").root().kind() == Kind::null);
  CHECK(Document::parse(" true ").root().asBool());
  CHECK(Document::parse("\"\"").root().asString().empty());
  CHECK(numberOf("42") == 42);
}

TEST_CASE("a tender-like document reads back member by member", "[json]") {
  std::string text = "{\"bids\":[";
  for (int i = 0; i < 1000; ++i) {
    if (i > 0) text += ',';
    text += "{\"id\":\"B" + std::to_string(i) + "\",\"price\":" + std::to_string(1000 + i) +
            ",\"commitments\":[{\"measure\":\"M12\",\"quantity\":3,\"years\":2,"
            "\"geography\":\"local\",\"evidence\":\"planned\"}]}";
  }
  text += "]}";
  const Document doc = Document::parse(text);
  REQUIRE(doc.ok());
  const auto bids = doc.root().find("bids");
  REQUIRE(bids);
  REQUIRE(bids->size() == 1000);
  for (std::size_t i = 0; i < bids->size(); i += 111) {
    const auto bid = bids->at(i);
    CHECK(bid.find("id")->asString() == "B" + std::to_string(i));
    CHECK(bid.find("price")->asNumber() == 1000.0 + static_cast<double>(i));
    const auto commitment = bid.find("commitments")->at(0);
    CHECK(commitment.find("measure")->asString() == "M12");
    CHECK(commitment.find("evidence")->asString() == "planned");
    CHECK(commitment.find("years")->asNumber() == 2);
  }
}

TEST_CASE("a large flat array keeps its elements in order", "[json]") {
  std::string text = "[";
  for (int i = 0; i < 100000; ++i)
    text += (i > 0 ? "," : "") + std::to_string(i);
  text += "]";
  const Document doc = Document::parse(text);
  REQUIRE(doc.ok());
  REQUIRE(doc.root().size() == 100000);
  for (std::size_t i = 0; i < 100000; i += 997)
    CHECK(doc.root().at(i).asNumber() == static_cast<double>(i));
}

TEST_CASE("quotes and brackets inside strings are only text", "[json]") {
  const Document doc =
      Document::parse(R"({"a\"[,:{": ["\\", "x\\\"]", "\\\\"], "b": "{\"c\": [1, 2]}"})");
  REQUIRE(doc.ok());
  const auto root = doc.root();
  REQUIRE(root.size() == 2);
  CHECK(root.keyAt(0) == "a\"[,:{");
  const auto a = root.valueAt(0);
  REQUIRE(a.size() == 3);
  CHECK(a.at(0).asString() == "\\");
  CHECK(a.at(1).asString() == "x\\\"]");
  CHECK(a.at(2).asString() == "\\\\");
  CHECK(root.find("b")->asString() == "{\"c\": [1, 2]}");
}

TEST_CASE("numbers are the doubles nearest their text, as JSON.parse gives", "[json]") {
  CHECK(numberOf("0.1") == 0.1);
  CHECK(numberOf("0.30000000000000004") == 0.1 + 0.2);
  CHECK(numberOf("2.2250738585072011e-308") == 2.2250738585072011e-308);
  CHECK(numberOf("2.2250738585072014e-308") == 2.2250738585072014e-308);
  CHECK(numberOf("1.7976931348623157e308") == 1.7976931348623157e308);
  CHECK(numberOf("-12.5E+2") == -1250);
  CHECK(numberOf("1E2") == 100);
  // Boost 1.81's own conversion gives 6.4469799999999994e-18 here.
  CHECK(numberOf("64.4698e-19") == 64.4698e-19);
  CHECK(numberOf("484915.35831623530e19") == 484915.35831623530e19);
  // Integers: exact up to 2^53, then rounded to nearest even like any decimal.
  CHECK(numberOf("9007199254740992") == 9007199254740992.0);
  CHECK(numberOf("-9007199254740992") == -9007199254740992.0);
  CHECK(numberOf("9007199254740993") == 9007199254740992.0);
  CHECK(numberOf("9007199254740995") == 9007199254740996.0);
  CHECK(numberOf("-9223372036854775809") == -9223372036854775808.0);
  CHECK(numberOf("18446744073709551616") == 18446744073709551616.0);
  CHECK(numberOf("123456789012345678901234567890") == 123456789012345678901234567890.0);
  // A number longer than any short buffer.
  CHECK(numberOf("0." + std::string(300, '0') + "1") == 1e-301);
  CHECK(numberOf(std::string(400, '1') + "e-399") == 1.1111111111111112);
}

TEST_CASE("negative zero and underflow read as JSON.parse reads them", "[json]") {
  const double negativeZero = numberOf("-0");
  CHECK(negativeZero == 0);
  CHECK(std::signbit(negativeZero));
  CHECK(std::signbit(numberOf("-0.0")));
  CHECK_FALSE(std::signbit(numberOf("0")));
  CHECK(numberOf("1e-400") == 0);
  CHECK(std::signbit(numberOf("-1e-400")));
  CHECK(numberOf("4.9e-324") == 4.9406564584124654e-324); // the smallest denormal
  CHECK(numberOf("2e-324") == 0);
}

TEST_CASE("a number too large for a double is a parse error", "[json]") {
  CHECK(errorOf("1e400").code == "parse-error");
  CHECK(errorOf("-1e400").message ==
        "Invalid JSON at line 1, column 1: number too large for a double.");
  CHECK(errorOf("[1, 1.8e308]").message ==
        "Invalid JSON at line 1, column 5: number too large for a double.");
  CHECK(errorOf("[" + std::string(400, '9') + "]").code == "parse-error");
  CHECK(errorOf("1e99999999999").code == "parse-error");
}

TEST_CASE("a repeated key keeps its last value, as JSON.parse does", "[json]") {
  const Document doc = Document::parse(R"({"a": 1, "b": 2, "a": 3})");
  REQUIRE(doc.ok());
  const auto root = doc.root();
  CHECK(root.size() == 3);
  CHECK(root.find("a")->asNumber() == 3);
  CHECK(root.find("b")->asNumber() == 2);
  CHECK(root.keyAt(2) == "a");
  CHECK(root.valueAt(0).asNumber() == 1);
}

TEST_CASE("strings are unescaped to UTF-8", "[json]") {
  const Document doc = Document::parse(
      R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20ac", "\ud83d\ude00", "a\u0000b", "é€😀"])");
  REQUIRE(doc.ok());
  const auto root = doc.root();
  CHECK(root.at(0).asString() == "a\"b\\c/d\b\f\n\r\t");
  CHECK(root.at(1).asString() == "\xC3\xA9\xE2\x82\xAC");
  CHECK(root.at(2).asString() == "\xF0\x9F\x98\x80");
  CHECK(root.at(3).asString() == std::string("a\0b", 3));
  CHECK(root.at(4).asString() == "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST_CASE("keys with escapes are unescaped too", "[json]") {
  const Document doc = Document::parse(R"({"\u0041b": 1, "c\nd": 2})");
  REQUIRE(doc.ok());
  CHECK(doc.root().find("Ab")->asNumber() == 1);
  CHECK(doc.root().find("c\nd")->asNumber() == 2);
}

// Boost 1.81 refuses a \u escape of an unpaired surrogate, which JSON.parse
// would accept as a lone UTF-16 unit. Such text cannot come from a tender
// tool that writes UTF-8, and RFC 8259 leaves it to the implementation.
TEST_CASE("an unpaired surrogate escape is a parse error", "[json]") {
  CHECK(errorOf(R"(["\ud800"])").message ==
        "Invalid JSON at line 1, column 9: a \\u escape of a high surrogate must be followed by "
        "a low one.");
  CHECK(errorOf(R"(["\udc00"])").code == "parse-error");
  CHECK(errorOf(R"(["\ud800\u0041"])").message ==
        "Invalid JSON at line 1, column 11: invalid UTF-16 surrogate pair in \\u escapes.");
}

TEST_CASE("nesting is limited to 64 arrays and objects", "[json]") {
  CHECK(Document::parse(nested(64)).ok());
  const auto error = errorOf(nested(65));
  CHECK(error.code == "limit");
  CHECK(error.message ==
        "Arrays and objects nest deeper than the limit of 64 at line 1, column 65.");

  std::string objects;
  for (int i = 0; i < 64; ++i)
    objects += "{\"a\":";
  CHECK(Document::parse(objects + "1" + std::string(64, '}')).ok());
  CHECK(errorOf("[" + objects + "1" + std::string(64, '}') + "]").code == "limit");
}

TEST_CASE("a 10,000-deep array is refused without recursing", "[json]") {
  CHECK(errorOf(nested(10000)).code == "limit");
  CHECK(errorOf(std::string(10000, '[')).code == "limit");
}

TEST_CASE("input over 32 MiB is refused before parsing", "[json]") {
  // Not JSON at all: only the size check can be what refuses it.
  const std::string tooLarge(33u * 1024u * 1024u, 'x');
  const auto error = errorOf(tooLarge);
  CHECK(error.code == "limit");
  CHECK(error.message == "The input is larger than the limit of 33554432 bytes (32 MiB).");

  std::string atLimit(svcalc::limits::inputBytes, ' ');
  atLimit.front() = '[';
  atLimit.back() = ']';
  CHECK(Document::parse(atLimit).ok());
  atLimit.push_back(' ');
  CHECK(errorOf(atLimit).code == "limit");
}

TEST_CASE("syntax errors give the line, the column and the rule broken", "[json]") {
  CHECK(errorOf("{\n  \"a\": 1,\n  \"b\" 2\n}").message ==
        "Invalid JSON at line 3, column 7: expected ':'.");
  CHECK(errorOf("{\"a\": 1 \"b\": 2}").message ==
        "Invalid JSON at line 1, column 9: expected ',' or '}'.");
  CHECK(errorOf("[1 2]").message == "Invalid JSON at line 1, column 4: expected ',' or ']'.");
  CHECK(errorOf("[1,]").message == "Invalid JSON at line 1, column 4: expected a value.");
  CHECK(errorOf("[,1]").message == "Invalid JSON at line 1, column 2: expected a value or ']'.");
  CHECK(errorOf("{,}").message ==
        "Invalid JSON at line 1, column 2: expected a string key or '}'.");
  CHECK(errorOf("{\"a\":1,}").message ==
        "Invalid JSON at line 1, column 8: expected a string key.");
  CHECK(errorOf("{\"a\":}").message == "Invalid JSON at line 1, column 6: expected a value.");
  CHECK(errorOf("[tru]").message == "Invalid JSON at line 1, column 2: unknown word; expected a "
                                    "value such as true, false or null.");
  CHECK(errorOf("[NaN]").code == "parse-error");
  CHECK(errorOf("[-]").message == "Invalid JSON at line 1, column 3: expected a digit.");
  CHECK(errorOf("[1.]").message == "Invalid JSON at line 1, column 4: expected a digit.");
  CHECK(errorOf("[1e+]").message == "Invalid JSON at line 1, column 5: expected a digit.");
  CHECK(errorOf("[01]").message == "Invalid JSON at line 1, column 3: expected ',' or ']'.");
  CHECK(errorOf("[1] x").message ==
        "Invalid JSON at line 1, column 5: unexpected text after the JSON value.");
  CHECK(errorOf("[1, 2").message == "Invalid JSON at line 1, column 6: unexpected end of input.");
  CHECK(errorOf("\"abc").message == "Invalid JSON at line 1, column 5: unexpected end of input.");
}

TEST_CASE("string errors say what is wrong in the string", "[json]") {
  CHECK(errorOf(R"(["a\qb"])").message ==
        "Invalid JSON at line 1, column 5: invalid escape sequence in a string.");
  CHECK(errorOf(R"(["\u12G4"])").message ==
        "Invalid JSON at line 1, column 7: a \\u escape needs four hex digits.");
  CHECK(errorOf("[\"a\tb\"]").message ==
        "Invalid JSON at line 1, column 4: control characters in a string must be escaped.");
  CHECK(errorOf("[\"a\nb\"]").message ==
        "Invalid JSON at line 1, column 4: control characters in a string must be escaped.");
  CHECK(errorOf("[\"a\xFF\"]").message ==
        "Invalid JSON at line 1, column 4: invalid UTF-8 in a string.");
  CHECK(errorOf("[\"\xED\xA0\x80\"]").code == "parse-error"); // a surrogate in UTF-8 bytes
  CHECK(errorOf("[\"\xC0\xAF\"]").code == "parse-error");     // overlong
}

TEST_CASE("columns count code points, not bytes", "[json]") {
  // é and € are 2 and 3 bytes, 😀 is 4: each is one column.
  CHECK(errorOf("[\"é\", x]").message == "Invalid JSON at line 1, column 7: unknown word; "
                                         "expected a value such as true, false or null.");
  CHECK(errorOf("{\"€😀\": 1,\n \"é\": 2 3}").message ==
        "Invalid JSON at line 2, column 9: expected ',' or '}'.");
}

TEST_CASE("empty input and a byte order mark are parse errors", "[json]") {
  CHECK(errorOf("").message == "Invalid JSON at line 1, column 1: the input is empty.");
  CHECK(errorOf(" \n\t\r ").message == "Invalid JSON at line 2, column 4: the input is empty.");
  // JSON.parse refuses a leading BOM too.
  CHECK(errorOf("\xEF\xBB\xBF{}").message ==
        "Invalid JSON at line 1, column 1: a byte order mark is not allowed.");
}

TEST_CASE("comments, trailing commas and other extensions are refused", "[json]") {
  CHECK(errorOf("[1] // note").code == "parse-error");
  CHECK(errorOf("/* note */ [1]").code == "parse-error");
  CHECK(errorOf("[1,2,]").code == "parse-error");
  CHECK(errorOf("{'a': 1}").code == "parse-error");
  CHECK(errorOf("[Infinity]").code == "parse-error");
  CHECK(errorOf("[0x10]").code == "parse-error");
  CHECK(errorOf("[+1]").code == "parse-error");
  CHECK(errorOf("[.5]").code == "parse-error");
}

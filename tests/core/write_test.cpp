// The result and error documents: layout, key order, and JavaScript's number and
// string forms, read back with nlohmann/json as an independent parser.
#include "js_stringify.hpp"
#include "svcalc/svcalc.hpp"
#include "svcalc/write.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

using nlohmann::ordered_json;
using svcalc::test::jsRoundTrip;

namespace {

/// Two themes (one quantitative only), two measures, two areas and levels, and
/// three bids: enough to exercise every optional and every list of the layout.
svcalc::Tender sampleTender() {
  svcalc::Tender t;
  t.currency = "EUR";
  t.framework.themes = {{"jobs", "Jobs", 2}, {"env", "Environment", 1}};
  svcalc::Measure m1;
  m1.id = "M1";
  m1.theme = 0;
  svcalc::Measure q1;
  q1.id = "Q1";
  q1.theme = 0;
  q1.kind = svcalc::MeasureKind::qualitative;
  svcalc::Measure e1;
  e1.id = "E1";
  e1.theme = 1;
  t.framework.measures = {m1, q1, e1};
  t.framework.evidence = {{"verified", 1}, {"planned", 0.7}};
  t.framework.geography = {{"local", 1}, {"national", 1}};
  svcalc::Bid a;
  a.id = "A \"quoted\"\n";
  a.supplierJson = "{\"1\":\"one\",\"name\":\"Caf\xC3\xA9 \\\"Co\\\"\",\"x-n\":1e+21}";
  a.commitments = {{0, 3, 2.5, 1, 1}, {2, 1, 0, 0, 0}};
  svcalc::Bid b;
  b.id = "B-\xC3\xA9"; // "B-é": UTF-8 is written as is
  svcalc::Bid c;
  c.id = "C";
  t.bids = {a, b, c};
  return t;
}

svcalc::Result sampleResult() {
  svcalc::Result r;
  svcalc::BidResult a;
  a.bid = 0;
  a.rank = 1;
  a.total = 0.1 + 0.2;
  a.scores = {48.6, 28.8, 3.85};
  a.socialValue.gross = 1e21;
  a.socialValue.net = 5e-324;
  a.socialValue.present = -0.0;
  a.socialValue.claimed = 123e-9;
  a.socialValue.scored = 1e-7;
  a.socialValue.percentOfPrice = 2.0 / 3.0;
  a.socialValue.points = 100;
  a.socialValue.themes = {{0, 2.0 / 3.0, 10, 9, 0.8, 0.6, 0.7},
                          {1, 1.0 / 3.0, 0, 0, 0.25, std::nullopt, 0.25}};
  a.lines = {{0, 2, 75000, 225000, 150000, 144927.53623188406, 144927.53623188406},
             {1, 1, 0, 0, 0, 0, 0}};
  svcalc::Warning yearsLimited;
  yearsLimited.code = svcalc::WarningCode::yearsLimited;
  yearsLimited.yearsCounted = 2; // of commitment 0's 3
  svcalc::Warning localityPremium;
  localityPremium.code = svcalc::WarningCode::localityPremium;
  localityPremium.claimed = 10;
  localityPremium.amount = 1234.5;
  a.warnings = {yearsLimited, localityPremium};
  svcalc::BidResult b;
  b.bid = 1;
  b.rank = 2;
  b.total = 1e-7;
  svcalc::BidResult c;
  c.bid = 2;
  c.rank = 2;
  c.total = std::nullopt;
  r.bids = {a, b, c};
  r.ties = {{1, 2}};
  svcalc::Robustness robust;
  robust.winner = 0;
  robust.low = 0;
  robust.high = 37.2;
  robust.overtakenBy = {{1, 37.2}, {2, std::nullopt}};
  r.robustness = robust;
  svcalc::Warning unusedTheme;
  unusedTheme.code = svcalc::WarningCode::unusedTheme;
  unusedTheme.item = 1;
  r.warnings = {unusedTheme};
  return r;
}

} // namespace

TEST_CASE("writeResult writes the spec's layout, compactly and in key order", "[write]") {
  const svcalc::Tender tender = sampleTender();
  std::string out;
  svcalc::writeResult(tender, sampleResult(), out);

  // The whole document, spelled out: key order, optional keys, null for absent
  // values, and JavaScript's number forms (1e+21, 5e-324, 1.23e-7, 1e-7, -0 as 0).
  const std::string expected =
      R"({"svcalc":1,"engine":"svcalc 0.1.0","currency":"EUR","bids":[)"
      R"({"id":"A \"quoted\"\n","rank":1,"total":0.30000000000000004,)"
      "\"supplier\":{\"1\":\"one\",\"name\":\"Caf\xC3\xA9 \\\"Co\\\"\",\"x-n\":1e+21},"
      R"("scores":{"price":48.6,"quality":28.8,"socialValue":3.85},)"
      R"("socialValue":{"gross":1e+21,"net":5e-324,"present":0,"claimed":1.23e-7,"scored":1e-7,)"
      R"("percentOfPrice":0.6666666666666666,"points":100,"themes":[)"
      R"({"id":"jobs","weight":0.6666666666666666,"claimed":10,"scored":9,"quantitative":0.8,)"
      R"("qualitative":0.6,"score":0.7},)"
      R"({"id":"env","weight":0.3333333333333333,"claimed":0,"scored":0,"quantitative":0.25,)"
      R"("qualitative":null,"score":0.25}]},)"
      R"("lines":[{"measure":"M1","quantity":2.5,"years":3,"yearsCounted":2,"geography":"national",)"
      R"("evidence":"planned","annual":75000,"gross":225000,"net":150000,)"
      R"("present":144927.53623188406,"claimed":144927.53623188406},)"
      R"({"measure":"E1","quantity":0,"years":1,"yearsCounted":1,"geography":"local",)"
      R"("evidence":"verified","annual":0,"gross":0,"net":0,"present":0,"claimed":0}],)"
      R"("warnings":[{"code":"years-limited","message":"This commitment runs for 3 years but )"
      R"(measure M1 counts at most 2 years, so 1 year is not valued.",)"
      R"("path":"/bids/0/commitments/0/years"},)"
      R"({"code":"locality-premium","message":"Geography factors raise this bid's claimed social )"
      "value by \xE2\x82\xAC"
      "1,234.50 (12,345% of claimed) compared with every area at 1.\","
      R"("amount":1234.5}]},)"
      "{\"id\":\"B-\xC3\xA9\",\"rank\":2,\"total\":1e-7,"
      R"("scores":{"price":0,"quality":0,"socialValue":0},)"
      R"("socialValue":{"gross":0,"net":0,"present":0,"claimed":0,"scored":0,"percentOfPrice":0,)"
      R"("points":0,"themes":[]},"lines":[],"warnings":[]},)"
      R"({"id":"C","rank":2,"total":null,"scores":{"price":0,"quality":0,"socialValue":0},)"
      R"("socialValue":{"gross":0,"net":0,"present":0,"claimed":0,"scored":0,"percentOfPrice":0,)"
      R"("points":0,"themes":[]},"lines":[],"warnings":[]}],)"
      "\"ties\":[[\"B-\xC3\xA9\",\"C\"]],"
      "\"robustness\":{\"winner\":\"A \\\"quoted\\\"\\n\",\"low\":0,\"high\":37.2,"
      "\"overtakenBy\":[{\"bid\":\"B-\xC3\xA9\",\"at\":37.2},{\"bid\":\"C\",\"at\":null}]},"
      R"("warnings":[{"code":"unused-theme","message":"Theme \"env\" has no measures, so it )"
      R"(takes no part in the social value score.","path":"/framework/themes/1"}]})";
  CHECK(out == expected);
  CHECK(jsRoundTrip(out) == out);

  // Read back independently: the values survive, not only the text.
  const ordered_json doc = ordered_json::parse(out);
  CHECK(doc["bids"][0]["total"].get<double>() == 0.1 + 0.2);
  CHECK(doc["bids"][0]["socialValue"]["net"].get<double>() == 5e-324);
  CHECK(doc["bids"][0]["socialValue"]["claimed"].get<double>() == 123e-9);
  CHECK(doc["bids"][0]["supplier"]["name"] == "Caf\xC3\xA9 \"Co\"");
  CHECK(doc["bids"][0]["id"] == "A \"quoted\"\n");
  CHECK(doc["robustness"]["overtakenBy"][1]["at"].is_null());
}

TEST_CASE("writeResult writes robustness null and appends to what is there", "[write]") {
  const svcalc::Tender tender = sampleTender();
  svcalc::Result result;
  std::string out = "prefix:";
  svcalc::writeResult(tender, result, out);
  CHECK(out == R"(prefix:{"svcalc":1,"engine":"svcalc 0.1.0","currency":"EUR","bids":[],)"
               R"("ties":[],"robustness":null,"warnings":[]})");
}

TEST_CASE("writeResult writes robustness with no interval as nulls", "[write]") {
  const svcalc::Tender tender = sampleTender();
  svcalc::Result result;
  result.robustness = svcalc::Robustness{2, std::nullopt, std::nullopt, {{0, std::nullopt}}};
  std::string out;
  svcalc::writeResult(tender, result, out);
  CHECK(out.find(R"("robustness":{"winner":"C","low":null,"high":null,)"
                 R"("overtakenBy":[{"bid":"A \"quoted\"\n","at":null}]})") != std::string::npos);
}

TEST_CASE("numbers in a result are written as JSON.stringify writes them", "[write]") {
  // Each expected text is what node prints for String(x).
  const std::pair<double, const char*> cases[] = {
      {0.1 + 0.2, "0.30000000000000004"},
      {-0.0, "0"},
      {0, "0"},
      {1e21, "1e+21"},
      {999999999999999900000.0, "999999999999999900000"},
      {1e20, "100000000000000000000"},
      {123456789012345680000.0, "123456789012345680000"},
      {1e-7, "1e-7"},
      {1.5e-7, "1.5e-7"},
      {1e-6, "0.000001"},
      {1.2e-6, "0.0000012"},
      {5e-324, "5e-324"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
      {-1.5, "-1.5"},
      {-1e-7, "-1e-7"},
      {2.0 / 3.0, "0.6666666666666666"},
      {9007199254740993.0, "9007199254740992"},
      {144927.53623188406, "144927.53623188406"},
      {4.35e-7, "4.35e-7"},
      {1.0 / 3.0, "0.3333333333333333"},
      {1e300 * 10, "1e+301"},
      {1e-7 * 3, "3e-7"},
  };
  for (const auto& [x, text] : cases) {
    svcalc::Tender tender = sampleTender();
    svcalc::Result result;
    svcalc::BidResult b;
    b.bid = 2;
    b.total = x;
    result.bids = {b};
    std::string out;
    svcalc::writeResult(tender, result, out);
    INFO("x = " << text);
    CHECK(out.find(std::string("\"total\":") + text + ",") != std::string::npos);
    CHECK(svcalc::test::jsNumber(x) == text); // the independent model agrees with node
    CHECK(jsRoundTrip(out) == out);
    CHECK(ordered_json::parse(out)["bids"][0]["total"].get<double>() == (x == 0 ? 0.0 : x));
  }
}

TEST_CASE("ids in a result are escaped as JSON.stringify escapes them", "[write]") {
  svcalc::Tender tender = sampleTender();
  tender.bids[2].id = "a\x01\x1f\b\f\t\r\n\"\\/\x7f\xE2\x80\xA8 \xF0\x9F\x98\x80";
  svcalc::Result result;
  svcalc::BidResult b;
  b.bid = 2;
  result.bids = {b};
  std::string out;
  svcalc::writeResult(tender, result, out);
  // Control characters as \u00XX in lower case; "/" , DEL, U+2028 and emoji as is.
  CHECK(out.find("\"id\":\"a\\u0001\\u001f\\b\\f\\t\\r\\n\\\"\\\\/\x7f\xE2\x80\xA8 "
                 "\xF0\x9F\x98\x80\"") != std::string::npos);
  CHECK(jsRoundTrip(out) == out);
  CHECK(ordered_json::parse(out)["bids"][0]["id"] == tender.bids[2].id);
}

TEST_CASE("writeErrors writes the error document", "[write]") {
  std::string out;
  svcalc::writeErrors({}, out);
  CHECK(out == R"({"svcalc":1,"errors":[]})");

  out.clear();
  svcalc::writeErrors({{"out-of-range", "/bids/3/commitments/0/quantity",
                        "quantity must be \xE2\x89\xA5 0, got -2"},
                       {"parse-error", "", "Bad \"text\" at line 1, column 2."}},
                      out);
  CHECK(out == "{\"svcalc\":1,\"errors\":["
               "{\"code\":\"out-of-range\",\"path\":\"/bids/3/commitments/0/quantity\","
               "\"message\":\"quantity must be \xE2\x89\xA5 0, got -2\"},"
               "{\"code\":\"parse-error\",\"path\":\"\","
               "\"message\":\"Bad \\\"text\\\" at line 1, column 2.\"}]}");
  CHECK(jsRoundTrip(out) == out);
  const ordered_json doc = ordered_json::parse(out);
  REQUIRE(doc["errors"].size() == 2);
  CHECK(doc["errors"][0]["path"] == "/bids/3/commitments/0/quantity");
}

TEST_CASE("a result of ten thousand bids reads back whole", "[write]") {
  svcalc::Tender tender = sampleTender();
  svcalc::Result result;
  const std::size_t bids = 10000;
  tender.bids.assign(bids, sampleTender().bids[0]);
  for (std::size_t i = 0; i < bids; ++i) {
    tender.bids[i].id = "bid-" + std::to_string(i);
    svcalc::BidResult b = sampleResult().bids[0];
    b.bid = i;
    b.rank = static_cast<int>(i) + 1;
    result.bids.push_back(b);
  }
  std::string out;
  svcalc::writeResult(tender, result, out);
  const ordered_json doc = ordered_json::parse(out);
  REQUIRE(doc["bids"].size() == bids);
  CHECK(doc["bids"][9999]["id"] == "bid-9999");
  CHECK(doc["bids"][9999]["rank"] == 10000);
}

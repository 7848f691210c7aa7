// The engine facade end to end: JSON text in, result or error document out,
// read back with nlohmann/json as an independent parser.
#include "js_stringify.hpp"
#include "svcalc/limits.hpp"
#include "svcalc/svcalc.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

using nlohmann::ordered_json;
using svcalc::test::jsRoundTrip;

namespace {

const std::string sharedDir = SVCALC_SHARED_DIR;

std::string workedTender() {
  const auto text = svcalc::test::readFile(sharedDir + "/spec/examples/worked-tender.json");
  REQUIRE(text);
  return *text;
}

/// The spec's contract: two correct implementations agree to 1e-9 relative.
Approx near(double x) {
  return Approx(x).epsilon(1e-9).margin(1e-12);
}

std::set<std::string> warningCodes(const ordered_json& warnings) {
  std::set<std::string> codes;
  for (const auto& w : warnings)
    codes.insert(w["code"].get<std::string>());
  return codes;
}

/// The codes of an error document, after checking its shape.
std::set<std::string> errorCodes(const svcalc::Document& doc) {
  CHECK(doc.isError);
  CHECK(jsRoundTrip(doc.json) == doc.json);
  const ordered_json parsed = ordered_json::parse(doc.json);
  CHECK(parsed.size() == 2);
  CHECK(parsed["svcalc"] == 1);
  std::set<std::string> codes;
  for (const auto& e : parsed["errors"]) {
    CHECK(e.size() == 3);
    CHECK(e["path"].is_string());
    CHECK(!e["message"].get<std::string>().empty());
    codes.insert(e["code"].get<std::string>());
  }
  return codes;
}

} // namespace

TEST_CASE("the worked example gives every figure of worked.md", "[engine]") {
  const svcalc::Document doc = svcalc::evaluateJson(workedTender());
  REQUIRE_FALSE(doc.isError);
  CHECK(jsRoundTrip(doc.json) == doc.json);
  const ordered_json r = ordered_json::parse(doc.json);

  CHECK(r["svcalc"] == 1);
  CHECK(r["engine"] == "svcalc 0.1.0");
  CHECK(r["currency"] == "GBP");
  CHECK(r["ties"] == ordered_json::array());
  CHECK(r["warnings"] == ordered_json::array());
  REQUIRE(r["bids"].size() == 2);

  // D1 = 1/1.035, D2 = 1/1.035².
  const double d1 = 1 / 1.035, d2 = d1 * d1;

  const ordered_json& small = r["bids"][0];
  CHECK(small["id"] == "small-remote");
  CHECK(small["rank"] == 1);
  // J1: A = 1 × 30,000 × (1 − 0.2) = 24,000 for one year, verified (κ 1).
  const double j1Present = 24000 * d1; // 23,188.41
  // C1: A = 1,000 × 20 = 20,000, then 10,000 after drop-off 0.5; planned (κ 0.7).
  const double c1Present = 20000 * d1 + 10000 * d2; // 28,658.78
  const double c1Claimed = 0.7 * c1Present;         // 20,061.14
  const double claimed = j1Present + c1Claimed;     // 43,249.55
  const ordered_json& lines = small["lines"];
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["measure"] == "J1");
  CHECK(lines[0]["quantity"] == 1);
  CHECK(lines[0]["years"] == 1);
  CHECK(lines[0]["yearsCounted"] == 1);
  CHECK(lines[0]["geography"] == "national");
  CHECK(lines[0]["evidence"] == "verified");
  CHECK(lines[0]["annual"].get<double>() == near(24000));
  CHECK(lines[0]["gross"].get<double>() == near(30000));
  CHECK(lines[0]["net"].get<double>() == near(24000));
  CHECK(lines[0]["present"].get<double>() == near(23188.405797101448));
  CHECK(lines[0]["present"].get<double>() == near(j1Present));
  CHECK(lines[0]["claimed"].get<double>() == near(j1Present));
  CHECK(lines[1]["measure"] == "C1");
  CHECK(lines[1]["years"] == 2);
  CHECK(lines[1]["yearsCounted"] == 2);
  CHECK(lines[1]["geography"] == "local");
  CHECK(lines[1]["evidence"] == "planned");
  CHECK(lines[1]["annual"].get<double>() == near(20000));
  CHECK(lines[1]["gross"].get<double>() == near(40000));
  CHECK(lines[1]["net"].get<double>() == near(30000));
  CHECK(lines[1]["present"].get<double>() == near(c1Present));
  CHECK(lines[1]["present"].get<double>() == near(28658.77850124857));
  CHECK(lines[1]["claimed"].get<double>() == near(c1Claimed));

  const ordered_json& sv = small["socialValue"];
  CHECK(sv["gross"].get<double>() == near(70000));
  CHECK(sv["net"].get<double>() == near(54000));
  CHECK(sv["present"].get<double>() == near(51847.18429835002));
  CHECK(sv["claimed"].get<double>() == near(claimed));
  CHECK(sv["claimed"].get<double>() == near(43249.550747975445));
  CHECK(sv["scored"].get<double>() == near(40000)); // cap 0.1 × 400,000
  CHECK(sv["percentOfPrice"].get<double>() == near(0.1));
  // Cap shared in proportion to claimed: jobs 23,188.41 × 40,000 / 43,249.55.
  const double jobsScored = j1Present * 40000 / claimed;   // 21,446.15
  const double qJobs = (jobsScored / 400000) / 0.1;        // 0.536154
  const double tJobs = 0.5 * qJobs + 0.5 * 0.8;            // 0.668077
  const double svPoints = 100 * (0.75 * tJobs + 0.25 * 1); // 75.1058
  CHECK(svPoints == near(75.1057630045327));
  CHECK(sv["points"].get<double>() == near(svPoints));
  REQUIRE(sv["themes"].size() == 2);
  const ordered_json& jobs = sv["themes"][0];
  CHECK(jobs["id"] == "jobs");
  CHECK(jobs["weight"].get<double>() == near(0.75));
  CHECK(jobs["claimed"].get<double>() == near(j1Present));
  CHECK(jobs["scored"].get<double>() == near(21446.14720483488));
  CHECK(jobs["quantitative"].get<double>() == near(qJobs));
  CHECK(jobs["qualitative"].get<double>() == near(0.8));
  CHECK(jobs["score"].get<double>() == near(tJobs));
  const ordered_json& community = sv["themes"][1];
  CHECK(community["id"] == "community");
  CHECK(community["weight"].get<double>() == near(0.25));
  CHECK(community["claimed"].get<double>() == near(c1Claimed));
  CHECK(community["scored"].get<double>() == near(18553.85279516512));
  CHECK(community["quantitative"].get<double>() == near(1));
  CHECK(community["qualitative"].is_null());
  CHECK(community["score"].get<double>() == near(1));
  // Price 60 × 1, quality 30 × 0.7, social value 10 × 0.751058: total 88.5106.
  CHECK(small["scores"]["price"].get<double>() == near(60));
  CHECK(small["scores"]["quality"].get<double>() == near(21));
  CHECK(small["scores"]["socialValue"].get<double>() == near(svPoints / 10));
  CHECK(small["total"].get<double>() == near(81 + svPoints / 10));
  CHECK(small["total"].get<double>() == near(88.51057630045327));
  CHECK(warningCodes(small["warnings"]) == std::set<std::string>{"capped"});

  const ordered_json& large = r["bids"][1];
  CHECK(large["id"] == "large-local");
  CHECK(large["rank"] == 2);
  REQUIRE(large["lines"].size() == 1);
  const ordered_json& j1 = large["lines"][0];
  // 4 × 30,000 × 0.8 = 96,000 a year, 3 years asked, maxYears 2 counted.
  CHECK(j1["years"] == 3);
  CHECK(j1["yearsCounted"] == 2);
  CHECK(j1["annual"].get<double>() == near(96000));
  CHECK(j1["gross"].get<double>() == near(240000));
  CHECK(j1["net"].get<double>() == near(192000));
  CHECK(j1["present"].get<double>() == near(96000 * (d1 + d2)));       // 182,370.65
  CHECK(j1["claimed"].get<double>() == near(0.9 * 96000 * (d1 + d2))); // 164,133.59
  CHECK(large["socialValue"]["scored"].get<double>() == near(42000));
  CHECK(large["socialValue"]["percentOfPrice"].get<double>() == near(0.1));
  // Jobs: 0.5 × 1 + 0.5 × 0.4 = 0.7; community 0; SV = 100 × 0.75 × 0.7 = 52.5.
  CHECK(large["socialValue"]["points"].get<double>() == near(52.5));
  CHECK(large["socialValue"]["themes"][1]["quantitative"].get<double>() == 0);
  CHECK(large["scores"]["price"].get<double>() == near(60 * 400.0 / 420.0)); // 57.1429
  CHECK(large["scores"]["quality"].get<double>() == near(24));
  CHECK(large["scores"]["socialValue"].get<double>() == near(5.25));
  CHECK(large["total"].get<double>() == near(86.39285714285714));
  CHECK(warningCodes(large["warnings"]) == std::set<std::string>{"capped", "years-limited"});

  // Robustness: base 0.9 and (57.1429 + 24)/90 = 0.901587; the totals meet where
  // 100 × (0.9 − 0.901587) + w × ((0.751058 − 0.525) − (0.9 − 0.901587)) = 0.
  const double baseSmall = 0.9, baseLarge = (60 * 400.0 / 420.0 + 24) / 90;
  const double meet = -100 * (baseSmall - baseLarge) /
                      ((svPoints - 52.5) / 100 - (baseSmall - baseLarge)); // 0.6973
  CHECK(meet == near(0.6972707786278154));
  const ordered_json& robust = r["robustness"];
  CHECK(robust["winner"] == "small-remote");
  CHECK(robust["low"].get<double>() == near(meet));
  CHECK(robust["high"].get<double>() == near(100));
  REQUIRE(robust["overtakenBy"].size() == 1);
  CHECK(robust["overtakenBy"][0]["bid"] == "large-local");
  CHECK(robust["overtakenBy"][0]["at"].get<double>() == near(meet));
}

TEST_CASE("the same input gives byte-identical output, with no state left behind", "[engine]") {
  const std::string tender = workedTender();
  const svcalc::Document first = svcalc::evaluateJson(tender);
  const svcalc::Document bad = svcalc::evaluateJson("{\"svcalc\":1,\"bids\":7}");
  CHECK(bad.isError);
  const svcalc::Document second = svcalc::evaluateJson(tender);
  CHECK(first.json == second.json);
  CHECK(first.isError == second.isError);
  CHECK(svcalc::evaluateJson("{\"svcalc\":1,\"bids\":7}").json == bad.json);
}

TEST_CASE("validateJson gives an empty error list for a tender that evaluates", "[engine]") {
  const svcalc::Document doc = svcalc::validateJson(workedTender());
  CHECK_FALSE(doc.isError);
  CHECK(doc.json == R"({"svcalc":1,"errors":[]})");
}

TEST_CASE("bad input gives an error document, never a throw", "[engine]") {
  using Codes = std::set<std::string>;
  struct Case {
    std::string input;
    Codes codes;
  };
  const std::string deep = std::string(65, '[') + std::string(65, ']');
  const Case cases[] = {
      {"", {"parse-error"}},
      {"{", {"parse-error"}},
      {"{\"svcalc\":1,}", {"parse-error"}},
      {"{\"svcalc\":NaN}", {"parse-error"}},
      {"{\"svcalc\":1e400}", {"parse-error"}},
      {"{\"svcalc\":1} x", {"parse-error"}},
      // Invalid UTF-8 must stop at the parser: it could not be written back out.
      {"{\"svcalc\":1,\"x-a\":\"\xff\"}", {"parse-error"}},
      {deep, {"limit"}},
      {"[]", {"type"}},
      {"null", {"type"}},
      {"{\"svcalc\":2,\"framework\":{}}", {"unsupported-version"}},
      {"{\"svcalc\":\"1\"}", {"type"}},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input.substr(0, 80));
    const svcalc::Document evaluated = svcalc::evaluateJson(c.input);
    const Codes codes = errorCodes(evaluated);
    for (const std::string& code : c.codes)
      CHECK(codes.count(code) == 1);
    const svcalc::Document validated = svcalc::validateJson(c.input);
    CHECK(validated.isError);
    CHECK(validated.json == evaluated.json);
  }
}

TEST_CASE("a parse error is at path \"\" and says where", "[engine]") {
  const svcalc::Document doc = svcalc::evaluateJson("{\n  \"svcalc\": 1,\n  oops\n}");
  const ordered_json parsed = ordered_json::parse(doc.json);
  REQUIRE(parsed["errors"].size() == 1);
  const ordered_json& e = parsed["errors"][0];
  CHECK(e["code"] == "parse-error");
  CHECK(e["path"] == "");
  const std::string message = e["message"];
  // "oops" starts at line 3, column 3 (both counted from 1).
  CHECK(message.find("line") != std::string::npos);
  CHECK(message.find("column") != std::string::npos);
  CHECK(message.find('3') != std::string::npos);
}

TEST_CASE("an input over 32 MiB gives limit", "[engine]") {
  // Valid JSON padded with whitespace, so only the size is wrong.
  std::string big = "{\"svcalc\":1}";
  big.resize(svcalc::limits::inputBytes + 1, ' ');
  const svcalc::Document doc = svcalc::evaluateJson(big);
  CHECK(errorCodes(doc) == std::set<std::string>{"limit"});
}

TEST_CASE("at most 100 errors are reported", "[engine]") {
  std::string tender = workedTender();
  // 150 bids each with a negative price: more errors than the document may hold.
  std::string bids;
  for (int i = 0; i < 150; ++i)
    bids +=
        (i > 0 ? "," : "") + std::string("{\"id\":\"b") + std::to_string(i) + "\",\"price\":-1}";
  const std::size_t at = tender.find("\"bids\": [");
  REQUIRE(at != std::string::npos);
  tender.insert(at + 9, bids + ",");
  const svcalc::Document doc = svcalc::evaluateJson(tender);
  REQUIRE(doc.isError);
  const ordered_json parsed = ordered_json::parse(doc.json);
  CHECK(parsed["errors"].size() == svcalc::limits::errors);
  CHECK(parsed["errors"][0]["code"] == "out-of-range");
  CHECK(parsed["errors"][0]["path"] == "/bids/0/price");
}

TEST_CASE("a tender of two thousand bids evaluates in rank order", "[engine]") {
  // Prices and commitments vary by bid so that ranks, ties and caps all occur.
  std::string tender = R"({"svcalc":1,"framework":{"themes":[{"id":"t"}],"measures":[)"
                       R"({"id":"m","theme":"t","kind":"quantitative","proxy":1000},)"
                       R"({"id":"q","theme":"t","kind":"qualitative"}]},)"
                       R"("method":{"socialValue":{"cap":0.2}},"bids":[)";
  const int bids = 2000;
  for (int i = 0; i < bids; ++i) {
    tender += (i > 0 ? "," : "") + std::string("{\"id\":\"bid-") + std::to_string(i) +
              "\",\"price\":" + std::to_string(100000 + (i * 7919) % 50000) +
              ",\"quality\":" + std::to_string(i % 101) +
              ",\"commitments\":[{\"measure\":\"m\",\"quantity\":" + std::to_string(i % 37) +
              ",\"years\":" + std::to_string(1 + i % 5) +
              "}],\"responses\":[{\"measure\":\"q\",\"score\":" + std::to_string((i % 6) * 20) +
              "}]}";
  }
  tender += "]}";
  const svcalc::Document doc = svcalc::evaluateJson(tender);
  REQUIRE_FALSE(doc.isError);
  CHECK(jsRoundTrip(doc.json) == doc.json);
  const ordered_json r = ordered_json::parse(doc.json);
  REQUIRE(r["bids"].size() == bids);
  double previous = 1e300;
  int previousRank = 0;
  std::set<std::string> ids;
  for (const auto& b : r["bids"]) {
    const double total = b["total"];
    const int rank = b["rank"];
    CHECK(total <= previous);
    CHECK(rank >= previousRank);
    CHECK(b["socialValue"]["percentOfPrice"].get<double>() <= 0.2 * (1 + 1e-12));
    previous = total;
    previousRank = rank;
    ids.insert(b["id"].get<std::string>());
  }
  CHECK(ids.size() == bids);
  CHECK(r["bids"][0]["rank"] == 1);
  CHECK(svcalc::evaluateJson(tender).json == doc.json);
}

TEST_CASE("JSONTestSuite: y_ files never give parse-error, n_ files always do, nothing "
          "crashes",
          "[engine]") {
  // See shared/external/JSONTestSuite/ORIGIN.md for how svcalc reads these.
  const std::string folder = sharedDir + "/external/JSONTestSuite/test_parsing";
  const std::vector<std::string> names = svcalc::test::listFiles(folder, ".json");
  REQUIRE(names.size() > 300);
  std::size_t accepted = 0, rejected = 0, either = 0;
  for (const std::string& name : names) {
    INFO(name);
    const auto text = svcalc::test::readFile(folder + "/" + name);
    REQUIRE(text);
    const svcalc::Document doc = svcalc::evaluateJson(*text);
    // None of them is a tender, so every one is an error document, and it must
    // be valid JSON that JavaScript writes back unchanged.
    REQUIRE(doc.isError);
    CHECK(jsRoundTrip(doc.json) == doc.json);
    const std::set<std::string> codes = errorCodes(doc);
    const bool parseFailed = codes.count("parse-error") > 0 || codes.count("limit") > 0;
    if (name.rfind("y_", 0) == 0) {
      CHECK(codes.count("parse-error") == 0);
      ++accepted;
    } else if (name.rfind("n_", 0) == 0) {
      CHECK(parseFailed);
      ++rejected;
    } else {
      ++either;
    }
  }
  CHECK(accepted > 90);
  CHECK(rejected > 180);
  CHECK(either > 0);
}

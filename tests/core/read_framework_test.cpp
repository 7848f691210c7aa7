// Reading the framework: themes, measures, and the evidence and geography tables.
#include "read_test_support.hpp"
#include "svcalc/limits.hpp"

#include <string>

using nlohmann::ordered_json;
using svcalc::test::errorsOf;
using svcalc::test::Expected;
using svcalc::test::read;
using svcalc::test::smallTender;
using svcalc::test::tenderOf;

TEST_CASE("framework id, title and version are optional strings", "[read]") {
  auto t = smallTender();
  t["framework"]["id"] = "ppn002";
  t["framework"]["title"] = "Model award criteria";
  t["framework"]["version"] = "2025-1";
  const svcalc::Framework f = tenderOf(read(t)).framework;
  CHECK(f.id == "ppn002");
  CHECK(f.title == "Model award criteria");
  CHECK(f.version == "2025-1");

  t["framework"]["id"] = 2;
  t["framework"]["version"] = 2025.1;
  CHECK(errorsOf(read(t)) == Expected{"type /framework/id", "type /framework/version"});
}

TEST_CASE("themes: 1 to 100 objects with unique ids and weights > 0", "[read]") {
  auto t = smallTender();
  auto& themes = t["framework"]["themes"];
  SECTION("defaults") {
    const svcalc::Theme theme = tenderOf(read(t)).framework.themes[0];
    CHECK(theme.title.empty());
    CHECK(theme.weight == 1);
  }
  SECTION("missing, and then no measure's theme is called unknown") {
    t["framework"].erase("themes");
    CHECK(errorsOf(read(t)) == Expected{"missing /framework/themes"});
  }
  SECTION("empty") {
    themes = ordered_json::array();
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"out-of-range /framework/themes"});
    CHECK(outcome.errors[0].message == "themes must have at least 1 entry, got 0.");
  }
  SECTION("not an array") {
    themes = ordered_json::object();
    CHECK(errorsOf(read(t)) == Expected{"type /framework/themes"});
  }
  SECTION("an element that is not an object") {
    themes.push_back("community");
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"type /framework/themes/1"});
    CHECK(outcome.errors[0].message == "themes[1] must be an object, got \"community\".");
  }
  SECTION("id missing or not a string, and then unknown themes are not reported") {
    themes.push_back({{"title", "no id"}});
    themes.push_back({{"id", 7}});
    t["framework"]["measures"][0]["theme"] = "community";
    CHECK(errorsOf(read(t)) ==
          Expected{"missing /framework/themes/1/id", "type /framework/themes/2/id"});
  }
  SECTION("a repeated id is reported at the later one") {
    themes.push_back({{"id", "env"}});
    themes.push_back({{"id", "jobs"}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"duplicate-id /framework/themes/2/id"});
    CHECK(outcome.errors[0].message == "themes[2].id \"jobs\" is already used by themes[0].");
  }
  SECTION("title and weight") {
    themes[0]["title"] = 1;
    themes[0]["weight"] = 0;
    themes.push_back({{"id", "env"}, {"weight", "2"}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"type /framework/themes/0/title",
                                          "out-of-range /framework/themes/0/weight",
                                          "type /framework/themes/1/weight"});
    CHECK(outcome.errors[1].message == "weight must be > 0, got 0.");
  }
  SECTION("more than 100 is a limit") {
    themes = ordered_json::array();
    for (std::size_t i = 0; i <= svcalc::limits::themes; ++i)
      themes.push_back({{"id", "t" + std::to_string(i)}, {"weight", -1}});
    // Not one theme is looked at: no weight errors, no unknown theme.
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"limit /framework/themes"});
    CHECK(outcome.errors[0].message == "themes has 101 entries; at most 100 are allowed.");
  }
  SECTION("exactly 100 is fine") {
    themes = ordered_json::array();
    for (std::size_t i = 0; i < svcalc::limits::themes; ++i)
      themes.push_back({{"id", i == 0 ? std::string("jobs") : "t" + std::to_string(i)}});
    CHECK(tenderOf(read(t)).framework.themes.size() == 100);
  }
}

TEST_CASE("measures: 1 to 5000 with unique ids, each naming a theme", "[read]") {
  auto t = smallTender();
  auto& measures = t["framework"]["measures"];
  SECTION("missing") {
    t["framework"].erase("measures");
    // The bid's references cannot be judged and are not reported.
    CHECK(errorsOf(read(t)) == Expected{"missing /framework/measures"});
  }
  SECTION("empty") {
    measures = ordered_json::array();
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/measures"});
  }
  SECTION("more than 5000 is a limit, and no element is looked at") {
    measures = ordered_json::array();
    for (std::size_t i = 0; i <= svcalc::limits::measures; ++i)
      measures.push_back(0);
    CHECK(errorsOf(read(t)) == Expected{"limit /framework/measures"});
  }
  SECTION("a repeated id is reported once; references still resolve to the first") {
    measures.push_back({{"id", "M1"}, {"theme", "jobs"}, {"kind", "qualitative"}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"duplicate-id /framework/measures/2/id"});
    CHECK(outcome.errors[0].message == "measures[2].id \"M1\" is already used by measures[0].");
  }
  SECTION("a broken id: unknown measures in the bids are not reported") {
    measures[1]["id"] = false;
    CHECK(errorsOf(read(t)) == Expected{"type /framework/measures/1/id"});
  }
  SECTION("theme missing or unknown") {
    measures[0].erase("theme");
    measures[1]["theme"] = "community";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /framework/measures/0/theme",
                                          "unknown-reference /framework/measures/1/theme"});
    CHECK(outcome.errors[0].message == "theme is required.");
    CHECK(outcome.errors[1].message == "theme \"community\" names no theme of the framework.");
  }
  SECTION("kind missing or not allowed; then commitments to it are not judged") {
    measures[0].erase("kind");
    measures[1]["kind"] = "narrative";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /framework/measures/0/kind",
                                          "out-of-range /framework/measures/1/kind"});
    CHECK(outcome.errors[1].message ==
          "kind must be one of \"quantitative\", \"qualitative\", got \"narrative\".");
  }
  SECTION("kind of the wrong type") {
    measures[0]["kind"] = 1;
    CHECK(errorsOf(read(t)) == Expected{"type /framework/measures/0/kind"});
  }
  SECTION("title and unit are strings") {
    measures[0]["title"] = 1;
    measures[0]["unit"] = ordered_json::array();
    CHECK(errorsOf(read(t)) ==
          Expected{"type /framework/measures/0/title", "type /framework/measures/0/unit"});
  }
}

TEST_CASE("quantitative measures: proxy, deflators and maxYears", "[read]") {
  auto t = smallTender();
  auto& m = t["framework"]["measures"][0];
  SECTION("defaults") {
    const svcalc::Measure measure = tenderOf(read(t)).framework.measures[0];
    CHECK(measure.proxy == 100);
    CHECK(measure.deadweight == 0);
    CHECK(measure.displacement == 0);
    CHECK(measure.attribution == 0);
    CHECK(measure.leakage == 0);
    CHECK(measure.dropOff == 0);
    CHECK_FALSE(measure.maxYears);
    CHECK(measure.title.empty());
    CHECK(measure.unit.empty());
  }
  SECTION("all given") {
    m.update(ordered_json::parse(R"({"proxy": 0, "deadweight": 0.1, "displacement": 0.2,
      "attribution": 0.3, "leakage": 1, "dropOff": 0.5, "maxYears": 1000, "title": "Jobs",
      "unit": "FTE"})"));
    const svcalc::Measure measure = tenderOf(read(t)).framework.measures[0];
    CHECK(measure.proxy == 0);
    CHECK(measure.deadweight == 0.1);
    CHECK(measure.displacement == 0.2);
    CHECK(measure.attribution == 0.3);
    CHECK(measure.leakage == 1);
    CHECK(measure.dropOff == 0.5);
    CHECK(measure.maxYears == 1000);
    CHECK(measure.title == "Jobs");
    CHECK(measure.unit == "FTE");
  }
  SECTION("proxy is required and ≥ 0") {
    m.erase("proxy");
    CHECK(errorsOf(read(t)) == Expected{"missing /framework/measures/0/proxy"});
    m["proxy"] = -1;
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"out-of-range /framework/measures/0/proxy"});
    CHECK(outcome.errors[0].message == "proxy must be ≥ 0, got -1.");
  }
  SECTION("the deflators are fractions in [0, 1]") {
    for (const char* key : {"deadweight", "displacement", "attribution", "leakage", "dropOff"}) {
      auto broken = t;
      broken["framework"]["measures"][0][key] = 1.5;
      const svcalc::ReadOutcome outcome = read(broken);
      REQUIRE(errorsOf(outcome) ==
              Expected{"out-of-range /framework/measures/0/" + std::string(key)});
      CHECK(outcome.errors[0].message == std::string(key) + " must be in [0, 1], got 1.5.");
      broken["framework"]["measures"][0][key] = "0.2";
      CHECK(errorsOf(read(broken)) == Expected{"type /framework/measures/0/" + std::string(key)});
    }
  }
  SECTION("maxYears is an integer from 1 to 1000") {
    m["maxYears"] = 2.0;
    CHECK(tenderOf(read(t)).framework.measures[0].maxYears == 2);
    m["maxYears"] = 0;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/measures/0/maxYears"});
    m["maxYears"] = 1001;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/measures/0/maxYears"});
    m["maxYears"] = 1.5;
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"type /framework/measures/0/maxYears"});
    CHECK(outcome.errors[0].message == "maxYears must be an integer from 1 to 1000, got 1.5.");
  }
  SECTION("a qualitative measure's fields are ignored") {
    m["weight"] = -1;
    tenderOf(read(t));
  }
}

TEST_CASE("qualitative measures: weight > 0, default 1", "[read]") {
  auto t = smallTender();
  auto& q = t["framework"]["measures"][1];
  CHECK(tenderOf(read(t)).framework.measures[1].weight == 1);
  q["weight"] = 2.5;
  CHECK(tenderOf(read(t)).framework.measures[1].weight == 2.5);
  q["weight"] = 0;
  CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/measures/1/weight"});
  // A quantitative measure's fields are ignored.
  q["weight"] = 1;
  q["proxy"] = "lots";
  q["maxYears"] = 0.5;
  tenderOf(read(t));
}

TEST_CASE("evidence: the default table, or the buyer's with its default named", "[read]") {
  auto t = smallTender();
  auto& f = t["framework"];
  SECTION("the default table with another default level") {
    f["defaultEvidence"] = "verified";
    CHECK(tenderOf(read(t)).framework.defaultEvidence == 0);
    f["defaultEvidence"] = "gold";
    CHECK(errorsOf(read(t)) == Expected{"unknown-reference /framework/defaultEvidence"});
  }
  SECTION("the buyer's table in document order, repeated levels collapsed") {
    const svcalc::ReadOutcome outcome = svcalc::readTender(R"({"svcalc": 1,
      "framework": {"themes": [{"id": "t"}],
                    "measures": [{"id": "M", "theme": "t", "kind": "qualitative"}],
                    "evidence": {"audited": 2, "claimed": 0.25, "audited": 1},
                    "defaultEvidence": "claimed"},
      "bids": []})");
    const svcalc::Framework fw = tenderOf(outcome).framework;
    REQUIRE(fw.evidence.size() == 2);
    CHECK(fw.evidence[0].name == "audited");
    CHECK(fw.evidence[0].value == 1);
    CHECK(fw.evidence[1].name == "claimed");
    CHECK(fw.evidence[1].value == 0.25);
    CHECK(fw.defaultEvidence == 1);
  }
  SECTION("with the buyer's table, defaultEvidence is required") {
    f["evidence"] = {{"verified", 1}, {"planned", 0.5}};
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /framework/defaultEvidence"});
    CHECK(outcome.errors[0].message ==
          "defaultEvidence is required when the framework gives its own evidence table.");
    f["defaultEvidence"] = "aspirational";
    CHECK(errorsOf(read(t)) == Expected{"unknown-reference /framework/defaultEvidence"});
    f["defaultEvidence"] = 1;
    CHECK(errorsOf(read(t)) == Expected{"type /framework/defaultEvidence"});
  }
  SECTION("factors are numbers in [0, 1], at paths that escape the level name") {
    f["evidence"] = {{"self/declared", 1.5}, {"a~b", "high"}, {"ok", 0}};
    f["defaultEvidence"] = "ok";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"out-of-range /framework/evidence/self~1declared",
                                          "type /framework/evidence/a~0b"});
    CHECK(outcome.errors[0].message ==
          "evidence level \"self/declared\" must be in [0, 1], got 1.5.");
  }
  SECTION("an empty or mistyped table: its references are not judged") {
    f["evidence"] = ordered_json::object();
    f["defaultEvidence"] = "planned";
    t["bids"][0]["commitments"][0]["evidence"] = "verified";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"out-of-range /framework/evidence"});
    CHECK(outcome.errors[0].message == "evidence must name at least one evidence level, got {}.");
    f["evidence"] = ordered_json::array();
    CHECK(errorsOf(read(t)) == Expected{"type /framework/evidence"});
  }
}

TEST_CASE("geography: place-neutral by default, defaultGeography local if mapped", "[read]") {
  auto t = smallTender();
  auto& f = t["framework"];
  SECTION("the buyer's map with local: local is the default") {
    f["geography"] = {{"regional", 1}, {"local", 1.2}};
    const svcalc::Framework fw = tenderOf(read(t)).framework;
    REQUIRE(fw.geography.size() == 2);
    CHECK(fw.geography[1].name == "local");
    CHECK(fw.geography[1].value == 1.2);
    CHECK(fw.defaultGeography == 1);
  }
  SECTION("a map without local needs defaultGeography") {
    f["geography"] = {{"north", 1}, {"south", 1}};
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /framework/defaultGeography"});
    CHECK(outcome.errors[0].message ==
          "defaultGeography is required, since geography has no \"local\" to default to.");
    f["defaultGeography"] = "south";
    CHECK(tenderOf(read(t)).framework.defaultGeography == 1);
    CHECK(read(t).tender.bids[0].commitments[0].geography == 1);
  }
  SECTION("defaultGeography must name an area") {
    f["defaultGeography"] = "mars";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"unknown-reference /framework/defaultGeography"});
    CHECK(outcome.errors[0].message ==
          "defaultGeography \"mars\" names no geography area of the framework.");
    f["defaultGeography"] = "national";
    CHECK(tenderOf(read(t)).framework.defaultGeography == 2);
  }
  SECTION("factors are numbers > 0") {
    f["geography"] = {{"local", 0}, {"national", -1}};
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/geography/local",
                                        "out-of-range /framework/geography/national"});
  }
  SECTION("an empty map: only that is reported") {
    f["geography"] = ordered_json::object();
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /framework/geography"});
  }
}

// Golden files: every tender in tests/fixtures and examples/tenders must give,
// byte for byte, the document stored beside it (the CLI's stdout: the compact
// document and a newline). tests/fixtures/README.md says what each one covers
// and which figures were checked by hand before its expected file was stored.
#include "js_stringify.hpp"
#include "svcalc/svcalc.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace {

const std::string fixtures = std::string(SVCALC_SOURCE_DIR) + "/tests/fixtures";
const std::string examples = std::string(SVCALC_SOURCE_DIR) + "/examples/tenders";

std::string stem(const std::string& name, const std::string& suffix) {
  return name.substr(0, name.size() - suffix.size());
}

/// Evaluates `inputPath` and compares the document with the text of `expectedPath`.
void checkPair(const std::string& inputPath, const std::string& expectedPath, bool isError) {
  INFO(inputPath);
  const auto input = svcalc::test::readFile(inputPath);
  const auto expected = svcalc::test::readFile(expectedPath);
  REQUIRE(input);
  REQUIRE(expected); // every input has its expected document
  const svcalc::Document doc = svcalc::evaluateJson(*input);
  CHECK(doc.isError == isError);
  CHECK(doc.json + "\n" == *expected);
  CHECK(svcalc::test::jsRoundTrip(doc.json) == doc.json);
}

const std::string examplePrefix = "example-";

/// The input a stored expected document belongs to: a fixture beside it with
/// `inputSuffix`, or for "example-NAME.result.json" examples/tenders/NAME.json.
std::string inputOf(const std::string& expectedName, const std::string& expectedSuffix,
                    const std::string& inputSuffix) {
  const std::string base = stem(expectedName, expectedSuffix);
  if (expectedSuffix == ".result.json" && base.rfind(examplePrefix, 0) == 0)
    return examples + "/" + base.substr(examplePrefix.size()) + ".json";
  return fixtures + "/" + base + inputSuffix;
}

/// No stored expected document is left without its input (a renamed fixture).
void checkNoOrphans(const std::string& expectedSuffix, const std::string& inputSuffix) {
  for (const std::string& name : svcalc::test::listFiles(fixtures, expectedSuffix)) {
    const std::string input = inputOf(name, expectedSuffix, inputSuffix);
    INFO(name << " has no input " << input);
    CHECK(svcalc::test::readFile(input));
  }
}

} // namespace

TEST_CASE("every tender fixture gives its stored result", "[fixtures]") {
  const auto names = svcalc::test::listFiles(fixtures, ".tender.json");
  CHECK(names.size() >= 15);
  for (const std::string& name : names)
    checkPair(fixtures + "/" + name, fixtures + "/" + stem(name, ".tender.json") + ".result.json",
              false);
  checkNoOrphans(".result.json", ".tender.json");
}

TEST_CASE("every invalid fixture gives its stored error document", "[fixtures]") {
  const auto names = svcalc::test::listFiles(fixtures, ".invalid.json");
  CHECK(names.size() >= 8);
  for (const std::string& name : names)
    checkPair(fixtures + "/" + name, fixtures + "/" + stem(name, ".invalid.json") + ".errors.json",
              true);
  checkNoOrphans(".errors.json", ".invalid.json");
}

TEST_CASE("every example tender gives its stored result", "[fixtures]") {
  const auto names = svcalc::test::listFiles(examples, ".json");
  CHECK(names.size() >= 3);
  for (const std::string& name : names)
    checkPair(examples + "/" + name,
              fixtures + "/" + examplePrefix + stem(name, ".json") + ".result.json", false);
}

TEST_CASE("the worked fixture is the spec's worked example, unchanged", "[fixtures]") {
  const auto fixture = svcalc::test::readFile(fixtures + "/worked.tender.json");
  const auto spec =
      svcalc::test::readFile(std::string(SVCALC_SHARED_DIR) + "/spec/examples/worked-tender.json");
  REQUIRE(fixture);
  REQUIRE(spec);
  CHECK(*fixture == *spec);
}

TEST_CASE("in the small-vs-large example the method decides the winner", "[fixtures]") {
  // examples/tenders/README.md tells this story; keep it true.
  auto winner = [](const std::string& name) {
    const auto tender = svcalc::test::readFile(examples + "/" + name);
    REQUIRE(tender);
    const svcalc::Document doc = svcalc::evaluateJson(*tender);
    REQUIRE_FALSE(doc.isError);
    return nlohmann::json::parse(doc.json)["bids"][0]["id"].get<std::string>();
  };
  // Proportional, capped, evidence-weighted, place-neutral: the small CIC wins.
  CHECK(winner("small-vs-large.json") == "green-pathways");
  // Absolute £, quantitative only, uncapped, local outcomes × 1.5: the incumbent.
  CHECK(winner("small-vs-large-local-absolute.json") == "countywide");
}

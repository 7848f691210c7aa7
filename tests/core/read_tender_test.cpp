// readTender as a whole: the worked example, the version gate, the top-level
// keys, error order, the error cap and JSON.parse's rules for repeated keys.
#include "read_test_support.hpp"
#include "svcalc/limits.hpp"
#include "test_files.hpp"

#include <string>

using svcalc::test::errorsOf;
using svcalc::test::Expected;
using svcalc::test::read;
using svcalc::test::smallTender;
using svcalc::test::tenderOf;

TEST_CASE("the worked example reads into the expected model", "[read]") {
  const auto text =
      svcalc::test::readFile(std::string(SVCALC_SHARED_DIR) + "/spec/examples/worked-tender.json");
  REQUIRE(text);
  const svcalc::ReadOutcome outcome = svcalc::readTender(*text);
  const svcalc::Tender t = tenderOf(outcome);

  CHECK(t.currency == "GBP");
  CHECK_FALSE(t.contractValue);

  const svcalc::Framework& f = t.framework;
  CHECK(f.id == "worked-example");
  CHECK(f.title.empty());
  REQUIRE(f.themes.size() == 2);
  CHECK(f.themes[0].id == "jobs");
  CHECK(f.themes[0].title == "Jobs and skills");
  CHECK(f.themes[0].weight == 3);
  CHECK(f.themes[1].id == "community");
  CHECK(f.themes[1].weight == 1);

  REQUIRE(f.measures.size() == 3);
  const svcalc::Measure& j1 = f.measures[0];
  CHECK(j1.id == "J1");
  CHECK(j1.theme == 0);
  CHECK(j1.kind == svcalc::MeasureKind::quantitative);
  CHECK(j1.unit == "FTE-year");
  CHECK(j1.proxy == 30000);
  CHECK(j1.deadweight == 0.2);
  CHECK(j1.displacement == 0);
  CHECK(j1.attribution == 0);
  CHECK(j1.leakage == 0);
  CHECK(j1.dropOff == 0);
  CHECK(j1.maxYears == 2);
  const svcalc::Measure& jq = f.measures[1];
  CHECK(jq.id == "JQ");
  CHECK(jq.theme == 0);
  CHECK(jq.kind == svcalc::MeasureKind::qualitative);
  CHECK(jq.weight == 1);
  const svcalc::Measure& c1 = f.measures[2];
  CHECK(c1.id == "C1");
  CHECK(c1.theme == 1);
  CHECK(c1.proxy == 20);
  CHECK(c1.dropOff == 0.5);
  CHECK_FALSE(c1.maxYears);

  // No evidence or geography given: the spec's default tables.
  REQUIRE(f.evidence.size() == 4);
  CHECK(f.evidence[0].name == "verified");
  CHECK(f.evidence[0].value == 1);
  CHECK(f.evidence[1].name == "evidenced");
  CHECK(f.evidence[1].value == 0.9);
  CHECK(f.evidence[2].name == "planned");
  CHECK(f.evidence[2].value == 0.7);
  CHECK(f.evidence[3].name == "aspirational");
  CHECK(f.evidence[3].value == 0.4);
  CHECK(f.defaultEvidence == 2);
  REQUIRE(f.geography.size() == 4);
  CHECK(f.geography[0].name == "local");
  CHECK(f.geography[1].name == "regional");
  CHECK(f.geography[2].name == "national");
  CHECK(f.geography[3].name == "international");
  for (const svcalc::Factor& g : f.geography)
    CHECK(g.value == 1);
  CHECK(f.defaultGeography == 0);

  const svcalc::Method& m = t.method;
  CHECK(m.model == svcalc::Model::weighted);
  CHECK(m.weights.price == 60);
  CHECK(m.weights.quality == 30);
  CHECK(m.weights.socialValue == 10);
  CHECK(m.price.scoring == svcalc::PriceScoring::relative);
  CHECK(m.socialValue.basis == svcalc::Basis::proportional);
  CHECK(m.socialValue.quantitativeShare == 0.5);
  CHECK(m.socialValue.cap == 0.1);
  CHECK(m.socialValue.target == 0.1);
  CHECK(m.discount.greenBook);
  CHECK(m.tieMargin == 0);
  CHECK(m.tieBreak == svcalc::TieBreak::none);

  REQUIRE(t.bids.size() == 2);
  const svcalc::Bid& large = t.bids[0];
  CHECK(large.id == "large-local");
  CHECK(large.supplierJson.empty());
  CHECK(large.price == 420000);
  CHECK(large.quality == 80);
  REQUIRE(large.commitments.size() == 1);
  CHECK(large.commitments[0].measure == 0);
  CHECK(large.commitments[0].quantity == 4);
  CHECK(large.commitments[0].years == 3);
  CHECK(large.commitments[0].geography == 0); // default "local"
  CHECK(large.commitments[0].evidence == 1);  // "evidenced"
  REQUIRE(large.responses.size() == 1);
  CHECK(large.responses[0].measure == 1);
  CHECK(large.responses[0].score == 40);

  const svcalc::Bid& small = t.bids[1];
  CHECK(small.id == "small-remote");
  CHECK(small.price == 400000);
  CHECK(small.quality == 70);
  REQUIRE(small.commitments.size() == 2);
  CHECK(small.commitments[0].measure == 0);
  CHECK(small.commitments[0].quantity == 1);
  CHECK(small.commitments[0].years == 1);
  CHECK(small.commitments[0].geography == 2); // "national"
  CHECK(small.commitments[0].evidence == 0);  // "verified"
  CHECK(small.commitments[1].measure == 2);
  CHECK(small.commitments[1].quantity == 1000);
  CHECK(small.commitments[1].years == 2);
  CHECK(small.commitments[1].geography == 0);
  CHECK(small.commitments[1].evidence == 2); // default "planned"
  REQUIRE(small.responses.size() == 1);
  CHECK(small.responses[0].measure == 1);
  CHECK(small.responses[0].score == 80);
}

TEST_CASE("the JSON layer's errors come back as they are", "[read]") {
  const svcalc::ReadOutcome broken = svcalc::readTender("{\"svcalc\": 1,");
  REQUIRE(errorsOf(broken) == Expected{"parse-error "});

  std::string deep(svcalc::limits::depth + 1, '[');
  deep += std::string(svcalc::limits::depth + 1, ']');
  REQUIRE(errorsOf(svcalc::readTender(deep)) == Expected{"limit "});
}

TEST_CASE("the document must be an object", "[read]") {
  const svcalc::ReadOutcome outcome = svcalc::readTender("[1]");
  REQUIRE(errorsOf(outcome) == Expected{"type "});
  CHECK(outcome.errors[0].message == "A tender document must be a JSON object, got an array.");
}

TEST_CASE("svcalc is the format version and must be 1", "[read]") {
  auto t = smallTender();
  SECTION("1.0 is the integer 1") {
    t["svcalc"] = 1.0;
    tenderOf(read(t));
  }
  SECTION("missing, reported with the rest") {
    t.erase("svcalc");
    t["currency"] = "pounds";
    CHECK(errorsOf(read(t)) == Expected{"missing /svcalc", "out-of-range /currency"});
  }
  SECTION("not a number") {
    t["svcalc"] = "1";
    CHECK(errorsOf(read(t)) == Expected{"type /svcalc"});
  }
  SECTION("not an integer") {
    t["svcalc"] = 1.5;
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"type /svcalc"});
    CHECK(outcome.errors[0].message == "svcalc must be the integer 1, got 1.5.");
  }
  SECTION("another version stops the reading: only that error") {
    t["svcalc"] = 2.0;
    t["currency"] = 1;
    t.erase("framework");
    t["bids"] = 7;
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"unsupported-version /svcalc"});
    CHECK(outcome.errors[0].message ==
          "svcalc format version 2 is not supported; this engine reads version 1.");
  }
}

TEST_CASE("currency is 3 upper-case letters, GBP by default", "[read]") {
  auto t = smallTender();
  CHECK(tenderOf(read(t)).currency == "GBP");
  t["currency"] = "EUR";
  CHECK(tenderOf(read(t)).currency == "EUR");
  for (const char* bad : {"gbp", "GB", "GBPX", "G1P", ""}) {
    t["currency"] = bad;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /currency"});
  }
  t["currency"] = 826;
  CHECK(errorsOf(read(t)) == Expected{"type /currency"});
}

TEST_CASE("contractValue is optional, > 0, and prices a bid that gives none", "[read]") {
  auto t = smallTender();
  CHECK_FALSE(tenderOf(read(t)).contractValue);

  t["bids"][0].erase("price");
  CHECK(errorsOf(read(t)) == Expected{"missing /bids/0/price"});

  t["contractValue"] = 1200000;
  const svcalc::ReadOutcome outcome = read(t);
  CHECK(tenderOf(outcome).contractValue == 1200000);
  CHECK(outcome.tender.bids[0].price == 1200000);

  // A broken contractValue is reported once; the priceless bid is not blamed too.
  t["contractValue"] = 0;
  CHECK(errorsOf(read(t)) == Expected{"out-of-range /contractValue"});
  t["contractValue"] = "1200000";
  CHECK(errorsOf(read(t)) == Expected{"type /contractValue"});
}

TEST_CASE("framework and bids are required, method is optional", "[read]") {
  auto t = smallTender();
  SECTION("no framework: its references in the bids are not reported as unknown") {
    t.erase("framework");
    CHECK(errorsOf(read(t)) == Expected{"missing /framework"});
  }
  SECTION("framework of the wrong type") {
    t["framework"] = nlohmann::ordered_json::array();
    CHECK(errorsOf(read(t)) == Expected{"type /framework"});
  }
  SECTION("no bids key") {
    t.erase("bids");
    CHECK(errorsOf(read(t)) == Expected{"missing /bids"});
  }
  SECTION("no bids at all is a valid, empty competition") {
    t["bids"] = nlohmann::ordered_json::array();
    CHECK(tenderOf(read(t)).bids.empty());
  }
  SECTION("bids of the wrong type") {
    t["bids"] = nlohmann::ordered_json::object();
    CHECK(errorsOf(read(t)) == Expected{"type /bids"});
  }
  SECTION("method of the wrong type") {
    t["method"] = "weighted";
    CHECK(errorsOf(read(t)) == Expected{"type /method"});
  }
}

TEST_CASE("errors come in document-walk order and a failed read gives no tender", "[read]") {
  auto t = smallTender();
  // Written in an order of their own; reported in the walk's fixed order.
  t["bids"][0]["quality"] = 101;
  t["method"] = {{"tieMargin", -1}};
  t["framework"]["themes"][0]["weight"] = 0;
  t["contractValue"] = -5;
  t["currency"] = "x";
  const svcalc::ReadOutcome outcome = read(t);
  CHECK(errorsOf(outcome) == Expected{"out-of-range /currency", "out-of-range /contractValue",
                                      "out-of-range /framework/themes/0/weight",
                                      "out-of-range /method/tieMargin",
                                      "out-of-range /bids/0/quality"});
  CHECK(outcome.tender.bids.empty());
  CHECK_FALSE(outcome.ok());
}

TEST_CASE("no more than 100 errors are reported", "[read]") {
  auto t = smallTender();
  auto& commitments = t["bids"][0]["commitments"];
  commitments = nlohmann::ordered_json::array();
  for (int i = 0; i < 500; ++i)
    commitments.push_back({{"measure", "M1"}, {"quantity", -2}});
  const svcalc::ReadOutcome outcome = read(t);
  REQUIRE(outcome.errors.size() == svcalc::limits::errors);
  for (std::size_t i = 0; i < outcome.errors.size(); ++i) {
    CHECK(outcome.errors[i].code == "out-of-range");
    CHECK(outcome.errors[i].path == "/bids/0/commitments/" + std::to_string(i) + "/quantity");
  }
  CHECK(outcome.errors[0].message == "quantity must be ≥ 0, got -2.");
}

TEST_CASE("a repeated key means its last value, as with JSON.parse", "[read]") {
  const svcalc::ReadOutcome outcome = svcalc::readTender(R"({
    "svcalc": 1, "currency": "bad", "currency": "EUR",
    "framework": {
      "themes": [{"id": "jobs", "weight": -1, "weight": 2}],
      "measures": [{"id": "M1", "theme": "jobs", "kind": "qualitative", "kind": "quantitative",
                    "proxy": 5}]
    },
    "bids": 3,
    "bids": [{"id": "B1", "price": "x", "price": 10, "quality": 20, "quality": 30}]
  })");
  const svcalc::Tender t = tenderOf(outcome);
  CHECK(t.currency == "EUR");
  CHECK(t.framework.themes[0].weight == 2);
  CHECK(t.framework.measures[0].kind == svcalc::MeasureKind::quantitative);
  CHECK(t.framework.measures[0].proxy == 5);
  REQUIRE(t.bids.size() == 1);
  CHECK(t.bids[0].price == 10);
  CHECK(t.bids[0].quality == 30);
}

TEST_CASE("messages quote what was found, long strings cut short", "[read]") {
  auto t = smallTender();
  t["currency"] = std::string(100, 'X');
  const svcalc::ReadOutcome outcome = read(t);
  REQUIRE(errorsOf(outcome) == Expected{"out-of-range /currency"});
  CHECK(outcome.errors[0].message ==
        "currency must be an ISO 4217 code of 3 upper-case letters, got \"" + std::string(40, 'X') +
            "…\".");

  // A cut never splits a UTF-8 character: "é" is 2 bytes, so 39 "a" and one "é"
  // would straddle byte 40; the cut falls before the "é".
  t["currency"] = std::string(39, 'a') + "\xc3\xa9" + "zzz";
  CHECK(read(t).errors[0].message ==
        "currency must be an ISO 4217 code of 3 upper-case letters, got \"" + std::string(39, 'a') +
            "…\".");

  t["currency"] = nlohmann::ordered_json::object();
  CHECK(read(t).errors[0].message == "currency must be a string, got an object.");
  t["currency"] = nullptr;
  CHECK(read(t).errors[0].message == "currency must be a string, got null.");
  t["currency"] = true;
  CHECK(read(t).errors[0].message == "currency must be a string, got true.");
}

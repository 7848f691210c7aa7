// Reading the bids: ids, supplier, price and quality, commitments and responses,
// their references into the framework, and the count limits.
#include "read_test_support.hpp"
#include "svcalc/limits.hpp"

#include <chrono>
#include <string>

using nlohmann::ordered_json;
using svcalc::test::errorsOf;
using svcalc::test::Expected;
using svcalc::test::read;
using svcalc::test::smallTender;
using svcalc::test::tenderOf;

namespace {

/// `count` copies of `element`, as JSON array text.
std::string repeated(const std::string& element, std::size_t count) {
  std::string out = "[";
  out.reserve(count * (element.size() + 1) + 2);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    out += element;
  }
  out += ']';
  return out;
}

/// smallTender's text with its bids replaced by `bidsText`.
std::string withBids(const std::string& bidsText) {
  auto t = smallTender();
  t["bids"] = "BIDS";
  std::string text = t.dump();
  text.replace(text.find("\"BIDS\""), 6, bidsText);
  return text;
}

} // namespace

TEST_CASE("a bid is an object with a unique id", "[read]") {
  auto t = smallTender();
  auto& bids = t["bids"];
  SECTION("not an object") {
    bids.push_back("B2");
    CHECK(errorsOf(read(t)) == Expected{"type /bids/1"});
  }
  SECTION("id missing or not a string") {
    bids[0].erase("id");
    bids.push_back({{"id", 2}, {"price", 1}});
    CHECK(errorsOf(read(t)) == Expected{"missing /bids/0/id", "type /bids/1/id"});
  }
  SECTION("a repeated id is reported at the later bid") {
    for (const char* id : {"B2", "B3", "B1"})
      bids.push_back({{"id", id}, {"price", 1}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"duplicate-id /bids/3/id"});
    CHECK(outcome.errors[0].message == "bids[3].id \"B1\" is already used by bids[0].");
  }
}

TEST_CASE("supplier is an optional object, carried as canonical JSON text", "[read]") {
  auto t = smallTender();
  CHECK(tenderOf(read(t)).bids[0].supplierJson.empty());

  // As JSON.stringify(JSON.parse(...)) writes it: compact, the repeated "name"
  // at its first place with its last value, the array-index key "2" first, 1.0 as 1.
  const svcalc::ReadOutcome outcome = svcalc::readTender(R"({"svcalc": 1,
    "framework": {"themes": [{"id": "t"}],
                  "measures": [{"id": "M", "theme": "t", "kind": "qualitative"}]},
    "bids": [{"id": "B1", "price": 5,
              "supplier": {"name": "Acme", "size": "sme", "vcse": true, "x": [1.0, null],
                           "name": "Acme Ltd", "2": {}}}]})");
  CHECK(tenderOf(outcome).bids[0].supplierJson ==
        R"({"2":{},"name":"Acme Ltd","size":"sme","vcse":true,"x":[1,null]})");

  t["bids"][0]["supplier"] = "Acme";
  CHECK(errorsOf(read(t)) == Expected{"type /bids/0/supplier"});
}

TEST_CASE("a bid's price > 0 and quality in 0 to 100, default 0", "[read]") {
  auto t = smallTender();
  auto& bid = t["bids"][0];
  CHECK(tenderOf(read(t)).bids[0].quality == 0);
  bid["quality"] = 100;
  CHECK(tenderOf(read(t)).bids[0].quality == 100);
  bid["price"] = 0;
  bid["quality"] = 100.5;
  CHECK(errorsOf(read(t)) ==
        Expected{"out-of-range /bids/0/price", "out-of-range /bids/0/quality"});
  bid["price"] = "1000";
  bid["quality"] = "high";
  CHECK(errorsOf(read(t)) == Expected{"type /bids/0/price", "type /bids/0/quality"});
}

TEST_CASE("commitments: what each must hold", "[read]") {
  auto t = smallTender();
  auto& bid = t["bids"][0];
  auto& c = bid["commitments"][0];
  SECTION("defaults: 1 year, the framework's default area and evidence level") {
    t["framework"]["defaultEvidence"] = "evidenced";
    const svcalc::Commitment commitment = tenderOf(read(t)).bids[0].commitments[0];
    CHECK(commitment.measure == 0);
    CHECK(commitment.quantity == 1);
    CHECK(commitment.years == 1);
    CHECK(commitment.geography == 0); // local
    CHECK(commitment.evidence == 1);  // evidenced
  }
  SECTION("all given") {
    c.update({{"quantity", 2.5},
              {"years", 3.0},
              {"geography", "international"},
              {"evidence", "aspirational"},
              {"note", "apprentices"}});
    const svcalc::Commitment commitment = tenderOf(read(t)).bids[0].commitments[0];
    CHECK(commitment.quantity == 2.5);
    CHECK(commitment.years == 3);
    CHECK(commitment.geography == 3);
    CHECK(commitment.evidence == 3);
  }
  SECTION("no commitments or responses at all") {
    bid.erase("commitments");
    bid.erase("responses");
    const svcalc::Bid b = tenderOf(read(t)).bids[0];
    CHECK(b.commitments.empty());
    CHECK(b.responses.empty());
  }
  SECTION("not an array; an element not an object") {
    bid["commitments"] = ordered_json::object();
    CHECK(errorsOf(read(t)) == Expected{"type /bids/0/commitments"});
    bid["commitments"] = {1};
    CHECK(errorsOf(read(t)) == Expected{"type /bids/0/commitments/0"});
  }
  SECTION("measure missing, unknown, or qualitative") {
    c.erase("measure");
    bid["commitments"].push_back({{"measure", "M9"}, {"quantity", 1}});
    bid["commitments"].push_back({{"measure", "Q1"}, {"quantity", 1}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /bids/0/commitments/0/measure",
                                          "unknown-reference /bids/0/commitments/1/measure",
                                          "unknown-reference /bids/0/commitments/2/measure"});
    CHECK(outcome.errors[1].message == "measure \"M9\" names no measure of the framework.");
    CHECK(outcome.errors[2].message ==
          "measure \"Q1\" names a qualitative measure; a commitment needs a quantitative measure.");
  }
  SECTION("quantity is required and ≥ 0") {
    c.erase("quantity");
    bid["commitments"].push_back({{"measure", "M1"}, {"quantity", -2}});
    bid["commitments"].push_back({{"measure", "M1"}, {"quantity", "3"}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /bids/0/commitments/0/quantity",
                                          "out-of-range /bids/0/commitments/1/quantity",
                                          "type /bids/0/commitments/2/quantity"});
    CHECK(outcome.errors[0].message == "quantity is required.");
    CHECK(outcome.errors[1].message == "quantity must be ≥ 0, got -2.");
  }
  SECTION("years is an integer from 1 to 1000") {
    c["years"] = 1000;
    CHECK(tenderOf(read(t)).bids[0].commitments[0].years == 1000);
    c["years"] = 0;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /bids/0/commitments/0/years"});
    c["years"] = 1001;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /bids/0/commitments/0/years"});
    c["years"] = 1e300;
    CHECK(errorsOf(read(t)) == Expected{"out-of-range /bids/0/commitments/0/years"});
    c["years"] = 2.5;
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"type /bids/0/commitments/0/years"});
    CHECK(outcome.errors[0].message == "years must be an integer from 1 to 1000, got 2.5.");
  }
  SECTION("geography and evidence must name an area and a level") {
    c["geography"] = "mars";
    c["evidence"] = "rumour";
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"unknown-reference /bids/0/commitments/0/geography",
                                          "unknown-reference /bids/0/commitments/0/evidence"});
    CHECK(outcome.errors[1].message ==
          "evidence \"rumour\" names no evidence level of the framework.");
    c["geography"] = 1;
    c["evidence"] = nullptr;
    CHECK(errorsOf(read(t)) ==
          Expected{"type /bids/0/commitments/0/geography", "type /bids/0/commitments/0/evidence"});
  }
  SECTION("note is a string") {
    c["note"] = 5;
    CHECK(errorsOf(read(t)) == Expected{"type /bids/0/commitments/0/note"});
  }
}

TEST_CASE("responses: one per qualitative measure, scores in 0 to 100", "[read]") {
  auto t = smallTender();
  auto& bid = t["bids"][0];
  auto& responses = bid["responses"];
  SECTION("read") {
    responses[0]["rationale"] = "good";
    const svcalc::Response r = tenderOf(read(t)).bids[0].responses[0];
    CHECK(r.measure == 1);
    CHECK(r.score == 60);
  }
  SECTION("measure missing, unknown, or quantitative") {
    responses[0].erase("measure");
    responses.push_back({{"measure", "Q9"}, {"score", 0}});
    responses.push_back({{"measure", "M1"}, {"score", 0}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"missing /bids/0/responses/0/measure",
                                          "unknown-reference /bids/0/responses/1/measure",
                                          "unknown-reference /bids/0/responses/2/measure"});
    CHECK(outcome.errors[2].message ==
          "measure \"M1\" names a quantitative measure; a response needs a qualitative measure.");
  }
  SECTION("a second response to a measure in the same bid") {
    responses.push_back({{"measure", "Q1"}, {"score", 80}});
    // Another bid may answer the same measure.
    t["bids"].push_back(
        {{"id", "B2"}, {"price", 1}, {"responses", {{{"measure", "Q1"}, {"score", 1}}}}});
    const svcalc::ReadOutcome outcome = read(t);
    REQUIRE(errorsOf(outcome) == Expected{"duplicate-id /bids/0/responses/1/measure"});
    CHECK(outcome.errors[0].message ==
          "responses[1].measure \"Q1\" is already answered by responses[0]; a bid gives one "
          "response per measure.");
  }
  SECTION("score required, in [0, 100]; rationale a string") {
    responses[0].erase("score");
    responses[0]["rationale"] = 1;
    t["framework"]["measures"].push_back(
        {{"id", "Q2"}, {"theme", "jobs"}, {"kind", "qualitative"}});
    responses.push_back({{"measure", "Q2"}, {"score", 120}});
    CHECK(errorsOf(read(t)) == Expected{"missing /bids/0/responses/0/score",
                                        "type /bids/0/responses/0/rationale",
                                        "out-of-range /bids/0/responses/1/score"});
  }
  SECTION("not an array; an element not an object") {
    bid["responses"] = "none";
    CHECK(errorsOf(read(t)) == Expected{"type /bids/0/responses"});
    bid["responses"] = {nullptr};
    CHECK(errorsOf(read(t)) == Expected{"type /bids/0/responses/0"});
  }
}

TEST_CASE("count limits refuse an array without walking it", "[read]") {
  SECTION("more than 10,000 bids") {
    // Empty objects: were any walked, each would lack an id.
    const svcalc::ReadOutcome outcome =
        svcalc::readTender(withBids(repeated("{}", svcalc::limits::bids + 1)));
    REQUIRE(errorsOf(outcome) == Expected{"limit /bids"});
    CHECK(outcome.errors[0].message == "bids has 10001 entries; at most 10000 are allowed.");
  }
  SECTION("more than 10,000 commitments in a bid") {
    const std::string bid = R"({"id": "B1", "price": 1, "commitments": )" +
                            repeated("{}", svcalc::limits::commitments + 1) + "}";
    CHECK(errorsOf(svcalc::readTender(withBids("[" + bid + "]"))) ==
          Expected{"limit /bids/0/commitments"});
  }
  SECTION("more than 5,000 responses in a bid") {
    const std::string bid = R"({"id": "B1", "price": 1, "responses": )" +
                            repeated("{}", svcalc::limits::responses + 1) + "}";
    CHECK(errorsOf(svcalc::readTender(withBids("[" + bid + "]"))) ==
          Expected{"limit /bids/0/responses"});
  }
  SECTION("exactly at the limits") {
    const std::string commitment = R"({"measure": "M1", "quantity": 1})";
    const std::string bid = R"({"id": "B1", "price": 1, "commitments": )" +
                            repeated(commitment, svcalc::limits::commitments) + "}";
    const svcalc::Tender t = tenderOf(svcalc::readTender(withBids("[" + bid + "]")));
    CHECK(t.bids[0].commitments.size() == svcalc::limits::commitments);
  }
}

TEST_CASE("a tender at the bid and measure limits validates quickly", "[read]") {
  // 10,000 bids over 5,000 measures: were ids or references resolved by linear
  // scans, this would take minutes; through hash maps the work is linear in the
  // input. (60 commitments a bid read in about 0.1 s at -O2; 6 keep the
  // unoptimised suite fast.)
  const std::size_t quantitative = svcalc::limits::measures - 1;
  std::string measures = "[";
  for (std::size_t m = 0; m < quantitative; ++m)
    measures +=
        R"({"id":"M)" + std::to_string(m) + R"(","theme":"jobs","kind":"quantitative","proxy":1},)";
  measures += R"({"id":"Q","theme":"jobs","kind":"qualitative"}])";

  std::string bids = "[";
  for (std::size_t i = 0; i < svcalc::limits::bids; ++i) {
    if (i > 0) bids += ',';
    bids += R"({"id":"B)" + std::to_string(i) + R"(","price":1000,"commitments":[)";
    for (std::size_t j = 0; j < 6; ++j) {
      if (j > 0) bids += ',';
      bids +=
          R"({"measure":"M)" + std::to_string((i * 6 + j) % quantitative) + R"(","quantity":1})";
    }
    bids += R"(],"responses":[{"measure":"Q","score":50}]})";
  }
  bids += ']';
  const std::string text = R"({"svcalc":1,"framework":{"themes":[{"id":"jobs"}],"measures":)" +
                           measures + R"(},"bids":)" + bids + "}";

  const auto start = std::chrono::steady_clock::now();
  const svcalc::ReadOutcome outcome = svcalc::readTender(text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(errorsOf(outcome) == Expected{});
  REQUIRE(outcome.tender.bids.size() == svcalc::limits::bids);
  // Bid 9999's last commitment: (9999 × 6 + 5) mod 4999 = 59999 mod 4999 = 11.
  CHECK(outcome.tender.bids.back().commitments.back().measure == 11);
  CHECK(outcome.tender.bids.back().responses[0].measure == quantitative);
  // Generous, for unoptimised and sanitised builds alike.
  CHECK(seconds < 10);
}

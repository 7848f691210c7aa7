// Every warning: capped, years-limited, no-social-value, locality-premium,
// zero-quality-points and unused-theme; when evaluation raises each, and the
// words the writer gives it.
#include "evaluate_tenders.hpp"
#include "svcalc/write.hpp"

#include "json/text.hpp"

using namespace svcalc;
using svcalc::test::message;
using svcalc::test::near;
using svcalc::test::path;

namespace {

/// One bid (price 1,000) per entry of `commitments`; proxy 1, discount 0, κ 1.
Tender warningTender(std::vector<std::vector<Commitment>> commitments) {
  Tender tender = test::oneMeasureTender();
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    Bid bid = test::bid("B" + std::to_string(i), 1000);
    bid.commitments = commitments[i];
    tender.bids.push_back(bid);
  }
  return tender;
}

std::vector<std::string> codes(const BidResult& bid) {
  std::vector<std::string> codes;
  for (const Warning& warning : bid.warnings) {
    codes.push_back(test::code(warning));
  }
  return codes;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("capped: the amount cut and a sentence with claimed, cap and price", "[evaluate]") {
  Tender tender = warningTender({{test::commitment(0, 1234567.8)}});
  tender.bids[0].price = 1e7;
  tender.method.socialValue.cap = 0.075; // 0.075 × 10,000,000 = 750,000
  SECTION("pounds") {
    const BidResult bid = test::evaluated(tender).bids[0];
    REQUIRE(codes(bid) == Codes{"capped"});
    const Warning& warning = bid.warnings[0];
    CHECK(message(tender, warning) ==
          "Claimed social value £1,234,567.80 exceeds the cap of 7.5% of price "
          "(£750,000); £484,567.80 is not scored.");
    CHECK(path(warning).empty());
    REQUIRE(warning.amount);
    CHECK(*warning.amount == near(484567.8)); // 1,234,567.8 − 750,000
  }
  SECTION("another currency") {
    tender.currency = "CHF";
    const BidResult bid = test::evaluated(tender).bids[0];
    CHECK(message(tender, bid.warnings[0]) ==
          "Claimed social value CHF 1,234,567.80 exceeds the cap of 7.5% "
          "of price (CHF 750,000); CHF 484,567.80 is not scored.");
  }
  SECTION("a claim at the cap is not cut") {
    tender.bids[0].commitments[0].quantity = 750000;
    CHECK(test::evaluated(tender).bids[0].warnings.empty());
  }
}

TEST_CASE("years-limited: one per commitment that maxYears cuts", "[evaluate]") {
  Tender tender = warningTender(
      {{test::commitment(0, 1, 5), test::commitment(0, 1, 3), test::commitment(0, 1, 4)}});
  tender.framework.measures[0].maxYears = 3;
  const BidResult bid = test::evaluated(tender).bids[0];
  REQUIRE(codes(bid) == Codes{"years-limited", "years-limited"});
  CHECK(path(bid.warnings[0]) == "/bids/0/commitments/0/years");
  CHECK(message(tender, bid.warnings[0]) ==
        "This commitment runs for 5 years but measure M counts at most "
        "3 years, so 2 years are not valued.");
  CHECK(path(bid.warnings[1]) == "/bids/0/commitments/2/years"); // commitment 1 is within 3
  CHECK(message(tender, bid.warnings[1]) ==
        "This commitment runs for 4 years but measure M counts at most "
        "3 years, so 1 year is not valued.");
  CHECK_FALSE(bid.warnings[1].amount);
}

TEST_CASE("no-social-value: neither commitments nor responses", "[evaluate]") {
  Tender tender = warningTender({{}, {}});
  tender.framework.measures.push_back(test::qualitative("Q", 0));
  tender.bids[1].responses = {{1, 0}}; // a response, even scoring 0, is social value offered
  const Result result = test::evaluated(tender);
  const BidResult& none = test::resultOf(result, 0);
  REQUIRE(codes(none) == Codes{"no-social-value"});
  CHECK(message(tender, none.warnings[0]) ==
        "This bid makes no social value commitments and answers no "
        "qualitative measures, so its social value scores 0.");
  CHECK(path(none.warnings[0]).empty());
  CHECK(test::resultOf(result, 1).warnings.empty());
}

TEST_CASE("locality-premium: geography factors moved the claimed value", "[evaluate]") {
  Tender tender = warningTender({{test::commitment(0, 100, 1, test::verified, test::local)},
                                 {test::commitment(0, 100, 1, test::verified, test::international)},
                                 {test::commitment(0, 100, 1, test::verified, test::regional)}});
  tender.framework.geography[test::local].value = 1.2;
  tender.framework.geography[test::international].value = 0.5;
  const Result result = test::evaluated(tender);

  const BidResult& raised = test::resultOf(result, 0);
  REQUIRE(codes(raised) == Codes{"locality-premium"});
  CHECK(raised.socialValue.claimed == 120);      // 100 × 1.2
  CHECK(*raised.warnings[0].amount == near(20)); // 120 − 100 with every G at 1
  CHECK(message(tender, raised.warnings[0]) ==
        "Geography factors raise this bid's claimed social value by "
        "£20 (16.67% of claimed) compared with every area at 1.");

  const BidResult& lowered = test::resultOf(result, 1);
  REQUIRE(codes(lowered) == Codes{"locality-premium"});
  CHECK(*lowered.warnings[0].amount == -50); // 50 − 100
  CHECK(message(tender, lowered.warnings[0]) ==
        "Geography factors lower this bid's claimed social value by "
        "£50 (100% of claimed) compared with every area at 1.");

  CHECK(test::resultOf(result, 2).warnings.empty()); // regional, G = 1: nothing moved
}

TEST_CASE("no locality-premium when every geography factor is equal", "[evaluate]") {
  Tender tender = warningTender({{test::commitment(0, 100, 1, test::verified, test::local)}});
  for (Factor& area : tender.framework.geography) {
    area.value = 2;
  }
  const BidResult bid = test::evaluated(tender).bids[0];
  CHECK(bid.socialValue.claimed == 200); // 100 × 2, but no area is favoured
  CHECK(bid.warnings.empty());
}

TEST_CASE("zero-quality-points: a pqp bid with no points", "[evaluate]") {
  Tender tender = warningTender({{}, {}});
  tender.method.model = Model::pqp;
  tender.method.weights = {0, 100, 0};
  tender.bids[1].quality = 10;
  const Result result = test::evaluated(tender);
  const BidResult& zero = test::resultOf(result, 0);
  REQUIRE(codes(zero) == Codes{"no-social-value", "zero-quality-points"});
  CHECK(message(tender, zero.warnings[1]) ==
        "This bid has no quality or social value points, so it has no "
        "price per quality point and ranks last.");
  CHECK(codes(test::resultOf(result, 1)) == Codes{"no-social-value"});
}

TEST_CASE("unused-theme: a theme with no measures", "[evaluate]") {
  Tender tender = warningTender({});
  tender.framework.themes = {test::theme("t"), test::theme("spare"), test::theme("other")};
  const Result result = test::evaluated(tender);
  REQUIRE(result.warnings.size() == 2);
  CHECK(result.warnings[0].code == WarningCode::unusedTheme);
  CHECK(path(result.warnings[0]) == "/framework/themes/1");
  CHECK(message(tender, result.warnings[0]) ==
        "Theme \"spare\" has no measures, so it takes no part in the social value score.");
  CHECK(path(result.warnings[1]) == "/framework/themes/2");
}

TEST_CASE("a bid's warnings come in the spec's order", "[evaluate]") {
  Tender tender = warningTender({{test::commitment(0, 500, 4, test::verified, test::local)}});
  tender.framework.measures[0].maxYears = 2;
  tender.framework.geography[test::local].value = 1.5;
  tender.method.socialValue.cap = 0.1;
  const BidResult bid = test::evaluated(tender).bids[0];
  // 500 × 1.5 × 2 years = 1,500 claimed > 100 cap; 4 years cut to 2; G = 1.5.
  CHECK(codes(bid) == Codes{"capped", "years-limited", "locality-premium"});
  CHECK(*bid.warnings[2].amount == near(500)); // 1,500 − 1,000
}

TEST_CASE("a written message escapes the names it takes from the input, and only those",
          "[evaluate][write]") {
  Tender tender = warningTender({{test::commitment(0, 1, 5)}});
  tender.framework.measures[0].id = "M \"1\"\\\n";
  tender.framework.measures[0].maxYears = 3;
  tender.framework.themes.push_back(test::theme("sp\"are\t"));
  const Result result = test::evaluated(tender);
  std::string written;
  writeResult(tender, result, written);
  for (const Warning& warning : {result.bids[0].warnings.at(0), result.warnings.at(0)}) {
    std::string member = "\"message\":";
    json::appendString(member, message(tender, warning));
    CHECK(written.find(member) != std::string::npos);
  }
  CHECK(message(tender, result.warnings[0]) ==
        "Theme \"sp\"are\t\" has no measures, so it takes no part in the social value score.");
}

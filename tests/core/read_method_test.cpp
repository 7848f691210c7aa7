// Reading the evaluation method: every key optional, every default applied.
#include "read_test_support.hpp"

using nlohmann::ordered_json;
using svcalc::test::errorsOf;
using svcalc::test::Expected;
using svcalc::test::read;
using svcalc::test::smallTender;
using svcalc::test::tenderOf;

namespace {
ordered_json withMethod(const char* method) {
  auto t = smallTender();
  t["method"] = ordered_json::parse(method);
  return t;
}
} // namespace

TEST_CASE("an absent or empty method takes every default", "[read]") {
  auto t = smallTender();
  SECTION("absent") {}
  SECTION("empty") {
    t["method"] = ordered_json::object();
  }
  const svcalc::ReadOutcome outcome = read(t);
  const svcalc::Method m = tenderOf(outcome).method;
  CHECK(m.model == svcalc::Model::weighted);
  CHECK(m.weights.price == 50);
  CHECK(m.weights.quality == 40);
  CHECK(m.weights.socialValue == 10);
  CHECK(m.price.scoring == svcalc::PriceScoring::relative);
  CHECK(m.socialValue.basis == svcalc::Basis::proportional);
  CHECK(m.socialValue.quantitativeShare == 0.5);
  CHECK_FALSE(m.socialValue.cap);
  CHECK(m.socialValue.target == 0.1);
  CHECK(m.discount.greenBook);
  CHECK(m.tieMargin == 0);
  CHECK(m.tieBreak == svcalc::TieBreak::none);
}

TEST_CASE("model is weighted or pqp", "[read]") {
  CHECK(tenderOf(read(withMethod(R"({"model": "pqp", "weights": {"quality": 70,
    "socialValue": 30}})")))
            .method.model == svcalc::Model::pqp);
  const svcalc::ReadOutcome outcome = read(withMethod(R"({"model": "mixed"})"));
  REQUIRE(errorsOf(outcome) == Expected{"out-of-range /method/model"});
  CHECK(outcome.errors[0].message == "model must be one of \"weighted\", \"pqp\", got \"mixed\".");
  CHECK(errorsOf(read(withMethod(R"({"model": 1})"))) == Expected{"type /method/model"});
}

TEST_CASE("weighted: the three weights sum to 100, an absent one counting 0", "[read]") {
  const svcalc::Weights w =
      tenderOf(read(withMethod(R"({"weights": {"price": 60, "quality": 40}})"))).method.weights;
  CHECK(w.price == 60);
  CHECK(w.quality == 40);
  CHECK(w.socialValue == 0);

  // 33.3 + 33.3 + 33.4 is 100 within 1e-9, though not exactly in doubles.
  tenderOf(read(withMethod(R"({"weights": {"price": 33.3, "quality": 33.3,
    "socialValue": 33.4}})")));

  const svcalc::ReadOutcome outcome =
      read(withMethod(R"({"weights": {"price": 50, "quality": 35, "socialValue": 10}})"));
  REQUIRE(errorsOf(outcome) == Expected{"weights-sum /method/weights"});
  CHECK(outcome.errors[0].message ==
        "weights price, quality and socialValue must sum to 100, got 95.");
  CHECK(errorsOf(read(withMethod(R"({"weights": {"price": 50, "quality": 50,
    "socialValue": 1e-8}})"))) == Expected{"weights-sum /method/weights"});

  // A broken weight is reported alone: its sum means nothing.
  CHECK(errorsOf(read(withMethod(R"({"weights": {"price": -10, "quality": 100,
    "socialValue": 10}})"))) == Expected{"out-of-range /method/weights/price"});
  CHECK(errorsOf(read(withMethod(R"({"weights": {"price": "50", "quality": 40,
    "socialValue": 10}})"))) == Expected{"type /method/weights/price"});
  CHECK(errorsOf(read(withMethod(R"({"weights": [50, 40, 10]})"))) ==
        Expected{"type /method/weights"});
  // So is a broken model: which sum applies is unknown.
  CHECK(errorsOf(read(withMethod(R"({"model": "x", "weights": {"price": 1}})"))) ==
        Expected{"out-of-range /method/model"});
}

TEST_CASE("pqp: weights required, price 0, quality and social value sum to 100", "[read]") {
  const svcalc::ReadOutcome absent = read(withMethod(R"({"model": "pqp"})"));
  REQUIRE(errorsOf(absent) == Expected{"missing /method/weights"});

  const svcalc::Weights w = tenderOf(read(withMethod(R"({"model": "pqp", "weights":
    {"price": 0, "quality": 80, "socialValue": 20}})")))
                                .method.weights;
  CHECK(w.price == 0);
  CHECK(w.quality == 80);
  CHECK(w.socialValue == 20);

  const svcalc::ReadOutcome priced = read(withMethod(R"({"model": "pqp", "weights":
    {"price": 10, "quality": 80, "socialValue": 10}})"));
  REQUIRE(errorsOf(priced) ==
          Expected{"out-of-range /method/weights/price", "weights-sum /method/weights"});
  CHECK(priced.errors[0].message ==
        "weights.price must be 0 or absent under model \"pqp\", got 10.");
  CHECK(priced.errors[1].message ==
        "weights quality and socialValue must sum to 100 under model \"pqp\", got 90.");
}

TEST_CASE("price scoring and its parameters", "[read]") {
  SECTION("each scoring") {
    CHECK(tenderOf(read(withMethod(R"({"price": {"scoring": "linear"}})"))).method.price.scoring ==
          svcalc::PriceScoring::linear);
    const svcalc::PriceMethod log =
        tenderOf(read(withMethod(R"({"price": {"scoring": "log", "base": 10}})"))).method.price;
    CHECK(log.scoring == svcalc::PriceScoring::log);
    CHECK(log.base == 10);
    const svcalc::PriceMethod range =
        tenderOf(read(withMethod(R"({"price": {"scoring": "range", "min": 900, "max": 1100}})")))
            .method.price;
    CHECK(range.scoring == svcalc::PriceScoring::range);
    CHECK(range.min == 900);
    CHECK(range.max == 1100);
  }
  SECTION("bad scoring") {
    CHECK(errorsOf(read(withMethod(R"({"price": {"scoring": "cheapest"}})"))) ==
          Expected{"out-of-range /method/price/scoring"});
    CHECK(errorsOf(read(withMethod(R"({"price": "relative"})"))) == Expected{"type /method/price"});
  }
  SECTION("log needs base > 1") {
    CHECK(errorsOf(read(withMethod(R"({"price": {"scoring": "log"}})"))) ==
          Expected{"missing /method/price/base"});
    const svcalc::ReadOutcome one = read(withMethod(R"({"price": {"scoring": "log", "base": 1}})"));
    REQUIRE(errorsOf(one) == Expected{"out-of-range /method/price/base"});
    CHECK(one.errors[0].message == "base must be > 1, got 1.");
  }
  SECTION("range needs min < max") {
    CHECK(errorsOf(read(withMethod(R"({"price": {"scoring": "range"}})"))) ==
          Expected{"missing /method/price/min", "missing /method/price/max"});
    const svcalc::ReadOutcome equal =
        read(withMethod(R"({"price": {"scoring": "range", "min": 5, "max": 5}})"));
    REQUIRE(errorsOf(equal) == Expected{"out-of-range /method/price/max"});
    CHECK(equal.errors[0].message == "max must be greater than min (5), got 5.");
    CHECK(errorsOf(read(withMethod(R"({"price": {"scoring": "range", "min": "5", "max": 1}})"))) ==
          Expected{"type /method/price/min"});
  }
  SECTION("another scoring's parameters are ignored") {
    tenderOf(read(withMethod(R"({"price": {"scoring": "relative", "base": 0, "min": "x"}})")));
  }
}

TEST_CASE("social value method", "[read]") {
  const svcalc::SocialValueMethod sv = tenderOf(read(withMethod(R"({"socialValue":
    {"basis": "target", "quantitativeShare": 1, "cap": 0.3, "target": 0.05}})")))
                                           .method.socialValue;
  CHECK(sv.basis == svcalc::Basis::target);
  CHECK(sv.quantitativeShare == 1);
  CHECK(sv.cap == 0.3);
  CHECK(sv.target == 0.05);
  CHECK(tenderOf(read(withMethod(R"({"socialValue": {"basis": "absolute"}})")))
            .method.socialValue.basis == svcalc::Basis::absolute);

  CHECK(errorsOf(read(withMethod(R"({"socialValue": {"basis": "relative",
    "quantitativeShare": 1.5, "cap": 0, "target": 0}})"))) ==
        Expected{"out-of-range /method/socialValue/basis",
                 "out-of-range /method/socialValue/quantitativeShare",
                 "out-of-range /method/socialValue/cap",
                 "out-of-range /method/socialValue/target"});
  CHECK(errorsOf(read(withMethod(R"({"socialValue": {"cap": "30%"}})"))) ==
        Expected{"type /method/socialValue/cap"});
  CHECK(errorsOf(read(withMethod(R"({"socialValue": 0.1})"))) ==
        Expected{"type /method/socialValue"});
}

TEST_CASE("discount is green-book or a constant rate from 0 up to but not including 1", "[read]") {
  CHECK(tenderOf(read(withMethod(R"({"discount": "green-book"})"))).method.discount.greenBook);
  const svcalc::Discount rate =
      tenderOf(read(withMethod(R"({"discount": 0.035})"))).method.discount;
  CHECK_FALSE(rate.greenBook);
  CHECK(rate.rate == 0.035);
  CHECK(tenderOf(read(withMethod(R"({"discount": 0})"))).method.discount.rate == 0);

  const svcalc::ReadOutcome one = read(withMethod(R"({"discount": 1})"));
  REQUIRE(errorsOf(one) == Expected{"out-of-range /method/discount"});
  CHECK(one.errors[0].message == "discount must be \"green-book\" or a rate in [0, 1), got 1.");
  CHECK(errorsOf(read(withMethod(R"({"discount": "treasury"})"))) ==
        Expected{"out-of-range /method/discount"});
  CHECK(errorsOf(read(withMethod(R"({"discount": null})"))) == Expected{"type /method/discount"});
}

TEST_CASE("tieMargin ≥ 0 and tieBreak", "[read]") {
  const svcalc::Method m =
      tenderOf(read(withMethod(R"({"tieMargin": 0.5, "tieBreak": "socialValue"})"))).method;
  CHECK(m.tieMargin == 0.5);
  CHECK(m.tieBreak == svcalc::TieBreak::socialValue);
  for (const auto& [name, value] :
       {std::pair{"price", svcalc::TieBreak::price}, {"quality", svcalc::TieBreak::quality}}) {
    auto t = withMethod("{}");
    t["method"]["tieBreak"] = name;
    CHECK(tenderOf(read(t)).method.tieBreak == value);
  }
  CHECK(errorsOf(read(withMethod(R"({"tieMargin": -0.1, "tieBreak": "coin"})"))) ==
        Expected{"out-of-range /method/tieMargin", "out-of-range /method/tieBreak"});
  CHECK(errorsOf(read(withMethod(R"({"tieMargin": "1", "tieBreak": false})"))) ==
        Expected{"type /method/tieMargin", "type /method/tieBreak"});
}

// The evaluation method (scoring.md, "Method"): model, weights, price and social
// value scoring, discounting and tie handling. Every key is optional.
#include "read/readers.hpp"

#include <cmath>
#include <string>

namespace svcalc::read {

namespace {

constexpr Choice<Model> models[] = {{"weighted", Model::weighted}, {"pqp", Model::pqp}};
constexpr Choice<PriceScoring> priceScorings[] = {{"relative", PriceScoring::relative},
                                                  {"linear", PriceScoring::linear},
                                                  {"log", PriceScoring::log},
                                                  {"range", PriceScoring::range}};
constexpr Choice<Basis> bases[] = {{"absolute", Basis::absolute},
                                   {"proportional", Basis::proportional},
                                   {"target", Basis::target}};
constexpr Choice<TieBreak> tieBreaks[] = {{"none", TieBreak::none},
                                          {"price", TieBreak::price},
                                          {"quality", TieBreak::quality},
                                          {"socialValue", TieBreak::socialValue}};

constexpr double weightsTolerance = 1e-9;

bool sumsTo100(double sum) {
  return std::fabs(sum - 100) <= weightsTolerance;
}

/// `model` is absent when it was broken: then no sum rule can be chosen, and
/// none is applied rather than guessing.
void readWeights(Report& report, Fields& fields, std::optional<Model> model, Weights& weights) {
  const Got<json::Value> object = fields.object("weights");
  if (!object.present) {
    // pqp has no sensible default split between quality and social value.
    if (model == Model::pqp)
      report.add(code::missing, fields.at("weights"),
                 "weights is required under model \"pqp\", which has no default split.");
    return; // Weights' defaults are the spec's 50/40/10.
  }
  if (!object.value) return;

  const Path path = fields.at("weights");
  Fields weightFields(report, *object.value, path);
  // A buyer who gives weights gives all that count: an absent one is 0.
  const Got<double> price = weightFields.number("price", atLeast(0));
  const Got<double> quality = weightFields.number("quality", atLeast(0));
  const Got<double> socialValue = weightFields.number("socialValue", atLeast(0));
  weights = {price.valueOr(0), quality.valueOr(0), socialValue.valueOr(0)};
  if (!model || quality.invalid() || socialValue.invalid()) return;

  if (*model == Model::weighted) {
    if (price.invalid()) return;
    const double sum = weights.price + weights.quality + weights.socialValue;
    if (!sumsTo100(sum))
      report.add(code::weightsSum, path,
                 "weights price, quality and socialValue must sum to 100, got " + number(sum) +
                     '.');
    return;
  }
  if (weights.price != 0)
    report.add(code::outOfRange, weightFields.at("price"),
               "weights.price must be 0 or absent under model \"pqp\", got " +
                   number(weights.price) + '.');
  const double sum = weights.quality + weights.socialValue;
  if (!sumsTo100(sum))
    report.add(code::weightsSum, path,
               "weights quality and socialValue must sum to 100 under model \"pqp\", got " +
                   number(sum) + '.');
}

void readPrice(Report& report, Fields& fields, PriceMethod& price) {
  const Got<PriceScoring> scoring = fields.choice("scoring", priceScorings);
  price.scoring = scoring.valueOr(PriceScoring::relative);
  // Like a measure's kind: only the chosen scoring's parameters are read.
  if (scoring.value == PriceScoring::log) {
    price.base = fields.number("base", above(1), Need::required).valueOr(0);
  } else if (scoring.value == PriceScoring::range) {
    const Got<double> min = fields.number("min", anyNumber(), Need::required);
    const Got<double> max = fields.number("max", anyNumber(), Need::required);
    price.min = min.valueOr(0);
    price.max = max.valueOr(0);
    if (min.value && max.value && !(price.min < price.max))
      report.add(code::outOfRange, fields.at("max"),
                 "max must be greater than min (" + number(price.min) + "), got " +
                     number(price.max) + '.');
  }
}

void readSocialValue(Fields& fields, SocialValueMethod& socialValue) {
  socialValue.basis = fields.choice("basis", bases).valueOr(Basis::proportional);
  socialValue.quantitativeShare = fields.number("quantitativeShare", within(0, 1)).valueOr(0.5);
  socialValue.cap = fields.number("cap", above(0)).value;
  socialValue.target = fields.number("target", above(0)).valueOr(0.1);
}

void readDiscount(Report& report, Fields& fields, Discount& discount) {
  const std::optional<json::Value> value = fields.find("discount");
  if (!value) return;
  if (value->isString() && value->asString() == "green-book") return;
  const Bounds rates{0, false, 1, true};
  if (value->isNumber() && rates.contains(value->asNumber())) {
    discount = {false, value->asNumber()};
    return;
  }
  const bool wrongType = !value->isString() && !value->isNumber();
  report.add(wrongType ? code::type : code::outOfRange, fields.at("discount"),
             "discount must be \"green-book\" or a rate " + rates.describe() + ", got " +
                 found(*value) + '.');
}

} // namespace

void readMethod(Report& report, json::Value object, const Path& path, Method& method) {
  Fields fields(report, object, path);
  const Got<Model> model = fields.choice("model", models);
  method.model = model.valueOr(Model::weighted);
  readWeights(report, fields, model.invalid() ? std::nullopt : std::optional(method.model),
              method.weights);

  const Got<json::Value> price = fields.object("price");
  if (price.value) {
    const Path pricePath = fields.at("price");
    Fields priceFields(report, *price.value, pricePath);
    readPrice(report, priceFields, method.price);
  }
  const Got<json::Value> socialValue = fields.object("socialValue");
  if (socialValue.value) {
    const Path socialValuePath = fields.at("socialValue");
    Fields socialValueFields(report, *socialValue.value, socialValuePath);
    readSocialValue(socialValueFields, method.socialValue);
  }
  readDiscount(report, fields, method.discount);
  method.tieMargin = fields.number("tieMargin", atLeast(0)).valueOr(0);
  method.tieBreak = fields.choice("tieBreak", tieBreaks).valueOr(TieBreak::none);
}

} // namespace svcalc::read

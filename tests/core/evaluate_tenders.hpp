// Tenders for the evaluator's tests, built directly in C++ as the reader would
// hand them over (references resolved, defaults applied), the tolerance the
// worked figures are checked to, and the words of the warnings they raise.
#pragma once

#include "svcalc/evaluate.hpp"
#include "write/warning_text.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

namespace svcalc::test {

/// A hand-worked figure, to 1e-12 relative.
inline Approx near(double x) {
  return Approx(x).epsilon(1e-12).margin(0);
}

// Indices into defaultFramework()'s evidence and geography tables.
inline constexpr std::size_t verified = 0, evidenced = 1, planned = 2, aspirational = 3;
inline constexpr std::size_t local = 0, regional = 1, national = 2, international = 3;

/// The spec's default evidence (κ) and geography (G) tables, no themes or measures.
inline Framework defaultFramework() {
  Framework framework;
  framework.id = "test";
  framework.evidence = {
      {"verified", 1}, {"evidenced", 0.9}, {"planned", 0.7}, {"aspirational", 0.4}};
  framework.defaultEvidence = planned;
  framework.geography = {{"local", 1}, {"regional", 1}, {"national", 1}, {"international", 1}};
  framework.defaultGeography = local;
  return framework;
}

inline Theme theme(std::string id, double weight = 1) {
  return {std::move(id), "", weight};
}

inline Measure quantitative(std::string id, std::size_t theme, double proxy) {
  Measure measure;
  measure.id = std::move(id);
  measure.theme = theme;
  measure.kind = MeasureKind::quantitative;
  measure.proxy = proxy;
  return measure;
}

inline Measure qualitative(std::string id, std::size_t theme, double weight = 1) {
  Measure measure;
  measure.id = std::move(id);
  measure.theme = theme;
  measure.kind = MeasureKind::qualitative;
  measure.weight = weight;
  return measure;
}

/// Evidence `verified` (κ = 1) unless given, so figures stay round.
inline Commitment commitment(std::size_t measure, double quantity, int years = 1,
                             std::size_t evidence = verified, std::size_t geography = local) {
  Commitment c;
  c.measure = static_cast<std::uint32_t>(measure);
  c.years = years;
  c.quantity = quantity;
  c.geography = static_cast<std::uint32_t>(geography);
  c.evidence = static_cast<std::uint32_t>(evidence);
  return c;
}

inline Bid bid(std::string id, double price, double quality = 0) {
  Bid bid;
  bid.id = std::move(id);
  bid.price = price;
  bid.quality = quality;
  return bid;
}

/// Theme "t" with one quantitative measure "M" (proxy 1) and nothing else; the
/// method is the spec's default, discounting a constant 0 so present = net.
inline Tender oneMeasureTender() {
  Tender tender;
  tender.framework = defaultFramework();
  tender.framework.themes = {theme("t")};
  tender.framework.measures = {quantitative("M", 0, 1)};
  tender.method.discount = {false, 0};
  return tender;
}

/// The result of a tender that must evaluate.
inline Result evaluated(const Tender& tender) {
  EvaluateOutcome outcome = evaluate(tender);
  REQUIRE(outcome.errors.empty());
  return std::move(outcome.result);
}

/// The result of tender bid `index`, wherever it ranked.
inline const BidResult& resultOf(const Result& result, std::size_t index) {
  for (const BidResult& bid : result.bids) {
    if (bid.bid == index) {
      return bid;
    }
  }
  FAIL("no result for bid " << index);
  return result.bids.front();
}

/// A warning's code, message and path as the result document words them.
inline std::string code(const Warning& warning) {
  return std::string(writing::warningCode(warning.code));
}

inline std::string message(const Tender& tender, const Warning& warning) {
  std::string text;
  StringSink sink(text);
  writing::TextBuffer buffer(sink);
  writing::writeWarningMessage(buffer, tender, warning, writing::Names::plain);
  buffer.finish();
  return text;
}

/// Empty when the warning has no path.
inline std::string path(const Warning& warning) {
  std::string text;
  if (!writing::hasPath(warning)) return text;
  StringSink sink(text);
  writing::TextBuffer buffer(sink);
  writing::writeWarningPath(buffer, warning);
  buffer.finish();
  return text;
}

} // namespace svcalc::test

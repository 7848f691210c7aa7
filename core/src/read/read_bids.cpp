// The bids (scoring.md, "Bid"): each bid's price and quality, its quantitative
// commitments and its qualitative responses, resolved against the framework.
#include "read/readers.hpp"
#include "svcalc/limits.hpp"

#include "json/text.hpp"
#include <array>
#include <cstdint>
#include <string>

namespace svcalc::read {

namespace {

/// Which qualitative measures the current bid has already answered. Stamped with
/// the bid's number instead of cleared per bid, so 10,000 bids against 5,000
/// measures cost nothing extra.
class ResponsesSeen {
public:
  explicit ResponsesSeen(std::size_t measures) : bid_(measures, 0), response_(measures, 0) {}

  bool answered(std::size_t bid, std::size_t measure) const { return bid_[measure] == bid + 1; }

  /// Records response `response` of bid `bid` to `measure`; returns the earlier
  /// response of that bid to the same measure, if any.
  std::optional<std::size_t> add(std::size_t bid, std::size_t measure, std::size_t response) {
    if (bid_[measure] == bid + 1) return response_[measure];
    bid_[measure] = bid + 1;
    response_[measure] = response;
    return std::nullopt;
  }

private:
  std::vector<std::size_t> bid_; // bid index + 1; 0 for none yet
  std::vector<std::size_t> response_;
};

/// Resolves `measure` and checks it is of `kind`; a measure of unknown kind
/// (already reported) passes.
std::optional<std::size_t> readMeasureOfKind(Report& report, Fields& fields,
                                             const FrameworkNames& names, MeasureKind kind) {
  const Got<std::size_t> measure =
      fields.reference("measure", names.measures, "measure of the framework", Need::required);
  if (!measure.value) return std::nullopt;
  const std::optional<MeasureKind> actual = names.measureKinds[*measure.value];
  if (actual && *actual != kind) {
    const bool quantitative = kind == MeasureKind::quantitative;
    report.add(code::unknownReference, fields.at("measure"),
               "measure " + quoted(fields.find("measure")->asString()) + " names a " +
                   (quantitative ? "qualitative" : "quantitative") + " measure; a " +
                   (quantitative ? "commitment" : "response") + " needs a " +
                   (quantitative ? "quantitative" : "qualitative") + " measure.");
    return std::nullopt;
  }
  return measure.value;
}

// A commitment's rules, shared by its two readers below.
const Bounds quantityBounds = atLeast(0);
constexpr int defaultYears = 1;

void readCommitment(Report& report, Fields& fields, const FrameworkNames& names,
                    Commitment& commitment) {
  commitment.measure = static_cast<std::uint32_t>(
      readMeasureOfKind(report, fields, names, MeasureKind::quantitative).value_or(0));
  commitment.quantity = fields.number("quantity", quantityBounds, Need::required).valueOr(0);
  commitment.years = fields.integer("years", 1, limits::years).valueOr(defaultYears);
  const Got<std::size_t> geography =
      fields.reference("geography", names.geography, "geography area of the framework");
  commitment.geography = static_cast<std::uint32_t>(
      geography.present ? geography.valueOr(0) : names.defaultGeography.value_or(0));
  const Got<std::size_t> evidence =
      fields.reference("evidence", names.evidence, "evidence level of the framework");
  commitment.evidence = static_cast<std::uint32_t>(
      evidence.present ? evidence.valueOr(0) : names.defaultEvidence.value_or(0));
  fields.string("note");
}

/// The index `name` has in `names`, when `value` is a string naming one.
std::optional<std::size_t> nameIndex(json::Value value, const Names& names) {
  if (!value.isString()) return std::nullopt;
  return names.find(value.asString());
}

/// The values of `keys` in `object`, in one walk over its members instead of
/// one search per key; for a repeated key the last, as JSON.parse keeps it.
template <std::size_t N>
std::array<std::optional<json::Value>, N>
membersNamed(json::Value object, const std::array<std::string_view, N>& keys) {
  std::array<std::optional<json::Value>, N> values;
  for (std::size_t i = 0; i < object.size(); ++i) {
    const std::string_view key = object.keyAt(i);
    for (std::size_t k = 0; k < N; ++k) {
      if (key.size() == keys[k].size() && key == keys[k]) {
        values[k] = object.valueAt(i);
        break;
      }
    }
  }
  return values;
}

// The one-walk readers below read the common case, where there is nothing to
// report: each returns false, having read nothing for sure, at the first value
// that is absent where required, of the wrong type, out of range or unknown,
// and the general reader then reads the object again and reports exactly what
// is wrong. A 1,000-bid tender has 60,000 commitments and 10,000 responses;
// looking each key up by name and checking each value through the general
// helpers was most of the time spent reading.

/// A commitment as readCommitment reads it.
bool readValidCommitment(json::Value object, const FrameworkNames& names, Commitment& commitment) {
  static constexpr std::array<std::string_view, 6> keys = {"measure",   "quantity", "years",
                                                           "geography", "evidence", "note"};
  const auto [measure, quantity, years, geography, evidence, note] = membersNamed(object, keys);

  const std::optional<std::size_t> measureIndex =
      measure ? nameIndex(*measure, names.measures) : std::nullopt;
  if (!measureIndex || names.measureKinds[*measureIndex] != MeasureKind::quantitative) return false;
  if (!quantity || !quantity->isNumber() || !quantityBounds.contains(quantity->asNumber()))
    return false;
  int yearCount = defaultYears;
  if (years) {
    if (!years->isNumber() || !isInteger(years->asNumber())) return false;
    const double x = years->asNumber();
    if (x < 1 || x > limits::years) return false;
    yearCount = static_cast<int>(x);
  }
  std::optional<std::size_t> geographyIndex = names.defaultGeography.value_or(0);
  if (geography && !(geographyIndex = nameIndex(*geography, names.geography))) return false;
  std::optional<std::size_t> evidenceIndex = names.defaultEvidence.value_or(0);
  if (evidence && !(evidenceIndex = nameIndex(*evidence, names.evidence))) return false;
  if (note && !note->isString()) return false;

  commitment.measure = static_cast<std::uint32_t>(*measureIndex);
  commitment.years = yearCount;
  commitment.quantity = quantity->asNumber();
  commitment.geography = static_cast<std::uint32_t>(*geographyIndex);
  commitment.evidence = static_cast<std::uint32_t>(*evidenceIndex);
  return true;
}

/// What every bid is read against, and what the bids share as they are read.
struct BidsContext {
  const FrameworkNames& names;
  const Got<double>& contractValue;
  const Path& path;
  Names ids;
  ResponsesSeen responsesSeen;
};

// A response's rule, shared by its two readers below.
const Bounds scoreBounds = within(0, 100);

/// A response as readResponse reads it, recording its measure as answered.
bool readValidResponse(json::Value object, BidsContext& context, std::size_t bidIndex,
                       std::size_t index, Response& response) {
  static constexpr std::array<std::string_view, 3> keys = {"measure", "score", "rationale"};
  const auto [measure, score, rationale] = membersNamed(object, keys);

  const std::optional<std::size_t> measureIndex =
      measure ? nameIndex(*measure, context.names.measures) : std::nullopt;
  if (!measureIndex || context.names.measureKinds[*measureIndex] != MeasureKind::qualitative ||
      context.responsesSeen.answered(bidIndex, *measureIndex))
    return false;
  if (!score || !score->isNumber() || !scoreBounds.contains(score->asNumber())) return false;
  if (rationale && !rationale->isString()) return false;

  context.responsesSeen.add(bidIndex, *measureIndex, index);
  response = {*measureIndex, score->asNumber()};
  return true;
}

void readResponse(Report& report, Fields& fields, BidsContext& context, std::size_t bidIndex,
                  std::size_t index, const Path& responsesPath, Response& response) {
  const std::optional<std::size_t> measure =
      readMeasureOfKind(report, fields, context.names, MeasureKind::qualitative);
  if (measure) {
    response.measure = *measure;
    if (const std::optional<std::size_t> first =
            context.responsesSeen.add(bidIndex, *measure, index))
      report.add(code::duplicateId, fields.at("measure"),
                 elementName(responsesPath, index) + ".measure " +
                     quoted(fields.find("measure")->asString()) + " is already answered by " +
                     elementName(responsesPath, *first) +
                     "; a bid gives one response per measure.");
  }
  response.score = fields.number("score", scoreBounds, Need::required).valueOr(0);
  fields.string("rationale");
}

void readBid(Report& report, Fields& fields, BidsContext& context, std::size_t index, Bid& bid) {
  const Got<std::string_view> id = fields.string("id", Need::required);
  if (id.value) {
    bid.id = *id.value;
    claimId(report, context.ids, *id.value, index, context.path, fields.at("id"));
  }
  const Got<json::Value> supplier = fields.object("supplier");
  if (supplier.value) json::appendCanonical(bid.supplierJson, *supplier.value);

  const Got<double> price = fields.number("price", above(0));
  if (price.value) {
    bid.price = *price.value;
  } else if (!price.present) {
    // A broken contractValue is reported once, at its own place, not per bid.
    if (context.contractValue.value)
      bid.price = *context.contractValue.value;
    else if (!context.contractValue.present)
      report.add(code::missing, fields.at("price"),
                 "price is required when the tender has no contractValue.");
  }
  bid.quality = fields.number("quality", within(0, 100)).valueOr(0);

  const Path commitmentsPath = fields.at("commitments");
  const Got<json::Value> commitments = fields.array("commitments", 0, limits::commitments);
  if (commitments.value) {
    bid.commitments.resize(commitments.value->size());
    forEachObject(report, *commitments.value, commitmentsPath,
                  [&](std::size_t i, json::Value commitment, const Path& at) {
                    if (readValidCommitment(commitment, context.names, bid.commitments[i])) return;
                    Fields commitmentFields(report, commitment, at);
                    readCommitment(report, commitmentFields, context.names, bid.commitments[i]);
                  });
  }

  const Path responsesPath = fields.at("responses");
  const Got<json::Value> responses = fields.array("responses", 0, limits::responses);
  if (responses.value) {
    bid.responses.resize(responses.value->size());
    forEachObject(report, *responses.value, responsesPath,
                  [&](std::size_t i, json::Value response, const Path& at) {
                    if (readValidResponse(response, context, index, i, bid.responses[i])) return;
                    Fields responseFields(report, response, at);
                    readResponse(report, responseFields, context, index, i, responsesPath,
                                 bid.responses[i]);
                  });
  }
}

} // namespace

void readBids(Report& report, json::Value array, const Path& path, const FrameworkNames& names,
              const Got<double>& contractValue, std::vector<Bid>& bids) {
  bids.resize(array.size());
  BidsContext context{names, contractValue, path, {}, ResponsesSeen(names.measureKinds.size())};
  forEachObject(report, array, path, [&](std::size_t i, json::Value bid, const Path& at) {
    Fields fields(report, bid, at);
    readBid(report, fields, context, i, bids[i]);
  });
}

} // namespace svcalc::read

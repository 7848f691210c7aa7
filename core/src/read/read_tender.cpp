// The tender document as a whole (scoring.md, "Tender document"): version,
// currency and contract value, then the framework, method and bids in turn.
#include "read/readers.hpp"
#include "svcalc/limits.hpp"
#include "svcalc/read.hpp"

#include <string>

namespace svcalc {

namespace {

using read::code::type;

constexpr double supportedVersion = 1;

/// Reads `svcalc`. Returns the `unsupported-version` error when the document
/// declares another version: its other keys may follow another format, so
/// nothing else is worth reporting.
std::optional<Error> readVersion(read::Report& report, read::Fields& fields) {
  const std::optional<json::Value> value = fields.find("svcalc");
  if (!value) {
    report.add(read::code::missing, fields.at("svcalc"),
               "svcalc is required: it gives the format version, 1.");
    return std::nullopt;
  }
  if (!value->isNumber() || !read::isInteger(value->asNumber())) {
    report.add(type, fields.at("svcalc"),
               "svcalc must be the integer 1, got " + read::found(*value) + '.');
    return std::nullopt;
  }
  const double version = value->asNumber();
  if (version == supportedVersion) return std::nullopt;
  return Error{read::code::unsupportedVersion, fields.at("svcalc").pointer(),
               "svcalc format version " + read::number(version) +
                   " is not supported; this engine reads version 1."};
}

bool isCurrencyCode(std::string_view text) {
  if (text.size() != 3) return false;
  for (const char c : text)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

void readCurrency(read::Report& report, read::Fields& fields, std::string& currency) {
  const read::Got<std::string_view> code = fields.string("currency");
  if (!code.value) return;
  if (!isCurrencyCode(*code.value)) {
    report.add(read::code::outOfRange, fields.at("currency"),
               "currency must be an ISO 4217 code of 3 upper-case letters, got " +
                   read::quoted(*code.value) + '.');
    return;
  }
  currency = *code.value;
}

} // namespace

ReadOutcome readTender(std::string_view text) {
  ReadOutcome outcome;
  const json::Document document = json::Document::parse(text);
  if (!document.ok()) {
    outcome.errors.push_back(*document.error());
    return outcome;
  }

  read::Report report;
  const read::Path root;
  const json::Value top = document.root();
  if (!top.isObject()) {
    report.add(type, root,
               "A tender document must be a JSON object, got " + read::found(top) + '.');
    outcome.errors = report.take();
    return outcome;
  }

  read::Fields fields(report, top, root);
  if (std::optional<Error> unsupported = readVersion(report, fields)) {
    outcome.errors.push_back(std::move(*unsupported));
    return outcome;
  }

  Tender tender;
  readCurrency(report, fields, tender.currency);
  const read::Got<double> contractValue = fields.number("contractValue", read::above(0));
  tender.contractValue = contractValue.value;

  read::FrameworkNames names;
  const read::Path frameworkPath = fields.at("framework");
  const read::Got<json::Value> framework = fields.object("framework", read::Need::required);
  if (framework.value)
    read::readFramework(report, *framework.value, frameworkPath, tender.framework, names);
  else
    names.markIncomplete();

  const read::Got<json::Value> method = fields.object("method");
  if (method.value) {
    const read::Path methodPath = fields.at("method");
    read::readMethod(report, *method.value, methodPath, tender.method);
  }

  // The spec gives `bids` no default; a tender without the key is almost surely
  // a mistake, so it is required ([] is a valid, empty competition).
  const read::Path bidsPath = fields.at("bids");
  const read::Got<json::Value> bids = fields.array("bids", 0, limits::bids, read::Need::required);
  if (bids.value) read::readBids(report, *bids.value, bidsPath, names, contractValue, tender.bids);

  if (report.empty())
    outcome.tender = std::move(tender);
  else
    outcome.errors = report.take();
  return outcome;
}

} // namespace svcalc

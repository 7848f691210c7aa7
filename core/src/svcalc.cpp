// The engine facade: JSON text in, result or error document out, for the CLI and
// the WebAssembly bridge alike.
#include "svcalc/svcalc.hpp"

#include "svcalc/evaluate.hpp"
#include "svcalc/read.hpp"
#include "svcalc/write.hpp"

#ifndef SVCALC_VERSION
#error "SVCALC_VERSION must be defined by the build (core/CMakeLists.txt)"
#endif

namespace svcalc {

const char* const engineName = "svcalc " SVCALC_VERSION;
const char* const version = SVCALC_VERSION;

namespace {

/// Writes the error document; true when it lists errors.
bool errorDocument(const Errors& errors, TextSink& out) {
  // A few hundred bytes: built whole, then handed over in one piece.
  std::string text;
  writeErrors(errors, text);
  out.append(text);
  return !errors.empty();
}

template <class Run> Document toString(std::string_view tenderJson, Run run) {
  Document doc;
  StringSink sink(doc.json);
  doc.isError = run(tenderJson, sink);
  return doc;
}

} // namespace

bool evaluateJson(std::string_view tenderJson, TextSink& out) {
  ReadOutcome read = readTender(tenderJson);
  if (!read.ok()) return errorDocument(read.errors, out);
  EvaluateOutcome evaluated = evaluate(read.tender);
  if (!evaluated.ok()) return errorDocument(evaluated.errors, out);
  writeResult(read.tender, evaluated.result, out);
  return false;
}

// Evaluates in full, not only reads: the evaluator can still find arithmetic
// errors (a value that overflows a double), and "valid" must mean "will evaluate".
bool validateJson(std::string_view tenderJson, TextSink& out) {
  ReadOutcome read = readTender(tenderJson);
  if (!read.ok()) return errorDocument(read.errors, out);
  return errorDocument(evaluate(read.tender).errors, out);
}

Document evaluateJson(std::string_view tenderJson) {
  return toString(tenderJson,
                  [](std::string_view json, TextSink& out) { return evaluateJson(json, out); });
}

Document validateJson(std::string_view tenderJson) {
  return toString(tenderJson,
                  [](std::string_view json, TextSink& out) { return validateJson(json, out); });
}

} // namespace svcalc

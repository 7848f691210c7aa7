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

Document errorDocument(const Errors& errors) {
  Document doc;
  writeErrors(errors, doc.json);
  doc.isError = !errors.empty();
  return doc;
}

} // namespace

Document evaluateJson(std::string_view tenderJson) {
  ReadOutcome read = readTender(tenderJson);
  if (!read.ok()) return errorDocument(read.errors);
  EvaluateOutcome evaluated = evaluate(read.tender);
  if (!evaluated.ok()) return errorDocument(evaluated.errors);
  Document doc;
  writeResult(read.tender, evaluated.result, doc.json);
  return doc;
}

// Evaluates in full, not only reads: the evaluator can still find arithmetic
// errors (a value that overflows a double), and "valid" must mean "will evaluate".
// isError is true exactly when the returned document lists errors.
Document validateJson(std::string_view tenderJson) {
  ReadOutcome read = readTender(tenderJson);
  if (!read.ok()) return errorDocument(read.errors);
  return errorDocument(evaluate(read.tender).errors);
}

} // namespace svcalc

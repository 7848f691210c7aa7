// The whole engine behind one call each: JSON text in, JSON text out. This is
// what the CLI and the WebAssembly bridge use.
#pragma once

#include <string>
#include <string_view>

namespace svcalc {

/// "svcalc 0.1.0": the `engine` field of every result.
extern const char* const engineName;
/// "0.1.0".
extern const char* const version;

/// The text of a document and which kind it is.
struct Document {
  std::string json;
  bool isError = false; ///< true for an error document
};

/// Reads, validates and evaluates `tenderJson`; returns the result document, or
/// the error document when the input is bad. Never throws for bad input.
Document evaluateJson(std::string_view tenderJson);

/// Like evaluateJson, but returns only the error document, with an empty
/// `errors` list when the tender would evaluate.
Document validateJson(std::string_view tenderJson);

} // namespace svcalc

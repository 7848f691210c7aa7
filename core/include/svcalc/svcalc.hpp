// The whole engine behind one call each: JSON text in, JSON text out. This is
// what the CLI and the WebAssembly bridge use.
#pragma once

#include "svcalc/text_sink.hpp"

#include <string>
#include <string_view>

namespace svcalc {

/// "svcalc 0.1.0": the `engine` field of every result.
extern const char* const engineName;
/// "0.1.0".
extern const char* const version;

/// Reads, validates and evaluates `tenderJson`; writes the result document to
/// `out`, or the error document when the input is bad, and returns true for an
/// error document. Never throws for bad input.
bool evaluateJson(std::string_view tenderJson, TextSink& out);

/// Like evaluateJson, but writes only the error document, with an empty
/// `errors` list when the tender would evaluate.
bool validateJson(std::string_view tenderJson, TextSink& out);

/// The text of a document and which kind it is.
struct Document {
  std::string json;
  bool isError = false; ///< true for an error document
};

/// evaluateJson and validateJson into a string.
Document evaluateJson(std::string_view tenderJson);
Document validateJson(std::string_view tenderJson);

} // namespace svcalc

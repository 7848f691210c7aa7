// Writing result and error documents in the spec's exact text form: compact, and
// every number as ECMAScript's JSON.stringify writes it.
#pragma once

#include "svcalc/error.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"
#include "svcalc/text_sink.hpp"

#include <string>

namespace svcalc {

/// Writes the result document for `result`, computed from `tender`, to `out`.
void writeResult(const Tender& tender, const Result& result, TextSink& out);

/// Appends the result document to a string.
inline void writeResult(const Tender& tender, const Result& result, std::string& out) {
  StringSink sink(out);
  writeResult(tender, result, sink);
}

/// Appends the error document `{"svcalc":1,"errors":[…]}` to `out`.
void writeErrors(const Errors& errors, std::string& out);

} // namespace svcalc

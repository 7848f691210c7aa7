// Writing result and error documents in the spec's exact text form: compact, and
// every number as ECMAScript's JSON.stringify writes it.
#pragma once

#include "svcalc/error.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <string>

namespace svcalc {

/// Appends the result document for `result`, computed from `tender`, to `out`.
void writeResult(const Tender& tender, const Result& result, std::string& out);

/// Appends the error document `{"svcalc":1,"errors":[…]}` to `out`.
void writeErrors(const Errors& errors, std::string& out);

} // namespace svcalc

// Reading a tender document: JSON text in, a validated Tender or every error out.
#pragma once

#include "svcalc/error.hpp"
#include "svcalc/model.hpp"

#include <string_view>

namespace svcalc {

/// Either a tender or the errors that stopped it (never both, never neither).
struct ReadOutcome {
  Tender tender;
  Errors errors;
  bool ok() const { return errors.empty(); }
};

/// Parses and validates `json` (UTF-8). Enforces every limit in limits.hpp and
/// reports up to limits::errors errors, in document-walk order. Never throws
/// for bad input; only std::bad_alloc can escape.
ReadOutcome readTender(std::string_view json);

} // namespace svcalc

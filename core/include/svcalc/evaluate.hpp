// Evaluating a validated tender: every formula of scoring.md, "Computation".
#pragma once

#include "svcalc/error.hpp"
#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

namespace svcalc {

/// Either a result or the errors found while computing it. The reader has
/// already checked every rule it can; the only errors left are arithmetic ones,
/// such as a commitment whose value overflows a double ("out-of-range" at the
/// path of the input value that caused it).
struct EvaluateOutcome {
  Result result;
  Errors errors;
  bool ok() const { return errors.empty(); }
};

/// Pure and deterministic: the same tender gives the same bits on every platform.
EvaluateOutcome evaluate(const Tender& tender);

} // namespace svcalc

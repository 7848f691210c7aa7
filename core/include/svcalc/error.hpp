// Input errors (scoring.md, "Bad input"): what the reader and evaluator report
// instead of a result.
#pragma once

#include <string>
#include <vector>

namespace svcalc {

/// One input error. `code` is one of the spec's codes ("parse-error", "type",
/// "missing", "out-of-range", "unknown-reference", "duplicate-id", "weights-sum",
/// "limit", "unsupported-version"); `path` is an RFC 6901 JSON Pointer into the
/// input; `message` is one sentence naming the rule and the value found.
struct Error {
  std::string code;
  std::string path;
  std::string message;
};

using Errors = std::vector<Error>;

} // namespace svcalc

// The errors found so far, capped at limits::errors, and the pieces every message
// is built from.
#pragma once

#include "read/path.hpp"
#include "svcalc/error.hpp"
#include "svcalc/limits.hpp"

#include "json/document.hpp"
#include <string>
#include <string_view>

namespace svcalc::read {

/// The spec's error codes ("Bad input").
namespace code {
inline constexpr const char* type = "type";
inline constexpr const char* missing = "missing";
inline constexpr const char* outOfRange = "out-of-range";
inline constexpr const char* unknownReference = "unknown-reference";
inline constexpr const char* duplicateId = "duplicate-id";
inline constexpr const char* weightsSum = "weights-sum";
inline constexpr const char* limit = "limit";
inline constexpr const char* unsupportedVersion = "unsupported-version";
} // namespace code

class Report {
public:
  /// Records an error unless the cap is reached; past it every error is dropped.
  void add(const char* code, const Path& at, std::string message);

  /// True once limits::errors errors are held: walkers stop here, so a document
  /// full of mistakes costs no more than the errors it can report.
  bool full() const { return errors_.size() >= limits::errors; }
  bool empty() const { return errors_.empty(); }
  Errors take() { return std::move(errors_); }

private:
  Errors errors_;
};

/// `text` in JSON quotes, cut to about 40 characters so that one enormous string
/// cannot swell the error document.
std::string quoted(std::string_view text);

/// A number as JavaScript writes it.
std::string number(double x);

/// A value as a message shows what was found: numbers and strings as above,
/// `true`, `false`, `null`, and containers by kind ("an array", "an object").
std::string found(json::Value value);

} // namespace svcalc::read

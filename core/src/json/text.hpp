// JSON text as ECMAScript's JSON.stringify writes it. Result documents must
// satisfy JSON.stringify(JSON.parse(out)) === out, so numbers, strings and the
// supplier objects carried through all follow JavaScript's rules exactly.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace svcalc::json {

class Value;

/// Appends `x` as Number::toString does: shortest round-trip digits, plain
/// notation for 1e-6 <= |x| < 1e21, exponent form ("1e+21", "1.5e-7") outside,
/// and negative zero as "0". Precondition: x is finite.
void appendNumber(std::string& out, double x);

/// The most bytes writeNumber writes: "-0.00000" and 17 digits, as in
/// -0.0000012345678901234567, are 25.
inline constexpr std::size_t maxNumberLength = 25;

/// Writes `x` as appendNumber does at `to`, which has room for maxNumberLength
/// bytes, and returns the end of what it wrote. For writers that batch their
/// output. Precondition: x is finite.
char* writeNumber(char* to, double x);

/// Appends `utf8` quoted and escaped as JSON.stringify does (\" \\ \b \f \n \r \t,
/// other control characters as \u00XX in lower-case hex, lone surrogates as \uDXXX,
/// everything else as is).
void appendString(std::string& out, std::string_view utf8);

/// Appends `utf8` escaped as appendString does, without the quotes: the inside
/// of a JSON string that also holds text of the writer's own.
void appendEscaped(std::string& out, std::string_view utf8);

/// Appends `value` as JSON.stringify(JSON.parse(text)) would write it: compact,
/// repeated keys collapsed to the last value at the first key's position, and
/// object keys that are array indices ("0", "17") first in ascending numeric
/// order, as JavaScript orders them.
void appendCanonical(std::string& out, Value value);

/// Appends `key` as an RFC 6901 reference token ("~" as "~0", "/" as "~1").
void appendPointerToken(std::string& out, std::string_view key);

} // namespace svcalc::json

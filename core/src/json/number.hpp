// Reading a JSON number's text as JSON.parse does: the double nearest its
// decimal value, ties to even, the same on every platform.
#pragma once

#include <string_view>

namespace svcalc::json {

/// The double nearest the value of `text`, a number in JSON's grammar
/// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?); infinity, with the sign,
/// when it is too large for a double.
double parseNumber(std::string_view text);

} // namespace svcalc::json

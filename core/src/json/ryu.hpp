// Ryu's shortest round-trip decimal of a double, as a significand and a power
// of ten. Boost.JSON only exports Ryu's formatted text; its decimal step lives
// in the one translation unit that compiles Boost.JSON's sources
// (boost_json.cpp), which hands it on through this function.
#pragma once

#include <cstdint>

namespace svcalc::json {

/// |x| = significand × 10^exponent, with the fewest significant digits that
/// read back as x, and of those the nearest to x.
struct Decimal {
  std::uint64_t significand; ///< at most 17 digits; may end in zeros
  int exponent;
};

/// Precondition: x is finite and not zero. The sign of x is ignored.
Decimal shortestDecimal(double x);

} // namespace svcalc::json

// The shortest round-trip decimal of a double, as a significand and a power of
// ten: the digits that Number::toString lays out.
#pragma once

#include <cstdint>

namespace svcalc::json {

/// |x| = significand × 10^exponent, with the fewest significant digits that
/// read back as x, and of those the nearest to x (the even one on a tie).
struct Decimal {
  std::uint64_t significand; ///< at most 17 digits
  int exponent;
};

/// Precondition: x is finite and not zero. The sign of x is ignored.
Decimal shortestDecimal(double x);

} // namespace svcalc::json

// Boost.JSON's compiled part, built from its headers so that the native and the
// WebAssembly builds use the very same code (the parser and the Ryu digits).

// WebAssembly has no 64 x 64 -> 128-bit multiply, so Ryu's unsigned __int128
// arithmetic becomes calls into compiler-rt; Ryu's own 64-bit-only path is 10%
// faster there. The digits are the same either way.
#if defined(__wasm__)
#define RYU_ONLY_64_BIT_OPS
#endif
#include <boost/json/src.hpp>

// Boost.JSON exports only Ryu's formatted text; its decimal step is visible
// here alone.
#include "json/ryu.hpp"
#include <cstring>

namespace svcalc::json {

Decimal shortestDecimal(double x) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  namespace ryu = boost::json::detail::ryu::detail;
  const ryu::floating_decimal_64 decimal =
      ryu::d2d(bits & ((std::uint64_t{1} << ryu::DOUBLE_MANTISSA_BITS) - 1),
               static_cast<std::uint32_t>(bits >> ryu::DOUBLE_MANTISSA_BITS) &
                   ((1u << ryu::DOUBLE_EXPONENT_BITS) - 1));
  return {decimal.mantissa, decimal.exponent};
}

} // namespace svcalc::json

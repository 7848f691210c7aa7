// Boost.JSON's compiled part, built from its headers so that the native and the
// WebAssembly builds use the very same code (the parser and the Ryu digits).
#include "json/ryu.hpp"
#include <boost/json/src.hpp>
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

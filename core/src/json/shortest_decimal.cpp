// Shortest digits by Dragonbox (Jeon, 2020), as fmt ships it: about twice as
// fast as Ryu, which writing a result spends most of its time in, and the same
// digits, which tests/core/json_text_test.cpp checks against Ryu on a million
// doubles. Header-only, so that native and wasm compile the very same code.
#include "json/shortest_decimal.hpp"

#define FMT_HEADER_ONLY
// The full table of powers of ten (10 KB, as Ryu's was) rather than the
// compressed one: a third fewer instructions per number.
#define FMT_USE_FULL_CACHE_DRAGONBOX 1
// WebAssembly has no 64 x 64 -> 128-bit multiply: unsigned __int128 products
// become calls into compiler-rt, slower than fmt's own 64-bit path.
#if defined(__wasm__)
#define FMT_USE_INT128 0
#endif
#include <fmt/format-inl.h>

namespace svcalc::json {

Decimal shortestDecimal(double x) {
  const auto decimal = fmt::detail::dragonbox::to_decimal(x < 0 ? -x : x);
  return {decimal.significand, decimal.exponent};
}

} // namespace svcalc::json

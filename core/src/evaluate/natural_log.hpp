// A natural logarithm built from + − × ÷ alone. std::log may differ in the last
// bit between glibc and musl, and native and WebAssembly results must be
// byte-identical, so the `log` price scoring uses this instead.
#pragma once

namespace svcalc::evaluation {

/// ln x for x > 0 (finite or +∞), within 1 ulp of the true value; ln 1 is +0.
double naturalLog(double x);

} // namespace svcalc::evaluation

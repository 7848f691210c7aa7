#include "evaluate/natural_log.hpp"

#include <cmath>
#include <limits>

namespace svcalc::evaluation {
namespace {

// ln 2 split in two: ln2Hi has its low 32 bits zero, so e × ln2Hi is exact for
// every binary exponent e a double can have, and ln2Lo carries the rest.
constexpr double ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42FEE00000
constexpr double ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF35793C76
constexpr double sqrtHalf = 0.70710678118654752440;

// atanh(s)/s − 1 = z/3 + z²/5 + … with z = s². |s| ≤ (√2 − 1)/(√2 + 1) < 0.1716
// gives z < 0.0295, so the terms past z¹¹/23 are below 2⁻⁶⁰ of the sum.
double atanhSeriesTail(double z) {
  double sum = 1.0 / 23;
  for (int k = 10; k >= 1; --k) {
    sum = 1.0 / (2 * k + 1) + z * sum;
  }
  return z * sum;
}

} // namespace

double naturalLog(double x) {
  if (x == std::numeric_limits<double>::infinity()) {
    return x;
  }
  // frexp is exact: x = m × 2^e with m in [0.5, 1); move m into [√½, √2).
  int e = 0;
  double m = std::frexp(x, &e);
  if (m < sqrtHalf) {
    m = m * 2;
    e = e - 1;
  }
  // ln m = 2·atanh(s) with s = (m − 1)/(m + 1). f = m − 1 is exact, so 2s is
  // written as f − f·s: the leading term then carries no rounding and s's own
  // rounding only touches the smaller correction.
  const double f = m - 1;
  const double s = f / (m + 1);
  const double lnM = f - s * (f - 2 * atanhSeriesTail(s * s));
  const double scale = static_cast<double>(e);
  return scale * ln2Hi + (lnM + scale * ln2Lo);
}

} // namespace svcalc::evaluation

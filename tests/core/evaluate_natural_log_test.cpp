// The deterministic natural logarithm behind `log` price scoring.
#include "evaluate/natural_log.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

using svcalc::evaluation::naturalLog;

namespace {

/// Doubles in order as integers, so that their difference counts ulps.
std::int64_t ordered(double x) {
  std::int64_t bits = 0;
  std::memcpy(&bits, &x, sizeof bits);
  return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}

/// The largest distance in ulps between naturalLog and std::log seen so far.
struct WorstCase {
  std::int64_t ulps = 0;
  double at = 0;

  void check(double x) {
    const std::int64_t d = ordered(naturalLog(x)) - ordered(std::log(x));
    if ((d < 0 ? -d : d) > ulps) {
      ulps = d < 0 ? -d : d;
      at = x;
    }
  }
};

/// A fixed pseudo-random sequence (64-bit LCG), the same on every run and platform.
struct Sequence {
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  std::uint64_t next() {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return state;
  }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; } ///< [0, 1)
};

} // namespace

TEST_CASE("naturalLog: exact where the answer is exact", "[evaluate]") {
  CHECK(naturalLog(1) == 0);
  CHECK_FALSE(std::signbit(naturalLog(1))); // +0, not −0
  CHECK(naturalLog(std::numeric_limits<double>::infinity()) ==
        std::numeric_limits<double>::infinity());
}

TEST_CASE("naturalLog: known values", "[evaluate]") {
  CHECK(naturalLog(2) == Approx(0.69314718055994531).epsilon(1e-15));    // ln 2
  CHECK(naturalLog(10) == Approx(2.3025850929940457).epsilon(1e-15));    // ln 10
  CHECK(naturalLog(0.5) == Approx(-0.69314718055994531).epsilon(1e-15)); // −ln 2
  CHECK(naturalLog(1.5) == Approx(0.40546510810816438).epsilon(1e-15));  // ln 3 − ln 2
  CHECK(naturalLog(1e300) == Approx(690.77552789821368).epsilon(1e-15)); // 300 ln 10
}

TEST_CASE("naturalLog: within 2 ulp of std::log over the whole range", "[evaluate]") {
  Sequence sequence;
  WorstCase worst;
  for (int k = 0; k < 200000; ++k) {
    const std::uint64_t bits = sequence.next() >> 1; // a positive double's pattern
    double x = 0;
    std::memcpy(&x, &bits, sizeof x);
    if (std::isfinite(x) && x > 0) {
      worst.check(x);
    }
  }
  worst.check(std::numeric_limits<double>::denorm_min()); // ln = −744.44
  worst.check(std::numeric_limits<double>::min());        // smallest normal
  worst.check(std::numeric_limits<double>::max());        // ln = 709.78
  INFO("worst at x = " << worst.at);
  CHECK(worst.ulps <= 2);
}

TEST_CASE("naturalLog: within 2 ulp of std::log near 1 and for price ratios", "[evaluate]") {
  // Near 1 the answer is small and most sensitive; price ratios P_i / P_min and
  // log bases mostly lie in [1, 1000].
  Sequence sequence;
  WorstCase worst;
  for (int k = 0; k < 100000; ++k) {
    worst.check(0.5 + sequence.unit());
    worst.check(1 + sequence.unit() * 999);
  }
  // The doubles either side of 1, one ulp apart.
  const double epsilon = std::numeric_limits<double>::epsilon();
  for (int k = 1; k <= 4000; ++k) {
    worst.check(1 + k * epsilon);
    worst.check(1 - k * epsilon / 2);
  }
  INFO("worst at x = " << worst.at);
  CHECK(worst.ulps <= 2);
}

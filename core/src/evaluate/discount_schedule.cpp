#include "evaluate/discount_schedule.hpp"

namespace svcalc::evaluation {

double greenBookRate(int year) {
  if (year <= 30) {
    return 0.035;
  }
  if (year <= 75) {
    return 0.030;
  }
  return 0.025;
}

std::vector<double> discountFactors(const Discount& discount, int years) {
  std::vector<double> factors(static_cast<std::size_t>(years) + 1);
  factors[0] = 1;
  for (int k = 1; k <= years; ++k) {
    const double rate = discount.greenBook ? greenBookRate(k) : discount.rate;
    factors[k] = factors[k - 1] * (1 / (1 + rate));
  }
  return factors;
}

} // namespace svcalc::evaluation

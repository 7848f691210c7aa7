// Which themes take part in the social value score and with what normalised
// weight ŵ_θ (scoring.md, "Framework" and "Social value score").
#pragma once

#include "svcalc/model.hpp"

#include <cstddef>
#include <limits>
#include <vector>

namespace svcalc::evaluation {

/// A theme with at least one measure.
struct ThemePart {
  std::size_t theme = 0; ///< index into Framework::themes
  double weight = 0;     ///< ŵ_θ
  bool quantitative = false;
  bool qualitative = false;
  double qualitativeWeight = 0; ///< Σ w_m over the theme's qualitative measures
};

struct ThemePlan {
  static constexpr std::size_t absent = std::numeric_limits<std::size_t>::max();
  std::vector<ThemePart> parts;    ///< taking-part themes, in framework order
  std::vector<std::size_t> partOf; ///< framework theme → index into parts, or absent
};

ThemePlan planThemes(const Framework& framework);

} // namespace svcalc::evaluation

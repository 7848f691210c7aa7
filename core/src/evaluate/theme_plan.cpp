#include "evaluate/theme_plan.hpp"

namespace svcalc::evaluation {

ThemePlan planThemes(const Framework& framework) {
  const std::size_t themeCount = framework.themes.size();
  std::vector<bool> quantitative(themeCount, false);
  std::vector<bool> qualitative(themeCount, false);
  std::vector<double> qualitativeWeight(themeCount, 0);
  for (const Measure& measure : framework.measures) {
    if (measure.kind == MeasureKind::quantitative) {
      quantitative[measure.theme] = true;
    } else {
      qualitative[measure.theme] = true;
      qualitativeWeight[measure.theme] += measure.weight;
    }
  }

  ThemePlan plan;
  plan.partOf.assign(themeCount, ThemePlan::absent);
  double weightSum = 0;
  for (std::size_t theme = 0; theme < themeCount; ++theme) {
    if (quantitative[theme] || qualitative[theme]) {
      plan.partOf[theme] = plan.parts.size();
      plan.parts.push_back({theme, framework.themes[theme].weight, quantitative[theme],
                            qualitative[theme], qualitativeWeight[theme]});
      weightSum += framework.themes[theme].weight;
    }
  }
  for (ThemePart& part : plan.parts) {
    part.weight = part.weight / weightSum;
  }
  return plan;
}

} // namespace svcalc::evaluation

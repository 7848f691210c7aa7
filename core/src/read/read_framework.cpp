// The framework (scoring.md, "Framework"): themes, measures, and the evidence
// and geography factor tables with their defaults.
#include "read/readers.hpp"
#include "svcalc/limits.hpp"

#include <string>
#include <utility>

namespace svcalc::read {

namespace {

constexpr Choice<MeasureKind> kinds[] = {{"quantitative", MeasureKind::quantitative},
                                         {"qualitative", MeasureKind::qualitative}};

/// What differs between the evidence table (κ) and the geography table (G).
struct FactorTable {
  std::string_view key;        ///< "evidence"
  std::string_view defaultKey; ///< "defaultEvidence"
  std::string_view entry;      ///< how messages call one entry: "evidence level"
  Bounds bounds;
  std::vector<Factor> defaults;
  std::string_view fallback; ///< the default entry when `defaultKey` is absent
  /// Evidence: a buyer's own table must say which level is the default.
  /// Geography: `fallback` still applies if the buyer's map has it.
  bool defaultRequiredWithTable;
};

const FactorTable evidenceTable{
    "evidence",
    "defaultEvidence",
    "evidence level",
    within(0, 1),
    {{"verified", 1}, {"evidenced", 0.9}, {"planned", 0.7}, {"aspirational", 0.4}},
    "planned",
    true};

const FactorTable geographyTable{
    "geography",
    "defaultGeography",
    "geography area",
    above(0),
    {{"local", 1}, {"regional", 1}, {"national", 1}, {"international", 1}},
    "local",
    false};

void readTheme(Report& report, Fields& fields, std::size_t index, const Path& themesPath,
               Names& names, Theme& theme) {
  const Got<std::string_view> id = fields.string("id", Need::required);
  if (id.value) {
    theme.id = *id.value;
    claimId(report, names, *id.value, index, themesPath, fields.at("id"));
  } else {
    names.markIncomplete();
  }
  theme.title = fields.string("title").valueOr({});
  theme.weight = fields.number("weight", above(0)).valueOr(1);
}

void readMeasure(Report& report, Fields& fields, std::size_t index, const Path& measuresPath,
                 FrameworkNames& names, Measure& measure) {
  const Got<std::string_view> id = fields.string("id", Need::required);
  if (id.value) {
    measure.id = *id.value;
    claimId(report, names.measures, *id.value, index, measuresPath, fields.at("id"));
  } else {
    names.measures.markIncomplete();
  }
  measure.theme =
      fields.reference("theme", names.themes, "theme of the framework", Need::required).valueOr(0);
  measure.title = fields.string("title").valueOr({});
  const Got<MeasureKind> kind = fields.choice("kind", kinds, Need::required);
  names.measureKinds[index] = kind.value;
  measure.kind = kind.valueOr(MeasureKind::quantitative);
  measure.unit = fields.string("unit").valueOr({});
  // Only the chosen kind's fields are read; the other kind's are ignored like
  // any unknown key, and a measure of unknown kind has none to check.
  if (kind.value == MeasureKind::quantitative) {
    measure.proxy = fields.number("proxy", atLeast(0), Need::required).valueOr(0);
    measure.deadweight = fields.number("deadweight", within(0, 1)).valueOr(0);
    measure.displacement = fields.number("displacement", within(0, 1)).valueOr(0);
    measure.attribution = fields.number("attribution", within(0, 1)).valueOr(0);
    measure.leakage = fields.number("leakage", within(0, 1)).valueOr(0);
    measure.dropOff = fields.number("dropOff", within(0, 1)).valueOr(0);
    // svcalc bounds maxYears by limits::years like `years`: beyond it the cap
    // could never bite, and the evaluator's year loop stays bounded.
    measure.maxYears = fields.integer("maxYears", 1, limits::years).value;
  } else if (kind.value == MeasureKind::qualitative) {
    measure.weight = fields.number("weight", above(0)).valueOr(1);
  }
}

/// The members of a factor object as JSON.parse leaves them: in document order,
/// a repeated name kept at its first place with its last value.
std::vector<std::pair<std::string_view, json::Value>> collapsedMembers(json::Value object) {
  std::vector<std::pair<std::string_view, json::Value>> members;
  Names seen;
  for (std::size_t i = 0; i < object.size(); ++i) {
    const std::string_view name = object.keyAt(i);
    if (const std::optional<std::size_t> first = seen.add(name, members.size()))
      members[*first].second = object.valueAt(i);
    else
      members.emplace_back(name, object.valueAt(i));
  }
  return members;
}

void readFactors(Report& report, json::Value object, const Path& path, const FactorTable& table,
                 std::vector<Factor>& factors, Names& names) {
  const auto members = collapsedMembers(object);
  if (members.empty()) {
    report.add(code::outOfRange, path,
               std::string(table.key) + " must name at least one " + std::string(table.entry) +
                   ", got {}.");
    names.markIncomplete();
    return;
  }
  factors.reserve(members.size());
  for (const auto& [name, value] : members) {
    if (report.full()) return;
    const std::string entryName = std::string(table.entry) + ' ' + quoted(name);
    const std::optional<double> factor =
        checkNumber(report, value, path.key(name), entryName, table.bounds);
    names.add(name, factors.size());
    factors.push_back(Factor{std::string(name), factor.value_or(1)});
  }
}

/// Reads one factor table and its default entry.
void readFactorTable(Report& report, Fields& fields, const FactorTable& table,
                     std::vector<Factor>& factors, Names& names,
                     std::optional<std::size_t>& defaultIndex) {
  const Got<json::Value> object = fields.object(table.key);
  if (!object.present) {
    factors = table.defaults;
    for (std::size_t i = 0; i < factors.size(); ++i)
      names.add(table.defaults[i].name, i);
  } else if (object.value) {
    readFactors(report, *object.value, fields.at(table.key), table, factors, names);
  } else {
    names.markIncomplete();
  }

  const std::string what = std::string(table.entry) + " of the framework";
  const Got<std::size_t> chosen = fields.reference(table.defaultKey, names, what);
  if (chosen.present) {
    defaultIndex = chosen.value;
    return;
  }
  if (object.present && table.defaultRequiredWithTable) {
    report.add(code::missing, fields.at(table.defaultKey),
               std::string(table.defaultKey) + " is required when the framework gives its own " +
                   std::string(table.key) + " table.");
    return;
  }
  defaultIndex = names.find(table.fallback);
  if (!defaultIndex && names.complete())
    report.add(code::missing, fields.at(table.defaultKey),
               std::string(table.defaultKey) + " is required, since " + std::string(table.key) +
                   " has no " + quoted(table.fallback) + " to default to.");
}

} // namespace

void FrameworkNames::markIncomplete() {
  themes.markIncomplete();
  measures.markIncomplete();
  evidence.markIncomplete();
  geography.markIncomplete();
}

void readFramework(Report& report, json::Value object, const Path& path, Framework& framework,
                   FrameworkNames& names) {
  Fields fields(report, object, path);
  framework.id = fields.string("id").valueOr({});
  framework.title = fields.string("title").valueOr({});
  framework.version = fields.string("version").valueOr({});

  const Path themesPath = fields.at("themes");
  const Got<json::Value> themes = fields.array("themes", 1, limits::themes, Need::required);
  if (themes.value) {
    framework.themes.resize(themes.value->size());
    const bool allObjects = forEachObject(
        report, *themes.value, themesPath, [&](std::size_t i, json::Value theme, const Path& at) {
          Fields themeFields(report, theme, at);
          readTheme(report, themeFields, i, themesPath, names.themes, framework.themes[i]);
        });
    if (!allObjects) names.themes.markIncomplete();
  } else {
    names.themes.markIncomplete();
  }

  const Path measuresPath = fields.at("measures");
  const Got<json::Value> measures = fields.array("measures", 1, limits::measures, Need::required);
  if (measures.value) {
    framework.measures.resize(measures.value->size());
    names.measureKinds.resize(measures.value->size());
    const bool allObjects = forEachObject(report, *measures.value, measuresPath,
                                          [&](std::size_t i, json::Value measure, const Path& at) {
                                            Fields measureFields(report, measure, at);
                                            readMeasure(report, measureFields, i, measuresPath,
                                                        names, framework.measures[i]);
                                          });
    if (!allObjects) names.measures.markIncomplete();
  } else {
    names.measures.markIncomplete();
  }

  readFactorTable(report, fields, evidenceTable, framework.evidence, names.evidence,
                  names.defaultEvidence);
  readFactorTable(report, fields, geographyTable, framework.geography, names.geography,
                  names.defaultGeography);
  framework.defaultEvidence = names.defaultEvidence.value_or(0);
  framework.defaultGeography = names.defaultGeography.value_or(0);
}

} // namespace svcalc::read

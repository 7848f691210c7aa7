// The one helper every section reader uses: look a member up, check its type and
// range, and report what is wrong at its exact path. With it, each reader is a
// table of rules, one line per field.
#pragma once

#include "read/names.hpp"
#include "read/path.hpp"
#include "read/report.hpp"

#include "json/document.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace svcalc::read {

enum class Need { optional, required };

/// What a read found: absent, present but broken (already reported), or a value.
template <class T> struct Got {
  bool present = false;
  std::optional<T> value;

  bool invalid() const { return present && !value; }
  T valueOr(T fallback) const { return value ? *value : fallback; }
};

/// A number rule: an interval, each end open or closed; `high` may be infinite.
struct Bounds {
  double low;
  bool lowOpen;
  double high;
  bool highOpen;

  bool contains(double x) const;
  std::string describe() const; ///< "≥ 0", "> 1", "in [0, 1]", "in [0, 1)"
};

Bounds atLeast(double low);             ///< [low, ∞)
Bounds above(double low);               ///< (low, ∞)
Bounds within(double low, double high); ///< [low, high]
Bounds anyNumber();

/// One allowed string of a closed set and the model value it stands for.
template <class E> struct Choice {
  std::string_view name;
  E value;
};

/// Whether `x` is an integer as Number.isInteger sees it: 2.0 is the integer 2.
bool isInteger(double x);

// Checks of one value already found; each reports and returns nullopt on failure.
// `name` is how the message calls the value ("quantity", "evidence level \"x\"").
std::optional<double> checkNumber(Report& report, json::Value value, const Path& at,
                                  std::string_view name, Bounds bounds);
/// An integer as Number.isInteger sees it (2.0 is 2) within [low, high].
std::optional<int> checkInteger(Report& report, json::Value value, const Path& at,
                                std::string_view name, int low, int high);
std::optional<std::string_view> checkString(Report& report, json::Value value, const Path& at,
                                            std::string_view name);
/// Reports `type` unless `value` is of `kind` (object or array).
bool checkKind(Report& report, json::Value value, const Path& at, std::string_view name,
               json::Kind kind);
/// Reports `value` as `type`: "<name> must be <expected>, got <value>."
void reportType(Report& report, json::Value value, const Path& at, std::string_view name,
                std::string_view expected);

/// The rules of one JSON object's members, reported under its path.
class Fields {
public:
  Fields(Report& report, json::Value object, const Path& path)
      : report_(report), object_(object), path_(path) {}

  Got<double> number(std::string_view key, Bounds bounds, Need need = Need::optional);
  Got<int> integer(std::string_view key, int low, int high, Need need = Need::optional);
  Got<std::string_view> string(std::string_view key, Need need = Need::optional);
  Got<json::Value> object(std::string_view key, Need need = Need::optional);
  /// An array of at least `least` elements. More than `most` is a `limit` error,
  /// reported without looking at a single element.
  Got<json::Value> array(std::string_view key, std::size_t least, std::size_t most,
                         Need need = Need::optional);

  /// A string from a closed set.
  template <class E, std::size_t N>
  Got<E> choice(std::string_view key, const Choice<E> (&options)[N], Need need = Need::optional) {
    std::string_view names[N];
    for (std::size_t i = 0; i < N; ++i)
      names[i] = options[i].name;
    Got<std::size_t> index = choiceIndex(key, names, N, need);
    Got<E> got{index.present, {}};
    if (index.value) got.value = options[*index.value].value;
    return got;
  }

  /// A string naming one of `names` ("a theme", "an area of geography"). An
  /// unknown name is an `unknown-reference`, unless `names` is incomplete: then
  /// the name may be one whose definition was itself broken, and that error
  /// stands alone.
  Got<std::size_t> reference(std::string_view key, const Names& names, std::string_view what,
                             Need need = Need::optional);

  /// The member `key` (the last one when repeated), or nothing.
  std::optional<json::Value> find(std::string_view key) const { return object_.find(key); }
  Path at(std::string_view key) const { return path_.key(key); }
  void reportMissing(std::string_view key);

private:
  Got<json::Value> member(std::string_view key, Need need);
  Got<std::size_t> choiceIndex(std::string_view key, const std::string_view* names,
                               std::size_t count, Need need);

  Report& report_;
  json::Value object_;
  const Path& path_;
};

/// How messages call element `index` of the array at `arrayPath`: "bids[3]".
std::string elementName(const Path& arrayPath, std::size_t index);

/// Records the id of element `index` of the array at `arrayPath`; a repeat is a
/// `duplicate-id` at the later one: "bids[3].id \"B1\" is already used by bids[0]."
void claimId(Report& report, Names& ids, std::string_view id, std::size_t index,
             const Path& arrayPath, const Path& idPath);

/// Calls `read(index, element, path)` for each element of `array` that is an
/// object, reporting every other as `type`; stops when the report is full.
/// Returns whether every element was an object.
template <class ReadElement>
bool forEachObject(Report& report, json::Value array, const Path& arrayPath, ReadElement&& read) {
  bool allObjects = true;
  for (std::size_t i = 0; i < array.size() && !report.full(); ++i) {
    const json::Value element = array.at(i);
    const Path at = arrayPath.index(i);
    if (!element.isObject()) {
      reportType(report, element, at, elementName(arrayPath, i), "an object");
      allObjects = false;
      continue;
    }
    read(i, element, at);
  }
  return allObjects;
}

} // namespace svcalc::read

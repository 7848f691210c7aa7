#include "read/fields.hpp"

#include <cmath>
#include <limits>

namespace svcalc::read {

namespace {
std::string rule(std::string_view name, std::string_view description, json::Value value) {
  std::string out(name);
  out += " must be ";
  out += description;
  out += ", got ";
  out += found(value);
  out += '.';
  return out;
}

std::string integerDescription(int low, int high) {
  return "an integer from " + std::to_string(low) + " to " + std::to_string(high);
}
} // namespace

bool Bounds::contains(double x) const {
  const bool aboveLow = lowOpen ? x > low : x >= low;
  const bool belowHigh = highOpen ? x < high : x <= high;
  return aboveLow && belowHigh;
}

std::string Bounds::describe() const {
  if (std::isinf(high)) return (lowOpen ? "> " : "≥ ") + number(low);
  return std::string("in ") + (lowOpen ? "(" : "[") + number(low) + ", " + number(high) +
         (highOpen ? ")" : "]");
}

Bounds atLeast(double low) {
  return {low, false, std::numeric_limits<double>::infinity(), true};
}
Bounds above(double low) {
  return {low, true, std::numeric_limits<double>::infinity(), true};
}
Bounds within(double low, double high) {
  return {low, false, high, false};
}
Bounds anyNumber() {
  return {-std::numeric_limits<double>::infinity(), true, std::numeric_limits<double>::infinity(),
          true};
}

bool isInteger(double x) {
  return std::isfinite(x) && std::trunc(x) == x;
}

void reportType(Report& report, json::Value value, const Path& at, std::string_view name,
                std::string_view expected) {
  report.add(code::type, at, rule(name, expected, value));
}

std::optional<double> checkNumber(Report& report, json::Value value, const Path& at,
                                  std::string_view name, Bounds bounds) {
  if (!value.isNumber()) {
    reportType(report, value, at, name, "a number");
    return std::nullopt;
  }
  const double x = value.asNumber();
  if (!bounds.contains(x)) {
    report.add(code::outOfRange, at, rule(name, bounds.describe(), value));
    return std::nullopt;
  }
  return x;
}

std::optional<int> checkInteger(Report& report, json::Value value, const Path& at,
                                std::string_view name, int low, int high) {
  if (!value.isNumber() || !isInteger(value.asNumber())) {
    reportType(report, value, at, name, integerDescription(low, high));
    return std::nullopt;
  }
  const double x = value.asNumber();
  if (x < low || x > high) {
    report.add(code::outOfRange, at, rule(name, integerDescription(low, high), value));
    return std::nullopt;
  }
  return static_cast<int>(x);
}

std::optional<std::string_view> checkString(Report& report, json::Value value, const Path& at,
                                            std::string_view name) {
  if (!value.isString()) {
    reportType(report, value, at, name, "a string");
    return std::nullopt;
  }
  return value.asString();
}

bool checkKind(Report& report, json::Value value, const Path& at, std::string_view name,
               json::Kind kind) {
  if (value.kind() == kind) return true;
  reportType(report, value, at, name, kind == json::Kind::array ? "an array" : "an object");
  return false;
}

std::string elementName(const Path& arrayPath, std::size_t index) {
  return std::string(arrayPath.lastKey()) + '[' + std::to_string(index) + ']';
}

void claimId(Report& report, Names& ids, std::string_view id, std::size_t index,
             const Path& arrayPath, const Path& idPath) {
  const std::optional<std::size_t> first = ids.add(id, index);
  if (!first) return;
  report.add(code::duplicateId, idPath,
             elementName(arrayPath, index) + ".id " + quoted(id) + " is already used by " +
                 elementName(arrayPath, *first) + '.');
}

void Fields::reportMissing(std::string_view key) {
  report_.add(code::missing, at(key), std::string(key) + " is required.");
}

Got<json::Value> Fields::member(std::string_view key, Need need) {
  const std::optional<json::Value> value = object_.find(key);
  if (!value) {
    if (need == Need::required) reportMissing(key);
    return {};
  }
  return {true, value};
}

Got<double> Fields::number(std::string_view key, Bounds bounds, Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present) return {};
  return {true, checkNumber(report_, *got.value, at(key), key, bounds)};
}

Got<int> Fields::integer(std::string_view key, int low, int high, Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present) return {};
  return {true, checkInteger(report_, *got.value, at(key), key, low, high)};
}

Got<std::string_view> Fields::string(std::string_view key, Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present) return {};
  return {true, checkString(report_, *got.value, at(key), key)};
}

Got<json::Value> Fields::object(std::string_view key, Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present || checkKind(report_, *got.value, at(key), key, json::Kind::object)) return got;
  return {true, std::nullopt};
}

Got<json::Value> Fields::array(std::string_view key, std::size_t least, std::size_t most,
                               Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present) return got;
  if (!checkKind(report_, *got.value, at(key), key, json::Kind::array)) return {true, {}};
  const std::size_t size = got.value->size();
  if (size > most) {
    report_.add(code::limit, at(key),
                std::string(key) + " has " + std::to_string(size) + " entries; at most " +
                    std::to_string(most) + " are allowed.");
    return {true, {}};
  }
  if (size < least) {
    report_.add(code::outOfRange, at(key),
                std::string(key) + " must have at least " + std::to_string(least) +
                    (least == 1 ? " entry" : " entries") + ", got " + std::to_string(size) + '.');
    return {true, {}};
  }
  return got;
}

Got<std::size_t> Fields::choiceIndex(std::string_view key, const std::string_view* names,
                                     std::size_t count, Need need) {
  const Got<json::Value> got = member(key, need);
  if (!got.present) return {};
  const json::Value value = *got.value;
  if (value.isString()) {
    for (std::size_t i = 0; i < count; ++i)
      if (value.asString() == names[i]) return {true, i};
  }
  std::string description = "one of ";
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) description += ", ";
    description += quoted(names[i]);
  }
  report_.add(value.isString() ? code::outOfRange : code::type, at(key),
              rule(key, description, value));
  return {true, {}};
}

Got<std::size_t> Fields::reference(std::string_view key, const Names& names, std::string_view what,
                                   Need need) {
  const Got<std::string_view> name = string(key, need);
  if (!name.value) return {name.present, {}};
  if (const std::optional<std::size_t> index = names.find(*name.value)) return {true, index};
  if (names.complete())
    report_.add(code::unknownReference, at(key),
                std::string(key) + ' ' + quoted(*name.value) + " names no " + std::string(what) +
                    '.');
  return {true, {}};
}

} // namespace svcalc::read

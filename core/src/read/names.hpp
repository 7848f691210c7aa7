// The names one kind of thing is known by (theme ids, measure ids, evidence
// levels, geography areas), resolved through a hash map so that a large tender's
// references cost constant time each.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace svcalc::read {

class Names {
public:
  /// Records `name` for `index` unless it is already known; returns the index it
  /// already had then, so references keep resolving to the first definition.
  std::optional<std::size_t> add(std::string_view name, std::size_t index) {
    auto [it, added] = indices_.emplace(name, index);
    if (added) return std::nullopt;
    return it->second;
  }

  std::optional<std::size_t> find(std::string_view name) const {
    auto it = indices_.find(name);
    if (it == indices_.end()) return std::nullopt;
    return it->second;
  }

  /// False when some definition could not be read: a name that resolves to
  /// nothing may then be that one, and is not reported again.
  bool complete() const { return complete_; }
  void markIncomplete() { complete_ = false; }

private:
  // Keys view the parsed document's text (or literals), which outlives this map.
  std::unordered_map<std::string_view, std::size_t> indices_;
  bool complete_ = true;
};

} // namespace svcalc::read

// Where the reader is in the input. A Path lives on the stack beside the value it
// names and links to its parent's, so descending costs nothing; the RFC 6901
// text is spelled out only when an error needs it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace svcalc::read {

class Path {
public:
  /// The whole document: pointer "".
  Path() = default;

  /// `key` must outlive the returned Path (a literal or the parsed document's text).
  Path key(std::string_view key) const { return Path(this, key, 0); }
  Path index(std::size_t index) const { return Path(this, {}, index, true); }

  /// The RFC 6901 JSON Pointer, e.g. "/bids/3/id".
  std::string pointer() const;

  /// The last member name on the way here ("" at the root or after an index).
  std::string_view lastKey() const { return isIndex_ ? std::string_view() : key_; }

private:
  Path(const Path* parent, std::string_view key, std::size_t index, bool isIndex = false)
      : parent_(parent), key_(key), index_(index), isIndex_(isIndex) {}

  void appendTo(std::string& out) const;

  const Path* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool isIndex_ = false;
};

} // namespace svcalc::read

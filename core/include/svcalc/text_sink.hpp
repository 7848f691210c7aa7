// Where the writers put a document's text. A 1,000-bid result is 17 MB: the CLI
// streams it to standard output in pieces, so that it never holds it whole,
// while the WebAssembly bridge and the tests want it in one buffer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace svcalc {

/// Receives a document's text in order, in pieces of up to a few kilobytes.
class TextSink {
public:
  /// About `bytes` more will follow: a sink that keeps the text can allocate
  /// once instead of growing by doubling. Only a hint; it may be low or high.
  virtual void expect(std::size_t bytes) = 0;
  virtual void append(std::string_view text) = 0;

protected:
  ~TextSink() = default;
};

/// Appends the text to a string.
class StringSink final : public TextSink {
public:
  explicit StringSink(std::string& text) : text_(text) {}
  void expect(std::size_t bytes) override { text_.reserve(text_.size() + bytes); }
  void append(std::string_view text) override { text_.append(text); }

private:
  std::string& text_;
};

} // namespace svcalc

// Text on its way to a TextSink, gathered first: a document is almost all short
// pieces, a key or a number, and a call per piece (a virtual one, a capacity
// check, a copy of unknown length) would cost more than writing the numbers.
#pragma once

#include "svcalc/text_sink.hpp"

#include "json/text.hpp"
#include <cstddef>
#include <cstring>
#include <string_view>

namespace svcalc::writing {

/// Gathers the text in a buffer on the stack and hands it to the sink in large
/// pieces.
class TextBuffer {
public:
  explicit TextBuffer(TextSink& out) : out_(out) {}
  TextBuffer(const TextBuffer&) = delete;
  TextBuffer& operator=(const TextBuffer&) = delete;

  /// Text as it is: a key with its punctuation, or already escaped JSON.
  template <std::size_t N> void literal(const char (&text)[N]) { raw({text, N - 1}); }
  void raw(std::string_view text) {
    if (text.size() > room()) {
      flush();
      if (text.size() > sizeof buffer_) {
        out_.append(text);
        return;
      }
    }
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  void character(char c) {
    if (room() == 0) flush();
    *at_++ = c;
  }
  void number(double x) {
    if (room() < json::maxNumberLength) flush();
    at_ = json::writeNumber(at_, x);
  }
  /// Hands over what is still buffered; the buffer must not be used after.
  void finish() { flush(); }

private:
  std::size_t room() const { return static_cast<std::size_t>(buffer_ + sizeof buffer_ - at_); }
  void flush() {
    out_.append({buffer_, static_cast<std::size_t>(at_ - buffer_)});
    at_ = buffer_;
  }

  TextSink& out_;
  char buffer_[16384];
  char* at_ = buffer_;
};

} // namespace svcalc::writing

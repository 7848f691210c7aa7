// The WebAssembly bridge: a C ABI over the scoring core, and nothing else.
//
// Ownership rules (the JS shim in js/src/calculator.js is the only caller):
//  1. Input: the caller gets a buffer with svcalc_alloc(n), writes n bytes of
//     UTF-8 JSON into it, passes it to svcalc_evaluate or svcalc_validate, and
//     frees it with svcalc_free afterwards. The bridge never keeps or frees it.
//  2. Output: svcalc_evaluate and svcalc_validate return an owned output block
//     that the caller must release with svcalc_free once it has read it.
//     Layout, little-endian u32s: the JSON's byte length, flags (bit 0: an
//     error document, not a result) and a stretch count n; then that many
//     bytes of UTF-8 JSON, not terminated; then, from the next multiple of 4,
//     n pairs of start and end offsets into the JSON: the stretches that hold
//     every non-ASCII byte (see nonAsciiStretches).
//  3. svcalc_version returns a static, NUL-terminated string: never free it.
//     svcalc_heap_used returns the bytes malloc has handed out and not had
//     back, so tests can prove that evaluation leaks nothing.
//  4. Only a failed allocation returns 0 (null) from any function.
//
// Nothing may cross this boundary as an exception: a C++ throw that escapes
// into JavaScript kills the call with a bare number. Every entry point catches
// everything, std::bad_alloc included, and turns it into an error document, so
// the instance stays usable after any input.
#include "svcalc/svcalc.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <emscripten/emscripten.h>
#include <malloc.h>
#include <new>
#include <string_view>
#include <utility>
#include <vector>

namespace {

constexpr std::uint32_t flagError = 1;

// ─── Output blocks ────────────────────────────────────────────────────────────

constexpr std::size_t headerBytes = 3 * sizeof(std::uint32_t);

void writeHeader(char* block, std::size_t jsonBytes, std::uint32_t flags,
                 std::size_t stretchCount) {
  const std::uint32_t header[3] = {static_cast<std::uint32_t>(jsonBytes), flags,
                                   static_cast<std::uint32_t>(stretchCount)};
  std::memcpy(block, header, sizeof header);
}

/// Where the text after a JSON text of `jsonBytes` starts: 4-byte aligned.
std::size_t stretchesAt(std::size_t jsonBytes) {
  return (jsonBytes + 3) & ~std::size_t{3};
}

/// The start and end offsets of the stretches of `text` that hold its
/// non-ASCII bytes, found eight bytes at a time: everything outside them is
/// ASCII, and no stretch ends inside a UTF-8 sequence, whose bytes are all
/// non-ASCII. A result is almost all ASCII, and JavaScript reads ASCII as
/// Latin-1 ten times faster than TextDecoder reads UTF-8 in Node: 3 ms
/// against 35 for a 17 MB result.
std::vector<std::uint32_t> nonAsciiStretches(std::string_view text) {
  constexpr std::uint64_t topBits = 0x8080808080808080;
  std::vector<std::uint32_t> bounds;
  const auto mark = [&](std::size_t from, std::size_t to) {
    if (!bounds.empty() && bounds.back() == from)
      bounds.back() = static_cast<std::uint32_t>(to);
    else
      bounds.insert(bounds.end(),
                    {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
  };
  std::size_t i = 0;
  for (std::uint64_t word; i + sizeof word <= text.size(); i += sizeof word) {
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & topBits) != 0) mark(i, i + sizeof word);
  }
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0x80) != 0) mark(i, i + 1);
  return bounds;
}

/// A block for an ASCII document.
char* makeOutput(std::string_view json, std::uint32_t flags) {
  auto* block = static_cast<char*>(std::malloc(headerBytes + json.size()));
  if (!block) return nullptr;
  writeHeader(block, json.size(), flags, 0);
  std::memcpy(block + headerBytes, json.data(), json.size());
  return block;
}

// The last resort when the engine itself could not finish, which only running
// out of memory can cause. Written by hand: there may be no memory to build it.
// (Not with snprintf either: printf's formatting code is a tenth of the .wasm.)
char* internalError(std::string_view message) {
  constexpr std::string_view prefix =
      R"({"svcalc":1,"errors":[{"code":"limit","path":"","message":")";
  constexpr std::string_view suffix = R"("}]})";
  char text[256];
  const std::size_t kept = std::min(message.size(), sizeof text - prefix.size() - suffix.size());
  char* end = std::copy(prefix.begin(), prefix.end(), text);
  end = std::copy(message.begin(), message.begin() + kept, end);
  end = std::copy(suffix.begin(), suffix.end(), end);
  return makeOutput(std::string_view(text, static_cast<std::size_t>(end - text)), flagError);
}

/// An output block in the making: room for the header, then the text as the
/// writer hands it over, so that the block JavaScript reads is the one written,
/// never a copy of a finished string.
class BlockSink final : public svcalc::TextSink {
public:
  BlockSink() = default;
  BlockSink(const BlockSink&) = delete;
  BlockSink& operator=(const BlockSink&) = delete;
  ~BlockSink() { std::free(block_); }

  void expect(std::size_t bytes) override { reserve(size_ + bytes); }
  void append(std::string_view text) override {
    if (text.empty()) return; // before any expect() there is no block to copy into
    if (text.size() > capacity_ - size_) reserve(std::max(size_ + text.size(), 2 * capacity_));
    std::memcpy(block_ + headerBytes + size_, text.data(), text.size());
    size_ += text.size();
  }

  /// The finished block, header and stretches filled in; the caller owns it.
  char* release(std::uint32_t flags) {
    const std::vector<std::uint32_t> stretches =
        nonAsciiStretches({block_ ? block_ + headerBytes : "", size_});
    const std::size_t stretchBytes = stretches.size() * sizeof stretches[0];
    reserve(stretchesAt(size_) + stretchBytes);
    std::memcpy(block_ + headerBytes + stretchesAt(size_), stretches.data(), stretchBytes);
    writeHeader(block_, size_, flags, stretches.size() / 2);
    return std::exchange(block_, nullptr);
  }

private:
  void reserve(std::size_t capacity) {
    if (block_ && capacity <= capacity_) return;
    auto* grown = static_cast<char*>(std::realloc(block_, headerBytes + capacity));
    if (!grown) throw std::bad_alloc();
    block_ = grown;
    capacity_ = capacity;
  }

  char* block_ = nullptr;
  std::size_t size_ = 0;     // bytes of text after the header
  std::size_t capacity_ = 0; // room after the header
};

template <typename Run> char* guarded(const char* input, std::uint32_t length, Run run) {
  try {
    BlockSink output;
    const bool isError = run(std::string_view(input, length), output);
    return output.release(isError ? flagError : 0);
  } catch (const std::bad_alloc&) {
    return internalError("The document needs more memory than this browser gave svcalc.");
  } catch (...) {
    return internalError("svcalc failed unexpectedly on this document; please report it.");
  }
}

} // namespace

// ─── Exported ABI ─────────────────────────────────────────────────────────────

extern "C" {

EMSCRIPTEN_KEEPALIVE char* svcalc_alloc(std::uint32_t size) {
  return static_cast<char*>(std::malloc(size ? size : 1));
}

EMSCRIPTEN_KEEPALIVE void svcalc_free(char* block) {
  std::free(block);
}

EMSCRIPTEN_KEEPALIVE char* svcalc_evaluate(const char* input, std::uint32_t length) {
  return guarded(input, length, [](std::string_view json, svcalc::TextSink& out) {
    return svcalc::evaluateJson(json, out);
  });
}

EMSCRIPTEN_KEEPALIVE char* svcalc_validate(const char* input, std::uint32_t length) {
  return guarded(input, length, [](std::string_view json, svcalc::TextSink& out) {
    return svcalc::validateJson(json, out);
  });
}

EMSCRIPTEN_KEEPALIVE const char* svcalc_version() {
  return svcalc::version;
}

EMSCRIPTEN_KEEPALIVE std::uint32_t svcalc_heap_used() {
  return static_cast<std::uint32_t>(mallinfo().uordblks);
}

} // extern "C"

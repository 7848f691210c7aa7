// The WebAssembly bridge: a C ABI over the scoring core, and nothing else.
//
// Ownership rules (the JS shim in js/src/calculator.js is the only caller):
//  1. Input: the caller gets a buffer with svcalc_alloc(n), writes n bytes of
//     UTF-8 JSON into it, passes it to svcalc_evaluate or svcalc_validate, and
//     frees it with svcalc_free afterwards. The bridge never keeps or frees it.
//  2. Output: svcalc_evaluate and svcalc_validate return an owned output block
//     that the caller must release with svcalc_free once it has read it.
//     Layout, little-endian: u32 byte length, u32 kind (0 result document,
//     1 error document), then that many bytes of UTF-8 JSON, not terminated.
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

namespace {

constexpr std::uint32_t kindResult = 0;
constexpr std::uint32_t kindError = 1;

// ─── Output blocks ────────────────────────────────────────────────────────────

constexpr std::size_t headerBytes = 2 * sizeof(std::uint32_t);

char* makeOutput(std::string_view json, std::uint32_t kind) {
  auto* block = static_cast<char*>(std::malloc(headerBytes + json.size()));
  if (!block) return nullptr;
  const auto size = static_cast<std::uint32_t>(json.size());
  std::memcpy(block, &size, sizeof size);
  std::memcpy(block + sizeof size, &kind, sizeof kind);
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
  return makeOutput(std::string_view(text, static_cast<std::size_t>(end - text)), kindError);
}

template <typename Run> char* guarded(const char* input, std::uint32_t length, Run run) {
  try {
    const svcalc::Document document = run(std::string_view(input, length));
    return makeOutput(document.json, document.isError ? kindError : kindResult);
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
  return guarded(input, length, svcalc::evaluateJson);
}

EMSCRIPTEN_KEEPALIVE char* svcalc_validate(const char* input, std::uint32_t length) {
  return guarded(input, length, svcalc::validateJson);
}

EMSCRIPTEN_KEEPALIVE const char* svcalc_version() {
  return svcalc::version;
}

EMSCRIPTEN_KEEPALIVE std::uint32_t svcalc_heap_used() {
  return static_cast<std::uint32_t>(mallinfo().uordblks);
}

} // extern "C"

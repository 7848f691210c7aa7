#include "read/report.hpp"

#include "json/text.hpp"

namespace svcalc::read {

namespace {
constexpr std::size_t quotedBytes = 40;

bool isUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

void Report::add(const char* code, const Path& at, std::string message) {
  if (full()) return;
  errors_.push_back(Error{code, at.pointer(), std::move(message)});
}

std::string quoted(std::string_view text) {
  if (text.size() <= quotedBytes) {
    std::string out;
    json::appendString(out, text);
    return out;
  }
  // Cut on a character boundary so the message stays valid UTF-8.
  std::size_t cut = quotedBytes;
  while (cut > 0 && isUtf8Continuation(text[cut]))
    --cut;
  std::string out;
  json::appendString(out, text.substr(0, cut));
  out.insert(out.size() - 1, "…");
  return out;
}

std::string number(double x) {
  std::string out;
  json::appendNumber(out, x);
  return out;
}

std::string found(json::Value value) {
  switch (value.kind()) {
  case json::Kind::null:
    return "null";
  case json::Kind::boolean:
    return value.asBool() ? "true" : "false";
  case json::Kind::number:
    return number(value.asNumber());
  case json::Kind::string:
    return quoted(value.asString());
  case json::Kind::array:
    return "an array";
  case json::Kind::object:
    return "an object";
  }
  return {};
}

} // namespace svcalc::read

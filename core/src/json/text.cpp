// Writing JSON text exactly as JavaScript's JSON.stringify does.
#include "json/text.hpp"

#include "json/document.hpp"
#include <algorithm>
#include <array>
#include <boost/json/detail/ryu/ryu.hpp>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <vector>

namespace svcalc::json {

namespace {

/// Lays out the shortest round-trip digits as ECMA-262 Number::toString does:
/// the value is 0.d1d2...dk × 10^n.
char* layOutNumber(char* p, const char* digits, int k, int n) {
  if (k <= n && n <= 21) {
    p = std::copy(digits, digits + k, p);
    return std::fill_n(p, n - k, '0');
  }
  if (0 < n && n <= 21) {
    p = std::copy(digits, digits + n, p);
    *p++ = '.';
    return std::copy(digits + n, digits + k, p);
  }
  if (-6 < n && n <= 0) {
    *p++ = '0';
    *p++ = '.';
    p = std::fill_n(p, -n, '0');
    return std::copy(digits, digits + k, p);
  }
  *p++ = digits[0];
  if (k > 1) {
    *p++ = '.';
    p = std::copy(digits + 1, digits + k, p);
  }
  *p++ = 'e';
  *p++ = n - 1 < 0 ? '-' : '+';
  int exponent = n - 1 < 0 ? 1 - n : n - 1; // at most 324
  char reversed[3];
  int count = 0;
  do {
    reversed[count++] = static_cast<char>('0' + exponent % 10);
    exponent /= 10;
  } while (exponent != 0);
  while (count > 0)
    *p++ = reversed[--count];
  return p;
}

void appendUnicodeEscape(std::string& out, unsigned code) {
  static constexpr char hex[] = "0123456789abcdef";
  const char escape[6] = {
      '\\',           'u', hex[(code >> 12) & 0xF], hex[(code >> 8) & 0xF], hex[(code >> 4) & 0xF],
      hex[code & 0xF]};
  out.append(escape, sizeof escape);
}

// What appendString must look at in a byte: 0 copy it, 1 escape it, 2 a lead
// byte 0xED, which starts a surrogate code point in WTF-8 (0xED 0xA0-0xBF ..).
constexpr std::array<unsigned char, 256> stringByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c)
    table[c] = 1;
  table['"'] = 1;
  table['\\'] = 1;
  table[0xED] = 2;
  return table;
}();

/// The array index a key stands for (a canonical decimal integer below
/// 2^32 - 1), or -1 when it is an ordinary key.
std::int64_t arrayIndexOf(std::string_view key) {
  if (key.empty() || key.size() > 10 || (key[0] == '0' && key.size() > 1)) return -1;
  std::int64_t index = 0;
  for (const char c : key) {
    if (c < '0' || c > '9') return -1;
    index = index * 10 + (c - '0');
  }
  return index < 4294967295 ? index : -1;
}

/// One member of an object as JSON.parse keeps it: the position of the key's
/// first occurrence and the value of its last.
struct Member {
  std::uint32_t key;
  std::uint32_t value;
  std::uint64_t order; // array indices by value, then the rest by first position
};

/// Appends the members of `object` to `members` in the order JSON.stringify
/// of JSON.parse would write them.
void appendMemberOrder(std::vector<Member>& members, Value object) {
  const auto begin = static_cast<std::ptrdiff_t>(members.size());
  const auto count = static_cast<std::uint32_t>(object.size());
  for (std::uint32_t i = 0; i < count; ++i)
    members.push_back({i, i, 0});
  const auto first = members.begin() + begin;
  std::sort(first, members.end(), [&](const Member& a, const Member& b) {
    const std::string_view ka = object.keyAt(a.key), kb = object.keyAt(b.key);
    return ka < kb || (ka == kb && a.key < b.key);
  });
  // A run of one key: JSON.parse keeps the first position and the last value.
  auto kept = first;
  for (auto run = first; run != members.end();) {
    auto next = run + 1;
    while (next != members.end() && object.keyAt(next->key) == object.keyAt(run->key))
      ++next;
    const std::int64_t index = arrayIndexOf(object.keyAt(run->key));
    const std::uint64_t order =
        index >= 0 ? static_cast<std::uint64_t>(index) : (std::uint64_t{1} << 32) + run->key;
    *kept++ = {run->key, (next - 1)->value, order};
    run = next;
  }
  members.erase(kept, members.end());
  std::sort(members.begin() + begin, members.end(),
            [](const Member& a, const Member& b) { return a.order < b.order; });
}

} // namespace

void appendNumber(std::string& out, double x) {
  assert(std::isfinite(x));
  if (x == 0) { // negative zero too
    out += '0';
    return;
  }
  // Ryu's shortest round-trip digits, as "[-]d[.ddd]E[-]x".
  char ryu[32];
  const int length = boost::json::detail::ryu::d2s_buffered_n(x, ryu);
  int i = ryu[0] == '-' ? 1 : 0;
  char digits[17];
  int k = 0;
  for (; ryu[i] != 'E'; ++i)
    if (ryu[i] != '.') digits[k++] = ryu[i];
  const bool negativeExponent = ryu[++i] == '-';
  int exponent = 0;
  for (i += negativeExponent ? 1 : 0; i < length; ++i)
    exponent = exponent * 10 + (ryu[i] - '0');

  char text[32];
  char* p = text;
  if (x < 0) *p++ = '-';
  p = layOutNumber(p, digits, k, (negativeExponent ? -exponent : exponent) + 1);
  out.append(text, static_cast<std::size_t>(p - text));
}

void appendString(std::string& out, std::string_view utf8) {
  out += '"';
  const char* p = utf8.data();
  const char* const end = p + utf8.size();
  const char* run = p;
  while (p != end) {
    const auto c = static_cast<unsigned char>(*p);
    const unsigned char byteClass = stringByteClass[c];
    const bool surrogate = byteClass == 2 && end - p >= 3 &&
                           (static_cast<unsigned char>(p[1]) & 0xE0) == 0xA0 &&
                           (static_cast<unsigned char>(p[2]) & 0xC0) == 0x80;
    if (byteClass == 0 || (byteClass == 2 && !surrogate)) {
      ++p;
      continue;
    }
    out.append(run, p);
    if (surrogate) {
      appendUnicodeEscape(out, 0xD000u | ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 6) |
                                   (static_cast<unsigned char>(p[2]) & 0x3Fu));
      p += 3;
    } else {
      switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        appendUnicodeEscape(out, c);
      }
      ++p;
    }
    run = p;
  }
  out.append(run, p);
  out += '"';
}

void appendCanonical(std::string& out, Value value) {
  // Iterative, so that no document can exhaust the call stack. For an array,
  // next and end count elements; for an object they index `members`.
  struct Open {
    Value container;
    std::size_t begin;
    std::size_t next;
    std::size_t end;
  };
  std::vector<Open> open;
  std::vector<Member> members;
  const auto write = [&](Value v) {
    switch (v.kind()) {
    case Kind::null:
      out += "null";
      break;
    case Kind::boolean:
      out += v.asBool() ? "true" : "false";
      break;
    case Kind::number:
      appendNumber(out, v.asNumber());
      break;
    case Kind::string:
      appendString(out, v.asString());
      break;
    case Kind::array:
      out += '[';
      open.push_back({v, 0, 0, v.size()});
      break;
    case Kind::object:
      out += '{';
      const std::size_t begin = members.size();
      appendMemberOrder(members, v);
      open.push_back({v, begin, begin, members.size()});
      break;
    }
  };
  write(value);
  while (!open.empty()) {
    Open& top = open.back();
    const bool isArray = top.container.isArray();
    if (top.next == top.end) {
      out += isArray ? ']' : '}';
      members.resize(isArray ? members.size() : top.begin);
      open.pop_back();
      continue;
    }
    if (top.next != top.begin) out += ',';
    const std::size_t next = top.next++;
    const Value container = top.container; // `top` dangles once write() opens a child
    if (isArray) {
      write(container.at(next));
    } else {
      appendString(out, container.keyAt(members[next].key));
      out += ':';
      write(container.valueAt(members[next].value));
    }
  }
}

void appendPointerToken(std::string& out, std::string_view key) {
  for (const char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
}

} // namespace svcalc::json

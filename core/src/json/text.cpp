// Writing JSON text exactly as JavaScript's JSON.stringify does.
#include "json/text.hpp"

#include "json/document.hpp"
#include "json/shortest_decimal.hpp"
#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace svcalc::json {

namespace {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "writeEightDigits stores the first digit in the lowest byte");

/// Writes the 8 decimal digits of n < 10^8 at `to`, leading zeros included.
/// The digits are split in lanes of one 64-bit word, halves of 4 digits, then
/// pairs, then single digits, each lane's quotient by a multiply and shift
/// that no lane overflows; so no loop, no table and no 64-bit division, which
/// WebAssembly has no multiply-high for.
void writeEightDigits(char* to, std::uint32_t n) {
  const std::uint32_t high = n / 10000;
  std::uint64_t lanes = high | static_cast<std::uint64_t>(n - high * 10000) << 32;
  // x / 100 = x × 10486 >> 20 for every x < 10,000 of a 32-bit lane.
  std::uint64_t tens = (lanes * 10486 >> 20) & 0x0000007F0000007F;
  lanes = tens | (lanes - tens * 100) << 16;
  // x / 10 = x × 103 >> 10 for every x < 100 of a 16-bit lane.
  tens = (lanes * 103 >> 10) & 0x000F000F000F000F;
  lanes = tens | (lanes - tens * 10) << 8;
  lanes |= 0x3030303030303030; // '0' in every byte
  std::memcpy(to, &lanes, 8);
}

/// The shortest round-trip decimal of a positive, normal, non-integer `x` that
/// is a short binary fraction (6.25, 121715.625), without shortestDecimal; or
/// nothing.
/// Such an x = m × 2^-k with m odd is exactly m × 5^k / 10^k. When m × 5^k has
/// at most 15 digits, x's rounding interval (narrower than an ulp, under
/// 10^15 × 2^-52 × 10^-k < 0.23 × 10^-k) holds no other multiple of 10^-k, so
/// no other decimal with as few digits reads back as x: these are the shortest
/// digits, the very ones shortestDecimal would find.
std::optional<Decimal> shortBinaryFraction(double x) {
  static constexpr int maxK = 21; // 5^22 alone has 16 digits
  struct Power {
    std::uint64_t fivePowK;
    std::uint64_t largestM; // the largest m whose m × 5^k has 15 digits
  };
  static constexpr std::array<Power, maxK + 1> powers = [] {
    std::array<Power, maxK + 1> table{};
    std::uint64_t power = 1;
    for (int k = 0; k <= maxK; ++k, power *= 5)
      table[k] = {power, std::uint64_t{999999999999999} / power};
    return table;
  }();
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const auto biasedExponent = static_cast<int>(bits >> 52);
  if (biasedExponent == 0) return std::nullopt; // subnormal: far too many digits
  std::uint64_t m = (bits & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
  int k = 1075 - biasedExponent; // x = m × 2^-k
  // GCC and Clang alike (C++17 has no std::countr_zero); m is not zero.
  const int zeros = std::min(__builtin_ctzll(m), std::max(k, 0));
  m >>= zeros;
  k -= zeros;
  if (k <= 0 || k > maxK || m > powers[k].largestM) return std::nullopt;
  return Decimal{m * powers[k].fivePowK, -k};
}

/// How many decimal digits `n` has; n > 0.
int digitCount(std::uint64_t n) {
  static constexpr std::array<std::uint64_t, 20> powersOf10 = [] {
    std::array<std::uint64_t, 20> table{};
    table[0] = 1;
    for (std::size_t i = 1; i < table.size(); ++i)
      table[i] = 10 * table[i - 1];
    return table;
  }();
  // log10(2) ≈ 1233 / 4096 turns the bit length into the digit count or one less.
  const int estimate = ((64 - __builtin_clzll(n | 1)) * 1233) >> 12;
  return estimate + (n >= powersOf10[static_cast<std::size_t>(estimate)] ? 1 : 0);
}

/// Writes significand × 10^exponent as ECMA-262 Number::toString lays out its
/// shortest digits: with the significand's k digits d1..dk, the value is
/// 0.d1...dk × 10^n. Precondition: significand < 10^17, as every double's
/// shortest digits are; `to` has room for maxNumberLength - 1 bytes.
char* layOutNumber(char* to, std::uint64_t significand, int exponent) {
  assert(significand < 100000000000000000);
  // The digits end at place 17 of `digits`, and zeros follow them, so that
  // every layout below is a few copies of a fixed length, whatever k is: a
  // copy of unknown length is a call, and costs more than the digits.
  static constexpr char zeros[] = "000000000000000000000000";
  char digits[17 + 24];
  constexpr std::uint64_t e8 = 100000000;
  writeEightDigits(digits + 9, static_cast<std::uint32_t>(significand % e8));
  if (significand >= e8) {
    const std::uint64_t high = significand / e8;
    writeEightDigits(digits + 1, static_cast<std::uint32_t>(high % e8));
    digits[0] = static_cast<char>('0' + high / e8);
  }
  std::memcpy(digits + 17, zeros, 24);
  const int k = digitCount(significand);
  const int n = exponent + k;
  const char* const first = digits + 17 - k;
  if (k <= n && n <= 21) { // an integer: the digits, then zeros
    std::memcpy(to, first, 24);
    return to + n;
  }
  // The rest are laid out in `text`, where a fixed-length copy may run past
  // the end of the number, and copied whole.
  char text[48];
  int length;
  if (0 < n && n <= 21) { // ddd.ddd: n < k ≤ 17
    std::memcpy(text, first, 16);
    text[n] = '.';
    std::memcpy(text + n + 1, first + n, 16);
    length = k + 1;
  } else if (-6 < n && n <= 0) { // 0.000ddd
    std::memcpy(text, "0.000000", 8);
    std::memcpy(text + 2 - n, first, 17);
    length = 2 - n + k;
  } else { // d.ddde±x
    text[0] = first[0];
    text[1] = '.';
    std::memcpy(text + 2, first + 1, 16);
    length = k > 1 ? k + 1 : 1;
    text[length++] = 'e';
    text[length++] = n - 1 < 0 ? '-' : '+';
    const int power = n - 1 < 0 ? 1 - n : n - 1; // at most 324
    if (power >= 100) text[length++] = static_cast<char>('0' + power / 100);
    if (power >= 10) text[length++] = static_cast<char>('0' + power / 10 % 10);
    text[length++] = static_cast<char>('0' + power % 10);
  }
  std::memcpy(to, text, 24);
  return to + length;
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

char* writeNumber(char* to, double x) {
  static_assert(maxNumberLength >= 25, "layOutNumber writes 24 bytes after a sign");
  assert(std::isfinite(x));
  if (x == 0) { // negative zero too
    *to++ = '0';
    return to;
  }
  if (x < 0) *to++ = '-';
  const double magnitude = std::fabs(x);
  // An integer below 2^53 is its own shortest round-trip digits, and below
  // 1e21 JavaScript writes it plainly: years, ranks, whole prices and amounts
  // need no digit search.
  if (magnitude < 9007199254740992.0) {
    const auto integer = static_cast<std::uint64_t>(magnitude);
    if (static_cast<double>(integer) == magnitude) {
      // A quarter of a result's numbers are single digits (years, ranks): a byte
      // each, without the layout's fixed cost.
      if (integer < 10) {
        *to = static_cast<char>('0' + integer);
        return to + 1;
      }
      return layOutNumber(to, integer, 0);
    }
  }
  // The digits as a number, not as text: no formatting to parse again.
  const std::optional<Decimal> fraction = shortBinaryFraction(magnitude);
  const Decimal decimal = fraction ? *fraction : shortestDecimal(magnitude);
  return layOutNumber(to, decimal.significand, decimal.exponent);
}

void appendNumber(std::string& out, double x) {
  char text[maxNumberLength];
  out.append(text, static_cast<std::size_t>(writeNumber(text, x) - text));
}

void appendEscaped(std::string& out, std::string_view utf8) {
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
}

void appendString(std::string& out, std::string_view utf8) {
  out += '"';
  appendEscaped(out, utf8);
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

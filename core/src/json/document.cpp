// Parsing JSON text into a Document: Boost.JSON's SAX parser tokenises and
// validates (UTF-8 included), Builder lays the values out compactly and reads
// numbers as JavaScript does, and a failure becomes one svcalc::Error.
#include "json/document.hpp"

#include "svcalc/limits.hpp"

#include "json/number.hpp"
#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <cmath>
#include <cstring>
#include <functional>
#include <string>

namespace svcalc::json {

namespace {

using boost::json::error_code;

/// Upper bounds on what a document of this text can need, so that the node
/// tape and the string arena are allocated once, instead of growing by
/// doubling (which would cost up to three times the memory). Only the part in
/// use is ever touched, so a loose bound costs address space, not memory.
struct Capacity {
  std::size_t nodes;
  std::size_t stringBytes;
};

Capacity measure(std::string_view text) {
  // Every array element or object key and value after the first in its
  // container follows a ',' and every first one follows '[', '{' or ':'. Those
  // bytes inside strings are counted too: a looser bound, but a loop without
  // branches, which compilers vectorise. Every node after the first also takes
  // a byte of its own, so no text holds more than 1 + size / 2 nodes.
  std::size_t structural = 0;
  for (const char c : text)
    structural += static_cast<std::size_t>((c == ',') | (c == ':') | ((c | 0x20) == '{'));
  // '[' | 0x20 is '{', and no other byte but '{' itself gives '{'.
  return {1 + std::min(structural, text.size() / 2), text.size()};
}

bool isJsonSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

/// 1-based line and column of byte `at`; the column counts code points, as an
/// editor shows them.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

Position positionOf(std::string_view text, std::size_t at) {
  Position position;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      lineStart = i + 1;
    }
  }
  for (std::size_t i = lineStart; i < at; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++position.column;
  return position;
}

/// Why a string failed at byte `at`. Boost only says "syntax error"; the bytes
/// around the failure, which boost has accepted up to `at`, say which rule broke.
const char* stringReason(std::string_view text, std::size_t at, bool afterBackslash) {
  const auto c = static_cast<unsigned char>(text[at]);
  const bool afterHighSurrogate = at >= 6 && text[at - 6] == '\\' && text[at - 5] == 'u' &&
                                  (text[at - 4] == 'd' || text[at - 4] == 'D') &&
                                  std::strchr("89abAB", text[at - 3]) != nullptr;
  if (afterHighSurrogate) return "a \\u escape of a high surrogate must be followed by a low one";
  if (afterBackslash) return "invalid escape sequence in a string";
  if (c < 0x20) return "control characters in a string must be escaped";
  if (c >= 0x80) return "invalid UTF-8 in a string";
  return "invalid string";
}

/// Why the text failed at byte `at`, outside or inside a string. `container`
/// is the innermost open array or object (none at the top level) and
/// `afterKey` tells whether an object key was the last thing read.
const char* syntaxReason(std::string_view text, std::size_t at, const Kind* container,
                         bool afterKey) {
  // A string cannot span lines, so scanning this line tells whether `at` is in one.
  std::size_t i = text.rfind('\n', at == 0 ? 0 : at - 1);
  i = (i == std::string_view::npos || i >= at) ? 0 : i + 1;
  bool inString = false;
  bool afterBackslash = false;
  for (; i < at; ++i) {
    afterBackslash = false;
    if (!inString) {
      inString = text[i] == '"';
    } else if (text[i] == '\\') {
      afterBackslash = ++i == at;
    } else {
      inString = text[i] != '"';
    }
  }
  if (inString) return stringReason(text, at, afterBackslash);

  if (at == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") return "a byte order mark is not allowed";
  const char before = at > 0 ? text[at - 1] : '\0';
  // Boost stops right after a number that lacks its digits ("-", "1.", "1e+").
  const bool numberCut = before == '-' || before == '+' ||
                         (before == '.' && at > 1 && isDigit(text[at - 2])) ||
                         ((before == 'e' || before == 'E') && at > 1 && isDigit(text[at - 2]));
  if (numberCut) return "expected a digit";

  std::size_t b = at;
  while (b > 0 && isJsonSpace(text[b - 1]))
    --b;
  const char last = b > 0 ? text[b - 1] : '\0';
  const bool inObject = container != nullptr && *container == Kind::object;
  if (inObject && !afterKey && (last == '{' || last == ','))
    return last == '{' ? "expected a string key or '}'" : "expected a string key";
  if (last == '\0' || last == '[' || last == ',' || last == ':') {
    const char c = text[at];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      return "unknown word; expected a value such as true, false or null";
    return last == '[' ? "expected a value or ']'" : "expected a value";
  }
  if (container == nullptr) return "unexpected text after the JSON value";
  if (!inObject) return "expected ',' or ']'";
  return afterKey ? "expected ':'" : "expected ',' or '}'";
}

const char* reasonOf(const error_code& ec) {
  using boost::json::error;
  if (ec == error::exponent_overflow) return "number exponent out of range";
  if (ec == error::expected_hex_digit) return "a \\u escape needs four hex digits";
  if (ec == error::illegal_leading_surrogate || ec == error::illegal_trailing_surrogate)
    return "invalid UTF-16 surrogate pair in \\u escapes";
  return nullptr; // syntax: depends on where it happened
}

} // namespace

/// Boost.JSON's SAX handler. Values wait on a stack until their container
/// closes; then the container's children are moved, side by side, to the tape.
/// Tape and stack share one buffer, the tape growing from its start and the
/// stack down from its end: a node is on one or the other, so the buffer never
/// needs more than the document's node count, even for one huge flat array.
class Builder {
public:
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
  static_assert(sizeof(Document::Node) == 16, "the memory budget counts on 16-byte nodes");

  Builder(Document& doc, std::string_view text, Capacity capacity)
      : doc_(doc), text_(text), nodes_(new Document::Node[capacity.nodes]),
        capacity_(capacity.nodes), strings_(new char[capacity.stringBytes]),
        stringsCapacity_(capacity.stringBytes) {
    doc_.text_ = text.data();
    doc_.nodes_.reset(nodes_);
    doc_.strings_.reset(strings_);
  }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }

  bool on_array_begin(error_code&) { return open(Kind::array); }
  bool on_object_begin(error_code&) { return open(Kind::object); }
  bool on_array_end(std::size_t n, error_code&) { return close(Kind::array, n, n); }
  bool on_object_end(std::size_t n, error_code&) { return close(Kind::object, n, 2 * n); }

  bool on_string_part(boost::json::string_view s, std::size_t, error_code&) {
    // Unescaping only shrinks a string, so the input's size always suffices;
    // the check keeps the arena safe should that ever be wrong.
    if (s.size() > stringsCapacity_ - stringsUsed_) growStrings(s.size());
    std::memcpy(strings_ + stringsUsed_, s.data(), s.size());
    stringsUsed_ += s.size();
    return true;
  }
  bool on_string(boost::json::string_view s, std::size_t n, error_code& ec) {
    // Boost hands over a string without escapes whole, where it stands in the
    // text; anything else comes from its own buffer, unescaped.
    const std::less_equal<const char*> notAfter;
    const bool inText = s.size() == n && notAfter(text_.data(), s.data()) &&
                        notAfter(s.data() + n, text_.data() + text_.size());
    Document::Node node{Kind::string, !inText, static_cast<std::uint32_t>(n), {}};
    if (inText) {
      node.start = static_cast<std::uint32_t>(s.data() - text_.data());
    } else {
      on_string_part(s, n, ec);
      node.start = static_cast<std::uint32_t>(stringsUsed_ - n);
    }
    return push(node);
  }
  bool on_key_part(boost::json::string_view s, std::size_t n, error_code& ec) {
    return on_string_part(s, n, ec);
  }
  bool on_key(boost::json::string_view s, std::size_t n, error_code& ec) {
    on_string(s, n, ec);
    afterKey_ = true;
    return true;
  }

  bool on_number_part(boost::json::string_view s, error_code&) {
    numberText_.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t i, boost::json::string_view s, error_code& ec) {
    // Integers up to 2^53 are exact as doubles, so they need no decimal conversion.
    constexpr std::int64_t exact = std::int64_t{1} << 53;
    if (i < -exact || i > exact) return on_double(0, s, ec);
    const bool negativeZero =
        i == 0 && (numberText_.empty() ? s.front() : numberText_.front()) == '-';
    numberText_.clear();
    return pushNumber(negativeZero ? -0.0 : static_cast<double>(i));
  }
  bool on_uint64(std::uint64_t, boost::json::string_view s, error_code& ec) {
    return on_double(0, s, ec);
  }
  // Boost 1.81 rounds some decimals wrongly, so its value is ignored and the
  // text converted again, correctly rounded.
  bool on_double(double, boost::json::string_view s, error_code& ec) {
    std::string_view text(s.data(), s.size());
    if (!numberText_.empty()) {
      numberText_.append(s.data(), s.size());
      text = numberText_;
    }
    const double x = parseNumber(text);
    numberLength_ = text.size();
    numberText_.clear();
    // JSON.parse would give Infinity; JSON has no such value, so the spec
    // makes a number too large for a double a parse error.
    if (std::isinf(x)) {
      numberTooLarge_ = true;
      ec = boost::json::error::exponent_overflow;
      return false;
    }
    return pushNumber(x);
  }

  bool on_bool(bool b, error_code&) { return push({Kind::boolean, b, 0, {}}); }
  bool on_null(error_code&) { return push({Kind::null, false, 0, {}}); }
  bool on_comment_part(boost::json::string_view, error_code&) { return true; }
  bool on_comment(boost::json::string_view, error_code&) { return true; }

  /// After a successful parse: the root, alone on the stack, goes last on the tape.
  void finish() {
    nodes_[placed_] = nodes_[capacity_ - 1];
    doc_.root_ = static_cast<std::uint32_t>(placed_);
  }

  const Kind* container() const { return open_.empty() ? nullptr : &open_.back(); }
  bool afterKey() const { return afterKey_; }
  bool numberTooLarge() const { return numberTooLarge_; }
  std::size_t numberLength() const { return numberLength_; }

private:
  bool push(const Document::Node& node) {
    if (placed_ + pending_ == capacity_) grow();
    nodes_[capacity_ - ++pending_] = node;
    afterKey_ = false;
    return true;
  }
  // measure() bounds the nodes of any text boost accepts, so this only keeps
  // the buffer safe should that bound ever be wrong.
  void grow() {
    const std::size_t capacity = 2 * capacity_ + 1;
    std::unique_ptr<Document::Node[]> nodes(new Document::Node[capacity]);
    std::copy(nodes_, nodes_ + placed_, nodes.get());
    std::copy(nodes_ + capacity_ - pending_, nodes_ + capacity_, nodes.get() + capacity - pending_);
    nodes_ = nodes.get();
    capacity_ = capacity;
    doc_.nodes_ = std::move(nodes);
  }
  void growStrings(std::size_t more) {
    const std::size_t capacity = 2 * stringsCapacity_ + more;
    std::unique_ptr<char[]> strings(new char[capacity]);
    std::memcpy(strings.get(), strings_, stringsUsed_);
    strings_ = strings.get();
    stringsCapacity_ = capacity;
    doc_.strings_ = std::move(strings);
  }
  bool pushNumber(double x) {
    Document::Node node{Kind::number, false, 0, {}};
    node.number = x;
    return push(node);
  }
  bool open(Kind kind) {
    open_.push_back(kind);
    afterKey_ = false;
    return true;
  }
  bool close(Kind kind, std::size_t members, std::size_t children) {
    // The stack holds the children last first; the two regions may overlap.
    Document::Node* const to = nodes_ + placed_;
    std::memmove(to, nodes_ + capacity_ - pending_, children * sizeof(Document::Node));
    std::reverse(to, to + children);
    Document::Node node{kind, false, static_cast<std::uint32_t>(members), {}};
    node.start = static_cast<std::uint32_t>(placed_);
    placed_ += children;
    pending_ -= children;
    open_.pop_back();
    return push(node);
  }

  Document& doc_;
  std::string_view text_;
  Document::Node* nodes_;
  std::size_t capacity_;
  std::size_t placed_ = 0;  // nodes on the tape, from the start
  std::size_t pending_ = 0; // nodes on the stack, from the end
  char* strings_;
  std::size_t stringsCapacity_;
  std::size_t stringsUsed_ = 0;
  std::vector<Kind> open_;
  std::string numberText_; // a number boost handed over in pieces
  std::size_t numberLength_ = 0;
  bool afterKey_ = false;
  bool numberTooLarge_ = false;
};

Document Document::parse(std::string_view text) {
  Document doc;
  if (text.size() > limits::inputBytes) {
    // Not the size: readers stop one byte past the limit, so it is unknown.
    doc.error_ =
        Error{"limit", "",
              "The input is larger than the limit of " + std::to_string(limits::inputBytes) +
                  " bytes (" + std::to_string(limits::inputBytes >> 20) + " MiB)."};
    return doc;
  }
  boost::json::parse_options options;
  options.max_depth = limits::depth;
  boost::json::basic_parser<Builder> parser(options, doc, text, measure(text));
  error_code ec;
  const std::size_t at = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && at == text.size()) {
    parser.handler().finish();
    return doc;
  }

  const Builder& builder = parser.handler();
  doc.nodes_.reset();
  doc.strings_.reset();
  if (ec == boost::json::error::too_deep) {
    const Position p = positionOf(text, at);
    doc.error_ = Error{"limit", "",
                       "Arrays and objects nest deeper than the limit of " +
                           std::to_string(limits::depth) + " at line " + std::to_string(p.line) +
                           ", column " + std::to_string(p.column) + "."};
    return doc;
  }
  std::size_t where = at;
  const char* reason = nullptr;
  if (builder.numberTooLarge()) {
    where = at - builder.numberLength(); // boost stopped at the number's end
    reason = "number too large for a double";
  } else if (ec == boost::json::error::incomplete) {
    const bool blank = text.find_first_not_of(" \t\n\r") == std::string_view::npos;
    reason = blank ? "the input is empty" : "unexpected end of input";
  } else if (!ec) {
    reason = "unexpected text after the JSON value";
  } else if ((reason = reasonOf(ec)) == nullptr) {
    reason = syntaxReason(text, at, builder.container(), builder.afterKey());
  }
  const Position p = positionOf(text, where);
  doc.error_ = Error{"parse-error", "",
                     "Invalid JSON at line " + std::to_string(p.line) + ", column " +
                         std::to_string(p.column) + ": " + reason + "."};
  return doc;
}

std::optional<Value> Value::find(std::string_view key) const {
  // Readers look up every member they know by name, so this is the reader's
  // inner loop: keys are told apart by length and first byte before memcmp.
  const Document::Node& object = doc_->nodes_[index_];
  const Document::Node* const keys = doc_->nodes_.get() + object.start; // key, value, key, ...
  // From the end, so that a repeated key finds its last value, as JSON.parse keeps.
  for (std::uint32_t i = object.length; i-- > 0;) {
    const Document::Node& candidate = keys[2 * i];
    if (candidate.length != key.size()) continue;
    const char* const text =
        (candidate.boolean ? doc_->strings_.get() : doc_->text_) + candidate.start;
    if (key.empty() || (text[0] == key[0] && std::memcmp(text, key.data(), key.size()) == 0))
      return Value(doc_, object.start + 2 * i + 1);
  }
  return std::nullopt;
}

} // namespace svcalc::json

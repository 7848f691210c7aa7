// A parsed JSON document with JSON.parse's meaning: every number is a double
// rounded exactly from its text, and in an object with a repeated key the last
// value wins. Boost.JSON's SAX parser does the tokenising; this class keeps the
// tree compactly so that a 32 MiB input stays within a few times its size.
#pragma once

#include "svcalc/error.hpp"

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace svcalc::json {

enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

class Document;

/// A handle to one value inside a Document. Cheap to copy; valid while the
/// Document lives.
class Value {
public:
  Kind kind() const;
  bool isNumber() const { return kind() == Kind::number; }
  bool isString() const { return kind() == Kind::string; }
  bool isArray() const { return kind() == Kind::array; }
  bool isObject() const { return kind() == Kind::object; }

  bool asBool() const;               ///< precondition: Kind::boolean
  double asNumber() const;           ///< precondition: Kind::number
  std::string_view asString() const; ///< UTF-8; precondition: Kind::string

  /// Arrays: the number of elements. Objects: the number of members as written,
  /// repeated keys included.
  std::size_t size() const;
  /// Arrays: element `i` (i < size()).
  Value at(std::size_t i) const;
  /// Objects: key and value of member `i` (i < size()), in document order.
  std::string_view keyAt(std::size_t i) const;
  Value valueAt(std::size_t i) const;
  /// Objects: the value of `key`, the last one when the key is repeated.
  std::optional<Value> find(std::string_view key) const;

private:
  friend class Document;
  Value(const Document* doc, std::uint32_t index) : doc_(doc), index_(index) {}
  const Document* doc_;
  std::uint32_t index_;
};

/// The outcome of parsing: a document, or one error with code "parse-error"
/// (message with line and column) or "limit" (input over limits::inputBytes,
/// nesting over limits::depth), both at path "".
class Document {
public:
  /// The document refers to `text`'s bytes: it is valid while `text` lives.
  static Document parse(std::string_view text);

  bool ok() const { return !error_; }
  const std::optional<Error>& error() const { return error_; }
  Value root() const; ///< precondition: ok()

private:
  friend class Value;
  friend class Builder;
  // One value or object key in 16 bytes. The children of an array or object
  // sit side by side in nodes_ (an object's as key, value, key, value, ...),
  // so element i is one index away and no node needs a list of its own.
  struct Node {
    Kind kind;
    bool boolean;         ///< boolean: the value; string: escaped, so in strings_
    std::uint32_t length; ///< string: bytes; array: elements; object: members
    union {
      double number;
      std::uint32_t start; ///< string: offset in text_ or strings_; array, object: first child
    };
  };
  std::unique_ptr<Node[]> nodes_; // sized by an upper bound; not all are in use
  std::uint32_t root_ = 0;
  // Most strings, and keys above all, have no escapes: they are read where
  // they stand in the text. Only escaped ones are copied, unescaped, to
  // strings_, an arena sized by an upper bound like nodes_.
  const char* text_ = nullptr;
  std::unique_ptr<char[]> strings_;
  std::optional<Error> error_;
};

// The accessors are inline: readers call them for every member they read.

inline Value Document::root() const {
  assert(ok());
  return Value(this, root_);
}

inline Kind Value::kind() const {
  return doc_->nodes_[index_].kind;
}

inline bool Value::asBool() const {
  assert(kind() == Kind::boolean);
  return doc_->nodes_[index_].boolean;
}

inline double Value::asNumber() const {
  assert(kind() == Kind::number);
  return doc_->nodes_[index_].number;
}

inline std::string_view Value::asString() const {
  const Document::Node& node = doc_->nodes_[index_];
  assert(node.kind == Kind::string);
  return {(node.boolean ? doc_->strings_.get() : doc_->text_) + node.start, node.length};
}

inline std::size_t Value::size() const {
  assert(isArray() || isObject());
  return doc_->nodes_[index_].length;
}

inline Value Value::at(std::size_t i) const {
  assert(isArray() && i < size());
  return Value(doc_, static_cast<std::uint32_t>(doc_->nodes_[index_].start + i));
}

inline std::string_view Value::keyAt(std::size_t i) const {
  assert(isObject() && i < size());
  return Value(doc_, static_cast<std::uint32_t>(doc_->nodes_[index_].start + 2 * i)).asString();
}

inline Value Value::valueAt(std::size_t i) const {
  assert(isObject() && i < size());
  return Value(doc_, static_cast<std::uint32_t>(doc_->nodes_[index_].start + 2 * i + 1));
}

} // namespace svcalc::json

// Compact JSON appended to a std::string: the bytes rapidjson::Writer writes
// (no spaces, ':' after keys, ',' between members), with every string
// escaped and sanitized by AppendJsonString in one pass. The JSON-LD writer
// uses it for its millions of short strings; the method names are Writer's.
#ifndef COOPGRAPH_EXPORTERS_JSON_LINE_H_
#define COOPGRAPH_EXPORTERS_JSON_LINE_H_

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/text.h"

namespace coopgraph::exporters::internal {

// The decimal digits of `value`, as JSON writes an unsigned integer.
inline void AppendUint64(std::uint64_t value, std::string* out) {
  char digits[20];
  out->append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
}

class JsonLine {
 public:
  explicit JsonLine(std::string* out) : out_(out) {}

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key) {
    Prefix();
    // Keys are printable ASCII: copied as they are.
    bool plain = true;
    for (std::size_t i = 0; plain && i < key.size(); ++i) {
      const auto b = static_cast<unsigned char>(key[i]);
      plain = b >= 0x20 && b < 0x7F && b != '"' && b != '\\';
    }
    if (plain) {
      out_->push_back('"');
      out_->append(key);
      out_->append("\":", 2);
    } else {
      AppendJsonString(key, out_);
      out_->push_back(':');
    }
    after_key_ = true;
  }
  void String(std::string_view text) {
    Prefix();
    AppendJsonString(text, out_);
  }
  // A value already in JSON: a string quoted and escaped by AppendJsonString,
  // or a whole object written the way this class writes one.
  void StringLiteral(std::string_view json) {
    Prefix();
    out_->append(json);
  }
  void Bool(bool value) {
    Prefix();
    *out_ += value ? "true" : "false";
  }
  void Uint64(std::uint64_t value) {
    Prefix();
    AppendUint64(value, out_);
  }

 private:
  // What goes before a value: nothing after a key or first in its container, else ','.
  void Prefix() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_.empty()) {
      if (!first_.back()) out_->push_back(',');
      first_.back() = false;
    }
  }
  void Open(char bracket) {
    Prefix();
    out_->push_back(bracket);
    first_.push_back(true);
  }
  void Close(char bracket) {
    first_.pop_back();
    out_->push_back(bracket);
  }

  std::string* out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_EXPORTERS_JSON_LINE_H_

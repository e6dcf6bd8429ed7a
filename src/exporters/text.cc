#include "exporters/text.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/byte_words.h"
#include "base/escape.h"
#include "base/utf8.h"

namespace coopgraph::exporters::internal {
namespace {

// `text` matches `shape`, where '9' stands for an ASCII digit.
bool HasShape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (shape[i] == '9' ? !digit : text[i] != shape[i]) return false;
  }
  return true;
}

// "hh:mm:ss", optional fraction, optional "Z" or "+hh:mm".
bool IsTimeOfDay(std::string_view t) {
  if (t.size() < 8 || !HasShape(t.substr(0, 8), "99:99:99")) return false;
  t.remove_prefix(8);
  if (!t.empty() && t[0] == '.') {
    std::size_t n = 1;
    while (n < t.size() && t[n] >= '0' && t[n] <= '9') ++n;
    if (n == 1) return false;
    t.remove_prefix(n);
  }
  return t.empty() || t == "Z" || (t.size() == 6 && (t[0] == '+' || t[0] == '-') && HasShape(t.substr(1), "99:99"));
}

}  // namespace

const char* XsdDateType(std::string_view iso) {
  if (HasShape(iso, "9999-99-99")) return "xsd:date";
  if (HasShape(iso, "9999-99")) return "xsd:gYearMonth";
  if (HasShape(iso, "9999")) return "xsd:gYear";
  if (HasShape(iso, "--99-99")) return "xsd:gMonthDay";
  if (iso.size() > 11 && HasShape(iso.substr(0, 11), "9999-99-99T") && IsTimeOfDay(iso.substr(11))) {
    return "xsd:dateTime";
  }
  return nullptr;
}

std::string DotLabelText(std::string_view text) {
  const std::string clean = SanitizeUtf8(text);
  std::string out;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    const auto b = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";  // Graphviz reads "&lt;", "&#45;" in labels as entities
    } else if (c == '\n' || (c == '\r' && (i + 1 == clean.size() || clean[i + 1] != '\n'))) {
      out += "\\n";  // "\r\n" is one line break: its '\r' is dropped
    } else if (c == '\r') {
    } else if (b < 0x20 || b == 0x7F) {
      out += ' ';
    } else if (IsNoncharacterAt(clean, i)) {
      out += kReplacementCharacterUtf8;  // not an XML character (the SVG)
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// True when no byte of `word` must be escaped in a JSON string: none below
// 0x20, none '"' or '\\'. Bytes of multibyte sequences pass.
bool NoJsonEscapeIn(std::uint64_t word) {
  using namespace byte_words;
  return (BytesBelow(word, 0x20) | BytesEqual(word, '"') | BytesEqual(word, '\\')) == 0;
}

bool NeedsJsonEscape(unsigned char b) { return b < 0x20 || b == '"' || b == '\\'; }

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  if (!IsValidUtf8(text)) {
    const std::string clean = SanitizeUtf8(text);
    return AppendJsonString(clean, out);
  }
  static constexpr char kHex[] = "0123456789ABCDEF";
  const char* p = text.data();
  const std::size_t n = text.size();
  out->push_back('"');
  for (std::size_t i = 0; i < n;) {
    std::size_t run = i;
    while (run + 8 <= n && NoJsonEscapeIn(byte_words::Load(p + run))) run += 8;
    while (run < n && !NeedsJsonEscape(static_cast<unsigned char>(p[run]))) ++run;
    out->append(p + i, run - i);
    if (run == n) break;
    const auto b = static_cast<unsigned char>(p[run]);
    i = run + 1;
    switch (b) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\f': *out += "\\f"; break;
      case '\r': *out += "\\r"; break;
      case 0: *out += kReplacementCharacterUtf8; break;  // as SanitizeUtf8
      default:
        *out += "\\u00";
        out->push_back(kHex[b >> 4]);
        out->push_back(kHex[b & 0xF]);
    }
  }
  out->push_back('"');
}

void AppendXmlAttribute(std::string_view name, std::string_view value, std::string* out) {
  *out += ' ';
  *out += name;
  *out += "=\"";
  AppendMarkupEscaped(value, Markup::kXmlAttribute, out);
  *out += '"';
}

}  // namespace coopgraph::exporters::internal

#include "exporters/text.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "coopgraph/base/byte_words.h"
#include "coopgraph/base/utf8.h"

namespace coopgraph::exporters::internal {

bool IsNoncharacterAt(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '\xEF' && text[i + 1] == '\xBF' &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

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
      out += "\xEF\xBF\xBD";  // not an XML character (the SVG): U+FFFD
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
      case 0: *out += "\xEF\xBF\xBD"; break;  // as SanitizeUtf8
      default:
        *out += "\\u00";
        out->push_back(kHex[b >> 4]);
        out->push_back(kHex[b & 0xF]);
    }
  }
  out->push_back('"');
}

void AppendXml(std::string_view text, bool attribute, std::string* out) {
  const bool clean = IsValidUtf8(text) && text.find('\0') == std::string_view::npos;
  const std::string sanitized = clean ? std::string() : SanitizeUtf8(text);
  const std::string_view s = clean ? text : std::string_view(sanitized);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '&': *out += "&amp;"; continue;
      case '<': *out += "&lt;"; continue;
      case '>': *out += "&gt;"; continue;
      case '"': *out += "&quot;"; continue;
      case '\r': *out += "&#13;"; continue;
      case '\t': *out += attribute ? "&#9;" : "\t"; continue;
      case '\n': *out += attribute ? "&#10;" : "\n"; continue;
      default: break;
    }
    if (b < 0x20) {
      *out += "\xEF\xBF\xBD";
    } else if (b == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      *out += "\xEF\xBF\xBD";  // U+FFFE, U+FFFF
      i += 2;
    } else {
      *out += c;
    }
  }
}

void AppendXmlAttribute(std::string_view name, std::string_view value, std::string* out) {
  *out += ' ';
  *out += name;
  *out += "=\"";
  AppendXml(value, true, out);
  *out += '"';
}

}  // namespace coopgraph::exporters::internal

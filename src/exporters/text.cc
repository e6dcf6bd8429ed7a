#include "exporters/text.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/byte_words.h"
#include "base/escape.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "coopgraph/base/date.h"

namespace coopgraph::exporters::internal {

const char* XsdDateType(std::string_view iso) {
  switch (IsoDateShapeOf(iso)) {
    case IsoDateShape::kDate: return "xsd:date";
    case IsoDateShape::kYearMonth: return "xsd:gYearMonth";
    case IsoDateShape::kYear: return "xsd:gYear";
    case IsoDateShape::kMonthDay: return "xsd:gMonthDay";
    case IsoDateShape::kDateTime: return "xsd:dateTime";
    case IsoDateShape::kNone: break;
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
        AppendHexByte(b, out);
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

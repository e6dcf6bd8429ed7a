#include "exporters/text.h"

#include <regex>

#include "coopgraph/base/utf8.h"
#include "coopgraph/exporters/exporters.h"

namespace coopgraph::exporters::internal {

std::string SanitizeUtf8(std::string_view text) {
  if (IsValidUtf8(text) && text.find('\0') == std::string_view::npos) return std::string(text);
  std::u32string cps = Utf8ToUtf32(text);  // invalid sequences are U+FFFD already
  for (char32_t& cp : cps) {
    if (cp == 0) cp = 0xFFFD;
  }
  return Utf32ToUtf8(cps);
}

std::string NodeIri(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kEncoded = "<>\"{}|\\^`#?% ";
  std::string out = kIdBase;
  for (char c : SanitizeUtf8(id)) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F || kEncoded.find(c) != std::string_view::npos) {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    } else {
      out += c;  // non-ASCII stays as is: IRIs allow it
    }
  }
  return out;
}

const char* XsdDateType(std::string_view iso) {
  struct Shape {
    std::regex pattern;
    const char* type;
  };
  static const Shape kShapes[] = {
      {std::regex(R"(\d{4}-\d{2}-\d{2})"), "xsd:date"},
      {std::regex(R"(\d{4}-\d{2})"), "xsd:gYearMonth"},
      {std::regex(R"(\d{4})"), "xsd:gYear"},
      {std::regex(R"(--\d{2}-\d{2})"), "xsd:gMonthDay"},
      {std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)"),
       "xsd:dateTime"},
  };
  for (const Shape& shape : kShapes) {
    if (std::regex_match(iso.begin(), iso.end(), shape.pattern)) return shape.type;
  }
  return nullptr;
}

std::string DotLabelText(std::string_view text) {
  std::string out;
  for (char c : SanitizeUtf8(text)) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      // dropped: "\r\n" is one line break
    } else if (b < 0x20 || b == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace coopgraph::exporters::internal

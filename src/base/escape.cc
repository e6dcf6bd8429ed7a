#include "base/escape.h"

#include "base/utf8.h"

namespace coopgraph {
namespace {

// What replaces byte `b` in `markup`, or nullptr when it stays.
const char* Replacement(unsigned char b, Markup markup) {
  const bool html = markup == Markup::kHtml;
  const bool attribute = markup == Markup::kXmlAttribute;
  switch (b) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return html ? "&#39;" : nullptr;
    case '\t': return attribute ? "&#9;" : nullptr;
    case '\n': return attribute ? "&#10;" : nullptr;
    case '\r': return html ? " " : "&#13;";
    case 0x7F: return html ? " " : nullptr;
    default: break;
  }
  if (b < 0x20) return html ? " " : kReplacementCharacterUtf8;
  return nullptr;
}

// One table per dialect, built once.
struct ReplacementTable {
  const char* bytes[256];
  explicit ReplacementTable(Markup markup) {
    for (int b = 0; b < 256; ++b) bytes[b] = Replacement(static_cast<unsigned char>(b), markup);
  }
};

const ReplacementTable& TableFor(Markup markup) {
  static const ReplacementTable html(Markup::kHtml);
  static const ReplacementTable text(Markup::kXmlText);
  static const ReplacementTable attribute(Markup::kXmlAttribute);
  return markup == Markup::kHtml ? html : markup == Markup::kXmlText ? text : attribute;
}

}  // namespace

void AppendMarkupEscaped(std::string_view text, Markup markup, std::string* out) {
  std::string valid;
  if (!IsValidUtf8(text)) {
    valid = RepairUtf8(text).text;
    text = valid;
  }
  const ReplacementTable& table = TableFor(markup);
  const bool xml = markup != Markup::kHtml;
  std::size_t copied = 0;  // runs that stay as they are are copied at once
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const char* replacement = table.bytes[b];
    const bool nonchar = xml && b == 0xEF && IsNoncharacterAt(text, i);
    if (replacement == nullptr && !nonchar) continue;
    out->append(text.data() + copied, i - copied);
    *out += nonchar ? kReplacementCharacterUtf8 : replacement;
    if (nonchar) i += 2;
    copied = i + 1;
  }
  out->append(text.data() + copied, text.size() - copied);
}

std::string MarkupEscaped(std::string_view text, Markup markup) {
  std::string out;
  out.reserve(text.size());
  AppendMarkupEscaped(text, markup, &out);
  return out;
}

void AppendCsvField(std::string_view text, CsvQuoting quoting, std::string* out) {
  if (quoting == CsvQuoting::kWhenNeeded && text.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string CsvField(std::string_view text, CsvQuoting quoting) {
  std::string out;
  AppendCsvField(text, quoting, &out);
  return out;
}

}  // namespace coopgraph

// The one markup escaper (HTML, XML text and attributes) and the one CSV
// field writer. Internal, byte level. Pure functions, thread safe.
#ifndef COOPGRAPH_SRC_BASE_ESCAPE_H_
#define COOPGRAPH_SRC_BASE_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace coopgraph {

// Where escaped text goes. The dialects differ only where the formats do:
// HTML (the report) shows control characters as spaces and escapes ' too,
// for attributes in either quote; XML 1.0 forbids controls, U+FFFE and U+FFFF
// (written as U+FFFD) and would fold CR, and in an attribute tab and LF, so
// those become character references.
enum class Markup { kHtml, kXmlText, kXmlAttribute };

// `text` escaped for `markup`, appended to *out: & < > " (and for HTML ')
// as references; invalid UTF-8 as U+FFFD; NUL as a space (HTML) or U+FFFD.
void AppendMarkupEscaped(std::string_view text, Markup markup, std::string* out);
std::string MarkupEscaped(std::string_view text, Markup markup);

// U+FFFE or U+FFFF (EF BF BE/BF) at text[i]: characters neither XML nor an
// IRI may hold.
inline bool IsNoncharacterAt(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '\xEF' && text[i + 1] == '\xBF' &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

// A CSV field (RFC 4180): in double quotes with quotes doubled, when quoted.
// kWhenNeeded quotes only a field holding , " CR or LF (query results);
// kAlways quotes every field, so Neo4j's importer keeps leading and trailing
// spaces whatever its trimming.
enum class CsvQuoting { kWhenNeeded, kAlways };
void AppendCsvField(std::string_view text, CsvQuoting quoting, std::string* out);
std::string CsvField(std::string_view text, CsvQuoting quoting);

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_ESCAPE_H_

// Private helpers shared by the exporters: safe text.
#ifndef COOPGRAPH_EXPORTERS_TEXT_H_
#define COOPGRAPH_EXPORTERS_TEXT_H_

#include <string>
#include <string_view>

namespace coopgraph::exporters::internal {

// The XML Schema datatype ("xsd:date", "xsd:gYearMonth", "xsd:gYear",
// "xsd:gMonthDay", "xsd:dateTime") of an ISO date at its precision, or
// nullptr when the text is not one of those shapes.
const char* XsdDateType(std::string_view iso);

// Text for a Graphviz label: sanitized, backslashes doubled (so "\N", "\l"
// stay literal), '&' as "&amp;" (so "&lt;" stays literal, and an unknown
// "&x;" cannot make the SVG ill-formed), line breaks (\n, \r\n, \r) as the
// "\n" escape, other controls as spaces, U+FFFE/U+FFFF (not XML characters)
// as U+FFFD.
std::string DotLabelText(std::string_view text);

// `text` as a JSON string literal, quotes included, appended to *out: sanitized
// as SanitizeUtf8 does (invalid UTF-8 and U+0000 as U+FFFD), '"' and '\\'
// escaped, controls as \b \t \n \f \r or \u00XX; the bytes RapidJSON's
// Writer gives, in one pass.
void AppendJsonString(std::string_view text, std::string* out);

void AppendXmlAttribute(std::string_view name, std::string_view value, std::string* out);

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_EXPORTERS_TEXT_H_

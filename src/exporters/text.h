// Private helpers shared by the exporters: safe text.
#ifndef COOPGRAPH_EXPORTERS_TEXT_H_
#define COOPGRAPH_EXPORTERS_TEXT_H_

#include <string>
#include <string_view>

namespace coopgraph::exporters::internal {

// U+FFFE or U+FFFF (EF BF BE/BF) at text[i]: allowed neither in IRIs nor in XML.
bool IsNoncharacterAt(std::string_view text, std::size_t i);

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

// XML 1.0 text appended to *out: `&`, `<`, `>` and `"` escaped; CR (and, in
// an attribute value, tab and LF) as character references so parsers keep
// them; characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE,
// U+FFFF) and invalid UTF-8 as U+FFFD.
void AppendXml(std::string_view text, bool attribute, std::string* out);
// ` name="value"`, the value escaped as AppendXml does.
void AppendXmlAttribute(std::string_view name, std::string_view value, std::string* out);

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_EXPORTERS_TEXT_H_

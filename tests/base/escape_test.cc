// The one markup escaper and the one CSV field writer: each dialect's
// replacements byte by byte, and text that needs none copied as it is.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/escape.h"

namespace coopgraph {
namespace {

struct EscapeCase {
  const char* what;
  std::string text;
  std::string html;
  std::string xml_text;
  std::string xml_attribute;
};

TEST_CASE("AppendMarkupEscaped: HTML, XML text and XML attribute differ only where the formats do", "[base]") {
  const std::string R = "\xEF\xBF\xBD";
  const std::vector<EscapeCase> cases = {
      {"plain Vietnamese", "Huỳnh Thành Đạt", "Huỳnh Thành Đạt", "Huỳnh Thành Đạt", "Huỳnh Thành Đạt"},
      {"markup characters", "a<b>&\"c'd", "a&lt;b&gt;&amp;&quot;c&#39;d", "a&lt;b&gt;&amp;&quot;c'd",
       "a&lt;b&gt;&amp;&quot;c'd"},
      {"an entity stays literal", "&lt;", "&amp;lt;", "&amp;lt;", "&amp;lt;"},
      {"tab and line feed", "a\tb\nc", "a\tb\nc", "a\tb\nc", "a&#9;b&#10;c"},
      {"carriage return", "a\rb", "a b", "a&#13;b", "a&#13;b"},
      {"NUL and other controls", std::string("a\0b\x01" "c", 5), "a b c", "a" + R + "b" + R + "c",
       "a" + R + "b" + R + "c"},
      {"DEL", "a\x7f", "a ", "a\x7f", "a\x7f"},
      {"invalid UTF-8", "bad \xFF utf8", "bad " + R + " utf8", "bad " + R + " utf8", "bad " + R + " utf8"},
      {"U+FFFE and U+FFFF are not XML characters", "x\xEF\xBF\xBEy\xEF\xBF\xBF", "x\xEF\xBF\xBEy\xEF\xBF\xBF",
       "x" + R + "y" + R, "x" + R + "y" + R},
      {"other characters from EF stay", "\xEF\xBB\xBF\xEF\xBF\xBD", "\xEF\xBB\xBF\xEF\xBF\xBD",
       "\xEF\xBB\xBF\xEF\xBF\xBD", "\xEF\xBB\xBF\xEF\xBF\xBD"},
  };
  for (const EscapeCase& c : cases) {
    CAPTURE(c.what);
    CHECK(MarkupEscaped(c.text, Markup::kHtml) == c.html);
    CHECK(MarkupEscaped(c.text, Markup::kXmlText) == c.xml_text);
    CHECK(MarkupEscaped(c.text, Markup::kXmlAttribute) == c.xml_attribute);
    std::string appended = "<p>";
    AppendMarkupEscaped(c.text, Markup::kHtml, &appended);
    CHECK(appended == "<p>" + c.html);
  }
}

struct CsvCase {
  std::string text;
  std::string when_needed;
  std::string always;
};

TEST_CASE("AppendCsvField quotes as RFC 4180 says, when needed or always", "[base]") {
  const std::vector<CsvCase> cases = {
      {"", "", "\"\""},
      {"Hà Nội", "Hà Nội", "\"Hà Nội\""},
      {" padded ", " padded ", "\" padded \""},
      {"a,b", "\"a,b\"", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\"", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\"", "\"cr\rhere\""},
  };
  for (const CsvCase& c : cases) {
    CAPTURE(c.text);
    CHECK(CsvField(c.text, CsvQuoting::kWhenNeeded) == c.when_needed);
    CHECK(CsvField(c.text, CsvQuoting::kAlways) == c.always);
  }
}

}  // namespace
}  // namespace coopgraph

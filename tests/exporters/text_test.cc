#include "exporters/text.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "../common/hostile_text.h"
#include "base/utf8.h"

namespace coopgraph::exporters::internal {
namespace {

// What RapidJSON's Writer makes of the sanitized text: the reference.
std::string RapidJsonLiteral(const std::string& text) {
  const std::string clean = SanitizeUtf8(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string JsonLiteral(const std::string& text) {
  std::string out;
  AppendJsonString(text, &out);
  return out;
}

TEST_CASE("AppendJsonString escapes and sanitizes as RapidJSON's Writer does", "[exporters]") {
  CHECK(JsonLiteral("") == "\"\"");
  CHECK(JsonLiteral("Hà Nội") == "\"Hà Nội\"");
  CHECK(JsonLiteral("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  CHECK(JsonLiteral(std::string("nul\0x", 5)) == "\"nul\xEF\xBF\xBDx\"");
  CHECK(JsonLiteral("bad \xC3( end") == "\"bad \xEF\xBF\xBD( end\"");
  for (const auto& row : coopgraph::testing::HostileTexts()) {
    INFO(row.what);
    CHECK(JsonLiteral(row.text) == RapidJsonLiteral(row.text));
  }
  // Random bytes, long and short, ASCII-heavy and not: the word-at-a-time scan
  // must agree with the byte-at-a-time reference at every alignment.
  std::mt19937 random(7);
  const std::string alphabet = std::string("abc \"\\\t\n\x1f\x7f\0", 11) + "\xC3\xA0\xE1\xBA\xA1\xF0\x9F\x98\x80\xFF\x80";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = round % 2 ? alphabet[random() % alphabet.size()] : static_cast<char>(random());
    INFO(round);
    REQUIRE(JsonLiteral(text) == RapidJsonLiteral(text));
  }
}

TEST_CASE("XsdDateType types a date by its precision", "[exporters]") {
  const std::vector<std::pair<std::string, const char*>> cases = {
      {"2018-08-10", "xsd:date"},
      {"2018-08", "xsd:gYearMonth"},
      {"2018", "xsd:gYear"},
      {"--08-10", "xsd:gMonthDay"},
      {"2024-05-29T10:15:00+07:00", "xsd:dateTime"},
      {"2024-05-29T10:15:00Z", "xsd:dateTime"},
      {"29/5/2024", nullptr},
      {"", nullptr},
      {"2018-8", nullptr},
  };
  for (const auto& [in, type] : cases) {
    INFO(in);
    const char* got = XsdDateType(in);
    CHECK(std::string(got ? got : "none") == std::string(type ? type : "none"));
  }
}

TEST_CASE("DotLabelText keeps Graphviz escapes literal", "[exporters]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"a\\Nb", "a\\\\Nb"},
      {"end\\", "end\\\\"},
      {"two\r\nlines", "two\\nlines"},
      {"tab\there", "tab here"},
      {"\"quoted\"", "\"quoted\""},  // cgraph escapes quotes itself
      {"KH&CN", "KH&amp;CN"},           // Graphviz would read "&lt;" as "<"
      {"&lt;b&gt; &#45; &x;", "&amp;lt;b&amp;gt; &amp;#45; &amp;x;"},
  };
  for (const auto& [in, out] : cases) CHECK(DotLabelText(in) == out);
}

}  // namespace
}  // namespace coopgraph::exporters::internal

#include "exporters/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace coopgraph::exporters::internal {
namespace {

TEST_CASE("NodeIri puts ids under the id base, encoding what IRIs forbid", "[exporters]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"person/huynh-thanh-dat", "https://w3id.org/coopgraph/id/person/huynh-thanh-dat"},
      {"place/hà-nội", "https://w3id.org/coopgraph/id/place/hà-nội"},
      {"org/a b#c?d%e", "https://w3id.org/coopgraph/id/org/a%20b%23c%3Fd%25e"},
      {"x/<\"{}|\\^`>", "https://w3id.org/coopgraph/id/x/%3C%22%7B%7D%7C%5C%5E%60%3E"},
      {"x/\n", "https://w3id.org/coopgraph/id/x/%0A"},
  };
  for (const auto& [in, out] : cases) CHECK(NodeIri(in) == out);
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

// Text that breaks writers which do not escape: quotes, markup, DOT syntax,
// JSON and CSV delimiters, backslashes, control characters, invalid UTF-8.
// One table for every output format: a writer's test builds HostileGraph(),
// writes it, reads it back with the format's real consumer and checks that
// each node's name comes back as CleanText(name) (no node, edge or element
// added, nothing unescaped). To cover a new format, add its test beside
// tests/exporters/hostile_text_test.cc; to cover a new attack, add a row here.
#ifndef COOPGRAPH_TESTS_COMMON_HOSTILE_TEXT_H_
#define COOPGRAPH_TESTS_COMMON_HOSTILE_TEXT_H_

#include <string>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::testing {

struct HostileText {
  const char* what;
  std::string text;
};

inline const std::vector<HostileText>& HostileTexts() {
  static const std::vector<HostileText> table = {
      {"double quotes", "Phut \"Simmalavong\""},
      {"single quotes", "O'Brien ' OR '1'='1"},
      {"script element", "<script>alert(1)</script>"},
      {"script end tag", "</script><script>alert(\"x\")</script>"},
      {"markup and comments", "<b>bold</b> <![CDATA[x]]> <!-- c --> <svg onload=alert(1)>"},
      {"entity text", "&amp; &lt;b&gt; &#60; &quot;"},
      {"DOT statement", "}; node [label=\"x\"]"},
      {"DOT edge", "\"]; \"injected\" -> \"person/h0\"; x [label=\""},
      {"DOT escapes", "C:\\Net\\labels \\N \\l \\G \\E \\T \\H"},
      {"backslash before quote", "back\\\"slash \\\\\""},
      {"trailing backslash", "ends with \\"},
      {"line breaks", "two\nlines\r\nand\rthree"},
      {"Unicode line separators", "a\u2028b\u2029c"},
      {"XML noncharacters", "not \uFFFE xml \uFFFF"},
      {"control characters", "tab\tbell\a esc\x1b[31m del\x7f unit\x1f"},
      {"NUL byte", std::string("nul\0byte", 8)},
      {"JSON delimiters", "{\"json\": [1, 2]}, \"x\": \"y\"}"},
      {"CSV delimiters", "a,b;\"c\"\nd\te"},
      {"invalid UTF-8", "bad \xFF\xFE utf8 \xC0\xAF cut \xE1\xBB"},
      {"percent escapes", "%22%3C%00 100%"},
      {"IRI characters", "a b#c?d<e>f{g}h|i^j`k"},
  };
  return table;
}

// What a writer must show for `text`: invalid UTF-8 and NUL become U+FFFD,
// everything else is kept (each format then escapes it its own way).
inline std::string CleanText(const std::string& text) {
  std::u32string cps = Utf8ToUtf32(text);
  for (char32_t& cp : cps) {
    if (cp == 0) cp = 0xFFFD;
  }
  return Utf32ToUtf8(cps);
}

// A graph with the hostile texts in every text field a writer shows: row i
// gives person/h<i> (its name, an alternate name, a title; its id holds the
// text too: ids read back from a JSON-LD file can be anything), org/h<i>,
// country/h<i> (a cluster label in DOT), place/h<i>, event/h<i> and
// agreement/h<i> (names, attendee roles, evidence quotes), and
// article/h<i> (title, URL, outlet, path and body).
//
//   person/h<i> --nationality--> country/h<i> <--country-- org/h<i>
//   person/h<i> --memberOf (role: text)--> org/h<i>
//   place/h<i> --containedInPlace--> country/h<i>
//   event/h<i> --attendee (role: text)--> person/h<i>, org/h<i>; --location--> place/h<i>
//   agreement/h<i> --party--> org/h<i>; --signatory--> person/h<i>
//   event/h<i>, agreement/h<i> --reportedIn--> article/h<i>
inline std::string HostilePersonId(std::size_t i) {
  return "person/h" + std::to_string(i) + "/" + HostileTexts()[i].text;
}

inline graph::KnowledgeGraph HostileGraph() {
  using graph::Node;
  using graph::Relation;
  graph::KnowledgeGraph kg;
  for (std::size_t i = 0; i < HostileTexts().size(); ++i) {
    const std::string& text = HostileTexts()[i].text;
    const std::string n = std::to_string(i);
    const std::string article_id = "article/h" + n;
    graph::Evidence evidence{article_id, 0, 0, CountCodePoints(text), text};
    auto add = [&](std::string id, auto info) {
      Node node;
      node.id = std::move(id);
      node.name = text;
      node.info = std::move(info);
      if (node.kind() != graph::NodeKind::kArticle) {
        node.sources = {article_id};
        node.evidence = {evidence};
      }
      return kg.AddNode(std::move(node));
    };
    graph::ArticleInfo article{"https://example.org/" + text, text, "2024-05-30", text,
                               "in/" + text + ".txt", "h" + n};
    const auto a = add(article_id, article);
    const auto country = add("country/h" + n, graph::CountryInfo{"H" + n});
    const auto org = add("org/h" + n, graph::OrganizationInfo{graph::OrgCategory::kGovernment});
    graph::PersonInfo person_info;
    person_info.roles = {{text, "org/h" + n, "2024-05-30", article_id}};
    const auto person = add(HostilePersonId(i), person_info);
    kg.mutable_node(person).alternate_names = {text + " (alias)"};
    const auto place = add("place/h" + n, graph::PlaceInfo{});
    graph::EventInfo talks;
    talks.kind = graph::MeetingKind::kTalks;
    talks.cameo_code = "046";
    talks.start_date = "2024-05-29";
    const auto event = add("event/h" + n, talks);
    graph::AgreementInfo mou;
    mou.kind = graph::AgreementKind::kMemorandum;
    mou.status = graph::AgreementStatus::kSigned;
    const auto agreement = add("agreement/h" + n, mou);

    auto link = [&](graph::Vertex from, graph::Vertex to, Relation relation, std::string role = "") {
      kg.AddEdge(from, to, graph::Edge{relation, std::move(role), "", {evidence}});
    };
    link(person, country, Relation::kNationality);
    link(person, org, Relation::kMemberOf, text);
    link(org, country, Relation::kCountry);
    link(place, country, Relation::kContainedIn);
    link(event, person, Relation::kAttendee, text);
    link(event, org, Relation::kAttendee);
    link(event, place, Relation::kLocation);
    link(event, a, Relation::kReportedIn);
    link(agreement, org, Relation::kParty);
    link(agreement, person, Relation::kSignatory);
    link(agreement, a, Relation::kReportedIn);
  }
  return kg;
}

}  // namespace coopgraph::testing

#endif  // COOPGRAPH_TESTS_COMMON_HOSTILE_TEXT_H_

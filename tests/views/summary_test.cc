// Specification of the country-level summary (`render --summary`, the
// report's picture of a large graph): countries and their main bodies,
// linked by meetings and agreements per year, bounded whatever the graph.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "coopgraph/views/diagram.h"
#include "views/summary.h"
#include "views_test_util.h"
#include "common/text_search.h"

namespace coopgraph::views {
namespace {

using coopgraph::testing::Contains;
using coopgraph::testing::Count;
using graph::KnowledgeGraph;
using graph::Relation;
using graph::Vertex;

// A graph built fact by fact: countries, bodies of a country, people of a
// body, meetings and agreements between them.
class Builder {
 public:
  Vertex Country(const std::string& code) {
    return Add("country/" + code, "Country " + code, graph::CountryInfo{code});
  }
  Vertex Body(const std::string& id, Vertex country) {
    const Vertex v = Add("organization/" + id, "Body " + id, graph::OrganizationInfo{});
    Link(v, country, Relation::kCountry);
    return v;
  }
  Vertex Person(const std::string& id, Vertex country, Vertex body) {
    const Vertex v = Add("person/" + id, "Person " + id, graph::PersonInfo{});
    Link(v, country, Relation::kNationality);
    Link(v, body, Relation::kMemberOf);
    return v;
  }
  void Meeting(const std::string& date, const std::vector<Vertex>& attendees, bool planned = false,
               bool inferred = false) {
    graph::EventInfo info;
    info.start_date = date;
    info.date_inferred = inferred;
    info.status = planned ? graph::EventStatus::kPlanned : graph::EventStatus::kHeld;
    const Vertex v = Add("event/" + std::to_string(++facts_), "", info);
    for (Vertex a : attendees) Link(v, a, Relation::kAttendee);
  }
  void Agreement(const std::string& date, const std::vector<Vertex>& parties) {
    graph::AgreementInfo info;
    info.signing_date = date;
    const Vertex v = Add("agreement/" + std::to_string(++facts_), "Agreement", info);
    for (Vertex p : parties) Link(v, p, Relation::kParty);
  }
  KnowledgeGraph kg;

 private:
  template <typename Info>
  Vertex Add(const std::string& id, const std::string& name, Info info) {
    graph::Node node;
    node.id = id;
    node.name = name;
    node.info = std::move(info);
    return kg.AddNode(std::move(node));
  }
  void Link(Vertex from, Vertex to, Relation relation) {
    graph::Edge edge;
    edge.relation = relation;
    kg.AddEdge(from, to, edge);
  }
  int facts_ = 0;
};

// One link's label lines (the node in the middle of the line), from the DOT text.
std::string LabelOf(const std::string& dot, const std::string& a, const std::string& b) {
  std::smatch m;
  const std::regex middle("\"link:" + a + "--" + b + "\" \\[fontcolor=\"#1f4e79\", fontsize=11, label=\"([^\"]*)\"");
  return std::regex_search(dot, m, middle) ? m[1].str() : "";
}

// One link's pen width: both halves of the line have it.
double WidthOf(const std::string& dot, const std::string& a, const std::string& b) {
  std::smatch m;
  const std::regex half("\"" + a + "\" -- \"link:" + a + "--" + b + "\" \\[penwidth=([0-9.]+)\\]");
  return std::regex_search(dot, m, half) ? std::stod(m[1]) : 0;
}

TEST_CASE("the summary counts meetings and agreements between two countries, year by year", "[views][render]") {
  Builder b;
  const Vertex vn = b.Country("VN"), la = b.Country("LA"), kh = b.Country("KH");
  const Vertex most = b.Body("most", vn), most_la = b.Body("most-la", la), mic = b.Body("mic", kh);
  const Vertex minister = b.Person("minister", vn, most);
  b.Meeting("2023-03-01", {minister, most_la});
  b.Meeting("2023-11", {most, most_la});
  for (int i = 0; i < 3; ++i) b.Meeting("2024-05-0" + std::to_string(i + 1), {minister, most_la}, i == 0);
  b.Meeting("2024-06-01", {minister, most_la}, false, /*inferred=*/true);
  b.Meeting("--05-29", {minister, most_la});
  b.Agreement("2024-05", {most, la});
  b.Meeting("2024-07-01", {minister, mic});
  b.Meeting("2024-08-01", {minister});  // one country: no link

  internal::SummaryLimits limits;
  const internal::Summary summary = internal::Summarize(b.kg, limits);
  REQUIRE(summary.countries.size() == 3);
  CHECK(b.kg.node(summary.countries[0].country.vertex).id == "country/VN");  // the most active first
  CHECK(summary.countries[0].country.meetings == 9);
  CHECK(summary.countries[0].country.agreements == 1);
  REQUIRE(summary.countries[0].bodies.size() == 1);
  CHECK(summary.countries[0].bodies[0].meetings == 9);  // the minister's meetings count for his ministry
  REQUIRE(summary.links.size() == 2);
  CHECK(summary.links[0].Total() == 8);  // 7 meetings and the agreement, Việt Nam with Lào

  const std::string dot = internal::SummaryDot(b.kg, summary, "Country summary");
  const std::string label = LabelOf(dot, "country/VN", "country/LA");  // ends in the order added
  CHECK(label == "all years: 7 meetings (1 not held), 1 agreement\\l2024: 3 meetings (1 not held), 1 agreement\\l"
                 "2024 (year inferred): 1 meeting\\l");
  CHECK(LabelOf(dot, "country/VN", "country/KH") == "all years: 1 meeting\\l2024: 1 meeting\\l");
  // The heavier link is drawn thicker.
  CHECK(WidthOf(dot, "country/VN", "country/LA") == 8.0);  // the heaviest
  CHECK(WidthOf(dot, "country/VN", "country/KH") > 1.0);
  CHECK(WidthOf(dot, "country/VN", "country/KH") < WidthOf(dot, "country/VN", "country/LA"));
  CHECK(Contains(dot, "<B>Country VN</B></FONT><BR/>9 meetings, 1 agreement</TD>"));
  CHECK(Contains(dot, ">Body most<BR/><FONT POINT-SIZE=\"11\">9 meetings, 1 agreement</FONT>"));
  CHECK_FALSE(Contains(dot, "Left out"));  // nothing was
}

TEST_CASE("the summary of a large graph stays one slide and says what it left out", "[views][render]") {
  // 30 countries of 10 bodies each, every country meeting the first one and
  // its neighbour, over ten years.
  Builder b;
  std::vector<Vertex> countries;
  std::vector<std::vector<Vertex>> bodies;
  for (int c = 0; c < 30; ++c) {
    countries.push_back(b.Country("C" + std::to_string(c)));
    bodies.emplace_back();
    for (int o = 0; o < 10; ++o)
      bodies.back().push_back(b.Body("c" + std::to_string(c) + "-o" + std::to_string(o), countries.back()));
  }
  int n = 0;
  for (int c = 1; c < 30; ++c) {
    for (int k = 0; k < 60 - c; ++k, ++n) {
      const std::string year = std::to_string(2015 + n % 10);
      b.Meeting(year + "-01-01", {bodies[0][n % 10], bodies[c][k % 10]});
      if (k % 7 == 0) b.Meeting(year, {bodies[c][k % 10], bodies[(c % 29) + 1][0]});
      if (k % 11 == 0) b.Agreement(year, {bodies[0][0], countries[c]});
    }
  }
  DiagramOptions options;
  options.summary = true;
  const std::string dot = DiagramDot(b.kg, options).value();
  CHECK(Count(dot, "<TABLE") == 8);           // countries
  CHECK(Count(dot, "BGCOLOR=\"#fff2cc\"") == 8 * 2);  // bodies, two a country
  CHECK(Count(dot, "\"link:") == 3 * 12);  // links: a label node and two halves each
  CHECK(Contains(dot, "Left out: 22 less active countries (Country C"));
  CHECK(Contains(dot, "64 less active bodies (counted in their country)"));
  CHECK(Contains(dot, "lighter link"));
  // Labels give the total and the latest two years.
  std::smatch label;
  REQUIRE(std::regex_search(dot, label, std::regex("\"link:[^\"]*\" \\[fontcolor=\"#1f4e79\", fontsize=11, label=\"([^\"]*)\"")));
  CHECK(Count(label[1].str(), "\\l") == 3);
  // Drawn, it stays within a slide's reach: a few thousand points at most.
  options.format = exporters::ImageFormat::kSvg;
  const std::string svg = RenderDiagram(b.kg, options).value();
  std::smatch size;
  REQUIRE(std::regex_search(svg, size, std::regex("<svg width=\"(\\d+)pt\" height=\"(\\d+)pt\"")));
  CHECK(std::stoi(size[1]) < 3000);
  CHECK(std::stoi(size[2]) < 3000);
}

TEST_CASE("the summary of the sample: Việt Nam and Lào, their main bodies, one line", "[views][render]") {
  DiagramOptions options;
  options.summary = true;
  const std::string dot = DiagramDot(testing::Sample(), options).value();
  CHECK(Count(dot, "<TABLE") == 2);
  CHECK(Count(dot, " -- ") == 2);  // one line, in two halves around its label
  CHECK(Contains(dot, "Country summary of the whole graph"));
  CHECK(Contains(dot, "(1 not held)"));
  const std::string svg = RenderDiagram(testing::Sample(), options).value();
  CHECK(Contains(svg, ">Việt Nam</text>"));
  CHECK(Contains(svg, ">Lào</text>"));
}

}  // namespace
}  // namespace coopgraph::views

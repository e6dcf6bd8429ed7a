#include <catch2/catch.hpp>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/dot.h"
#include "exporters/graphviz_session.h"
#include "common/text_search.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

using testing::SampleGraph;
using testing::SampleOptions;
using testing::TempDir;

using coopgraph::testing::Contains;
using coopgraph::testing::Count;

// Runs the Graphviz CLI on DOT text; returns the SVG, or "" when dot failed.
std::string RunDotCli(const std::string& dot_text) {
  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "g.dot", dot_text).ok());
  const std::string command = "/usr/bin/dot -Tsvg " + (dir / "g.dot") + " -o " + (dir / "g.svg") +
                              " 2> " + (dir / "err.txt");
  const int rc = std::system(command.c_str());
  INFO("dot stderr: " << ReadFileBytes(dir / "err.txt").value());
  REQUIRE(rc == 0);
  CHECK(ReadFileBytes(dir / "err.txt").value().empty());
  return ReadFileBytes(dir / "g.svg").value();
}

TEST_CASE("ToDot draws nodes by kind inside country clusters", "[exporters]") {
  const std::string text = ToDot(SampleGraph());
  CHECK(Contains(text, "digraph coopgraph {"));
  CHECK(Contains(text, "rankdir=LR"));
  CHECK(Contains(text, "charset=\"UTF-8\""));
  CHECK(Contains(text, "subgraph cluster_vn {"));
  CHECK(Contains(text, "subgraph cluster_la {"));
  CHECK(Contains(text, "\t\t\"person/a\" [fillcolor=\"#cfe2f3\", label=\"Huỳnh Thành Đạt\", shape=ellipse];\n"));
  CHECK(Contains(text, "shape=doubleoctagon"));
  CHECK(Contains(text, "shape=diamond"));
  CHECK(Contains(text, "shape=note"));
  CHECK(Contains(text, "label=\"talks\\n2024-05-29\\n(also reported: 2024-05-30)\""));  // an event without a name
  CHECK(Contains(text, "label=\"attendee\\nhead of delegation\\n2024-05-29\""));
  CHECK(Contains(text, "label=\"signatory\\n2024-05\""));
  CHECK_FALSE(Contains(text, "article/a1"));  // provenance stays in the JSON-LD
  CHECK(text == ToDot(SampleGraph()));
  SampleOptions reversed;
  reversed.reverse_insertion = true;
  CHECK(text == ToDot(SampleGraph(reversed)));
}

// The sample graph plus a planned visit of 2024-09 that person/b attends.
graph::KnowledgeGraph WithPlannedVisit() {
  graph::KnowledgeGraph kg = SampleGraph();
  graph::Node planned;
  planned.id = "event/m2";
  graph::EventInfo visit;
  visit.kind = graph::MeetingKind::kVisit;
  visit.start_date = "2024-09";
  visit.status = graph::EventStatus::kPlanned;
  planned.info = visit;
  const graph::Vertex v = kg.AddNode(planned);
  graph::Edge attendee;
  attendee.relation = graph::Relation::kAttendee;
  kg.AddEdge(v, *kg.Find("person/b"), attendee);
  return kg;
}

TEST_CASE("ToDot draws a planned meeting dashed, node and edges, says so in its label and its legend", "[exporters]") {
  const std::string held = ToDot(SampleGraph(), ReaderDotOptions());
  CHECK_FALSE(Contains(held, "style=\"filled,dashed\""));  // held meetings only
  CHECK_FALSE(Contains(held, "style=dashed"));
  CHECK_FALSE(Contains(held, "legend:planned"));
  const graph::KnowledgeGraph kg = WithPlannedVisit();
  DotOptions options;
  options.legend = DotOptions::Legend::kShapes;
  const std::string text = ToDot(kg, options);
  CHECK(Contains(text, "label=\"visit\\n(planned)\\n2024-09\", penwidth=2, shape=diamond, style=\"filled,dashed\"]"));
  CHECK(std::regex_search(text, std::regex("\"event/m2\" -> \"person/b\" \\[[^\\]]*style=dashed\\];")));
  CHECK(std::regex_search(ToDot(kg, ReaderDotOptions()), std::regex("\"person/b\" -> \"event/m2\" \\[[^\\]]*style=dashed\\];")));
  CHECK(Contains(text, "\"legend:planned\" [fillcolor=\"#f4cccc\", label=\"meeting not held (planned, postponed, cancelled)\", "
                       "shape=diamond, style=\"filled,dashed\"]"));
  CHECK(Contains(text, "dashed: not held"));  // the legend says how their edges look
  options.legend = DotOptions::Legend::kTable;
  CHECK(Contains(ToDot(kg, options), "meeting not held (planned, postponed, cancelled), dashed"));
  // A meeting called off or moved is drawn the same way, and its label says which.
  for (const auto& [status, words] : {std::pair{graph::EventStatus::kCancelled, "(cancelled)"},
                                      std::pair{graph::EventStatus::kPostponed, "(postponed)"}}) {
    graph::KnowledgeGraph called_off = WithPlannedVisit();
    std::get<graph::EventInfo>(called_off.mutable_node(*called_off.Find("event/m2")).info).status = status;
    CHECK(Contains(ToDot(called_off), std::string("label=\"visit\\n") + words +
                                          "\\n2024-09\", penwidth=2, shape=diamond, style=\"filled,dashed\"]"));
  }
}

TEST_CASE("ToDot gives each meeting a colour of its own, for its outline and its edges", "[exporters]") {
  const std::string text = ToDot(WithPlannedVisit(), ReaderDotOptions());
  std::smatch m1, m2;
  REQUIRE(std::regex_search(text, m1, std::regex("\"event/m1\" \\[color=\"(#[0-9a-f]{6})\"")));
  REQUIRE(std::regex_search(text, m2, std::regex("\"event/m2\" \\[color=\"(#[0-9a-f]{6})\"")));
  CHECK(m1[1] != m2[1]);  // neighbours in the timeline differ
  // Every edge of a meeting (but the timeline's invisible ones), in its colour.
  std::size_t edges = 0, coloured = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!Contains(line, "\"event/m1\"") || !Contains(line, " -> ") || Contains(line, "style=invis")) continue;
    ++edges;
    coloured += Contains(line, "[color=\"" + m1[1].str() + "\", fontcolor=\"" + m1[1].str() + "\"");
  }
  CHECK(edges == 4);  // three attendees and the place
  CHECK(coloured == edges);
  CHECK(Contains(text, "\"person/b\" -> \"event/m2\" [color=\"" + m2[1].str() + "\""));
}

TEST_CASE("ToDot for a reader: a timeline of meetings between the delegations, clusters saying where each belongs",
          "[exporters]") {
  const std::string plain = ToDot(SampleGraph());
  const std::string text = ToDot(WithPlannedVisit(), ReaderDotOptions());
  // The meetings in one column in date order, a header per date, then the agreements.
  CHECK_FALSE(Contains(plain, "subgraph timeline"));
  CHECK(Contains(text, "\tsubgraph timeline {\n\t\trank=same;\n\t\t\"timeline:0\" [fillcolor=\"#ffffff\", fontsize=16, "
                       "label=\"2024-05-29\", shape=plaintext];\n\t\t\"event/m1\";\n\t\t\"timeline:2\" "
                       "[fillcolor=\"#ffffff\", fontsize=16, label=\"2024-09\", shape=plaintext];\n\t\t\"event/m2\";\n"
                       "\t\t\"timeline:4\" [fillcolor=\"#ffffff\", fontsize=16, label=\"Agreements\", shape=plaintext];\n"
                       "\t\t\"agreement/g1\";\n\t}\n"));
  CHECK(Contains(text, "\t\"timeline:0\" -> \"event/m1\" [style=invis];\n\t\"event/m1\" -> \"timeline:2\" [style=invis];\n"
                       "\t\"timeline:2\" -> \"event/m2\" [style=invis];\n\t\"event/m2\" -> \"timeline:4\" [style=invis];\n"
                       "\t\"timeline:4\" -> \"agreement/g1\" [style=invis];\n"));
  // No edge into a node's own country cluster: the frame shows it.
  CHECK(Contains(plain, "\"person/a\" -> \"country/vn\" [label=\"nationality\"];"));
  CHECK_FALSE(Contains(text, "\"person/a\" -> \"country/vn\""));
  CHECK_FALSE(Contains(text, "\"country/vn\" -> \"person/a\""));
  CHECK_FALSE(Contains(text, "\"place/vientiane\" -> \"country/la\""));
  // Attendee edges say the role; the date is the meeting's own.
  CHECK(std::regex_search(text, std::regex("\\[color=\"#[0-9a-f]{6}\", fontcolor=\"#[0-9a-f]{6}\", "
                                           "(dir=back, )?label=\"head of delegation\", penwidth=1.5\\];")));
  // The country with the most nodes (a tie here, three each: the first by
  // code, Lào) left of the timeline: edges into it written head first, arrows
  // still at their heads; the others right of it.
  CHECK(std::regex_search(text, std::regex("\"person/b\" -> \"event/m1\" \\[[^\\]]*dir=back")));
  CHECK(std::regex_search(text, std::regex("\"event/m1\" -> \"person/a\" \\[")));
  CHECK_FALSE(Contains(text, "\"person/a\" -> \"event/m1\""));
  CHECK(Contains(RunDotCli(text), "<svg"));
}

TEST_CASE("ToDot highlights the focus actor and names it in the legend and the title", "[exporters]") {
  DotOptions options = ReaderDotOptions();
  options.focus = "person/a";
  options.title = "Huỳnh Thành Đạt and those within 1 meeting of them";
  const std::string text = ToDot(SampleGraph(), options);
  CHECK(Contains(text, "\"person/a\" [color=\"#c00000\", fillcolor=\"#cfe2f3\", fontname=\"DejaVu Sans Bold\", "
                       "label=\"Huỳnh Thành Đạt\", penwidth=4, shape=ellipse];"));
  CHECK(Contains(text, "\"legend:focus\" [color=\"#c00000\", fillcolor=\"#cfe2f3\", fontname=\"DejaVu Sans Bold\", "
                       "label=\"focus: Huỳnh Thành Đạt\", penwidth=4, shape=ellipse];"));
  CHECK(Contains(text, "label=\"Huỳnh Thành Đạt and those within 1 meeting of them\", labeljust=l, labelloc=t"));
  CHECK(Count(text, "penwidth=4") == 2);  // nobody else
  options.focus = "person/nobody";
  CHECK_FALSE(Contains(ToDot(SampleGraph(), options), "penwidth=4"));
}

TEST_CASE("DOT labels write dates in the one notation", "[exporters]") {
  struct Case {
    std::string start_date;
    bool inferred;
    std::string label;  // the meeting's date line
  };
  const Case cases[] = {
      {"2024-05-29", false, "2024-05-29"},
      {"2024-05-29", true, "2024-05-29 (year inferred)"},
      {"--05-29", false, "29 May, year unknown"},
      {"2024-05", false, "2024-05"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start_date, c.inferred);
    graph::KnowledgeGraph kg = SampleGraph();
    auto& event = std::get<graph::EventInfo>(kg.mutable_node(*kg.Find("event/m1")).info);
    event.start_date = c.start_date;
    event.date_inferred = c.inferred;
    event.conflicting_dates.clear();
    const std::string text = ToDot(kg, ReaderDotOptions());
    CHECK(Contains(text, "label=\"talks\\n" + c.label + "\""));        // the node
    CHECK(Contains(text, "fontsize=16, label=\"" + c.label + "\""));   // the timeline's header
  }
}

TEST_CASE("the Graphviz CLI renders ToDot output for hostile names", "[exporters]") {
  struct Case {
    std::string name;
    std::string in_svg;  // how the name's text shows in the SVG (XML-escaped)
  };
  const std::vector<Case> cases = {
      {"Phut \"Simmalavong\"", "Phut &quot;Simmalavong&quot;"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"}; node [label=\"x\"]", "}; node [label=&quot;x&quot;]"},
      {"C:\\Net\\labels \\N \\l \\G", "C:\\Net\\labels \\N \\l \\G"},
      {"ends with backslash \\", "ends with backslash \\"},
      {"two\nlines", "lines"},
      {"bad \xFF utf8", "bad \xEF\xBF\xBD utf8"},
      {"<b>html</b>", "&lt;b&gt;html&lt;/b&gt;"},
      {"KH&CN &lt;i&gt; &#0; &nosuch;", "KH&amp;CN &amp;lt;i&amp;gt; &amp;#0; &amp;nosuch;"},  // text, not entities
  };
  for (const auto& c : cases) {
    INFO("name: " << c.name);
    SampleOptions options;
    options.person_b_name = c.name;
    options.person_b_role = c.name;
    const std::string svg = RunDotCli(ToDot(SampleGraph(options)));
    CHECK(Count(svg, "class=\"node\"") == 8);  // no node injected, the article left out
    CHECK(Count(svg, "class=\"cluster\"") == 2);
    CHECK(Contains(svg, c.in_svg));
  }
}

TEST_CASE("cgraph reads ToDot output back: every drawn node, edge and label", "[exporters]") {
  SampleOptions options;
  options.person_b_name = "Tên \"có\" ngoặc \\";
  const std::string text = ToDot(SampleGraph(options));
  internal::GraphvizSession session;
  Agraph_t* g = internal::ReadDot(text);
  REQUIRE(g != nullptr);
  CHECK(agnnodes(g) == 8);
  CHECK(agnedges(g) == static_cast<int>(Count(text, " -> ")));
  CHECK(agnedges(g) > 0);
  Agnode_t* a = agnode(g, internal::Mutable("person/a"), 0);
  REQUIRE(a != nullptr);
  CHECK(std::string(agget(a, internal::Mutable("label"))) == "Huỳnh Thành Đạt");
  CHECK(std::string(agget(a, internal::Mutable("shape"))) == "ellipse");
  bool found_b = false;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    // DotLabelText doubles the backslash; the parser keeps both.
    const std::string label = agget(n, internal::Mutable("label"));
    UNSCOPED_INFO("label: " << label);
    found_b = found_b || label == "Tên \"có\" ngoặc \\\\";
  }
  CHECK(found_b);
  agclose(g);
}

TEST_CASE("RenderSvg lays out DOT text as SVG", "[exporters]") {
  const StatusOr<std::string> svg = RenderSvg(ToDot(SampleGraph()));
  REQUIRE(svg.ok());
  CHECK(svg->rfind("<?xml", 0) == 0);
  CHECK(Contains(*svg, "<svg"));
  CHECK(Contains(*svg, "Huỳnh Thành Đạt"));
}

TEST_CASE("RenderSvg reports DOT that does not parse, then still works", "[exporters]") {
  const StatusOr<std::string> bad = RenderSvg("digraph { a -> ; }}");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kDataLoss);
  CHECK(Contains(bad.status().message(), "syntax error"));
  CHECK(RenderSvg(std::string("digraph { a\0 }", 14)).status().code() == StatusCode::kDataLoss);
  const StatusOr<std::string> good = RenderSvg("digraph { a -> b }");
  REQUIRE(good.ok());
  CHECK(Contains(*good, "<svg"));
}

TEST_CASE("ToDot and RenderSvg may run on several threads at once", "[exporters]") {
  const std::string expected = RenderSvg(ToDot(SampleGraph())).value();
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&result] { result = RenderSvg(ToDot(SampleGraph())).value(); });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) CHECK(result == expected);
}

TEST_CASE("a long label is cut at a whole code point and ends with an ellipsis", "[exporters]") {
  using internal::TruncatedLabel;
  struct Case {
    std::string text;
    std::size_t max_bytes;
    std::string expected;
  };
  const Case cases[] = {
      {"Bộ Ngoại giao", 64, "Bộ Ngoại giao"},      // short enough: unchanged
      {"abcdefgh", 8, "abcdefgh"},                  // exactly the bound
      {"abcdefghi", 8, "abcde…"},                   // 5 bytes and the 3 of "…"
      {"Bộ Ngoại giao", 6, "B…"},                   // "ộ" (3 bytes) does not fit whole after "B"
      {"Bộ Ngoại giao", 7, "Bộ…"},                  // 1 + 3 + 3 bytes
      {"ộộộ", 8, "ộ…"},                             // never half a code point
      {"ab", 1, ""},                                // no room even for the ellipsis
  };
  for (const Case& c : cases) {
    CAPTURE(c.text, c.max_bytes);
    const std::string cut = TruncatedLabel(c.text, c.max_bytes);
    CHECK(cut == c.expected);
    CHECK(cut.size() <= c.max_bytes);
  }
}

TEST_CASE("a label over Graphviz's 16 KB limit is cut far below it", "[exporters]") {
  std::string huge;
  while (huge.size() < 40000) huge += "Ủy ban Hợp tác ";
  const std::string cut = internal::TruncatedLabel(huge);
  CHECK(cut.size() <= internal::kMaxDotLabelBytes);
  CHECK(2 * cut.size() < 16384);  // escaping at most doubles it
  CHECK(cut.compare(cut.size() - 3, 3, "…") == 0);
}

}  // namespace
}  // namespace coopgraph::exporters

#include <catch2/catch.hpp>
#include <cstdlib>
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

TEST_CASE("ToDot draws a planned meeting dashed, says so in its label and its legend", "[exporters]") {
  graph::KnowledgeGraph kg = SampleGraph();
  CHECK_FALSE(Contains(ToDot(kg), "dashed\""));  // held meetings only
  graph::Node planned;
  planned.id = "event/m2";
  graph::EventInfo visit;
  visit.kind = graph::MeetingKind::kVisit;
  visit.start_date = "2024-09";
  visit.status = graph::EventStatus::kPlanned;
  planned.info = visit;
  kg.AddNode(planned);
  DotOptions options;
  options.legend = DotOptions::Legend::kShapes;
  const std::string text = ToDot(kg, options);
  CHECK(Contains(text, "label=\"visit\\n(planned)\\n2024-09\", shape=diamond, style=\"filled,dashed\"]"));
  CHECK(Contains(text, "\"legend:planned\" [fillcolor=\"#f4cccc\", label=\"planned meeting\", shape=diamond, "
                       "style=\"filled,dashed\"]"));
  options.legend = DotOptions::Legend::kTable;
  CHECK(Contains(ToDot(kg, options), "planned meeting, dashed"));
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

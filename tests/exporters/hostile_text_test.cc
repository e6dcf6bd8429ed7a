// Every writer escapes the hostile texts of tests/common/hostile_text.h: the
// real consumer of each format reads back exactly the nodes, edges and text
// written, and no markup from the data reaches an SVG. A new exporter adds
// its own TEST_CASE here over HostileGraph().
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "common/hostile_text.h"
#include "common/temp_dir.h"
#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/graphviz_session.h"
#include "exporters/jsonld.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using coopgraph::testing::CleanText;
using coopgraph::testing::HostileGraph;
using coopgraph::testing::HostilePersonId;
using coopgraph::testing::HostileTexts;
using coopgraph::testing::TempDir;

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

// Nodes and edges the DOT drawing holds: all but articles and the edges to them.
std::size_t DrawnNodes(const graph::KnowledgeGraph& kg) {
  return kg.node_count() - kg.CountKind(graph::NodeKind::kArticle);
}
std::size_t DrawnEdges(const graph::KnowledgeGraph& kg) {
  std::size_t n = 0;
  for (auto [e, end] = boost::edges(kg.graph()); e != end; ++e) n += kg.graph()[*e].relation != graph::Relation::kReportedIn;
  return n;
}

// Runs a shell command; its exit status and its output (stdout and stderr).
std::pair<int, std::string> Run(const std::string& command, const TempDir& dir) {
  const int rc = std::system((command + " > " + (dir / "out.txt") + " 2>&1").c_str());
  return {rc, ReadFileBytes(dir / "out.txt").value()};
}

// Runs a python3 script on a file; its exit status and output.
std::pair<int, std::string> RunPython(const char* script, const std::string& file, const TempDir& dir) {
  REQUIRE(WriteFileAtomically(dir / "check.py", script).ok());
  return Run("/usr/bin/python3 " + (dir / "check.py") + " " + file, dir);
}

constexpr const char* kJsonCheck = R"PY(
import json, sys
doc = json.load(open(sys.argv[1], encoding='utf-8'))  # strict: raises on any error
print(len(doc['@graph']))
)PY";

constexpr const char* kSvgCheck = R"PY(
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])  # raises unless well-formed
print(len(doc.getElementsByTagName('script')), len(doc.getElementsByTagName('b')))
)PY";

TEST_CASE("JSON-LD: hostile texts are valid JSON strings that read back exactly", "[exporters][hostile]") {
  const graph::KnowledgeGraph kg = HostileGraph();
  const std::string jsonld = ToJsonLd(kg, 2);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(jsonld.data(), jsonld.size());
  REQUIRE_FALSE(doc.HasParseError());
  std::map<std::string, const rapidjson::Value*> by_iri;
  for (const auto& node : doc["@graph"].GetArray()) by_iri[node["@id"].GetString()] = &node;
  CHECK(by_iri.size() == kg.node_count());

  auto text_of = [](const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); };
  for (std::size_t i = 0; i < HostileTexts().size(); ++i) {
    const std::string clean = CleanText(HostileTexts()[i].text);
    INFO(HostileTexts()[i].what);
    const auto person = by_iri.find(internal::NodeIri(HostilePersonId(i)));
    REQUIRE(person != by_iri.end());
    CHECK(text_of((*person->second)["name"]) == clean);
    CHECK(text_of((*person->second)["alternateName"][0]) == clean + " (alias)");
    const auto article = by_iri.find(internal::NodeIri("article/h" + std::to_string(i)));
    REQUIRE(article != by_iri.end());
    CHECK(text_of((*article->second)["headline"]) == clean);
  }

  // The graph reader gets every node back under its (clean) id, and writing
  // what it read gives the same bytes.
  auto reread = exporters::ParseJsonLd(jsonld, "hostile.jsonld");
  REQUIRE(reread.ok());
  CHECK(reread->node_count() == kg.node_count());
  CHECK(reread->edge_count() == kg.edge_count());
  for (std::size_t i = 0; i < HostileTexts().size(); ++i) {
    INFO(HostileTexts()[i].what);
    const auto v = reread->Find(CleanText(HostilePersonId(i)));
    REQUIRE(v.has_value());
    CHECK(reread->node(*v).name == CleanText(HostileTexts()[i].text));
  }
  CHECK(ToJsonLd(*reread, 1) == jsonld);
}

TEST_CASE("JSON-LD: python3's strict json module reads the hostile graph", "[exporters][hostile]") {
  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "graph.jsonld", ToJsonLd(HostileGraph())).ok());
  const auto [rc, out] = RunPython(kJsonCheck, dir / "graph.jsonld", dir);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out == std::to_string(HostileGraph().node_count()) + "\n");
}

TEST_CASE("DOT: cgraph and the dot CLI read exactly the nodes, edges and labels written", "[exporters][hostile]") {
  const graph::KnowledgeGraph kg = HostileGraph();
  const std::string dot = ToDot(kg);

  std::vector<std::string> expected_labels;  // what the DOT parser must hand to Graphviz
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) {
    const graph::Node& node = kg.node(*v);
    if (node.kind() == graph::NodeKind::kArticle) continue;
    std::string label = internal::DotLabelText(node.name);
    if (node.kind() == graph::NodeKind::kEvent) label += "\\n2024-05-29";
    expected_labels.push_back(label);
  }
  std::sort(expected_labels.begin(), expected_labels.end());

  internal::GraphvizSession session;
  Agraph_t* g = internal::ReadDot(dot);
  INFO("cgraph: " << session.TakeMessages());
  REQUIRE(g != nullptr);
  CHECK(static_cast<std::size_t>(agnnodes(g)) == DrawnNodes(kg));
  CHECK(static_cast<std::size_t>(agnedges(g)) == DrawnEdges(kg));
  std::vector<std::string> labels;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) labels.emplace_back(agget(n, internal::Mutable("label")));
  std::sort(labels.begin(), labels.end());
  CHECK(labels == expected_labels);
  std::size_t clusters = 0;
  for (Agraph_t* sub = agfstsubg(g); sub != nullptr; sub = agnxtsubg(sub)) ++clusters;
  CHECK(clusters == kg.CountKind(graph::NodeKind::kCountry));
  agclose(g);

  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "graph.dot", dot).ok());
  const auto [rc, out] = Run("/usr/bin/dot -Tcanon -o " + (dir / "canon.dot") + " " + (dir / "graph.dot"), dir);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.empty());
}

TEST_CASE("SVG: no markup from the data, one element per node, well-formed XML", "[exporters][hostile]") {
  const graph::KnowledgeGraph kg = HostileGraph();
  const StatusOr<std::string> svg = RenderSvg(ToDot(kg));
  REQUIRE(svg.ok());
  CHECK(Count(*svg, "<script") == 0);
  CHECK(Count(*svg, "<svg onload") == 0);
  CHECK(Count(*svg, "<b>") == 0);
  CHECK(Count(*svg, "<![CDATA[x") == 0);
  CHECK(Count(*svg, "&lt;script&gt;alert(1)&lt;/script&gt;") > 0);  // shown, escaped
  CHECK(Count(*svg, "class=\"node\"") == DrawnNodes(kg));
  CHECK(Count(*svg, "class=\"edge\"") == DrawnEdges(kg));
  CHECK(Count(*svg, "class=\"cluster\"") == kg.CountKind(graph::NodeKind::kCountry));

  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "graph.svg", *svg).ok());
  const auto [rc, out] = RunPython(kSvgCheck, dir / "graph.svg", dir);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out == "0 0\n");
}

}  // namespace
}  // namespace coopgraph::exporters

// Real consumers read every export: NetworkX the GraphML and the GEXF, rdflib
// the N-Quads (beside the JSON-LD), Graphviz the DOT, and Python's json and
// csv modules the Cytoscape.js elements and the Neo4j import files, on the
// sample corpus's graph and on a small graph with hostile names.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <set>
#include <string>
#include <vector>

#include "common/run.h"
#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/query/query.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

using coopgraph::testing::RunShell;
using coopgraph::testing::ShellQuote;
using graph::NodeKind;
using testing::SampleGraph;
using testing::SampleOptions;
using testing::TempDir;

const std::string kReader = COOPGRAPH_SOURCE_DATA_DIR "/../tests/exporters/read_export.py";
// The committed graph of the sample corpus (a pipeline test keeps it equal
// to what `coopgraph build --out output data/sample` writes).
const std::string kSampleGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";

// Every hazard at once: quotes, markup, DOT and JSON syntax, CSV and array
// delimiters, backslashes, a tab, CR LF, and a control character XML forbids.
const std::string kHostile =
    "Phut \"<script>alert(1)</script>\"\n}; node [label=\"x\"], a;b \\ c\\\"\td\r\ne\x01 & f";
// What XML keeps of it: the control character becomes U+FFFD.
const std::string kHostileInXml =
    "Phut \"<script>alert(1)</script>\"\n}; node [label=\"x\"], a;b \\ c\\\"\td\r\ne\xEF\xBF\xBD & f";

const graph::KnowledgeGraph& Sample() {
  static const graph::KnowledgeGraph kg = [] {
    auto loaded = exporters::ReadJsonLd(kSampleGraph);
    if (!loaded.ok()) FAIL(loaded.status().ToString());
    return std::move(*loaded);
  }();
  return kg;
}

graph::KnowledgeGraph Hostile() {
  SampleOptions options;
  options.person_b_name = kHostile;
  options.person_b_role = "member, \"first\"; <b>";
  graph::KnowledgeGraph kg = SampleGraph(options);
  kg.mutable_node(*kg.Find("person/b")).alternate_names = {"a;b", "c, d", "e | f"};
  return kg;
}

// The counts a projection must have: every node and edge of the typed
// graph, or the actors who met and one link per meeting they shared.
std::pair<std::size_t, std::size_t> Expected(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection) {
  if (projection == graph::ProjectionKind::kFull) return {kg.node_count(), kg.edge_count()};
  const graph::Projection p = graph::MeetingsProjection(kg, [&](graph::Vertex v) {
    return kg.node(v).kind() == NodeKind::kPerson || kg.node(v).kind() == NodeKind::kOrganization;
  });
  std::size_t links = 0;
  for (const auto& [pair, meetings] : p.meetings) links += meetings.size();
  return {p.actors.size(), links};
}

// Runs the reader script on `path`; returns what it printed, parsed.
rapidjson::Document Read(const std::string& kind, const std::string& path, const TempDir& tmp,
                         const std::string& extra = "") {
  auto run = RunShell(std::string(coopgraph::testing::kPython) + " " + ShellQuote(kReader) + " " + kind + " " +
                          ShellQuote(path) + (extra.empty() ? "" : " " + ShellQuote(extra)),
                      tmp);
  INFO(kind << " reader stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  REQUIRE(!doc.HasParseError());
  return doc;
}

std::string Written(const graph::KnowledgeGraph& kg, ExportFormat format, graph::ProjectionKind projection,
                    const TempDir& tmp, const std::string& name, GexfVersion gexf_version = GexfVersion::k1_2Draft) {
  const std::string path = tmp / name;
  ExportOptions options;
  options.projection = projection;
  options.gexf_version = gexf_version;
  const auto report = Export(kg, format, path, options);
  INFO(report.status().ToString());
  REQUIRE(report.ok());
  return path;
}

std::string NameOf(const rapidjson::Value& node_data, const char* id, const char* key = "name") {
  if (!node_data.HasMember(id) || !node_data[id].HasMember(key)) return "<missing>";
  return node_data[id][key].GetString();
}

const graph::ProjectionKind kProjections[] = {graph::ProjectionKind::kFull, graph::ProjectionKind::kMeetings};

TEST_CASE("NetworkX reads the GraphML and the GEXF with every node and edge", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph hostile = Hostile();
  for (const graph::KnowledgeGraph* kg : {&Sample(), &hostile}) {
    for (graph::ProjectionKind projection : kProjections) {
      const bool full = projection == graph::ProjectionKind::kFull;
      CAPTURE(kg == &hostile, full);
      const auto [nodes, edges] = Expected(*kg, projection);
      struct Written_ {
        ExportFormat format;
        const char* name;
        GexfVersion version;
      };
      for (auto [format, name, version] : {Written_{ExportFormat::kGraphMl, "graphml", GexfVersion::k1_2Draft},
                                           Written_{ExportFormat::kGexf, "gexf", GexfVersion::k1_2Draft},
                                           Written_{ExportFormat::kGexf, "gexf", GexfVersion::k1_3}}) {
        CAPTURE(name, EnumNameOf(kGexfVersionNames, version));
        const rapidjson::Document doc =
            Read(name, Written(*kg, format, projection, tmp, std::string("g.") + name, version), tmp);
        CHECK(doc["nodes"].GetUint64() == nodes);
        CHECK(doc["edges"].GetUint64() == edges);
        CHECK(doc["directed"].GetBool() == full);
        if (kg == &hostile) {
          CHECK(NameOf(doc["node_data"], "person/b") == kHostileInXml);
          CHECK(NameOf(doc["node_data"], "person/b", "alternateName") == "a;b | c, d | e | f");
          CHECK(doc["node_data"]["person/a"]["sourceCount"].IsInt());  // typed keys come back typed
        }
      }
    }
  }
  // Gephi's timeline: meetings and their links carry the meeting's days, in both versions.
  for (GexfVersion version : {GexfVersion::k1_2Draft, GexfVersion::k1_3}) {
    CAPTURE(EnumNameOf(kGexfVersionNames, version));
    const rapidjson::Document doc =
        Read("gexf", Written(hostile, ExportFormat::kGexf, graph::ProjectionKind::kMeetings, tmp, "m.gexf", version), tmp);
    CHECK(std::string(doc["graph"]["mode"].GetString()) == "dynamic");
    for (const auto& edge : doc["edge_data"].GetArray()) {
      REQUIRE(edge[2].HasMember("spells"));
      CHECK(std::string(edge[2]["spells"][0][0].GetString()) == "2024-05-29");
      CHECK(std::string(edge[2]["meeting"].GetString()) == "event/m1");
    }
  }
}

TEST_CASE("rdflib reads the N-Quads: one named graph per article, the JSON-LD's triples", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph hostile = Hostile();
  for (const graph::KnowledgeGraph* kg : {&Sample(), &hostile}) {
    CAPTURE(kg == &hostile);
    const std::string jsonld = Written(*kg, ExportFormat::kJsonLd, graph::ProjectionKind::kFull, tmp, "g.jsonld");
    const rapidjson::Document doc =
        Read("nquads", Written(*kg, ExportFormat::kNQuads, graph::ProjectionKind::kFull, tmp, "g.nq"), tmp, jsonld);
    std::set<std::string> graphs, articles;
    for (auto it = doc["graphs"].MemberBegin(); it != doc["graphs"].MemberEnd(); ++it) graphs.insert(it->name.GetString());
    for (auto [v, end] = boost::vertices(kg->graph()); v != end; ++v)
      if (kg->node(*v).kind() == NodeKind::kArticle) articles.insert(kIdBase + kg->node(*v).id);
    CHECK(graphs == articles);
    INFO("only in N-Quads: " << doc["only_in_nquads"].Size() << ", only in JSON-LD: " << doc["only_in_jsonld"].Size());
    CHECK(doc["same_triples_as_jsonld"].GetBool());
    CHECK(doc["union_triples"].GetUint64() == doc["jsonld_triples"].GetUint64());
    if (kg == &hostile) CHECK(std::string(doc["names"]["https://w3id.org/coopgraph/id/person/b"].GetString()) == kHostile);
  }
}

TEST_CASE("the DOT export is what build writes, and dot -Tsvg accepts it", "[exporters]") {
  TempDir tmp;
  const std::string path = Written(Sample(), ExportFormat::kDot, graph::ProjectionKind::kFull, tmp, "g.dot");
  CHECK(ReadFileBytes(path).value() == ReadFileBytes(COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.dot").value());
  const std::string hostile = Written(Hostile(), ExportFormat::kDot, graph::ProjectionKind::kFull, tmp, "h.dot");
  for (const std::string& file : {path, hostile}) {
    auto run = RunShell("/usr/bin/dot -Tsvg " + ShellQuote(file), tmp);
    INFO("dot stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("<svg") != std::string::npos);
  }
}

TEST_CASE("the Cytoscape.js elements are JSON whose edges and parents all exist", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph hostile = Hostile();
  for (const graph::KnowledgeGraph* kg : {&Sample(), &hostile}) {
    for (graph::ProjectionKind projection : kProjections) {
      CAPTURE(kg == &hostile, projection == graph::ProjectionKind::kFull);
      const rapidjson::Document doc =
          Read("cyjs", Written(*kg, ExportFormat::kCytoscapeJson, projection, tmp, "g.cyjs"), tmp);
      CHECK(doc["unique_ids"].GetBool());
      CHECK(doc["missing_ends"].Empty());
      CHECK(doc["missing_parents"].Empty());
      const auto [nodes, edges] = Expected(*kg, projection);
      CHECK(doc["edges"].GetUint64() == edges);
      // The meetings projection adds its actors' countries as compound parents.
      if (projection == graph::ProjectionKind::kFull) CHECK(doc["nodes"].GetUint64() == nodes);
      else CHECK(doc["nodes"].GetUint64() > nodes);
      const auto& data = doc["node_data"];
      CHECK(NameOf(data, kg == &hostile ? "person/a" : "person/huynh-thanh-dat", "parent") == "country/vn");
      if (kg == &hostile) CHECK(NameOf(data, "person/b") == kHostile);
    }
  }
}

TEST_CASE("the Neo4j CSV files have valid headers, even rows and no dangling ends", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph hostile = Hostile();
  for (const graph::KnowledgeGraph* kg : {&Sample(), &hostile}) {
    for (graph::ProjectionKind projection : kProjections) {
      CAPTURE(kg == &hostile, projection == graph::ProjectionKind::kFull);
      const rapidjson::Document doc = Read("csv", Written(*kg, ExportFormat::kNeo4jCsv, projection, tmp,
                                                          projection == graph::ProjectionKind::kFull ? "full" : "met"),
                                           tmp);
      for (const char* problems : {"bad_headers", "ragged_rows", "dangling", "duplicate_ids"}) {
        CAPTURE(problems);
        CHECK(doc[problems].Empty());
      }
      const auto [nodes, edges] = Expected(*kg, projection);
      CHECK(doc["nodes"].GetUint64() == nodes);
      CHECK(doc["relationships"].GetUint64() == edges);
      CHECK(doc["files"].Size() == (projection == graph::ProjectionKind::kFull ? 17u : 3u));
      if (kg != &hostile) continue;
      const auto& b = doc["node_data"]["person/b"];
      CHECK(std::string(b["name:string"].GetString()) == kHostile);
      REQUIRE(b["alternateName:string[]"].Size() == 3);
      CHECK(std::string(b["alternateName:string[]"][0].GetString()) == "a;b");
      CHECK(std::string(b["alternateName:string[]"][2].GetString()) == "e | f");
      CHECK(std::string(b[":LABEL"][0].GetString()) == "Person");
    }
  }
}

TEST_CASE("a graph exported as JSON-LD reads back with the same nodes, edges and bytes", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph hostile = Hostile();
  for (const graph::KnowledgeGraph* kg : {&Sample(), &hostile}) {
    const std::string path = Written(*kg, ExportFormat::kJsonLd, graph::ProjectionKind::kFull, tmp, "g.jsonld");
    CHECK(ReadFileBytes(path).value() == ToJsonLd(*kg));
    auto back = exporters::ReadJsonLd(path);
    REQUIRE(back.ok());
    CHECK(back->node_count() == kg->node_count());
    // The hand-made graph has a title with no memberOf edge, which a graph
    // built from articles never has; the loader gives every title its edge.
    if (kg == &Sample()) CHECK(back->edge_count() == kg->edge_count());
    CHECK(ToJsonLd(*back) == ToJsonLd(*kg));
    CHECK(ToGraphMl(*back, graph::ProjectionKind::kMeetings) == ToGraphMl(*kg, graph::ProjectionKind::kMeetings));
  }
}

}  // namespace
}  // namespace coopgraph::exporters

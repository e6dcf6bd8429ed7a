// Specification of the export formats: names, projections, dates as time
// spells, escaping of hostile text, determinism, and the files Export writes.
// (Real consumers read them in export_consumers_test.cc.)
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "exporters/property_graph.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

using testing::SampleGraph;
using testing::SampleOptions;
using testing::TempDir;

bool Contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

TEST_CASE("export formats and projections are named as on the command line", "[exporters]") {
  CHECK(KnownNames(kExportFormatNames) == "graphml, gexf, cyjs, csv, nquads, jsonld, dot");
  CHECK(KnownNames(graph::kProjectionKindNames) == "full, meetings");
  CHECK(*ParseEnum(kExportFormatNames, "export format", "cyjs") == ExportFormat::kCytoscapeJson);
  CHECK(*ParseEnum(graph::kProjectionKindNames, "projection", "meetings") == graph::ProjectionKind::kMeetings);
}

TEST_CASE("a date at its precision covers the days of its period", "[exporters]") {
  struct Case {
    const char* start;
    const char* end;
    const char* first;  // nullptr: no spell
    const char* last;
  };
  const Case cases[] = {
      {"2024-05-29", "", "2024-05-29", "2024-05-29"},
      {"2024-05-28", "2024-05-29", "2024-05-28", "2024-05-29"},
      {"2024-05", "", "2024-05-01", "2024-05-31"},
      {"2024-02", "", "2024-02-01", "2024-02-29"},  // a leap year
      {"2023-02", "", "2023-02-01", "2023-02-28"},
      {"2024", "", "2024-01-01", "2024-12-31"},
      {"2021", "2025", "2021-01-01", "2025-12-31"},
      {"2024-05-29T10:15:00+07:00", "", "2024-05-29", "2024-05-29"},
      {"2024-05-29", "2024-05-01", "2024-05-29", "2024-05-29"},  // an end before the start is ignored
      {"--05-29", "", nullptr, nullptr},                         // no year: not on a timeline
      {"", "", nullptr, nullptr},
      {"2024-13", "", nullptr, nullptr},
      {"soon", "", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.start, c.end);
    const auto spell = internal::SpellOf(c.start, c.end);
    if (c.first == nullptr) {
      CHECK_FALSE(spell.has_value());
    } else {
      REQUIRE(spell.has_value());
      CHECK(spell->start == c.first);
      CHECK(spell->end == c.last);
    }
  }
}

TEST_CASE("the meetings projection links the attendees of each meeting once per meeting", "[exporters]") {
  const internal::PropertyGraph pg = internal::ToPropertyGraph(SampleGraph(), graph::ProjectionKind::kMeetings);
  CHECK_FALSE(pg.directed);
  std::vector<std::string> ids;
  for (const auto& node : pg.nodes) ids.push_back(node.id);
  CHECK(ids == std::vector<std::string>{"org/most", "person/a", "person/b"});
  REQUIRE(pg.edges.size() == 3);  // a triangle: event/m1 had three attendees
  const std::size_t meeting = internal::ColumnIndex(pg.edge_columns, "meeting");
  const std::size_t date = internal::ColumnIndex(pg.edge_columns, "date");
  const std::size_t sources = internal::ColumnIndex(pg.edge_columns, "sources");
  for (const auto& edge : pg.edges) {
    CHECK(edge.type == "met");
    CHECK(edge.values[meeting] == internal::Value{"event/m1"});
    CHECK(edge.values[date] == internal::Value{"2024-05-29"});
    CHECK(edge.values[sources] == internal::Value{"article/a1"});
    REQUIRE(edge.spell.has_value());
    CHECK(edge.spell->start == "2024-05-29");
  }
  CHECK(pg.edges[0].source == "org/most");
  CHECK(pg.edges[0].target == "person/a");
  CHECK(pg.parent_labels.at("country/vn") == "Việt Nam");
}

TEST_CASE("GEXF is 1.2draft by default, which Gephi and every NetworkX read: no 1.3-only attribute", "[exporters]") {
  const std::string gexf = ToGexf(SampleGraph(), graph::ProjectionKind::kFull);
  CHECK(Contains(gexf, "<gexf xmlns=\"http://www.gexf.net/1.2draft\""));
  CHECK(Contains(gexf, "version=\"1.2\""));
  CHECK(Contains(gexf, "mode=\"dynamic\" timeformat=\"date\">"));
  CHECK_FALSE(Contains(gexf, "timerepresentation"));
  CHECK_FALSE(Contains(gexf, " kind=\""));
  CHECK(Contains(gexf, "<spell start=\"2024-05-29\" end=\"2024-05-29\"/>"));
  CHECK(ToGexf(SampleGraph(), graph::ProjectionKind::kFull, GexfVersion::k1_2Draft) == gexf);
}

TEST_CASE("GEXF 1.3 is dynamic: meetings and their relations carry their days", "[exporters]") {
  const std::string gexf = ToGexf(SampleGraph(), graph::ProjectionKind::kFull, GexfVersion::k1_3);
  CHECK(Contains(gexf, "<gexf xmlns=\"http://gexf.net/1.3\""));
  CHECK(Contains(gexf, "version=\"1.3\""));
  CHECK(Contains(gexf, "mode=\"dynamic\" timeformat=\"date\""));
  CHECK(Contains(gexf, "<attribute id=\"n_sourceCount\" title=\"sourceCount\" type=\"integer\"/>"));
  CHECK(Contains(gexf, "<attribute id=\"n_dateInferred\" title=\"dateInferred\" type=\"boolean\"/>"));
  const auto event = gexf.find("<node id=\"event/m1\" label=\"talks 2024-05-29 (also reported: 2024-05-30)\">");
  REQUIRE(event != std::string::npos);
  CHECK(gexf.find("<spell start=\"2024-05-29\" end=\"2024-05-29\"/>", event) < gexf.find("</node>", event));
  const auto attendee = gexf.find("source=\"event/m1\" target=\"person/a\" kind=\"attendee\"");
  REQUIRE(attendee != std::string::npos);
  CHECK(gexf.find("<spell start=\"2024-05-29\"", attendee) < gexf.find("</edge>", attendee));
  // The agreement is no meeting: it has no spell.
  const auto agreement = gexf.find("<node id=\"agreement/g1\"");
  CHECK(gexf.find("<spells>", agreement) > gexf.find("</node>", agreement));
}

TEST_CASE("hostile names are escaped for every format", "[exporters]") {
  SampleOptions options;
  options.person_b_name = "A \"<script>\"\n}; node [label=\"x\"], a;b \\ c\x01\r";
  const graph::KnowledgeGraph kg = SampleGraph(options);
  for (const std::string& xml : {ToGraphMl(kg, graph::ProjectionKind::kFull), ToGexf(kg, graph::ProjectionKind::kMeetings)}) {
    CHECK_FALSE(Contains(xml, "<script>"));
    CHECK_FALSE(Contains(xml, "\x01"));
    CHECK((Contains(xml, "A &quot;&lt;script&gt;&quot;\n}; node [label=&quot;x&quot;], a;b \\ c\xEF\xBF\xBD&#13;") ||
           Contains(xml, "A &quot;&lt;script&gt;&quot;&#10;}; node [label=&quot;x&quot;], a;b \\ c\xEF\xBF\xBD&#13;")));
  }
  const std::string cyjs = ToCytoscapeJson(kg, graph::ProjectionKind::kFull);
  rapidjson::Document doc;
  doc.Parse(cyjs.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  bool found = false;
  for (const auto& node : doc["elements"]["nodes"].GetArray()) {
    if (std::string(node["data"]["id"].GetString()) != "person/b") continue;
    found = true;
    CHECK(node["data"]["name"].GetString() == options.person_b_name);
    CHECK(std::string(node["data"]["parent"].GetString()) == "country/la");
  }
  CHECK(found);
  const std::string nquads = ToNQuads(kg).value();
  CHECK(Contains(nquads, "<http://schema.org/name> \"A \\\"<script>\\\"\\n}; node [label=\\\"x\\\"], a;b \\\\ c\\u0001\\r\""));
  const std::string persons = ToNeo4jCsv(kg, graph::ProjectionKind::kFull).at("nodes_Person.csv");
  CHECK(Contains(persons, ",\"A \"\"<script>\"\"\n}; node [label=\"\"x\"\"], a;b \\ c\x01\r\","));
}

TEST_CASE("Neo4j CSV: typed headers, a date column typed only when the day is known", "[exporters]") {
  const auto files = ToNeo4jCsv(SampleGraph(), graph::ProjectionKind::kFull);
  CHECK(files.size() == 17);
  const std::string& events = files.at("nodes_Event.csv");
  CHECK(events.rfind("id:ID,:LABEL,name:string,alternateName:string[],kind:string,", 0) == 0);
  CHECK(Contains(events, ",startDate:date,startDateText:string,endDate:date,endDateText:string,"));
  CHECK(Contains(events, ",dateInferred:boolean\r\n"));
  CHECK(Contains(events, "\"event/m1\",Event\x1FTalks,"));
  CHECK(Contains(events, ",2024-05-29,\"2024-05-29\","));
  const std::string& agreements = files.at("nodes_Agreement.csv");
  CHECK(Contains(agreements, ",signingDate:date,signingDateText:string"));
  CHECK(Contains(agreements, ",,\"2024-05\"\r\n"));  // a month: no Neo4j date, the text kept
  const std::string& signatories = files.at("rels_SIGNATORY.csv");
  CHECK(signatories.rfind(":START_ID,:END_ID,:TYPE,role:string,date:date,dateText:string,label:string\r\n", 0) == 0);
  CHECK(Contains(signatories, "\"agreement/g1\",\"person/a\",SIGNATORY,,,\"2024-05\",\"signatory\"\r\n"));
  CHECK(Contains(files.at("rels_MEMBER_OF.csv"), ",MEMBER_OF,\"Bộ trưởng\",2024-05-30,\"2024-05-30\","));
  const auto met = ToNeo4jCsv(SampleGraph(), graph::ProjectionKind::kMeetings);
  CHECK(met.size() == 3);
  CHECK(met.at("rels_MET.csv").rfind(":START_ID,:END_ID,:TYPE,meeting:string,meetingKind:string,date:date,", 0) == 0);
}

TEST_CASE("Neo4j CSV for spreadsheets joins lists with ';', and an item's own ';' stays visible", "[exporters]") {
  SampleOptions options;
  options.person_b_name = "a;b";
  graph::KnowledgeGraph kg = SampleGraph(options);
  kg.mutable_node(*kg.Find("org/most")).alternate_names.push_back("R&D; S&T");
  const auto plain = ToNeo4jCsv(kg, graph::ProjectionKind::kFull);
  const auto spreadsheet = ToNeo4jCsv(kg, graph::ProjectionKind::kFull, CsvLists::kSemicolon);
  CHECK(Contains(spreadsheet.at("nodes_Event.csv"), "\"event/m1\",Event;Talks,"));
  CHECK_FALSE(Contains(spreadsheet.at("nodes_Event.csv"), "\x1F"));
  CHECK(Contains(plain.at("nodes_Person.csv"), ",\"a;b\","));  // a name is no list: kept as written
  CHECK(Contains(spreadsheet.at("nodes_Organization.csv"), ";R&D\xEF\xBC\x9B S&T\""));  // U+FF1B
  CHECK(Contains(plain.at("nodes_Organization.csv"), "\x1FR&D; S&T\""));
  CHECK(ToNeo4jCsv(kg, graph::ProjectionKind::kFull, CsvLists::kUnitSeparator) == plain);
  for (const auto& [name, text] : spreadsheet) {
    CAPTURE(name);
    CHECK_FALSE(Contains(text, "\x1F"));
  }
}

TEST_CASE("N-Quads put each node's triples in the graphs of its articles", "[exporters]") {
  const std::string nquads = ToNQuads(SampleGraph()).value();
  const std::string a1 = " <https://w3id.org/coopgraph/id/article/a1> .\n";
  CHECK(Contains(nquads, "<https://w3id.org/coopgraph/id/person/a> <http://schema.org/name> \"Huỳnh Thành Đạt\"" + a1));
  CHECK(Contains(nquads, "<https://w3id.org/coopgraph/id/event/m1> <http://schema.org/startDate> "
                         "\"2024-05-29\"^^<http://www.w3.org/2001/XMLSchema#date>" + a1));
  CHECK(Contains(nquads, "<https://w3id.org/coopgraph/id/article/a1> <http://schema.org/headline> "));
  CHECK(Contains(nquads, " <http://www.w3.org/ns/oa#start> \"900\"^^<http://www.w3.org/2001/XMLSchema#integer>" + a1));
  // Every node of the sample comes from article/a1: every quad is in its graph.
  std::istringstream lines(nquads);
  std::size_t quads = 0, in_a1 = 0;
  for (std::string line; std::getline(lines, line); ++quads) in_a1 += Contains(line + "\n", a1);
  CHECK(quads > 50);
  CHECK(in_a1 == quads);

  // Read in two articles: its facts in both graphs, each derivation in its own.
  graph::KnowledgeGraph kg = SampleGraph();
  kg.mutable_node(*kg.Find("person/a")).sources = {"article/a1", "article/a2"};
  const std::string two = ToNQuads(kg).value();
  const std::string a = "<https://w3id.org/coopgraph/id/person/a> ", derived = "<http://www.w3.org/ns/prov#wasDerivedFrom> ";
  const std::string a2 = " <https://w3id.org/coopgraph/id/article/a2> .\n";
  CHECK(Contains(two, a + "<http://schema.org/name> \"Huỳnh Thành Đạt\"" + a1));
  CHECK(Contains(two, a + "<http://schema.org/name> \"Huỳnh Thành Đạt\"" + a2));
  CHECK(Contains(two, a + derived + "<https://w3id.org/coopgraph/id/article/a2>" + a2));
  CHECK_FALSE(Contains(two, a + derived + "<https://w3id.org/coopgraph/id/article/a2>" + a1));
  CHECK_FALSE(Contains(two, a + derived + "<https://w3id.org/coopgraph/id/article/a1>" + a2));
}

TEST_CASE("every export gives the same bytes whatever the order the graph was built in", "[exporters]") {
  SampleOptions reversed;
  reversed.reverse_insertion = true;
  const graph::KnowledgeGraph a = SampleGraph(), b = SampleGraph(reversed);
  for (graph::ProjectionKind p : {graph::ProjectionKind::kFull, graph::ProjectionKind::kMeetings}) {
    CHECK(ToGraphMl(a, p) == ToGraphMl(b, p));
    CHECK(ToGexf(a, p) == ToGexf(b, p));
    CHECK(ToCytoscapeJson(a, p) == ToCytoscapeJson(b, p));
    CHECK(ToNeo4jCsv(a, p) == ToNeo4jCsv(b, p));
  }
  CHECK(ToNQuads(a).value() == ToNQuads(b).value());
  CHECK(ToGraphMl(a, graph::ProjectionKind::kFull) == ToGraphMl(a, graph::ProjectionKind::kFull));
}

TEST_CASE("Export writes a file, or a directory of CSV files, and refuses what cannot be", "[exporters]") {
  TempDir tmp;
  const graph::KnowledgeGraph kg = SampleGraph();
  auto one = Export(kg, ExportFormat::kJsonLd, tmp / "sub/g.jsonld");  // missing parents are created
  REQUIRE(one.ok());
  CHECK(one->written == std::vector<std::string>{tmp / "sub/g.jsonld"});
  CHECK(ReadFileBytes(tmp / "sub/g.jsonld").value() == ToJsonLd(kg));
  CHECK(ReadFileBytes(Export(kg, ExportFormat::kDot, tmp / "g.dot")->written[0]).value() == ToDot(kg, ReaderDotOptions()));
  auto csv = Export(kg, ExportFormat::kNeo4jCsv, tmp / "neo4j");
  REQUIRE(csv.ok());
  CHECK(csv->written.size() == 17);
  CHECK(std::filesystem::exists(tmp / "neo4j/rels_ATTENDEE.csv"));
  ExportOptions meetings;
  meetings.projection = graph::ProjectionKind::kMeetings;
  for (ExportFormat f : {ExportFormat::kJsonLd, ExportFormat::kDot, ExportFormat::kNQuads}) {
    CHECK(Export(kg, f, tmp / "x", meetings).status().code() == StatusCode::kInvalidArgument);
  }
  CHECK(Export(kg, ExportFormat::kGraphMl, tmp.path().string()).status().code() == StatusCode::kInvalidArgument);
  tmp.Write("file", "x");
  CHECK(Export(kg, ExportFormat::kNeo4jCsv, tmp / "file").status().code() == StatusCode::kIoError);
  const auto entries = tmp.Entries();
  for (const auto& e : entries) CHECK(e.find(".tmp.") == std::string::npos);  // no temporary file left
}

}  // namespace
}  // namespace coopgraph::exporters

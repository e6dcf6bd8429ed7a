// Specification of the query API over a graph file: reading it back, finding
// what a user names, and who met whom.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../exporters/exporters_test_util.h"
#include "common/temp_dir.h"
#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/query/query.h"
#include "query_test_util.h"

namespace coopgraph::query {
namespace {

using graph::NodeKind;

// The committed graph of the sample corpus (a pipeline test keeps it equal
// to what the run command writes).
const std::string kSampleGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";

const graph::KnowledgeGraph& Sample() {
  static const graph::KnowledgeGraph kg = [] {
    auto loaded = exporters::ReadJsonLd(kSampleGraph);
    if (!loaded.ok()) FAIL(loaded.status().ToString());
    return std::move(*loaded);
  }();
  return kg;
}

TEST_CASE("a graph read back from its JSON-LD writes the same bytes", "[query]") {
  const std::string file = ReadFileBytes(kSampleGraph).value();
  CHECK(exporters::ToJsonLd(Sample()) == file);
  CHECK(Sample().CountKind(NodeKind::kPerson) == 14);
  // Memberships come back with their titles, so the DOT is build's too.
  CHECK(exporters::ToDot(Sample(), exporters::ReaderDotOptions()) ==
        ReadFileBytes(COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.dot").value());

  // The exporters' sample: hostile names, roles, conflicting dates, evidence.
  const std::string sample = exporters::ToJsonLd(exporters::testing::SampleGraph());
  auto reread = exporters::ParseJsonLd(sample, "sample");
  REQUIRE(reread.ok());
  CHECK(exporters::ToJsonLd(*reread) == sample);
}

TEST_CASE("a file that is not a coopgraph graph is refused with its name and line", "[query]") {
  CHECK(exporters::ParseJsonLd("{\n\"@graph\": [\n{\"@id\": ]}", "g.jsonld").status().message().find("g.jsonld:3: not JSON") !=
        std::string::npos);
  CHECK(exporters::ParseJsonLd("[]", "g.jsonld").status().code() == StatusCode::kDataLoss);
  CHECK(exporters::ParseJsonLd(R"({"@graph": [{"@id": "https://w3id.org/coopgraph/id/x", "@type": "Thing"}]})", "g")
            .status()
            .message()
            .find("unknown @type") != std::string::npos);
  CHECK(exporters::ParseJsonLd(R"({"@graph": [{"@id": "https://w3id.org/coopgraph/id/p", "@type": ["Person"],
                       "nationality": ["https://w3id.org/coopgraph/id/country/zz"]}]})",
                   "g")
            .status()
            .message()
            .find("country/zz, which is not in the graph") != std::string::npos);
  // A missing graph file is a usage error (exit 2), like a missing article path.
  CHECK(exporters::ReadJsonLd("/nonexistent/graph.jsonld").status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("a name finds its node by name, alias, key without diacritics or unique prefix", "[query]") {
  struct Case {
    std::string asked, id;
  };
  const std::vector<Case> cases = {
      {"Huỳnh Thành Đạt", "person/huynh-thanh-dat"},
      {"Huynh Thanh Dat", "person/huynh-thanh-dat"},
      {"huỳnh thành đạt", "person/huynh-thanh-dat"},
      {"person/huynh-thanh-dat", "person/huynh-thanh-dat"},
      {"Boviengkham", "person/boviengkham-vongdara"},
      {"Bộ KH&CN Lào", "organization/bo-khoa-hoc-va-cong-nghe-lao"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.asked);
    auto v = FindEntity(Sample(), c.asked);
    REQUIRE(v.ok());
    CHECK(Sample().node(*v).id == c.id);
  }
  auto ambiguous = FindEntity(Sample(), "Bộ Khoa học");
  CHECK(ambiguous.status().code() == StatusCode::kInvalidArgument);
  CHECK(ambiguous.status().message().find("organization/bo-khoa-hoc-va-cong-nghe-viet-nam") != std::string::npos);
  auto unknown = FindEntity(Sample(), "Huynh Thanh Dan");
  CHECK(unknown.status().code() == StatusCode::kNotFound);
  CHECK(unknown.status().message().find("closest: Huỳnh Thành Đạt") != std::string::npos);
}

TEST_CASE("who met a person: every counterpart with the meeting's date, kind and source", "[query]") {
  WhoMetFilter filter;
  filter.persons = {"Huynh Thanh Dat"};
  auto pairs = WhoMet(Sample(), filter);
  REQUIRE(pairs.ok());
  std::set<std::string> met, dates;
  for (const MetPair& p : *pairs) {
    CHECK(p.first_name == "Huỳnh Thành Đạt");
    CHECK_FALSE(p.meeting.sources.empty());
    CHECK_FALSE(p.meeting.evidence.empty());
    met.insert(p.second);
    dates.insert(p.meeting.date);
  }
  std::set<std::string> expected;
  for (const char* name : {"Boviengkham Vongdara", "Phut Simmalavong", "Sonexay Siphandone"})
    expected.insert(Sample().node(FindEntity(Sample(), name).value()).id);
  CHECK(met == expected);
  // The article gives no year for these meetings: the dates say so.
  CHECK(dates == std::set<std::string>{"--05-28", "--05-29"});
}

TEST_CASE("who met whom within dates, in a country, through an organisation", "[query]") {
  WhoMetFilter all;
  const auto everyone = WhoMet(Sample(), all).value();
  WhoMetFilter dated;
  dated.from = "2021";
  dated.to = "2021-12-31";
  const auto in_2021 = WhoMet(Sample(), dated).value();
  REQUIRE_FALSE(in_2021.empty());
  CHECK(in_2021.size() < everyone.size());
  for (const MetPair& p : in_2021) CHECK(p.meeting.date.rfind("2021", 0) == 0);

  WhoMetFilter by_org;
  by_org.organization = "Bộ KH&CN Lào";
  const auto with_lao_ministry = WhoMet(Sample(), by_org).value();
  REQUIRE_FALSE(with_lao_ministry.empty());
  CHECK(with_lao_ministry.size() < everyone.size());

  WhoMetFilter by_country;
  by_country.country = "Lào";
  const auto with_lao = WhoMet(Sample(), by_country).value();
  REQUIRE_FALSE(with_lao.empty());
  CHECK(with_lao.size() < everyone.size());

  WhoMetFilter unknown;
  unknown.persons = {"Nobody Atall"};
  CHECK(WhoMet(Sample(), unknown).status().code() == StatusCode::kNotFound);
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

TEST_CASE("who-met rows as a table, JSON and CSV", "[query]") {
  MetPair p;
  p.first = "person/a";
  p.first_name = "Huỳnh Thành Đạt";
  p.second = "person/b";
  p.second_name = "Phut \"Simmalavong\"";
  p.meeting.id = "event/m";
  p.meeting.kind = "talks";
  p.meeting.date = "2024-05-29";
  p.meeting.sources = {{"article/x", "Tin X", "2024-05-30", "https://x.example/1", ""},
                       {"article/y", "Tin Y", "", "", "data/y.txt"}};
  p.meeting.evidence = "Hai bên hội đàm, trao đổi\nvề hợp tác.";
  const std::string table = FormatWhoMet({p}, Format::kTable);
  CHECK(table.rfind("date        status  person           met", 0) == 0);
  CHECK(table.find("2024-05-29  held    Huỳnh Thành Đạt  Phut \"Simmalavong\"") != std::string::npos);
  CHECK(table.find("Tin X (2024-05-30) https://x.example/1; Tin Y data/y.txt") != std::string::npos);
  CHECK(table.find("trao đổi về hợp tác.") != std::string::npos);  // one line per row

  const std::string csv = FormatWhoMet({p}, Format::kCsv);
  CHECK(csv == "person,person_id,met,met_id,meeting,kind,status,date,date_text,place,source,evidence\n"
               "Huỳnh Thành Đạt,person/a,\"Phut \"\"Simmalavong\"\"\",person/b,event/m,talks,held,2024-05-29,2024-05-29,,"
               "Tin X (2024-05-30) https://x.example/1; Tin Y data/y.txt,\"Hai bên hội đàm, trao đổi\nvề hợp tác.\"\n");

  rapidjson::Document json;
  json.Parse(FormatWhoMet({p}, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  REQUIRE(json.Size() == 1);
  CHECK(std::string(json[0]["met"].GetString()) == "Phut \"Simmalavong\"");
  CHECK(json[0]["sources"].Size() == 2);
  CHECK(FormatWhoMet({}, Format::kJson) == "[]\n");
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

std::vector<std::string> Names(const Path& path) {
  std::vector<std::string> names;
  for (const Hop& hop : path) names.push_back(hop.from_name);
  if (!path.empty()) names.push_back(path.back().to_name);
  return names;
}

TEST_CASE("a path between two people is a chain of meetings, each with its date and source", "[query]") {
  auto paths = ShortestPaths(Sample(), "Trần Văn Tùng", "Huỳnh Thành Đạt", Via::kPersons);
  REQUIRE(paths.ok());
  REQUIRE_FALSE(paths->empty());
  for (const Path& path : *paths) {
    CAPTURE(Names(path));
    REQUIRE(path.size() == 2);
    CHECK(path[0].from_name == "Trần Văn Tùng");
    CHECK(path[0].to_name == "Boviengkham Vongdara");
    CHECK(path[1].to_name == "Huỳnh Thành Đạt");
    for (const Hop& hop : path) {
      CHECK_FALSE(hop.meeting.id.empty());
      CHECK_FALSE(hop.meeting.sources.empty());
      CHECK_FALSE(hop.meeting.evidence.empty());
    }
  }
  // No chain that short: an empty answer (the CLI says so and exits 1).
  CHECK(ShortestPaths(Sample(), "Trần Văn Tùng", "Huỳnh Thành Đạt", Via::kPersons, 1).value().empty());
  CHECK(ShortestPaths(Sample(), "Trần Văn Tùng", "Nobody Atall").status().code() == StatusCode::kNotFound);
}

TEST_CASE("betweenness in the meetings projection ranks the people who link the others", "[query]") {
  const auto top = Central(Sample(), Measure::kBetweenness, Via::kPersons, 2);
  REQUIRE(top.size() == 2);
  CHECK(top[0].name == "Huỳnh Thành Đạt");
  CHECK(top[1].name == "Boviengkham Vongdara");
  CHECK(top[0].score > top[1].score);
}

// A graph of `people` persons and `meetings` meetings of 2-4 attendees drawn
// by a fixed linear congruential generator: the same graph on every run.
graph::KnowledgeGraph RandomMeetings(int people, int meetings) {
  graph::KnowledgeGraph kg;
  std::vector<graph::Vertex> persons;
  for (int i = 0; i < people; ++i) {
    graph::Node n;
    n.id = "person/p" + std::to_string(i);
    n.name = "P" + std::to_string(i);
    n.info = graph::PersonInfo{};
    persons.push_back(kg.AddNode(std::move(n)));
  }
  unsigned long long state = 42;
  auto next = [&](int bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<unsigned long long>(bound));
  };
  for (int m = 0; m < meetings; ++m) {
    graph::Node n;
    n.id = "event/m" + std::to_string(m);
    n.info = graph::EventInfo{};
    const graph::Vertex event = kg.AddNode(std::move(n));
    const int size = 2 + next(3);
    for (int k = 0; k < size; ++k)
      kg.AddEdge(event, persons[static_cast<std::size_t>(next(people))], {graph::Relation::kAttendee, "", "", {}});
  }
  return kg;
}

TEST_CASE("degree, betweenness, closeness, PageRank and eigenvector centrality equal NetworkX's", "[query]") {
  coopgraph::testing::TempDir tmp;
  const graph::KnowledgeGraph random = RandomMeetings(80, 70);
  for (const auto& [kg, projection] : std::vector<std::pair<const graph::KnowledgeGraph*, graph::ProjectionKind>>{
           {&Sample(), graph::ProjectionKind::kMeetings}, {&random, graph::ProjectionKind::kMeetings}, {&Sample(), graph::ProjectionKind::kFull}}) {
    CAPTURE(projection == graph::ProjectionKind::kFull);
    const auto p = projection == graph::ProjectionKind::kFull ? graph::FullProjection(*kg)
                                                    : graph::MeetingsProjection(*kg, [sample = kg](graph::Vertex v) {
                                                        return sample->node(v).kind() == NodeKind::kPerson;
                                                      });
    std::string text;
    for (graph::Vertex v : p.actors) text += "node " + kg->node(v).id + "\n";
    for (const auto& [pair, meetings] : p.meetings)
      text += "edge " + kg->node(p.actors[pair.first]).id + " " + kg->node(p.actors[pair.second]).id + "\n";
    const std::string input = tmp.Write("projection.txt", text);
    const std::string output = tmp.Sub("networkx.txt");
    const std::string command = "/usr/bin/python3 " COOPGRAPH_SOURCE_DATA_DIR "/../tests/query/networkx_centrality.py " +
                                input + " > " + output;
    REQUIRE(std::system(command.c_str()) == 0);
    std::map<std::string, std::array<double, 5>> expected;
    std::istringstream lines(ReadFileBytes(output).value());
    std::string id;
    std::array<double, 5> values;
    while (lines >> id >> values[0] >> values[1] >> values[2] >> values[3] >> values[4]) expected[id] = values;
    REQUIRE(expected.size() == p.actors.size());
    const Measure measures[] = {Measure::kDegree, Measure::kBetweenness, Measure::kCloseness, Measure::kPageRank,
                                Measure::kEigenvector};
    std::size_t persons = 0;
    for (graph::Vertex v : p.actors) persons += kg->node(v).kind() == NodeKind::kPerson;
    for (int m = 0; m < 5; ++m) {
      const auto ranked = Central(*kg, measures[m], Via::kPersons, p.actors.size(), projection);
      REQUIRE(ranked.size() == persons);
      for (const Ranked& r : ranked) {
        CAPTURE(m, r.id);
        CHECK(r.score == Approx(expected.at(r.id)[static_cast<std::size_t>(m)]).epsilon(0).margin(1e-9));
      }
    }
  }
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

using testing::Column;

TEST_CASE("a timeline lists an actor's meetings, roles and agreements, dated ones first", "[query]") {
  const Rows tung = Timeline(Sample(), "Tran Van Tung").value();
  const auto dates = Column(tung, "date");
  REQUIRE_FALSE(dates.empty());
  CHECK(dates.front() == "2018-08-10");  // the working session with the Lao minister
  const auto what = Column(tung, "what");
  CHECK(std::count(what.begin(), what.end(), "meeting") >= 1);
  CHECK(std::count(what.begin(), what.end(), "role") >= 1);
  const auto described = Column(tung, "description");
  CHECK(std::any_of(described.begin(), described.end(),
                    [](const std::string& d) { return d.find("Boviengkham Vongdara") != std::string::npos; }));
  CHECK(Timeline(Sample(), "Nobody Atall").status().code() == StatusCode::kNotFound);
}

TEST_CASE("agreements by party and status", "[query]") {
  const Rows all = Agreements(Sample(), "", "").value();
  CHECK(all.rows.size() == Sample().CountKind(NodeKind::kAgreement));
  const Rows signed_by_lao = Agreements(Sample(), "Bộ KH&CN Lào", "Signed").value();
  REQUIRE_FALSE(signed_by_lao.rows.empty());
  for (const auto& status : Column(signed_by_lao, "status")) CHECK(status == "Signed");
  for (const auto& parties : Column(signed_by_lao, "parties"))
    CHECK(parties.find("Bộ Khoa học và Công nghệ Lào") != std::string::npos);
  CHECK(Agreements(Sample(), "", "Sealed").status().code() == StatusCode::kInvalidArgument);
  CHECK(Agreements(Sample(), "", "signed").value().rows == Agreements(Sample(), "", "Signed").value().rows);  // any case
}

TEST_CASE("an entity card gives names, country, titles, organisations and sources", "[query]") {
  const Rows card = EntityCard(Sample(), "Thongloun Sisoulith").value();
  const auto fields = Column(card, "field"), values = Column(card, "value");
  auto value_of = [&](const std::string& field) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (fields[i] == field) out.push_back(values[i]);
    return out;
  };
  CHECK(value_of("name") == std::vector<std::string>{"Thongloun Sisoulith"});
  CHECK(value_of("country") == std::vector<std::string>{"Lào"});
  CHECK_FALSE(value_of("title").empty());
  CHECK_FALSE(value_of("source").empty());

  const std::string csv = FormatRows(card, Format::kCsv);
  CHECK(csv.rfind("field,value\nid,person/thongloun-sisoulith\n", 0) == 0);
  rapidjson::Document json;
  json.Parse(FormatRows(card, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  CHECK(std::string(json[0]["field"].GetString()) == "id");
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

TEST_CASE("neighbours are the actors within N meetings, nearest first; the ego network can be drawn", "[query]") {
  const Rows near = Neighbors(Sample(), "Trần Văn Tùng", 1).value();
  const auto distances = Column(near, "distance");
  const auto names = Column(near, "name");
  REQUIRE(names.size() >= 2);
  CHECK(names[0] == "Trần Văn Tùng");
  CHECK(distances[0] == "0");
  CHECK(std::find(names.begin(), names.end(), "Boviengkham Vongdara") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Huỳnh Thành Đạt") == names.end());  // two meetings away
  const Rows further = Neighbors(Sample(), "Trần Văn Tùng", 2).value();
  const auto more = Column(further, "name");
  CHECK(std::find(more.begin(), more.end(), "Huỳnh Thành Đạt") != more.end());
  const auto further_distances = Column(further, "distance");
  CHECK(std::is_sorted(further_distances.begin(), further_distances.end()));

  const graph::KnowledgeGraph ego = EgoGraph(Sample(), "Trần Văn Tùng", 1).value();
  CHECK(ego.Find("person/boviengkham-vongdara"));
  CHECK_FALSE(ego.Find("person/huynh-thanh-dat"));
  CHECK(ego.CountKind(NodeKind::kEvent) >= 1);
  CHECK(exporters::ToDot(ego).find(" -> \"person/tran-van-tung\"") != std::string::npos);  // the meetings he attended
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

std::map<std::string, double> ById(const std::vector<Ranked>& ranking) {
  std::map<std::string, double> out;
  for (const Ranked& r : ranking) out[r.id] = r.score;
  return out;
}

TEST_CASE("approximate betweenness: exact with every source, within its stated bound with a sample", "[query]") {
  const graph::KnowledgeGraph kg = RandomMeetings(300, 260);
  const auto exact = ById(Central(kg, Measure::kBetweenness, Via::kPersons, 100000));

  const ApproximateRanking all = ApproximateBetweenness(kg, Via::kPersons, 100000, 100000);
  CHECK(all.samples == exact.size());
  CHECK(all.error_bound == 0);
  for (const auto& [id, score] : ById(all.ranking)) CHECK(score == Approx(exact.at(id)).epsilon(0).margin(1e-9));

  const ApproximateRanking sampled = ApproximateBetweenness(kg, Via::kPersons, 100000, 100);
  CHECK(sampled.samples == 100);
  CHECK(sampled.error_bound > 0);
  CHECK(sampled.error_bound < 1);
  double worst = 0;
  for (const auto& [id, score] : ById(sampled.ranking)) worst = std::max(worst, std::abs(score - exact.at(id)));
  CAPTURE(worst, sampled.error_bound);
  CHECK(worst <= sampled.error_bound);

  // The same sample every run.
  CHECK(ById(ApproximateBetweenness(kg, Via::kPersons, 100000, 100).ranking) == ById(sampled.ranking));
}

}  // namespace
}  // namespace coopgraph::query

// Specification of what a name stands for in the questions about actors: a
// country by any of its names or codes, through its people and bodies; a
// given name alone; pairs between named persons or two countries; and
// questions without an answer answered by nothing rather than an error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../pipeline/pipeline_test_util.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

using graph::Node;
using graph::NodeKind;
using graph::Relation;

//   country/vn  (Việt Nam, Vietnam, VN, VNM)    person/dat (Nguyễn Văn Đạt), person/thanh-dat (Trần Thành Đạt),
//                                                person/hung (Phạm Hùng, at no meeting)
//   country/la  (Lào, Laos, LA, LAO)             person/vongdara (Boviengkham Vongdara), org/most-la
//   country/kh  (Campuchia, Cambodia, KH, KHM)   person/chenda (Sok Chenda)
//   country/th  (Thái Lan, Thailand, TH, THA)    person/somchai (Somchai Wong)
//   country/sg  (Singapore, SG, SGP)             nobody
//
//   event/m1 2024-05-29: dat, vongdara, chenda
//   event/m2 2024-06-01: thanh-dat, vongdara, org/most-la
//   event/m3 2024-07-01: chenda, somchai
//   agreement/a1: party org/most-la, signatory dat
//   agreement/a2: party country/kh
//   agreement/a3: party country/la
graph::KnowledgeGraph Region() {
  graph::KnowledgeGraph kg;
  auto add = [&kg](std::string id, std::string name, auto info, std::vector<std::string> also = {}) {
    Node n;
    n.id = std::move(id);
    n.name = std::move(name);
    n.alternate_names = std::move(also);
    n.info = std::move(info);
    kg.AddNode(std::move(n));
  };
  auto link = [&kg](const std::string& from, const std::string& to, Relation relation) {
    graph::Edge e;
    e.relation = relation;
    kg.AddEdge(*kg.Find(from), *kg.Find(to), e);
  };
  add("country/vn", "Việt Nam", graph::CountryInfo{"VN", "VNM"}, {"Vietnam"});
  add("country/la", "Lào", graph::CountryInfo{"LA", "LAO"}, {"Laos"});
  add("country/kh", "Campuchia", graph::CountryInfo{"KH", "KHM"}, {"Cambodia"});
  add("country/th", "Thái Lan", graph::CountryInfo{"TH", "THA"}, {"Thailand"});
  add("country/sg", "Singapore", graph::CountryInfo{"SG", "SGP"});
  graph::PersonInfo minister;
  minister.roles = {{"Thứ trưởng", "", "2023-01-01", ""}, {"Bộ trưởng", "", "2024-05-29", ""}};
  add("person/dat", "Nguyễn Văn Đạt", minister);
  graph::PersonInfo deputy;
  deputy.roles = {{"Thứ trưởng", "", "2024-06-01", ""}};
  add("person/thanh-dat", "Trần Thành Đạt", deputy);
  add("person/hung", "Phạm Hùng", graph::PersonInfo{});
  add("person/vongdara", "Boviengkham Vongdara", graph::PersonInfo{});
  add("person/chenda", "Sok Chenda", graph::PersonInfo{});
  add("person/somchai", "Somchai Wong", graph::PersonInfo{});
  add("org/most-la", "Bộ KH&CN Lào", graph::OrganizationInfo{});
  for (const auto& [person, country] : std::vector<std::pair<std::string, std::string>>{
           {"person/dat", "country/vn"}, {"person/thanh-dat", "country/vn"}, {"person/hung", "country/vn"},
           {"person/vongdara", "country/la"}, {"person/chenda", "country/kh"}, {"person/somchai", "country/th"}}) {
    link(person, country, Relation::kNationality);
  }
  link("org/most-la", "country/la", Relation::kCountry);
  const std::vector<std::pair<std::string, std::vector<std::string>>> meetings = {
      {"2024-05-29", {"person/dat", "person/vongdara", "person/chenda"}},
      {"2024-06-01", {"person/thanh-dat", "person/vongdara", "org/most-la"}},
      {"2024-07-01", {"person/chenda", "person/somchai"}}};
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    graph::EventInfo event;
    event.start_date = meetings[i].first;
    const std::string id = "event/m" + std::to_string(i + 1);
    add(id, "talks", event);
    for (const std::string& attendee : meetings[i].second) link(id, attendee, Relation::kAttendee);
  }
  for (const char* id : {"agreement/a1", "agreement/a2", "agreement/a3"}) add(id, id, graph::AgreementInfo{});
  link("agreement/a1", "org/most-la", Relation::kParty);
  link("agreement/a1", "person/dat", Relation::kSignatory);
  link("agreement/a2", "country/kh", Relation::kParty);
  link("agreement/a3", "country/la", Relation::kParty);
  return kg;
}

std::set<std::string> Ids(const graph::KnowledgeGraph& kg, const std::vector<graph::Vertex>& vs) {
  std::set<std::string> ids;
  for (graph::Vertex v : vs) ids.insert(kg.node(v).id);
  return ids;
}

std::vector<std::string> Column(const Rows& rows, const std::string& name) {
  const auto at = std::find(rows.columns.begin(), rows.columns.end(), name) - rows.columns.begin();
  std::vector<std::string> out;
  for (const auto& row : rows.rows) out.push_back(row.at(static_cast<std::size_t>(at)));
  return out;
}

std::set<std::string> AsSet(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// "first|second|meeting" for each pair.
std::set<std::string> Pairs(const std::vector<MetPair>& pairs) {
  std::set<std::string> out;
  for (const MetPair& p : pairs) out.insert(p.first + "|" + p.second + "|" + p.meeting.id);
  return out;
}

TEST_CASE("a country is found by its Vietnamese or English name or ISO code, in any case", "[query]") {
  const auto kg = Region();
  for (const char* asked : {"Lào", "lào", "Lao", "Laos", "LAOS", "LA", "la", "LAO", "lao", "country/la"}) {
    CAPTURE(asked);
    auto actors = FindActors(kg, asked, {NodeKind::kCountry});
    REQUIRE(actors.ok());
    CHECK(kg.node(actors->node).id == "country/la");
    // It stands for its people and its bodies.
    CHECK(Ids(kg, actors->members) == std::set<std::string>{"person/vongdara", "org/most-la"});
  }
  auto person = FindActors(kg, "Boviengkham Vongdara");
  REQUIRE(person.ok());
  CHECK(Ids(kg, person->members) == std::set<std::string>{"person/vongdara"});
  CHECK(person->Includes(person->node));
  CHECK(FindActors(kg, "Atlantis", {NodeKind::kCountry}).status().code() == StatusCode::kNotFound);
}

TEST_CASE("a given name alone finds the one person whose name ends with it, or lists them all", "[query]") {
  const auto kg = Region();
  struct Case {
    std::string asked, id;
  };
  for (const Case& c : std::vector<Case>{{"Vongdara", "person/vongdara"},
                                         {"vongdara", "person/vongdara"},
                                         {"Thành Đạt", "person/thanh-dat"},
                                         {"Thanh Dat", "person/thanh-dat"},
                                         {"Hùng", "person/hung"},
                                         {"Hung", "person/hung"}}) {
    CAPTURE(c.asked);
    auto v = FindEntity(kg, c.asked, {NodeKind::kPerson});
    REQUIRE(v.ok());
    CHECK(kg.node(*v).id == c.id);
  }
  // Shared by two: both listed with their ids and latest titles, so the user can choose.
  for (const char* asked : {"Đạt", "Dat", "đạt"}) {
    CAPTURE(asked);
    const Status shared = FindEntity(kg, asked, {NodeKind::kPerson}).status();
    CHECK(shared.code() == StatusCode::kInvalidArgument);
    CHECK(shared.message().find("Nguyễn Văn Đạt (person/dat), Bộ trưởng") != std::string::npos);
    CHECK(shared.message().find("Trần Thành Đạt (person/thanh-dat), Thứ trưởng") != std::string::npos);
  }
  // A part of a word is no given name.
  CHECK(FindEntity(kg, "at", {NodeKind::kPerson}).status().code() == StatusCode::kNotFound);
}

TEST_CASE("an unknown name suggests at most five names closest by the key without diacritics", "[query]") {
  const auto kg = Region();
  const Status typo = FindEntity(kg, "Nguyen Van Dot").status();
  CHECK(typo.code() == StatusCode::kNotFound);
  CHECK(typo.message().find("closest: Nguyễn Văn Đạt") != std::string::npos);
  // Another person with a known given name: those of that given name first.
  const Status given = FindEntity(kg, "Le Van Dat", {NodeKind::kPerson}).status();
  CHECK(given.code() == StatusCode::kNotFound);
  const std::string hint = given.message().substr(given.message().find("closest: "));
  CHECK((hint.rfind("closest: Nguyễn Văn Đạt, Trần Thành Đạt", 0) == 0 ||
         hint.rfind("closest: Trần Thành Đạt, Nguyễn Văn Đạt", 0) == 0));
  CHECK(std::count(hint.begin(), hint.end(), ',') <= 4);  // at most five names of the 14 nodes
  // A name far from every other is suggested alone: the far ones help no one.
  const Status far = FindEntity(kg, "Xyzzyqwv", {NodeKind::kPerson}).status();
  CHECK(far.code() == StatusCode::kNotFound);
  CHECK(far.message().find(',') == std::string::npos);
  // A lone word is compared with given names: "Dan" is one letter from "Đạt".
  const Status lone = FindEntity(kg, "Dan", {NodeKind::kPerson}).status();
  CHECK(lone.code() == StatusCode::kNotFound);
  CHECK(lone.message().find("closest: Nguyễn Văn Đạt, Trần Thành Đạt") != std::string::npos);

  // Two people of one name are suggested once.
  graph::KnowledgeGraph twins;
  for (const char* id : {"person/ha-1", "person/ha-2"}) {
    Node n;
    n.id = id;
    n.name = "Hồ Đức Hà";
    n.info = graph::PersonInfo{};
    twins.AddNode(n);
  }
  CHECK(FindEntity(twins, "Ho Duc Hai").status().message() == "no entity named \"Ho Duc Hai\"; closest: Hồ Đức Hà");
}

TEST_CASE("a path between two countries runs from any actor of one to any actor of the other", "[query]") {
  const auto kg = Region();
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"Việt Nam", "Lào"}, {"VN", "LAO"}, {"Vietnam", "laos"}}) {
    CAPTURE(from, to);
    auto paths = ShortestPaths(kg, from, to);
    REQUIRE(paths.ok());
    std::set<std::string> ends;
    for (const Path& path : *paths) {
      REQUIRE(path.size() == 1);
      ends.insert(path.front().from + " -> " + path.back().to);
    }
    CHECK(ends == std::set<std::string>{"person/dat -> person/vongdara", "person/thanh-dat -> person/vongdara",
                                        "person/thanh-dat -> org/most-la"});
  }
  // Through a third country's actor when no meeting joins them directly.
  auto far = ShortestPaths(kg, "Thái Lan", "Việt Nam", Via::kPersons);
  REQUIRE(far.ok());
  REQUIRE(far->size() == 1);
  REQUIRE(far->front().size() == 2);
  CHECK(far->front()[0].from == "person/somchai");
  CHECK(far->front()[0].to == "person/chenda");
  CHECK(far->front()[1].to == "person/dat");
  // A country and a person mix.
  auto mixed = ShortestPaths(kg, "Campuchia", "Trần Thành Đạt");
  REQUIRE(mixed.ok());
  REQUIRE_FALSE(mixed->empty());
  CHECK(mixed->front().front().from == "person/chenda");
  CHECK(mixed->front().back().to == "person/thanh-dat");
}

TEST_CASE("a question without an answer is an empty answer; an unknown name is kNotFound", "[query]") {
  const auto kg = Region();
  auto none = ShortestPaths(kg, "Singapore", "Việt Nam");  // nobody of Singapore
  REQUIRE(none.ok());
  CHECK(none->empty());
  auto too_far = ShortestPaths(kg, "Thái Lan", "Lào", Via::kAll, 1);
  REQUIRE(too_far.ok());
  CHECK(too_far->empty());
  auto alone = Neighbors(kg, "Phạm Hùng", 2);  // at no meeting
  REQUIRE(alone.ok());
  CHECK(alone->rows.empty());
  CHECK(Neighbors(kg, "Singapore", 2).value().rows.empty());
  CHECK(Timeline(kg, "Singapore").value().rows.empty());
  CHECK(Agreements(kg, "Singapore", "").value().rows.empty());
  auto lonely = EgoGraph(kg, "Phạm Hùng", 2);
  REQUIRE(lonely.ok());
  CHECK(lonely->node_count() == 0);
  WhoMetFilter nobody;
  nobody.between_countries = {"Singapore", "VN"};
  auto pairs = WhoMet(kg, nobody);
  REQUIRE(pairs.ok());
  CHECK(pairs->empty());
  CHECK(ShortestPaths(kg, "Atlantis", "Lào").status().code() == StatusCode::kNotFound);
  CHECK(Neighbors(kg, "Atlantis", 1).status().code() == StatusCode::kNotFound);
}

TEST_CASE("a country's neighbours are the actors within N meetings of its actors, not its actors", "[query]") {
  const auto kg = Region();
  const Rows near = Neighbors(kg, "LA", 1).value();
  REQUIRE_FALSE(near.rows.empty());
  CHECK(Column(near, "distance")[0] == "0");
  CHECK(Column(near, "node")[0] == "country/la");
  CHECK(AsSet(Column(near, "node")) ==
        std::set<std::string>{"country/la", "person/dat", "person/thanh-dat", "person/chenda"});
  const Rows further = Neighbors(kg, "Lào", 2).value();
  CHECK(AsSet(Column(further, "node")).count("person/somchai") == 1);
  CHECK(AsSet(Column(further, "node")).count("person/vongdara") == 0);
  // Trần Thành Đạt shares m2 with two actors of Laos.
  const auto nodes = Column(near, "node");
  const auto meetings = Column(near, "meetings");
  const auto at = std::find(nodes.begin(), nodes.end(), "person/thanh-dat") - nodes.begin();
  CHECK(meetings[static_cast<std::size_t>(at)] == "2");

  const graph::KnowledgeGraph ego = EgoGraph(kg, "Laos", 1).value();
  for (const char* id : {"person/vongdara", "org/most-la", "person/dat", "event/m1", "event/m2", "country/la"})
    CHECK(ego.Find(id));
  CHECK_FALSE(ego.Find("person/somchai"));
}

TEST_CASE("a country's timeline holds its actors' meetings and the agreements of it and its bodies", "[query]") {
  const auto kg = Region();
  const Rows timeline = Timeline(kg, "Lào").value();
  CHECK(AsSet(Column(timeline, "node")) ==
        std::set<std::string>{"event/m1", "event/m2", "agreement/a1", "agreement/a3"});
  // A person's timeline is their own.
  CHECK(AsSet(Column(Timeline(kg, "Sok Chenda").value(), "node")) ==
        std::set<std::string>{"event/m1", "event/m3"});
}

TEST_CASE("agreements of a country: the country, its bodies or its people as party or signatory", "[query]") {
  const auto kg = Region();
  struct Case {
    std::string party;
    std::set<std::string> agreements;
  };
  for (const Case& c : std::vector<Case>{{"Lào", {"agreement/a1", "agreement/a3"}},
                                         {"LAO", {"agreement/a1", "agreement/a3"}},
                                         {"Việt Nam", {"agreement/a1"}},  // through its signatory
                                         {"khm", {"agreement/a2"}},
                                         {"Thái Lan", {}},
                                         {"Bộ KH&CN Lào", {"agreement/a1"}}}) {
    CAPTURE(c.party);
    const Rows rows = Agreements(kg, c.party, "").value();
    CHECK(AsSet(Column(rows, "node")) == c.agreements);
  }
}

TEST_CASE("who met: two persons give the meetings between them, not each one's pairs", "[query]") {
  const auto kg = Region();
  WhoMetFilter one;
  one.persons = {"Boviengkham Vongdara"};
  CHECK(Pairs(WhoMet(kg, one).value()) ==
        std::set<std::string>{"person/vongdara|person/chenda|event/m1", "person/vongdara|person/dat|event/m1",
                              "person/vongdara|person/thanh-dat|event/m2"});
  WhoMetFilter two;
  two.persons = {"Boviengkham Vongdara", "Nguyễn Văn Đạt"};
  // Not Vongdara with Sok Chenda or Trần Thành Đạt; the first named first.
  CHECK(Pairs(WhoMet(kg, two).value()) == std::set<std::string>{"person/vongdara|person/dat|event/m1"});
  WhoMetFilter three;
  three.persons = {"Sok Chenda", "Nguyễn Văn Đạt", "Boviengkham Vongdara"};
  CHECK(Pairs(WhoMet(kg, three).value()) ==
        std::set<std::string>{"person/chenda|person/dat|event/m1", "person/chenda|person/vongdara|event/m1",
                              "person/dat|person/vongdara|event/m1"});
  WhoMetFilter twice;  // one person by two names is one person
  twice.persons = {"Boviengkham Vongdara", "Vongdara"};
  CHECK(Pairs(WhoMet(kg, twice).value()) == Pairs(WhoMet(kg, one).value()));
  WhoMetFilter never;
  never.persons = {"Somchai Wong", "Nguyễn Văn Đạt"};
  CHECK(WhoMet(kg, never).value().empty());
}

TEST_CASE("who met between two countries: every cross-delegation pair, the first country's actor first", "[query]") {
  const auto kg = Region();
  for (const std::vector<std::string>& countries : std::vector<std::vector<std::string>>{
           {"VN", "LA"}, {"Việt Nam", "Lào"}, {"VNM", "laos"}}) {
    WhoMetFilter between;
    between.between_countries = countries;
    // Not Sok Chenda (Cambodia) at m1, not Vongdara with the Lao ministry.
    CHECK(Pairs(WhoMet(kg, between).value()) ==
          std::set<std::string>{"person/dat|person/vongdara|event/m1", "person/thanh-dat|person/vongdara|event/m2"});
  }
  WhoMetFilter reversed;
  reversed.between_countries = {"LA", "VN"};
  reversed.include_organizations = true;
  CHECK(Pairs(WhoMet(kg, reversed).value()) ==
        std::set<std::string>{"person/vongdara|person/dat|event/m1", "person/vongdara|person/thanh-dat|event/m2",
                              "org/most-la|person/thanh-dat|event/m2"});
  WhoMetFilter with_person;  // both filters hold
  with_person.between_countries = {"VN", "LA"};
  with_person.persons = {"Trần Thành Đạt"};
  CHECK(Pairs(WhoMet(kg, with_person).value()) == std::set<std::string>{"person/thanh-dat|person/vongdara|event/m2"});
  WhoMetFilter one;
  one.between_countries = {"VN"};
  CHECK(WhoMet(kg, one).status().code() == StatusCode::kInvalidArgument);
  WhoMetFilter unknown;
  unknown.between_countries = {"VN", "Atlantis"};
  CHECK(WhoMet(kg, unknown).status().code() == StatusCode::kNotFound);
  // --country takes a code as well.
  WhoMetFilter country;
  country.country = "KHM";
  CHECK(Pairs(WhoMet(kg, country).value()) ==
        std::set<std::string>{"person/chenda|person/dat|event/m1", "person/chenda|person/vongdara|event/m1",
                              "person/chenda|person/somchai|event/m3"});
}

TEST_CASE("a country's ISO codes are two schema:identifier values, read back byte for byte", "[query][exporters]") {
  const auto kg = Region();
  const std::string written = exporters::ToJsonLd(kg);
  CHECK(written.find(R"("identifier":["LA","LAO"])") != std::string::npos);
  auto reread = exporters::ParseJsonLd(written, "region");
  REQUIRE(reread.ok());
  const auto& la = std::get<graph::CountryInfo>(reread->node(*reread->Find("country/la")).info);
  CHECK(la.iso_code == "LA");
  CHECK(la.iso3 == "LAO");
  CHECK(exporters::ToJsonLd(*reread) == written);
  // A country the knowledge files do not list keeps its one code as a string.
  graph::KnowledgeGraph lone;
  Node xx;
  xx.id = "country/xx";
  xx.name = "XX";
  xx.info = graph::CountryInfo{"XX", ""};
  lone.AddNode(xx);
  const std::string one = exporters::ToJsonLd(lone);
  CHECK(one.find(R"("identifier":"XX")") != std::string::npos);
  CHECK(exporters::ToJsonLd(exporters::ParseJsonLd(one, "lone").value()) == one);
}

TEST_CASE("query who-met --between-countries through the binary", "[query][cli]") {
  coopgraph::testing::TempDir tmp;
  using pipeline::testing::RunCli;
  const std::string graph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";
  const auto pairs = RunCli(
      {"query", "--graph", graph, "--format", "csv", "who-met", "--between-countries", "VNM", "Laos"}, tmp);
  INFO(pairs.err);
  CHECK(pairs.exit_code == 0);
  CHECK(pairs.out.find("Huỳnh Thành Đạt") != std::string::npos);
  CHECK(pairs.out.find("Boviengkham Vongdara") != std::string::npos);
  const auto one = RunCli({"query", "--graph", graph, "who-met", "--between-countries", "VN"}, tmp);
  CHECK(one.exit_code == 2);
}

}  // namespace
}  // namespace coopgraph::query

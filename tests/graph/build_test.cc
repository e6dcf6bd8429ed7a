// The typed graph built from a resolution: one node per entity, event,
// agreement and article; relations as typed edges.
#include <catch2/catch.hpp>

#include "coopgraph/graph/build.h"
#include "coopgraph/graph/vocabulary.h"

namespace coopgraph::graph {
namespace {

//   person/a --nationality--> country/vn <--country-- organization/bo
//       ^  \--memberOf (Bộ trưởng)--> organization/bo
//       |
//   event/m --attendee(head)--> person/a,  --attendee--> person/b,  --reportedIn--> article/x
//   agreement/t --party--> organization/bo
resolve::Resolution SmallResolution() {
  resolve::Resolution r;
  r.articles.push_back({"x", "https://example.org/a", "Tin", "2024-05-30", "Nhân Dân", "a.txt"});
  resolve::Entity country;
  country.kind = resolve::MentionKind::kCountry;
  country.id = "country/vn";
  country.name = "Việt Nam";
  country.country = "VN";
  country.sources = {"x"};
  resolve::Entity org;
  org.kind = resolve::MentionKind::kOrganization;
  org.id = "organization/bo";
  org.name = "Bộ Ngoại giao";
  org.country = "VN";
  org.category = extract::OrgCategory::kGovernment;
  org.sources = {"x"};
  resolve::Entity a;
  a.kind = resolve::MentionKind::kPerson;
  a.id = "person/a";
  a.name = "Bùi Thanh Sơn";
  a.country = "VN";
  a.roles.push_back({"Bộ trưởng Ngoại giao", 1, "x", "2024-05-30"});
  a.sources = {"x"};
  resolve::Entity b;
  b.kind = resolve::MentionKind::kPerson;
  b.id = "person/b";
  b.name = "Prak Sokhonn";
  b.sources = {"x"};
  r.entities = {country, org, a, b};
  resolve::Event m;
  m.id = "event/m";
  m.kind = extract::MeetingKind::kTalks;
  m.start = {2024, 5, 29, false};
  m.attendees = {{2, true}, {3, false}};
  m.sources = {"x"};
  r.events.push_back(m);
  resolve::Agreement t;
  t.id = "agreement/t";
  t.name = "Bản ghi nhớ";
  t.kind = extract::AgreementKind::kMemorandum;
  t.parties = {1};
  t.sources = {"x"};
  r.agreements.push_back(t);
  return r;
}

int CountEdges(const KnowledgeGraph& g, const std::string& from, Relation relation, const std::string& to) {
  int n = 0;
  for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) {
    const Edge& edge = g.graph()[*e];
    if (edge.relation == relation && g.node(boost::source(*e, g.graph())).id == from &&
        g.node(boost::target(*e, g.graph())).id == to)
      ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("Every entity, event, agreement and article is one node of its kind", "[graph]") {
  KnowledgeGraph g = BuildGraph(SmallResolution());
  CHECK(g.CountKind(NodeKind::kArticle) == 1);
  CHECK(g.CountKind(NodeKind::kCountry) == 1);
  CHECK(g.CountKind(NodeKind::kOrganization) == 1);
  CHECK(g.CountKind(NodeKind::kPerson) == 2);
  CHECK(g.CountKind(NodeKind::kEvent) == 1);
  CHECK(g.CountKind(NodeKind::kAgreement) == 1);
  REQUIRE(g.Find("person/a"));
  CHECK(g.node(*g.Find("person/a")).sources == std::vector<std::string>{"article/x"});
}

TEST_CASE("Facts become typed relations", "[graph]") {
  KnowledgeGraph g = BuildGraph(SmallResolution());
  CHECK(CountEdges(g, "person/a", Relation::kNationality, "country/vn") == 1);
  CHECK(CountEdges(g, "person/b", Relation::kNationality, "country/vn") == 0);
  CHECK(CountEdges(g, "person/a", Relation::kMemberOf, "organization/bo") == 1);
  CHECK(CountEdges(g, "organization/bo", Relation::kCountry, "country/vn") == 1);
  CHECK(CountEdges(g, "event/m", Relation::kAttendee, "person/a") == 1);
  CHECK(CountEdges(g, "event/m", Relation::kAttendee, "person/b") == 1);
  CHECK(CountEdges(g, "event/m", Relation::kReportedIn, "article/x") == 1);
  CHECK(CountEdges(g, "agreement/t", Relation::kParty, "organization/bo") == 1);
}

TEST_CASE("A meeting keeps its kind, CAMEO code, date and head of delegation", "[graph]") {
  KnowledgeGraph g = BuildGraph(SmallResolution());
  const Node& m = g.node(*g.Find("event/m"));
  const auto& info = std::get<EventInfo>(m.info);
  CHECK(info.kind == MeetingKind::kTalks);
  CHECK(info.cameo_code == "046");
  CHECK(info.start_date == "2024-05-29");
  for (auto [e, end] = boost::out_edges(*g.Find("event/m"), g.graph()); e != end; ++e) {
    if (g.node(boost::target(*e, g.graph())).id == "person/a") CHECK(g.graph()[*e].role == "head of delegation");
    if (g.node(boost::target(*e, g.graph())).id == "person/b") CHECK(g.graph()[*e].role.empty());
  }
}

TEST_CASE("A meeting whose reports disagree on the date keeps every report's date", "[graph]") {
  resolve::Resolution agreeing = SmallResolution();
  agreeing.events[0].reported_dates = {{{2024, 5, 29, false}, "x"}, {{2024, 5, 29, false}, "y"}};
  const KnowledgeGraph same = BuildGraph(agreeing);
  CHECK(std::get<EventInfo>(same.node(*same.Find("event/m")).info).conflicting_dates.empty());

  resolve::Resolution disagreeing = SmallResolution();
  disagreeing.events[0].reported_dates = {{{2024, 5, 29, false}, "x"}, {{2024, 5, 30, false}, "y"}};
  const KnowledgeGraph g = BuildGraph(disagreeing);
  const auto& info = std::get<EventInfo>(g.node(*g.Find("event/m")).info);
  CHECK(info.start_date == "2024-05-29");
  using Report = std::pair<std::string, std::string>;
  CHECK(info.conflicting_dates == std::vector<Report>{{"2024-05-29", "article/x"}, {"2024-05-30", "article/y"}});
}

TEST_CASE("A person's roles keep their organisation and date", "[graph]") {
  KnowledgeGraph g = BuildGraph(SmallResolution());
  const auto& roles = std::get<PersonInfo>(g.node(*g.Find("person/a")).info).roles;
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].title == "Bộ trưởng Ngoại giao");
  CHECK(roles[0].organization_id == "organization/bo");
  CHECK(roles[0].date == "2024-05-30");
  CHECK(roles[0].article_id == "article/x");
}

TEST_CASE("Adding a node twice or an equal edge twice keeps one", "[graph]") {
  KnowledgeGraph g;
  Node n;
  n.id = "person/x";
  n.info = PersonInfo{};
  Vertex a = g.AddNode(n);
  CHECK(g.AddNode(n) == a);
  Node c;
  c.id = "country/vn";
  c.info = CountryInfo{"VN"};
  Vertex v = g.AddNode(c);
  g.AddEdge(a, v, {Relation::kNationality, "", "", {}});
  g.AddEdge(a, v, {Relation::kNationality, "", "", {}});
  CHECK(g.edge_count() == 1);
}

TEST_CASE("Every kind has a vocabulary term and a CAMEO code", "[graph]") {
  for (int k = 0; k < extract::kMeetingKindCount; ++k) {
    auto kind = static_cast<MeetingKind>(k);
    CHECK_FALSE(MeetingKindTerm(kind).empty());
    CHECK(CameoCode(kind).size() == 3);
  }
  for (int k = 0; k < extract::kAgreementKindCount; ++k) {
    CHECK_FALSE(AgreementKindTerm(static_cast<AgreementKind>(k)).empty());
  }
}

}  // namespace coopgraph::graph

// Shared by the exporters tests: a small hand-built graph and a temp directory.
#ifndef COOPGRAPH_TESTS_EXPORTERS_EXPORTERS_TEST_UTIL_H_
#define COOPGRAPH_TESTS_EXPORTERS_EXPORTERS_TEST_UTIL_H_

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "coopgraph/graph/graph.h"
#include "common/temp_dir.h"

namespace coopgraph::exporters::testing {

//   person/a --nationality--> country/vn <--country-- org/most <--memberOf-- person/a
//   person/b --nationality--> country/la <--containedInPlace-- place/vientiane
//   event/m1 (talks, 2024-05-29) --attendee--> person/a (head of delegation), person/b, org/most
//            --location--> place/vientiane, --reportedIn--> article/a1
//   agreement/g1 (MoU 2024-2026, signed) --party--> org/most, country/la
//                --signatory--> person/a, --reportedIn--> article/a1
struct SampleOptions {
  std::string person_b_name = "Phut Simmalavong";  // hostile names go here
  std::string person_b_role = "delegation member";  // and here (an edge label)
  bool reverse_insertion = false;  // same graph, nodes and edges added in the opposite order
};

inline graph::Evidence SampleEvidence(std::size_t sentence, std::size_t begin, std::string quote) {
  graph::Evidence ev;
  ev.article_id = "article/a1";
  ev.sentence = sentence;
  ev.begin = begin;
  ev.end = begin + 10;
  ev.quote = std::move(quote);
  return ev;
}

inline graph::KnowledgeGraph SampleGraph(const SampleOptions& options = {}) {
  using graph::Node;
  using graph::Relation;
  auto make = [](std::string id, std::string name, auto info) {
    Node n;
    n.id = std::move(id);
    n.name = std::move(name);
    n.info = std::move(info);
    if (n.kind() != graph::NodeKind::kArticle) n.sources = {"article/a1"};
    return n;
  };
  std::vector<Node> nodes;
  graph::ArticleInfo article{"https://example.org/tin/a1", "Việt Nam và Lào tăng cường hợp tác",
                             "2024-05-30", "Báo Ví Dụ", "data/a1.txt", "c88c3577a02e23b8"};
  nodes.push_back(make("article/a1", "Việt Nam và Lào tăng cường hợp tác", article));
  nodes.push_back(make("country/vn", "Việt Nam", graph::CountryInfo{"VN"}));
  nodes.push_back(make("country/la", "Lào", graph::CountryInfo{"LA"}));
  nodes.push_back(make("place/vientiane", "Vientiane", graph::PlaceInfo{}));
  Node org = make("org/most", "Bộ Khoa học và Công nghệ",
                  graph::OrganizationInfo{graph::OrgCategory::kGovernment});
  org.alternate_names = {"Bộ KH&CN", "Bộ Khoa học và Công nghệ"};
  nodes.push_back(org);
  graph::PersonInfo a_info;
  a_info.roles = {{"Bộ trưởng Khoa học và Công nghệ", "org/most", "2024-05-30", "article/a1"},
                  {"Ủy viên Trung ương Đảng", "", "2024-05-30", "article/a1"}};
  nodes.push_back(make("person/a", "Huỳnh Thành Đạt", a_info));
  nodes.push_back(make("person/b", options.person_b_name, graph::PersonInfo{}));
  graph::EventInfo talks;
  talks.kind = graph::MeetingKind::kTalks;
  talks.cameo_code = "046";
  talks.start_date = "2024-05-29";
  talks.conflicting_dates = {{"2024-05-29", "article/a1"}, {"2024-05-30", "article/a1"}};
  Node event = make("event/m1", "", talks);
  event.evidence = {SampleEvidence(4, 900, "hội đàm với Bộ trưởng \"Phut\"")};
  nodes.push_back(event);
  graph::AgreementInfo mou;
  mou.kind = graph::AgreementKind::kMemorandum;
  mou.period_start = "2024";
  mou.period_end = "2026";
  mou.status = graph::AgreementStatus::kSigned;
  mou.signing_date = "2024-05";
  Node agreement = make("agreement/g1", "Biên bản ghi nhớ hợp tác giai đoạn 2024-2026", mou);
  agreement.evidence = {SampleEvidence(7, 1500, "ký Biên bản ghi nhớ"),
                        SampleEvidence(2, 300, "Biên bản ghi nhớ")};
  nodes.push_back(agreement);

  struct EdgeSpec {
    const char* from;
    const char* to;
    Relation relation;
    std::string role;
    std::string date;
  };
  std::vector<EdgeSpec> edges = {
      {"person/a", "country/vn", Relation::kNationality, "", ""},
      {"person/b", "country/la", Relation::kNationality, "", ""},
      {"person/a", "org/most", Relation::kMemberOf, "Bộ trưởng", "2024-05-30"},
      {"org/most", "country/vn", Relation::kCountry, "", ""},
      {"place/vientiane", "country/la", Relation::kContainedIn, "", ""},
      {"event/m1", "person/a", Relation::kAttendee, "head of delegation", "2024-05-29"},
      {"event/m1", "person/b", Relation::kAttendee, options.person_b_role, ""},
      {"event/m1", "org/most", Relation::kAttendee, "", ""},
      {"event/m1", "place/vientiane", Relation::kLocation, "", ""},
      {"event/m1", "article/a1", Relation::kReportedIn, "", ""},
      {"agreement/g1", "org/most", Relation::kParty, "", ""},
      {"agreement/g1", "country/la", Relation::kParty, "", ""},
      {"agreement/g1", "person/a", Relation::kSignatory, "", "2024-05"},
      {"agreement/g1", "article/a1", Relation::kReportedIn, "", ""},
  };
  if (options.reverse_insertion) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(edges.begin(), edges.end());
  }
  graph::KnowledgeGraph kg;
  for (auto& n : nodes) kg.AddNode(std::move(n));
  for (const auto& e : edges) {
    graph::Edge edge;
    edge.relation = e.relation;
    edge.role = e.role;
    edge.date = e.date;
    kg.AddEdge(*kg.Find(e.from), *kg.Find(e.to), edge);
  }
  return kg;
}

using coopgraph::testing::TempDir;

}  // namespace coopgraph::exporters::testing

#endif  // COOPGRAPH_TESTS_EXPORTERS_EXPORTERS_TEST_UTIL_H_

// Stage 5: the typed knowledge graph (a Boost adjacency_list with bundled
// node and edge structs). Stored facts (a meeting with its attendees) are the
// truth; binary "met" relations are projections computed from them
// (coopgraph/graph/projection.h).
#ifndef COOPGRAPH_GRAPH_GRAPH_H_
#define COOPGRAPH_GRAPH_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "coopgraph/extract/types.h"

namespace coopgraph::graph {

using extract::AgreementKind;
using extract::AgreementStatus;
using extract::EventStatus;
using extract::Evidence;
using extract::MeetingKind;
using extract::OrgCategory;

// The order matches the alternatives of Node::info.
enum class NodeKind { kPerson, kOrganization, kCountry, kPlace, kEvent, kAgreement, kArticle };

enum class Relation {
  kNationality,         // Person -> Country
  kMemberOf,            // Person -> Organization (edge.role = title, edge.date = when stated)
  kParentOrganization,  // Organization -> Organization
  kCountry,             // Organization -> Country
  kContainedIn,         // Place -> Country
  kAttendee,            // Event -> Person | Organization (edge.role: "head of delegation", …)
  kLocation,            // Event -> Place | Country
  kParty,               // Agreement -> Organization | Country | Person
  kSignatory,           // Agreement -> Person
  kReportedIn,          // Event | Agreement -> Article
};

// A title held by a person, dated by the article that states it.
struct Role {
  std::string title;            // as written: "Bộ trưởng Khoa học và Công nghệ"
  std::string organization_id;  // node id of the organisation, or empty
  std::string date;             // ISO date of the stating article, or empty
  std::string article_id;       // node id of the stating article
};

struct PersonInfo { std::vector<Role> roles; };
struct OrganizationInfo { OrgCategory category = OrgCategory::kGeneric; };
struct CountryInfo {
  std::string iso_code;  // ISO 3166-1 alpha-2
  std::string iso3;      // ISO 3166-1 alpha-3, when the knowledge files have it
};
struct PlaceInfo {};
struct EventInfo {
  MeetingKind kind = MeetingKind::kMeeting;
  std::string cameo_code;  // "040", "042", …
  std::string start_date;  // ISO at known precision, or empty
  std::string end_date;
  bool date_inferred = false;  // the year came from the publication date or another date
  EventStatus status = EventStatus::kHeld;
  // (ISO date, article node id) of each report, when reports disagree on the date.
  std::vector<std::pair<std::string, std::string>> conflicting_dates;
};
struct AgreementInfo {
  AgreementKind kind = AgreementKind::kAgreement;
  std::string period_start;  // "2021" or empty
  std::string period_end;
  AgreementStatus status = AgreementStatus::kMentioned;
  std::string signing_date;

  // The period as written: "2021–2025", "2021", or "".
  std::string Period() const { return period_end.empty() ? period_start : period_start + "–" + period_end; }
  // Where the agreement stands in time (timelines, summaries): its signing
  // date, else the start of its period.
  const std::string& PlacedAt() const { return signing_date.empty() ? period_start : signing_date; }
};
struct ArticleInfo {
  std::string url;
  std::string title;
  std::string date_published;
  std::string outlet;
  std::string source_path;
  std::string content_hash;  // ingest::Document::id; the body, which evidence offsets count in,
                             // is kept beside the graph (exporters::kArticleBodiesFile)
};

struct Node {
  std::string id;  // stable path below the id base: "person/huynh-thanh-dat"
  std::string name;
  std::vector<std::string> alternate_names;
  std::vector<std::string> same_as;   // external IRIs (e.g. Wikidata)
  std::vector<std::string> merge_reasons;  // why mentions of several articles became this node
  std::vector<std::string> sources;   // ids of Article nodes it was derived from
  std::vector<Evidence> evidence;
  std::variant<PersonInfo, OrganizationInfo, CountryInfo, PlaceInfo, EventInfo, AgreementInfo,
               ArticleInfo>
      info;

  NodeKind kind() const { return static_cast<NodeKind>(info.index()); }
};

struct Edge {
  Relation relation = Relation::kAttendee;
  std::string role;  // attendee role or membership title; may be empty
  std::string date;  // ISO at known precision; may be empty
  std::vector<Evidence> evidence;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

// The graph plus an index by node id. Nodes are never removed.
// Thread safety: const methods may run concurrently; mutation needs exclusive access.
class KnowledgeGraph {
 public:
  // Adds a node; when a node with the same id exists, returns it unchanged.
  Vertex AddNode(Node node);
  // Room for `nodes` nodes: adding them then moves no node already added.
  void Reserve(std::size_t nodes);
  std::optional<Vertex> Find(std::string_view id) const;
  // Adds an edge unless an equal one (same ends, relation, role) exists, in
  // which case its evidence is appended to the existing edge.
  EdgeRef AddEdge(Vertex from, Vertex to, Edge edge);

  const Graph& graph() const { return graph_; }
  const Node& node(Vertex v) const { return graph_[v]; }
  Node& mutable_node(Vertex v) { return graph_[v]; }
  std::size_t node_count() const { return boost::num_vertices(graph_); }
  std::size_t edge_count() const { return boost::num_edges(graph_); }
  std::size_t CountKind(NodeKind kind) const;

 private:
  Graph graph_;
  std::unordered_map<std::string, Vertex> by_id_;
};

}  // namespace coopgraph::graph

#endif  // COOPGRAPH_GRAPH_GRAPH_H_

// Private to query: the meetings projection, where two actors are linked
// when they attended the same meeting.
#ifndef COOPGRAPH_SRC_QUERY_PROJECTION_H_
#define COOPGRAPH_SRC_QUERY_PROJECTION_H_

#include <boost/graph/adjacency_list.hpp>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coopgraph/graph/graph.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query::internal {

using ProjectionGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

struct Projection {
  std::vector<graph::Vertex> actors;  // projection vertex -> graph vertex, in node id order
  std::unordered_map<graph::Vertex, std::size_t> index;  // graph vertex -> projection vertex
  ProjectionGraph graph;  // one edge per linked pair
  std::map<std::pair<std::size_t, std::size_t>, std::vector<graph::Vertex>> meetings;  // (a < b) -> events
};

// Every actor that `member` accepts and that attended a meeting, linked to
// those it attended a meeting with.
Projection MeetingsProjection(const graph::KnowledgeGraph& kg, const std::function<bool(graph::Vertex)>& member);

// A person for kPersons, an organisation for kOrganizations, either for kAll.
bool OfVia(const graph::KnowledgeGraph& kg, graph::Vertex v, Via via);

// Every node but articles, linked by every relation (once per pair).
Projection FullProjection(const graph::KnowledgeGraph& kg);

// The graph vertices a relation of `v` points to, each once, in edge order.
std::vector<graph::Vertex> Targets(const graph::KnowledgeGraph& kg, graph::Vertex v, graph::Relation relation);

// A date at its precision in [from, to] (ISO dates at any precision, "" for
// no bound), compared at the precision both have: "2018" is in a period from
// 2018-06-01, "2018-06-15" in one to 2018-06. No date, or one without a
// year ("--05-29"), is in no period but the unbounded one.
bool InRange(const std::string& date, const std::string& from, const std::string& to);

// The nodes `keep`, the countries of the kept actors and places, and every
// relation among them, as a graph of its own.
graph::KnowledgeGraph InducedGraph(const graph::KnowledgeGraph& kg, std::set<graph::Vertex> keep);

}  // namespace coopgraph::query::internal

#endif  // COOPGRAPH_SRC_QUERY_PROJECTION_H_

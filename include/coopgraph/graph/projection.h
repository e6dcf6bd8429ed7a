// Projections of the typed graph: simple undirected graphs computed from the
// stored facts, for rankings, paths and exports. The meetings projection
// links two actors when they attended the same meeting; the full projection
// links every two nodes (articles aside) that a relation joins.
#ifndef COOPGRAPH_GRAPH_PROJECTION_H_
#define COOPGRAPH_GRAPH_PROJECTION_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <functional>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::graph {

// Which graph a ranking or an export covers: the one name for "the full
// graph or the meetings only", used by query::Central and exporters::Export.
// kFull: the typed graph, every node and relation; kMeetings: the actors
// that attended a meeting, linked once per meeting they both attended.
enum class ProjectionKind { kFull, kMeetings };
inline constexpr EnumName<ProjectionKind> kProjectionKindNames[] = {{ProjectionKind::kFull, "full"},
                                                                    {ProjectionKind::kMeetings, "meetings"}};

using ProjectionGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

struct Projection {
  std::vector<Vertex> actors;                    // projection vertex -> graph vertex, in node id order
  std::unordered_map<Vertex, std::size_t> index;  // graph vertex -> projection vertex
  ProjectionGraph graph;                         // one edge per linked pair
  // (a < b) -> what links them: the events both attended (meetings
  // projection, in graph vertex order), nothing (full projection).
  std::map<std::pair<std::size_t, std::size_t>, std::vector<Vertex>> meetings;
};

// Every actor that `member` accepts and that attended a meeting (an
// attendee edge from an event), linked to those it attended a meeting with.
// Pure function; `member` is called once per attendee edge.
Projection MeetingsProjection(const KnowledgeGraph& kg, const std::function<bool(Vertex)>& member);

// Every node but articles, linked by every relation (once per pair).
Projection FullProjection(const KnowledgeGraph& kg);

// The vertices a relation of `v` points to, each once, in edge order.
std::vector<Vertex> Targets(const KnowledgeGraph& kg, Vertex v, Relation relation);

}  // namespace coopgraph::graph

#endif  // COOPGRAPH_GRAPH_PROJECTION_H_

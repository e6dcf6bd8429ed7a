// The ego network of an actor in the meetings projection.
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/subgraph.h"
#include "query/via.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Vertex;

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

struct Ego {
  graph::Projection projection;
  std::vector<std::size_t> distance;  // per projection vertex; kUnreached beyond the depth
  std::size_t center = 0;
};

StatusOr<Ego> EgoOf(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Vertex> actor = FindEntity(kg, name, {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kCountry});
  if (!actor.ok()) return actor.status();
  Ego ego;
  ego.projection = graph::MeetingsProjection(
      kg, [&](Vertex v) { return v == *actor || internal::OfVia(kg, v, Via::kAll); });
  const auto center = ego.projection.index.find(*actor);
  if (center == ego.projection.index.end()) {
    return NotFoundError("\"" + kg.node(*actor).name + "\" attended no meeting");
  }
  ego.center = center->second;
  ego.distance.assign(ego.projection.actors.size(), kUnreached);
  ego.distance[ego.center] = 0;
  boost::breadth_first_search(ego.projection.graph, ego.center,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_distances(ego.distance.data(), boost::on_tree_edge()))));
  for (auto& d : ego.distance)
    if (d != kUnreached && d > static_cast<std::size_t>(std::max(depth, 0))) d = kUnreached;
  return ego;
}

}  // namespace

StatusOr<Rows> Neighbors(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Ego> ego = EgoOf(kg, name, depth);
  if (!ego.ok()) return ego.status();
  const graph::Projection& p = ego->projection;
  Rows out{{"distance", "name", "kind", "node", "meetings"}, {}};
  std::vector<std::tuple<std::size_t, std::string, std::size_t>> found;  // (distance, name, vertex)
  for (std::size_t v = 0; v < p.actors.size(); ++v) {
    if (ego->distance[v] == kUnreached) continue;
    found.emplace_back(ego->distance[v], kg.node(p.actors[v]).name, v);
  }
  std::sort(found.begin(), found.end());
  for (const auto& [distance, node_name, v] : found) {
    std::size_t shared = 0;  // meetings with actors one step nearer
    for (const auto& [pair, meetings] : p.meetings) {
      const std::size_t other = pair.first == v ? pair.second : pair.second == v ? pair.first : kUnreached;
      if (other != kUnreached && ego->distance[other] != kUnreached && ego->distance[other] + 1 == distance)
        shared += meetings.size();
    }
    const graph::Node& node = kg.node(p.actors[v]);
    out.rows.push_back({std::to_string(distance), node_name, std::string(graph::TypeTerm(node.kind())), node.id,
                        std::to_string(shared)});
  }
  return out;
}

StatusOr<KnowledgeGraph> EgoGraph(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Ego> ego = EgoOf(kg, name, depth);
  if (!ego.ok()) return ego.status();
  const graph::Projection& p = ego->projection;
  std::set<Vertex> keep;
  for (std::size_t v = 0; v < p.actors.size(); ++v)
    if (ego->distance[v] != kUnreached) keep.insert(p.actors[v]);
  for (const auto& [pair, meetings] : p.meetings) {
    if (ego->distance[pair.first] == kUnreached || ego->distance[pair.second] == kUnreached) continue;
    keep.insert(meetings.begin(), meetings.end());
  }
  return internal::InducedGraph(kg, std::move(keep));
}

}  // namespace coopgraph::query

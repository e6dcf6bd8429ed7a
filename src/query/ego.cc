// The ego network of an actor in the meetings projection.
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
  Actors centre;                      // what the user named and the actors it stands for
  graph::Projection projection;
  std::vector<std::size_t> distance;  // per projection vertex; kUnreached beyond the depth
  bool attended = false;              // some actor of the centre attended a meeting
  bool has_neighbours = false;        // some actor at distance 1 or more
};

// Breadth-first from every actor of the centre at once (a country's people
// and bodies are all at distance 0), at most `depth` meetings away.
StatusOr<Ego> EgoOf(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Actors> actors = FindActors(kg, name);
  if (!actors.ok()) return actors.status();
  Ego ego{std::move(*actors), {}, {}};
  ego.projection = graph::MeetingsProjection(kg, [&](Vertex v) { return internal::OfVia(kg, v, Via::kAll); });
  const graph::Projection& p = ego.projection;
  ego.distance.assign(p.actors.size(), kUnreached);
  std::vector<std::size_t> level;
  for (Vertex member : ego.centre.members) {
    if (const auto it = p.index.find(member); it != p.index.end()) {
      ego.distance[it->second] = 0;
      level.push_back(it->second);
    }
  }
  ego.attended = !level.empty();
  for (std::size_t d = 1; d <= static_cast<std::size_t>(std::max(depth, 0)) && !level.empty(); ++d) {
    std::vector<std::size_t> next;
    for (std::size_t v : level) {
      for (auto [it, end] = boost::adjacent_vertices(v, p.graph); it != end; ++it) {
        if (ego.distance[*it] != kUnreached) continue;
        ego.distance[*it] = d;
        next.push_back(*it);
      }
    }
    ego.has_neighbours = ego.has_neighbours || !next.empty();
    level = std::move(next);
  }
  return ego;
}

}  // namespace

StatusOr<Rows> Neighbors(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Ego> ego = EgoOf(kg, name, depth);
  if (!ego.ok()) return ego.status();
  const graph::Projection& p = ego->projection;
  Rows out{{"distance", "name", "kind", "node", "meetings"}, {}};
  if (!ego->has_neighbours) return out;
  const std::vector<std::size_t>& distance = ego->distance;
  std::vector<std::size_t> shared(p.actors.size(), 0);  // meetings with actors one step nearer
  for (const auto& [pair, meetings] : p.meetings) {
    const auto [a, b] = pair;
    if (distance[a] == kUnreached || distance[b] == kUnreached) continue;
    if (distance[a] + 1 == distance[b]) shared[b] += meetings.size();
    if (distance[b] + 1 == distance[a]) shared[a] += meetings.size();
  }
  // The centre itself first; a country's own actors are not its neighbours.
  const graph::Node& centre = kg.node(ego->centre.node);
  const bool country = centre.kind() == NodeKind::kCountry;
  if (country) out.rows.push_back({"0", centre.name, std::string(graph::TypeTerm(centre.kind())), centre.id, "0"});
  std::vector<std::tuple<std::size_t, std::string, std::size_t>> found;  // (distance, name, vertex)
  for (std::size_t v = 0; v < p.actors.size(); ++v) {
    if (distance[v] == kUnreached || (distance[v] == 0 && country)) continue;
    found.emplace_back(distance[v], kg.node(p.actors[v]).name, v);
  }
  std::sort(found.begin(), found.end());
  for (const auto& [d, node_name, v] : found) {
    const graph::Node& node = kg.node(p.actors[v]);
    out.rows.push_back({std::to_string(d), node_name, std::string(graph::TypeTerm(node.kind())), node.id,
                        std::to_string(shared[v])});
  }
  return out;
}

StatusOr<KnowledgeGraph> EgoGraph(const KnowledgeGraph& kg, std::string_view name, int depth) {
  StatusOr<Ego> ego = EgoOf(kg, name, depth);
  if (!ego.ok()) return ego.status();
  const graph::Projection& p = ego->projection;
  std::set<Vertex> keep;
  if (!ego->attended) return KnowledgeGraph();
  for (std::size_t v = 0; v < p.actors.size(); ++v)
    if (ego->distance[v] != kUnreached) keep.insert(p.actors[v]);
  for (const auto& [pair, meetings] : p.meetings) {
    if (ego->distance[pair.first] == kUnreached || ego->distance[pair.second] == kUnreached) continue;
    keep.insert(meetings.begin(), meetings.end());
  }
  return internal::InducedGraph(kg, std::move(keep));
}

}  // namespace coopgraph::query

// Shortest chains of meetings between two actors.
#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/via.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::Vertex;

// The meeting a step stands on: the earliest dated one, then by id.
Hop MakeHop(const KnowledgeGraph& kg, Vertex from, Vertex to, const std::vector<Vertex>& meetings) {
  auto date_of = [&](Vertex m) { return std::get<graph::EventInfo>(kg.node(m).info).start_date; };
  const Vertex meeting = *std::min_element(meetings.begin(), meetings.end(), [&](Vertex a, Vertex b) {
    const std::string da = date_of(a), db = date_of(b);
    if (da.empty() != db.empty()) return !da.empty();
    return da != db ? da < db : kg.node(a).id < kg.node(b).id;
  });
  return {kg.node(from).id, kg.node(to).id, kg.node(from).name, kg.node(to).name, DescribeMeeting(kg, meeting)};
}

}  // namespace

StatusOr<std::vector<Path>> ShortestPaths(const KnowledgeGraph& kg, std::string_view from, std::string_view to,
                                          Via via, int max_hops, std::size_t max_paths) {
  StatusOr<Actors> sources = FindActors(kg, from);
  if (!sources.ok()) return sources.status();
  StatusOr<Actors> targets = FindActors(kg, to);
  if (!targets.ok()) return targets.status();
  const auto& g = kg.graph();
  // An actor of both ends (asking from a country to one of its people) is a
  // start, not an arrival.
  auto is_target = [&](Vertex v) { return targets->Includes(v) && !sources->Includes(v); };
  auto passable = [&](Vertex v) { return is_target(v) || internal::OfVia(kg, v, via); };

  // Breadth-first over actors from every actor of `from` at once, a step
  // being a meeting both attended (actor <- attendee - meeting - attendee ->
  // actor), level by level; only as far as the first level that reaches an
  // actor of `to`, so a query touches what it needs.
  std::unordered_map<Vertex, std::size_t> distance;
  std::unordered_map<Vertex, std::vector<std::pair<Vertex, Vertex>>> previous;  // actor -> (actor, meeting)
  std::vector<Vertex> level = sources->members, reached;
  for (Vertex s : level) distance.emplace(s, 0);
  const std::size_t limit = static_cast<std::size_t>(std::max(max_hops, 0));
  for (std::size_t d = 0; !level.empty() && reached.empty() && d < limit; ++d) {
    std::vector<Vertex> next;
    for (Vertex a : level) {
      for (auto [in, in_end] = boost::in_edges(a, g); in != in_end; ++in) {
        if (g[*in].relation != graph::Relation::kAttendee) continue;
        const Vertex meeting = boost::source(*in, g);
        for (Vertex b : graph::Targets(kg, meeting, graph::Relation::kAttendee)) {
          if (b == a || !passable(b)) continue;
          auto [it, fresh] = distance.emplace(b, d + 1);
          if (fresh) next.push_back(b);
          if (fresh && is_target(b)) reached.push_back(b);
          if (it->second == d + 1) previous[b].emplace_back(a, meeting);
        }
      }
    }
    level = std::move(next);
  }
  // Every shortest path, walked back from each actor of `to` reached; steps
  // in node id order.
  auto id_less = [&](Vertex x, Vertex y) { return kg.node(x).id < kg.node(y).id; };
  std::sort(reached.begin(), reached.end(), id_less);
  std::vector<Path> paths;
  std::vector<Vertex> chain;
  std::function<void(Vertex)> walk = [&](Vertex at) {
    if (paths.size() >= max_paths) return;
    if (distance.at(at) == 0) {
      Path path;
      for (std::size_t k = chain.size() - 1; k > 0; --k) {
        std::vector<Vertex> meetings;
        for (const auto& [pred, meeting] : previous[chain[k - 1]])
          if (pred == chain[k]) meetings.push_back(meeting);
        path.push_back(MakeHop(kg, chain[k], chain[k - 1], meetings));
      }
      paths.push_back(std::move(path));
      return;
    }
    std::vector<Vertex> steps;
    for (const auto& [pred, meeting] : previous[at]) steps.push_back(pred);
    std::sort(steps.begin(), steps.end(), id_less);
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    for (Vertex pred : steps) {
      chain.push_back(pred);
      walk(pred);
      chain.pop_back();
    }
  };
  for (Vertex end : reached) {
    chain = {end};
    walk(end);
  }
  return paths;
}

}  // namespace coopgraph::query

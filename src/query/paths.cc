// Shortest chains of meetings between two actors.
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/projection.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
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
  const std::vector<NodeKind> actors = {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kCountry};
  StatusOr<Vertex> source = FindEntity(kg, from, actors);
  if (!source.ok()) return source.status();
  StatusOr<Vertex> target = FindEntity(kg, to, actors);
  if (!target.ok()) return target.status();
  const internal::Projection p = internal::MeetingsProjection(
      kg, [&](Vertex v) { return v == *source || v == *target || internal::OfVia(kg, v, via); });
  const auto s = p.index.find(*source);
  const auto t = p.index.find(*target);
  const std::string names = "\"" + kg.node(*source).name + "\" and \"" + kg.node(*target).name + "\"";
  if (s == p.index.end() || t == p.index.end()) {
    return NotFoundError("no chain of meetings links " + names + ": one of them attended no meeting");
  }
  // Distances from the source, through BGL's breadth-first search.
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(p.actors.size(), kUnreached);
  distance[s->second] = 0;
  boost::breadth_first_search(
      p.graph, s->second,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(distance.data(), boost::on_tree_edge()))));
  const std::size_t hops = distance[t->second];
  if (hops == kUnreached || hops > static_cast<std::size_t>(std::max(max_hops, 0))) {
    return NotFoundError("no chain of meetings of at most " + std::to_string(max_hops) + " steps links " + names);
  }
  // Every shortest path, walked back from the target one step nearer at a
  // time; neighbours in node id order, so the order is stable.
  std::vector<Path> paths;
  std::vector<std::size_t> chain = {t->second};
  std::function<void(std::size_t)> walk = [&](std::size_t at) {
    if (paths.size() >= max_paths) return;
    if (at == s->second) {
      Path path;
      for (std::size_t k = chain.size() - 1; k > 0; --k) {
        const std::size_t a = chain[k], b = chain[k - 1];
        path.push_back(MakeHop(kg, p.actors[a], p.actors[b], p.meetings.at({std::min(a, b), std::max(a, b)})));
      }
      paths.push_back(std::move(path));
      return;
    }
    std::vector<std::size_t> previous;
    for (auto [e, end] = boost::out_edges(at, p.graph); e != end; ++e) {
      const std::size_t n = boost::target(*e, p.graph);
      if (distance[n] + 1 == distance[at]) previous.push_back(n);
    }
    std::sort(previous.begin(), previous.end());
    for (std::size_t n : previous) {
      chain.push_back(n);
      walk(n);
      chain.pop_back();
    }
  };
  walk(t->second);
  return paths;
}

}  // namespace coopgraph::query

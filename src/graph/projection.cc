// The meetings and full projections of the typed graph.
#include "coopgraph/graph/projection.h"

#include <algorithm>

namespace coopgraph::graph {

std::vector<Vertex> Targets(const KnowledgeGraph& kg, Vertex v, Relation relation) {
  std::vector<Vertex> out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    if (g[*e].relation != relation) continue;
    const Vertex t = boost::target(*e, g);
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  return out;
}

Projection MeetingsProjection(const KnowledgeGraph& kg, const std::function<bool(Vertex)>& member) {
  Projection p;
  std::vector<std::pair<Vertex, std::vector<Vertex>>> events;  // event -> members attending
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    if (kg.node(*it).kind() != NodeKind::kEvent) continue;
    std::vector<Vertex> attendees;
    for (Vertex a : Targets(kg, *it, Relation::kAttendee))
      if (member(a)) attendees.push_back(a);
    if (!attendees.empty()) events.emplace_back(*it, std::move(attendees));
  }
  for (const auto& [event, attendees] : events) p.actors.insert(p.actors.end(), attendees.begin(), attendees.end());
  std::sort(p.actors.begin(), p.actors.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });
  p.actors.erase(std::unique(p.actors.begin(), p.actors.end()), p.actors.end());
  for (std::size_t i = 0; i < p.actors.size(); ++i) p.index[p.actors[i]] = i;
  p.graph = ProjectionGraph(p.actors.size());
  for (const auto& [event, attendees] : events) {
    for (std::size_t i = 0; i < attendees.size(); ++i) {
      for (std::size_t j = i + 1; j < attendees.size(); ++j) {
        std::size_t a = p.index[attendees[i]], b = p.index[attendees[j]];
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        auto& list = p.meetings[{a, b}];
        if (list.empty()) boost::add_edge(a, b, p.graph);
        list.push_back(event);
      }
    }
  }
  return p;
}

Projection FullProjection(const KnowledgeGraph& kg) {
  Projection p;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it)
    if (kg.node(*it).kind() != NodeKind::kArticle) p.actors.push_back(*it);
  std::sort(p.actors.begin(), p.actors.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });
  for (std::size_t i = 0; i < p.actors.size(); ++i) p.index[p.actors[i]] = i;
  p.graph = ProjectionGraph(p.actors.size());
  const auto& g = kg.graph();
  for (std::size_t a = 0; a < p.actors.size(); ++a) {
    for (auto [e, end] = boost::out_edges(p.actors[a], g); e != end; ++e) {
      const auto target = p.index.find(boost::target(*e, g));
      if (target == p.index.end() || target->second == a) continue;
      const std::size_t lo = std::min(a, target->second), hi = std::max(a, target->second);
      if (p.meetings.emplace(std::make_pair(lo, hi), std::vector<Vertex>{}).second)
        boost::add_edge(lo, hi, p.graph);
    }
  }
  return p;
}

}  // namespace coopgraph::graph

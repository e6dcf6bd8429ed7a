#include "coopgraph/graph/graph.h"

namespace coopgraph::graph {

Vertex KnowledgeGraph::AddNode(Node node) {
  auto it = by_id_.find(node.id);
  if (it != by_id_.end()) return it->second;
  std::string id = node.id;
  Vertex v = boost::add_vertex(std::move(node), graph_);
  by_id_.emplace(std::move(id), v);
  return v;
}

void KnowledgeGraph::Reserve(std::size_t nodes) {
  graph_.m_vertices.reserve(nodes);  // public in BGL; adjacency_list has no reserve of its own
  by_id_.reserve(nodes);
}

std::optional<Vertex> KnowledgeGraph::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

EdgeRef KnowledgeGraph::AddEdge(Vertex from, Vertex to, Edge edge) {
  for (auto [e, end] = boost::out_edges(from, graph_); e != end; ++e) {
    if (boost::target(*e, graph_) != to) continue;
    Edge& existing = graph_[*e];
    if (existing.relation == edge.relation && existing.role == edge.role) {
      if (existing.date.empty()) existing.date = edge.date;
      for (auto& ev : edge.evidence) existing.evidence.push_back(std::move(ev));
      return *e;
    }
  }
  return boost::add_edge(from, to, std::move(edge), graph_).first;
}

std::size_t KnowledgeGraph::CountKind(NodeKind kind) const {
  std::size_t n = 0;
  for (auto [v, end] = boost::vertices(graph_); v != end; ++v) {
    if (graph_[*v].kind() == kind) ++n;
  }
  return n;
}

}  // namespace coopgraph::graph

#include "coopgraph/graph/graph.h"

namespace coopgraph::graph {

Vertex KnowledgeGraph::AddNode(Node node) {
  auto it = by_id_.find(node.id);
  if (it != by_id_.end()) return it->second;
  // BGL's add_vertex copies the property it is given (a node's evidence and
  // text, deeply); an empty one is added and the node moved in.
  const Vertex v = boost::add_vertex(graph_);
  by_id_.emplace(node.id, v);
  graph_[v] = std::move(node);
  return v;
}

void KnowledgeGraph::Reserve(std::size_t nodes) {
  graph_.m_vertices.reserve(nodes);  // public in BGL; adjacency_list has no reserve of its own
  by_id_.reserve(nodes);
}

std::optional<Vertex> KnowledgeGraph::Find(std::string_view id) const {
  // C++17 maps find by their own key type: one buffer per thread spares an
  // allocation per look-up of a long id.
  thread_local std::string key;
  key.assign(id);
  auto it = by_id_.find(key);
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
  const EdgeRef added = boost::add_edge(from, to, graph_).first;  // moved in, as nodes are
  graph_[added] = std::move(edge);
  return added;
}

std::size_t KnowledgeGraph::CountKind(NodeKind kind) const {
  std::size_t n = 0;
  for (auto [v, end] = boost::vertices(graph_); v != end; ++v) {
    if (graph_[*v].kind() == kind) ++n;
  }
  return n;
}

}  // namespace coopgraph::graph

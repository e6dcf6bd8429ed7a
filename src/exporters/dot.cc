// DOT through cgraph: cgraph quotes ids and attribute values itself; we only
// escape what Graphviz would interpret inside labels (backslash escapes).
// Articles are left out of the drawing: provenance lives in the JSON-LD.
#include <graphviz/cgraph.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/graphviz_session.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::DotLabelText;
using internal::Mutable;
using internal::SanitizeUtf8;

constexpr const char* kFont = "DejaVu Sans";

struct NodeStyle {
  const char* shape;
  const char* fillcolor;
};

NodeStyle StyleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return {"ellipse", "#cfe2f3"};
    case NodeKind::kOrganization: return {"box", "#fff2cc"};
    case NodeKind::kCountry: return {"doubleoctagon", "#d9ead3"};
    case NodeKind::kPlace: return {"house", "#ead1dc"};
    case NodeKind::kEvent: return {"diamond", "#f4cccc"};
    case NodeKind::kAgreement: return {"note", "#fce5cd"};
    case NodeKind::kArticle: return {"plaintext", "#ffffff"};
  }
  return {"ellipse", "#ffffff"};
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, Mutable(name), Mutable(value.c_str()), Mutable(""));
}

// Events usually have no name: their kind and date say what they are.
std::string NodeLabel(const Node& node) {
  const auto* event = std::get_if<graph::EventInfo>(&node.info);
  std::string label;
  if (!node.name.empty()) {
    label = DotLabelText(node.name);
  } else if (event != nullptr) {
    label = std::string(graph::MeetingKindLabel(event->kind));
  } else {
    label = DotLabelText(node.id);
  }
  if (event != nullptr && !event->start_date.empty()) {
    label += "\\n" + DotLabelText(event->start_date);
  }
  return label;
}

std::string EdgeLabel(const graph::Edge& edge) {
  std::string label(graph::RelationTerm(edge.relation));
  if (!edge.role.empty()) label += "\\n" + DotLabelText(edge.role);
  if (!edge.date.empty()) label += "\\n" + DotLabelText(edge.date);
  return label;
}

// The relation that places a node inside its country's cluster.
std::optional<Relation> ClusterRelation(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return Relation::kNationality;
    case NodeKind::kOrganization: return Relation::kCountry;
    case NodeKind::kPlace: return Relation::kContainedIn;
    default: return std::nullopt;
  }
}

// The country vertex a node is drawn in, if any. A node can sit in one
// cluster only, so with several countries the smallest id wins.
std::optional<Vertex> CountryOf(const KnowledgeGraph& kg, Vertex v) {
  const Node& node = kg.node(v);
  if (node.kind() == NodeKind::kCountry) return v;
  const auto relation = ClusterRelation(node.kind());
  if (!relation) return std::nullopt;
  std::optional<Vertex> best;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    const Vertex t = boost::target(*e, g);
    if (g[*e].relation != *relation || kg.node(t).kind() != NodeKind::kCountry) continue;
    if (!best || kg.node(t).id < kg.node(*best).id) best = t;
  }
  return best;
}

std::string ClusterName(const Node& country) {
  const auto& iso = std::get<graph::CountryInfo>(country.info).iso_code;
  std::string key = iso.empty() ? country.id : iso;
  std::string name = "cluster_";
  for (char c : key) {
    const auto b = static_cast<unsigned char>(c);
    name += std::isalnum(b) ? static_cast<char>(std::tolower(b)) : '_';
  }
  return name;
}

void DeclareDefaults(Agraph_t* g) {
  agattr(g, AGRAPH, Mutable("rankdir"), Mutable("LR"));
  agattr(g, AGRAPH, Mutable("charset"), Mutable("UTF-8"));
  agattr(g, AGRAPH, Mutable("fontname"), Mutable(kFont));
  agattr(g, AGRAPH, Mutable("label"), Mutable(""));
  agattr(g, AGRAPH, Mutable("style"), Mutable(""));
  agattr(g, AGNODE, Mutable("fontname"), Mutable(kFont));
  agattr(g, AGNODE, Mutable("style"), Mutable("filled"));
  agattr(g, AGNODE, Mutable("shape"), Mutable("ellipse"));
  agattr(g, AGNODE, Mutable("fillcolor"), Mutable("#ffffff"));
  agattr(g, AGNODE, Mutable("label"), Mutable("\\N"));
  agattr(g, AGEDGE, Mutable("fontname"), Mutable(kFont));
  agattr(g, AGEDGE, Mutable("fontsize"), Mutable("10"));
  agattr(g, AGEDGE, Mutable("label"), Mutable(""));
}

// Adds every drawn node, sorted by id, inside its country cluster when it has one.
std::map<Vertex, Agnode_t*> AddNodes(Agraph_t* g, const KnowledgeGraph& kg) {
  std::vector<Vertex> order;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) {
    if (kg.node(*v).kind() != NodeKind::kArticle) order.push_back(*v);
  }
  std::sort(order.begin(), order.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });
  std::map<Vertex, Agnode_t*> nodes;
  for (Vertex v : order) {
    const Node& node = kg.node(v);
    Agraph_t* parent = g;
    if (const auto country = CountryOf(kg, v)) {
      const Node& c = kg.node(*country);
      const std::string name = ClusterName(c);
      parent = agsubg(g, Mutable(name.c_str()), 1);
      if (parent == nullptr) return {};
      Set(parent, "label", DotLabelText(c.name.empty() ? c.id : c.name));
      Set(parent, "style", "rounded");
    }
    const std::string id = SanitizeUtf8(node.id);
    Agnode_t* n = agnode(parent, Mutable(id.c_str()), 1);
    if (n == nullptr) return {};
    const NodeStyle style = StyleOf(node.kind());
    Set(n, "shape", style.shape);
    Set(n, "fillcolor", style.fillcolor);
    Set(n, "label", NodeLabel(node));
    nodes.emplace(v, n);
  }
  return nodes;
}

bool AddEdges(Agraph_t* g, const KnowledgeGraph& kg, const std::map<Vertex, Agnode_t*>& nodes) {
  const auto& kgraph = kg.graph();
  for (const auto& [v, tail] : nodes) {
    // Sorted so the output does not depend on insertion order.
    std::vector<std::tuple<int, std::string, std::string, const graph::Edge*, Agnode_t*>> edges;
    for (auto [e, end] = boost::out_edges(v, kgraph); e != end; ++e) {
      const auto head = nodes.find(boost::target(*e, kgraph));
      if (head == nodes.end()) continue;  // an article
      const graph::Edge& edge = kgraph[*e];
      edges.emplace_back(static_cast<int>(edge.relation), kg.node(head->first).id, edge.role,
                         &edge, head->second);
    }
    std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
      return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a)) <
             std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b));
    });
    for (const auto& [relation, head_id, role, edge, head] : edges) {
      Agedge_t* ae = agedge(g, tail, head, nullptr, 1);
      if (ae == nullptr) return false;
      Set(ae, "label", EdgeLabel(*edge));
    }
  }
  return true;
}

StatusOr<std::string> Serialize(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return InternalError("cgraph: cannot open a memory stream");
  const int rc = agwrite(g, stream);
  const bool closed = std::fclose(stream) == 0;
  std::string text = buffer != nullptr ? std::string(buffer, size) : std::string();
  std::free(buffer);
  if (rc == EOF || !closed) return InternalError("cgraph: agwrite failed");
  return text;
}

}  // namespace

StatusOr<std::string> ToDot(const KnowledgeGraph& kg) {
  internal::GraphvizSession session;
  Agraph_t* g = agopen(Mutable("coopgraph"), Agdirected, internal::OrderedDisc());
  if (g == nullptr) return InternalError("cgraph: agopen failed: " + session.TakeMessages());
  DeclareDefaults(g);
  const auto nodes = AddNodes(g, kg);
  bool ok = nodes.size() == kg.node_count() - kg.CountKind(NodeKind::kArticle);
  ok = ok && AddEdges(g, kg, nodes);
  StatusOr<std::string> text = ok ? Serialize(g) : InternalError("cgraph: cannot add nodes or edges");
  agclose(g);
  if (!text.ok()) {
    return InternalError(text.status().message() + " " + session.TakeMessages());
  }
  return text;
}

}  // namespace coopgraph::exporters

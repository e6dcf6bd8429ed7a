// DOT text: shapes and colours by node kind, one cluster per country.
// Articles are left out of the drawing: provenance lives in the JSON-LD.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <tuple>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/dot.h"
#include "exporters/property_graph.h"
#include "exporters/jsonld.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace internal {

std::string TruncatedLabel(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  constexpr std::string_view kEllipsis = "…";
  if (max_bytes < kEllipsis.size()) return "";
  std::size_t end = max_bytes - kEllipsis.size();
  while (end > 0 && IsUtf8Continuation(text[end])) --end;
  return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

}  // namespace internal
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::DotLabelText;
using internal::EncodedId;

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

// A DOT quoted string. The parser reads "\\" as a pair before it reads "\""
// as a quote, so a quote after an odd run of backslashes gets one more
// backslash (ids are not label text: DotLabelText already doubled those), and
// a final odd backslash, which would escape the closing quote, a space.
void Quoted(std::string* out, std::string_view text) {
  out->push_back('"');
  std::size_t backslashes = 0;  // the run just written
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && text[end] != '"' && text[end] != '\\') ++end;
    if (end > i) {
      out->append(text.data() + i, end - i);  // nothing to escape: copied at once
      backslashes = 0;
    }
    if (end == text.size()) break;
    if (text[end] == '"') {
      if (backslashes % 2 == 1) out->push_back('\\');
      *out += "\\\"";
      backslashes = 0;
    } else {
      out->push_back('\\');
      ++backslashes;
    }
    i = end + 1;
  }
  if (backslashes % 2 == 1) out->push_back(' ');
  out->push_back('"');
}

// Events usually have no name: their kind and date say what they are.
std::string NodeLabel(const Node& node) {
  const std::vector<std::string> lines = internal::LabelLines(node);
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) text += (i == 0 ? "" : "\n") + lines[i];
  return DotLabelText(internal::TruncatedLabel(text));
}

std::string EdgeLabel(const graph::Edge& edge) {
  std::string label(graph::RelationTerm(edge.relation));
  if (!edge.role.empty()) label += "\\n" + DotLabelText(internal::TruncatedLabel(edge.role));
  if (!edge.date.empty()) label += "\\n" + DotLabelText(edge.date);
  return label;
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

void WriteStyledNode(std::string* out, std::string_view id, std::string_view label, NodeKind kind,
                     const char* indent, bool dashed = false) {
  const NodeStyle style = StyleOf(kind);
  *out += indent;
  Quoted(out, id);
  *out += " [fillcolor=";
  Quoted(out, style.fillcolor);
  *out += ", label=";
  Quoted(out, label);
  *out += ", shape=";
  *out += style.shape;
  if (dashed) *out += ", style=\"filled,dashed\"";
  *out += "];\n";
}

bool IsPlanned(const Node& node) {
  const auto* event = std::get_if<graph::EventInfo>(&node.info);
  return event != nullptr && event->status == graph::EventStatus::kPlanned;
}

// Planned meetings are drawn dashed.
void WriteNode(std::string* out, const Node& node, const char* indent) {
  WriteStyledNode(out, EncodedId(node.id), NodeLabel(node), node.kind(), indent, IsPlanned(node));
}

// What the legend calls each kind.
const char* KindLabel(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return "person";
    case NodeKind::kOrganization: return "organisation";
    case NodeKind::kCountry: return "country";
    case NodeKind::kPlace: return "place";
    case NodeKind::kEvent: return "meeting (kind, date)";
    case NodeKind::kAgreement: return "agreement";
    case NodeKind::kArticle: return "article";
  }
  return "";
}

// The kinds among the drawn nodes, in kind order.
std::vector<NodeKind> KindsDrawn(const KnowledgeGraph& kg, const std::vector<Vertex>& drawn) {
  std::vector<bool> present(static_cast<std::size_t>(NodeKind::kArticle) + 1, false);
  for (Vertex v : drawn) present[static_cast<std::size_t>(kg.node(v).kind())] = true;
  std::vector<NodeKind> kinds;
  for (std::size_t k = 0; k < present.size(); ++k)
    if (present[k]) kinds.push_back(static_cast<NodeKind>(k));
  return kinds;
}

// One sample node per kind. Without edges they share the first rank, so
// `dot` stacks them in one column. Legend ids cannot be node ids, which
// always have a kind prefix ("person/").
void WriteLegendShapes(std::string* out, const std::vector<NodeKind>& kinds, bool planned) {
  *out += "\tsubgraph cluster_legend {\n\t\tgraph [label=\"Legend\", style=\"rounded,dashed\"];\n";
  for (NodeKind kind : kinds)
    WriteStyledNode(out, "legend:" + std::to_string(static_cast<int>(kind)), KindLabel(kind), kind, "\t\t");
  if (planned) WriteStyledNode(out, "legend:planned", "planned meeting", NodeKind::kEvent, "\t\t", true);
  *out += "\t}\n";
}

void WriteLegendTable(std::string* out, const std::vector<NodeKind>& kinds, bool planned) {
  *out += "\t\"legend:table\" [shape=plaintext, margin=0, style=\"\", label=<<TABLE BORDER=\"1\" "
          "CELLBORDER=\"0\" CELLSPACING=\"4\" STYLE=\"ROUNDED\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (NodeKind kind : kinds) {
    const NodeStyle style = StyleOf(kind);
    *out += std::string("<TR><TD BORDER=\"1\" BGCOLOR=\"") + style.fillcolor + "\" WIDTH=\"24\"> </TD>" +
            "<TD ALIGN=\"LEFT\">" + KindLabel(kind) + ", " + style.shape + "</TD></TR>";
  }
  if (planned) *out += "<TR><TD BORDER=\"1\" STYLE=\"DASHED\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">planned meeting, dashed</TD></TR>";
  *out += "</TABLE>>];\n";
}

}  // namespace

// Written directly rather than through cgraph's agwrite, which spends most
// of the export time in its dictionaries; the tests parse the text with
// cgraph and the dot CLI.
std::string ToDot(const KnowledgeGraph& kg) { return ToDot(kg, DotOptions{}); }

std::string ToDot(const KnowledgeGraph& kg, const DotOptions& options) {
  const auto& g = kg.graph();
  std::vector<Vertex> order;  // drawn nodes, sorted by id
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (kg.node(*v).kind() != NodeKind::kArticle) order.push_back(*v);
  }
  std::sort(order.begin(), order.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });

  // Clusters by name, members in id order; the rest at the top level.
  std::map<std::string, std::pair<Vertex, std::vector<Vertex>>> clusters;
  std::vector<Vertex> loose;
  for (Vertex v : order) {
    if (const auto country = internal::CountryOf(kg, v)) {
      auto& cluster = clusters[ClusterName(kg.node(*country))];
      cluster.first = *country;
      cluster.second.push_back(v);
    } else {
      loose.push_back(v);
    }
  }

  std::string out;
  out.reserve(order.size() * 160);
  out += "digraph coopgraph {\n";
  out += "\tgraph [charset=\"UTF-8\", fontname=\"" + std::string(kFont) + "\", rankdir=LR];\n";
  out += "\tnode [fillcolor=\"#ffffff\", fontname=\"" + std::string(kFont) +
         "\", label=\"\\N\", shape=ellipse, style=filled];\n";
  out += "\tedge [fontname=\"" + std::string(kFont) + "\", fontsize=10];\n";
  for (const auto& [name, cluster] : clusters) {
    const Node& country = kg.node(cluster.first);
    out += "\tsubgraph " + name + " {\n\t\tgraph [label=";
    Quoted(&out, DotLabelText(internal::TruncatedLabel(country.name.empty() ? country.id : country.name)));
    out += ", style=rounded];\n";
    for (Vertex v : cluster.second) WriteNode(&out, kg.node(v), "\t\t");
    out += "\t}\n";
  }
  for (Vertex v : loose) WriteNode(&out, kg.node(v), "\t");
  const bool planned = std::any_of(order.begin(), order.end(), [&](Vertex v) { return IsPlanned(kg.node(v)); });
  if (!order.empty() && options.legend == DotOptions::Legend::kShapes)
    WriteLegendShapes(&out, KindsDrawn(kg, order), planned);
  if (!order.empty() && options.legend == DotOptions::Legend::kTable)
    WriteLegendTable(&out, KindsDrawn(kg, order), planned);

  // Edges by tail id, then in the writers' one edge order.
  std::vector<internal::OutEdge> edges;
  // Each node's id, encoded and quoted once: most are the head of many edges.
  std::vector<std::string> quoted_ids(boost::num_vertices(g));
  auto quoted_id = [&](Vertex v) -> const std::string& {
    std::string& quoted = quoted_ids[v];
    if (quoted.empty()) Quoted(&quoted, EncodedId(kg.node(v).id));
    return quoted;
  };
  for (Vertex v : order) {
    internal::SortedOutEdges(kg, v, &edges);
    for (const auto& [edge, head] : edges) {
      if (kg.node(head).kind() == NodeKind::kArticle) continue;
      out += '\t';
      out += quoted_id(v);
      out += " -> ";
      out += quoted_id(head);
      out += " [label=";
      Quoted(&out, EdgeLabel(*edge));
      out += "];\n";
    }
  }
  out += "}\n";
  return out;
}

}  // namespace coopgraph::exporters

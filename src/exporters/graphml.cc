// GraphML: one <key> per column, typed (string, int, double, boolean), and
// the property graph's nodes and edges. Shapes are in schema/README.md.
#include <string>

#include "base/escape.h"
#include "coopgraph/exporters/formats.h"
#include "exporters/property_graph.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using internal::AppendXmlAttribute;
using internal::Column;
using internal::ValueType;

const char* GraphMlType(ValueType type) {
  switch (type) {
    case ValueType::kInt: return "int";
    case ValueType::kDouble: return "double";
    case ValueType::kBool: return "boolean";
    default: return "string";  // dates keep their precision as text; lists are joined
  }
}

void WriteKeys(const std::vector<Column>& columns, const char* scope, std::string* out) {
  for (const Column& c : columns) {
    *out += "  <key";
    AppendXmlAttribute("id", internal::ColumnId(scope, c), out);
    AppendXmlAttribute("for", scope, out);
    AppendXmlAttribute("attr.name", c.name, out);
    AppendXmlAttribute("attr.type", GraphMlType(c.type), out);
    *out += "/>\n";
  }
}

// <data> for every value present; list items joined by " | ".
void WriteData(const std::vector<Column>& columns, const std::vector<internal::Value>& values, const char* scope,
               std::string* out) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (values[i].empty()) continue;
    *out += "      <data";
    AppendXmlAttribute("key", internal::ColumnId(scope, columns[i]), out);
    *out += '>';
    for (std::size_t k = 0; k < values[i].size(); ++k) {
      if (k > 0) *out += " | ";
      AppendMarkupEscaped(values[i][k], Markup::kXmlText, out);
    }
    *out += "</data>\n";
  }
}

}  // namespace

std::string ToGraphMl(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection) {
  const internal::PropertyGraph pg = internal::ToPropertyGraph(kg, projection);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(pg.node_columns, "node", &out);
  WriteKeys(pg.edge_columns, "edge", &out);
  out += "  <graph id=\"coopgraph\"";
  AppendXmlAttribute("edgedefault", pg.directed ? "directed" : "undirected", &out);
  out += ">\n";
  for (const auto& node : pg.nodes) {
    out += "    <node";
    AppendXmlAttribute("id", node.id, &out);
    out += ">\n";
    WriteData(pg.node_columns, node.values, "node", &out);
    out += "    </node>\n";
  }
  for (const auto& edge : pg.edges) {
    out += "    <edge";
    AppendXmlAttribute("id", edge.id, &out);
    AppendXmlAttribute("source", edge.source, &out);
    AppendXmlAttribute("target", edge.target, &out);
    out += ">\n";
    WriteData(pg.edge_columns, edge.values, "edge", &out);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace coopgraph::exporters

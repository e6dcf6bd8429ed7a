// GEXF (1.2draft or 1.3) for Gephi and NetworkX: the property graph with its columns as attributes and
// meetings' dates as time spells (mode="dynamic", timeformat="date"), so the
// timeline plays the relations over time. Shapes are in schema/README.md.
#include <string>

#include "coopgraph/exporters/formats.h"
#include "exporters/property_graph.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using internal::AppendXmlAttribute;
using internal::Column;
using internal::ValueType;

const char* GexfType(ValueType type) {
  switch (type) {
    case ValueType::kInt: return "integer";
    case ValueType::kDouble: return "double";
    case ValueType::kBool: return "boolean";
    default: return "string";  // dates keep their precision as text; lists are joined
  }
}

// The label and the weight are attributes of the GEXF element itself.
bool IsOwnAttribute(const Column& c) { return c.name == "label" || c.name == "weight"; }

void WriteAttributes(const std::vector<Column>& columns, const char* scope, std::string* out) {
  *out += "    <attributes";
  AppendXmlAttribute("class", scope, out);
  *out += ">\n";
  for (const Column& c : columns) {
    if (IsOwnAttribute(c)) continue;
    *out += "      <attribute";
    AppendXmlAttribute("id", internal::ColumnId(scope, c), out);
    AppendXmlAttribute("title", c.name, out);
    AppendXmlAttribute("type", GexfType(c.type), out);
    *out += "/>\n";
  }
  *out += "    </attributes>\n";
}

// The rest of an element after its own attributes: values, then the spell.
void WriteBody(const std::vector<Column>& columns, const std::vector<internal::Value>& values,
               const std::optional<internal::Spell>& spell, const char* scope, std::string* out) {
  *out += ">\n        <attvalues>\n";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (values[i].empty() || IsOwnAttribute(columns[i])) continue;
    std::string joined;  // list items joined by " | "
    for (std::size_t k = 0; k < values[i].size(); ++k) joined += (k > 0 ? " | " : "") + values[i][k];
    *out += "          <attvalue";
    AppendXmlAttribute("for", internal::ColumnId(scope, columns[i]), out);
    AppendXmlAttribute("value", joined, out);
    *out += "/>\n";
  }
  *out += "        </attvalues>\n";
  if (spell) {
    *out += "        <spells>\n          <spell";
    AppendXmlAttribute("start", spell->start, out);
    AppendXmlAttribute("end", spell->end, out);
    *out += "/>\n        </spells>\n";
  }
}

}  // namespace

std::string ToGexf(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection, GexfVersion version) {
  const internal::PropertyGraph pg = internal::ToPropertyGraph(kg, projection);
  const bool v1_3 = version == GexfVersion::k1_3;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += v1_3 ? "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
              : "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
                "version=\"1.2\">\n";
  out += "  <meta>\n    <creator>coopgraph</creator>\n    <description>";
  out += projection == graph::ProjectionKind::kMeetings
             ? "Persons and organisations linked once per meeting they both attended"
             : "The typed knowledge graph: persons, organisations, countries, places, meetings, agreements, articles";
  out += "</description>\n  </meta>\n  <graph";
  AppendXmlAttribute("defaultedgetype", pg.directed ? "directed" : "undirected", &out);
  out += v1_3 ? " mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n"
              : " mode=\"dynamic\" timeformat=\"date\">\n";
  WriteAttributes(pg.node_columns, "node", &out);
  WriteAttributes(pg.edge_columns, "edge", &out);
  out += "    <nodes count=\"" + std::to_string(pg.nodes.size()) + "\">\n";
  for (const auto& node : pg.nodes) {
    out += "      <node";
    AppendXmlAttribute("id", node.id, &out);
    AppendXmlAttribute("label", node.label, &out);
    WriteBody(pg.node_columns, node.values, node.spell, "node", &out);
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges count=\"" + std::to_string(pg.edges.size()) + "\">\n";
  const std::size_t label = internal::ColumnIndex(pg.edge_columns, "label");
  for (const auto& edge : pg.edges) {
    out += "      <edge";
    AppendXmlAttribute("id", edge.id, &out);
    AppendXmlAttribute("source", edge.source, &out);
    AppendXmlAttribute("target", edge.target, &out);
    // Gephi keeps parallel edges of different kinds apart; 1.2draft has no kind.
    if (v1_3) AppendXmlAttribute("kind", edge.type, &out);
    AppendXmlAttribute("label", edge.values[label].empty() ? "" : edge.values[label][0], &out);
    out += " weight=\"1.0\"";
    WriteBody(pg.edge_columns, edge.values, edge.spell, "edge", &out);
    out += "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace coopgraph::exporters

// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": …}], "edges":
// [{"data": …}]}}, a node's country as its compound parent. One element a
// line. Shapes are in schema/README.md.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <string>

#include "coopgraph/exporters/formats.h"
#include "exporters/property_graph.h"

namespace coopgraph::exporters {
namespace {

using internal::Column;
using internal::ValueType;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void String(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void WriteValue(Writer& w, ValueType type, const internal::Value& value) {
  switch (type) {
    case ValueType::kInt: w.Int64(std::stoll(value[0])); return;
    case ValueType::kDouble: w.Double(std::stod(value[0])); return;
    case ValueType::kBool: w.Bool(value[0] == "true"); return;
    case ValueType::kStringList:
      w.StartArray();
      for (const auto& item : value) String(w, item);
      w.EndArray();
      return;
    default: String(w, value[0]);
  }
}

// {"data": {"id": …, <ends or parent>, <columns>}}
std::string Element(const std::string& id, const std::vector<std::pair<const char*, std::string>>& fixed,
                    const std::vector<Column>& columns, const std::vector<internal::Value>& values) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("data");
  w.StartObject();
  w.Key("id");
  String(w, id);
  for (const auto& [key, value] : fixed) {
    if (value.empty()) continue;
    w.Key(key);
    String(w, value);
  }
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (values[i].empty()) continue;
    w.Key(columns[i].name.c_str());
    WriteValue(w, columns[i].type, values[i]);
  }
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

void WriteList(const char* key, const std::vector<std::string>& elements, bool last, std::string* out) {
  *out += "  \"";
  *out += key;
  *out += "\": [";
  for (std::size_t i = 0; i < elements.size(); ++i) {
    *out += i == 0 ? "\n    " : ",\n    ";
    *out += elements[i];
  }
  *out += elements.empty() ? "]" : "\n  ]";
  *out += last ? "\n" : ",\n";
}

}  // namespace

std::string ToCytoscapeJson(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection) {
  const internal::PropertyGraph pg = internal::ToPropertyGraph(kg, projection);
  std::map<std::string, std::string> nodes;  // by id
  for (const auto& node : pg.nodes) nodes[node.id] = Element(node.id, {{"parent", node.parent}}, pg.node_columns, node.values);
  // Countries that are parents without being exported (the meetings
  // projection has none) still have to exist for Cytoscape's compounds.
  const std::vector<Column> parent_columns = {{"label", ValueType::kString, {}}, {"kind", ValueType::kString, {}}};
  for (const auto& [id, label] : pg.parent_labels) {
    if (!nodes.count(id)) nodes[id] = Element(id, {}, parent_columns, {{label}, {"Country"}});
  }
  std::vector<std::string> node_lines, edge_lines;
  for (auto& [id, line] : nodes) node_lines.push_back(std::move(line));
  for (const auto& edge : pg.edges)
    edge_lines.push_back(Element(edge.id, {{"source", edge.source}, {"target", edge.target}}, pg.edge_columns, edge.values));
  std::string out = "{\"elements\": {\n";
  WriteList("nodes", node_lines, false, &out);
  WriteList("edges", edge_lines, true, &out);
  out += "}}\n";
  return out;
}

}  // namespace coopgraph::exporters

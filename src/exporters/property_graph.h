// Private to exporters: the graph as a property graph (nodes and edges with
// typed columns), the one view the GraphML, GEXF, Cytoscape.js and Neo4j
// writers serialise, so that they agree on what a node and an edge say.
#ifndef COOPGRAPH_SRC_EXPORTERS_PROPERTY_GRAPH_H_
#define COOPGRAPH_SRC_EXPORTERS_PROPERTY_GRAPH_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/exporters/formats.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::exporters::internal {

enum class ValueType {
  kString,
  kInt,
  kDouble,
  kBool,
  kDate,        // ISO at its known precision: "2024-05-29", "2024-05", "2024", "--05-29"
  kStringList,
};

struct Column {
  std::string name;  // "startDate"; the same name in every format
  ValueType type = ValueType::kString;
  std::vector<graph::NodeKind> kinds;  // node kinds that have it; empty: every kind (and every edge)
};

// A value as text: scalars one item ("3", "1.0", "true", "2024-05"), lists
// any number; no item means absent. Items are well-formed UTF-8 without NUL.
using Value = std::vector<std::string>;

// A closed interval of whole days, both ends full xsd:dates.
struct Spell {
  std::string start, end;
};

struct PropertyNode {
  std::string id;                   // the node id ("person/huynh-thanh-dat")
  graph::NodeKind kind = graph::NodeKind::kPerson;
  std::vector<std::string> labels;  // type terms, generic first: {"Organization", "GovernmentOrganization"}
  std::string label;                // one line for display
  std::string parent;               // the country node it belongs to (Cytoscape's compound parent), or ""
  std::optional<Spell> spell;       // events: when it happened
  std::vector<Value> values;        // one per node column
};

struct PropertyEdge {
  std::string id;  // "e0", "e1", … in output order
  std::string source, target;
  std::string type;             // the relation term ("attendee", "memberOf"), or "met"
  std::optional<Spell> spell;   // edges of a meeting: the meeting's
  std::vector<Value> values;    // one per edge column
};

struct PropertyGraph {
  bool directed = true;
  std::vector<Column> node_columns, edge_columns;
  std::vector<PropertyNode> nodes;  // by id
  std::vector<PropertyEdge> edges;  // by source id, type, target id, then the rest
  // Label of every parent, including countries that are not among `nodes`
  // (the meetings projection has no country nodes).
  std::map<std::string, std::string> parent_labels;
};

PropertyGraph ToPropertyGraph(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection);

// An edge leaving a node, with its head.
struct OutEdge {
  const graph::Edge* edge;
  graph::Vertex head;
};
// The edges leaving `v` in the order every writer lists them, so the text
// does not depend on insertion order: by relation, head id, role, date.
// Fills *edges (cleared first; a buffer the caller reuses node after node).
void SortedOutEdges(const graph::KnowledgeGraph& kg, graph::Vertex v, std::vector<OutEdge>* edges);

// The country a node belongs to (itself for a country; a person's
// nationality, an organisation's country, a place's): with several, the
// smallest id, so every writer (DOT clusters too) picks the same one.
std::optional<graph::Vertex> CountryOf(const graph::KnowledgeGraph& kg, graph::Vertex v);

// What a node is called, as lines: its name (or an event's kind, else its
// id), "(planned)" for a planned meeting, then an event's date and the dates
// other reports give, as base/date.h DescribeDate writes them.
std::vector<std::string> LabelLines(const graph::Node& node);

// The days an ISO date at its precision covers, from `start` to `end` (end
// empty: the start's last day): "2024-05" is 2024-05-01 to 2024-05-31,
// "2024" the whole year, a date-time its day. Without a year ("--05-29"),
// or not a date: nullopt.
std::optional<Spell> SpellOf(std::string_view start, std::string_view end = {});

// A column's id in an XML format's attribute declarations: "n_<name>" for a
// node column, "e_<name>" for an edge one (scope "node" or "edge"), since a
// node and an edge column may share a name ("label", "sources").
std::string ColumnId(const char* scope, const Column& column);

// The index of a column by name; the column must exist.
std::size_t ColumnIndex(const std::vector<Column>& columns, std::string_view name);

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_SRC_EXPORTERS_PROPERTY_GRAPH_H_

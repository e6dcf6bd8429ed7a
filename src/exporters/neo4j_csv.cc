// Neo4j admin-import CSV (RFC 4180): one nodes file per node kind, one
// relationships file per relation, typed header columns. Shapes and the
// import command are in schema/README.md and README.md.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "base/escape.h"
#include "base/utf8.h"
#include "coopgraph/base/date.h"
#include "coopgraph/exporters/formats.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/property_graph.h"

namespace coopgraph::exporters {
namespace {

using graph::NodeKind;
using internal::Column;
using internal::ValueType;

constexpr const char* kRecordEnd = "\r\n";  // RFC 4180 line breaks

// Every field quoted (base/escape.h says why).
void Quoted(std::string_view text, std::string* out) { AppendCsvField(text, CsvQuoting::kAlways, out); }

constexpr const char* kFullwidthSemicolonUtf8 = "\xEF\xBC\x9B";  // U+FF1B

// List items joined by the array delimiter, which an item may not contain
// (formats.h, CsvLists).
std::string JoinItems(const internal::Value& items, CsvLists lists) {
  const char delimiter = lists == CsvLists::kSemicolon ? ';' : kNeo4jArrayDelimiter;
  const char* stand_in = lists == CsvLists::kSemicolon ? kFullwidthSemicolonUtf8 : kReplacementCharacterUtf8;
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += delimiter;
    for (char c : items[i]) {
      if (c == delimiter) out += stand_in;
      else out += c;
    }
  }
  return out;
}

// "YYYY-MM-DD", alone or opening a timestamp ("…T…").
bool IsFullDate(const std::string& iso) {
  if (iso.size() < 10 || IsoDateShapeOf(std::string_view(iso).substr(0, 10)) != IsoDateShape::kDate) return false;
  return iso.size() == 10 || iso[10] == 'T';
}

const char* Neo4jType(ValueType type) {
  switch (type) {
    case ValueType::kInt: return "long";
    case ValueType::kDouble: return "double";
    case ValueType::kBool: return "boolean";
    case ValueType::kStringList: return "string[]";
    default: return "string";
  }
}

bool Applies(const Column& c, NodeKind kind) {
  return c.kinds.empty() || std::find(c.kinds.begin(), c.kinds.end(), kind) != c.kinds.end();
}

// The property columns of a file: a date is two, the day as a Neo4j date
// when the text gives one and the text at its precision ("2024-05").
void WriteHeader(const std::vector<const Column*>& columns, std::string* out) {
  for (const Column* c : columns) {
    *out += ',';
    if (c->type == ValueType::kDate) {
      *out += c->name + ":date," + c->name + "Text:string";
    } else {
      *out += c->name + ":" + Neo4jType(c->type);
    }
  }
  *out += kRecordEnd;
}

void WriteFields(const std::vector<const Column*>& columns, const std::vector<Column>& all,
                 const std::vector<internal::Value>& values, CsvLists lists, std::string* out) {
  for (const Column* c : columns) {
    const internal::Value& value = values[static_cast<std::size_t>(c - all.data())];
    *out += ',';
    if (value.empty()) {
      if (c->type == ValueType::kDate) *out += ',';
      continue;  // an empty unquoted field: no property
    }
    switch (c->type) {
      case ValueType::kDate:
        if (IsFullDate(value[0])) *out += value[0].substr(0, 10);
        *out += ',';
        Quoted(value[0], out);
        break;
      case ValueType::kString:
        Quoted(value[0], out);
        break;
      case ValueType::kStringList:
        Quoted(JoinItems(value, lists), out);
        break;
      default:
        *out += value[0];  // numbers and booleans
    }
  }
  *out += kRecordEnd;
}

// "memberOf" -> "MEMBER_OF".
std::string RelationshipType(const std::string& term) {
  std::string out;
  for (char c : term) {
    if (std::isupper(static_cast<unsigned char>(c)) && !out.empty()) out += '_';
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> ToNeo4jCsv(const graph::KnowledgeGraph& kg, graph::ProjectionKind projection,
                                              CsvLists lists) {
  const internal::PropertyGraph pg = internal::ToPropertyGraph(kg, projection);
  std::map<std::string, std::string> files;
  // Every file of the projection is written, empty ones with their header,
  // so the import command does not depend on the data.
  std::vector<NodeKind> kinds = {NodeKind::kPerson, NodeKind::kOrganization};
  if (projection == graph::ProjectionKind::kFull) {
    kinds = {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kCountry, NodeKind::kPlace,
             NodeKind::kEvent,  NodeKind::kAgreement,    NodeKind::kArticle};
  }
  for (NodeKind kind : kinds) {
    std::vector<const Column*> columns;
    for (const Column& c : pg.node_columns)
      if (Applies(c, kind)) columns.push_back(&c);
    std::string text = "id:ID,:LABEL";
    WriteHeader(columns, &text);
    for (const auto& node : pg.nodes) {
      if (node.kind != kind) continue;
      Quoted(node.id, &text);
      text += ',' + JoinItems(node.labels, lists);
      WriteFields(columns, pg.node_columns, node.values, lists, &text);
    }
    files["nodes_" + std::string(graph::TypeTerm(kind)) + ".csv"] = std::move(text);
  }
  std::vector<const Column*> edge_columns;  // the relation is the :TYPE
  for (const Column& c : pg.edge_columns)
    if (c.name != "relation") edge_columns.push_back(&c);
  std::vector<std::string> types = {"met"};
  if (projection == graph::ProjectionKind::kFull) {
    types.clear();
    for (int r = 0; r <= static_cast<int>(graph::Relation::kReportedIn); ++r)
      types.emplace_back(graph::RelationTerm(static_cast<graph::Relation>(r)));
  }
  for (const std::string& type : types) {
    const std::string neo4j_type = RelationshipType(type);
    std::string text = ":START_ID,:END_ID,:TYPE";
    WriteHeader(edge_columns, &text);
    for (const auto& edge : pg.edges) {
      if (edge.type != type) continue;
      Quoted(edge.source, &text);
      text += ',';
      Quoted(edge.target, &text);
      text += ',' + neo4j_type;
      WriteFields(edge_columns, pg.edge_columns, edge.values, lists, &text);
    }
    files["rels_" + neo4j_type + ".csv"] = std::move(text);
  }
  return files;
}

}  // namespace coopgraph::exporters

// Exports of the graph for the tools people already use: GraphML (Gephi,
// yEd, Cytoscape, NetworkX), GEXF 1.2draft/1.3 (Gephi's timeline), Cytoscape.js JSON,
// Neo4j admin-import CSV, RDF N-Quads (one named graph per article), and the
// JSON-LD and DOT that `build` writes. Shapes are in schema/README.md.
#ifndef COOPGRAPH_EXPORTERS_FORMATS_H_
#define COOPGRAPH_EXPORTERS_FORMATS_H_

#include <map>
#include <string>
#include <string_view>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/status.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/graph.h"
#include "coopgraph/graph/projection.h"

namespace coopgraph::exporters {

enum class ExportFormat { kGraphMl, kGexf, kCytoscapeJson, kNeo4jCsv, kNQuads, kJsonLd, kDot };

inline constexpr EnumName<ExportFormat> kExportFormatNames[] = {
    {ExportFormat::kGraphMl, "graphml"}, {ExportFormat::kGexf, "gexf"},     {ExportFormat::kCytoscapeJson, "cyjs"},
    {ExportFormat::kNeo4jCsv, "csv"},    {ExportFormat::kNQuads, "nquads"}, {ExportFormat::kJsonLd, "jsonld"},
    {ExportFormat::kDot, "dot"},
};

// GEXF: 1.2draft is read by Gephi and by every NetworkX (2.x reads no
// other); 1.3 adds the edge `kind` that keeps Gephi from merging parallel
// edges of different relations between the same two nodes.
enum class GexfVersion { k1_2Draft, k1_3 };
inline constexpr EnumName<GexfVersion> kGexfVersionNames[] = {{GexfVersion::k1_2Draft, "1.2draft"},
                                                             {GexfVersion::k1_3, "1.3"}};

// How the Neo4j CSV joins a list in one cell: the unit separator U+001F
// (no value holds it: lossless, for neo4j-admin --array-delimiter=U+001F),
// or ";" for people reading the files in a spreadsheet (Neo4j's default
// array delimiter; a ";" inside an item becomes the fullwidth "；" U+FF1B).
enum class CsvLists { kUnitSeparator, kSemicolon };
inline constexpr EnumName<CsvLists> kCsvListsNames[] = {{CsvLists::kUnitSeparator, "unit-separator"},
                                                       {CsvLists::kSemicolon, "semicolon"}};

struct ExportOptions {
  // What is exported:
  // kFull: the typed graph, every node kind (articles too) and every relation.
  // kMeetings: the persons and organisations that attended a meeting, linked
  // once per meeting they both attended (the edge carries the meeting's id,
  // kind, date, place and sources). Only graphml, gexf, cyjs and csv have it.
  graph::ProjectionKind projection = graph::ProjectionKind::kFull;
  unsigned threads = 0;  // for the JSON-LD writer; 0: one per core
  GexfVersion gexf_version = GexfVersion::k1_2Draft;
  CsvLists csv_lists = CsvLists::kUnitSeparator;
};

// Writes the graph in `format` to `out_path`: one file for every format but
// csv, which writes a directory of files (created when missing; files of
// another export there are replaced, others left alone). Every file is
// written atomically. Output bytes depend only on the graph.
// Errors: kInvalidArgument for the meetings projection of nquads, jsonld or
// dot; kIoError naming the path that could not be written.
StatusOr<WriteReport> Export(const graph::KnowledgeGraph& graph, ExportFormat format, const std::string& out_path,
                             const ExportOptions& options = {});

// The writers, as pure functions (thread safe; deterministic bytes).
// GraphML with typed <key> declarations; directed for kFull, undirected for kMeetings.
std::string ToGraphMl(const graph::KnowledgeGraph& graph, graph::ProjectionKind projection);
// GEXF (1.2draft or 1.3), mode="dynamic", timeformat="date": meetings' dates as spells.
std::string ToGexf(const graph::KnowledgeGraph& graph, graph::ProjectionKind projection,
                   GexfVersion version = GexfVersion::k1_2Draft);
// Cytoscape.js {"elements": {"nodes": [...], "edges": [...]}}, country as data.parent.
std::string ToCytoscapeJson(const graph::KnowledgeGraph& graph, graph::ProjectionKind projection);
// Neo4j admin-import CSV files, by file name (nodes_<Label>.csv, rels_<TYPE>.csv).
// Lists (labels, names, sources) joined as `lists` says.
std::map<std::string, std::string> ToNeo4jCsv(const graph::KnowledgeGraph& graph, graph::ProjectionKind projection,
                                              CsvLists lists = CsvLists::kUnitSeparator);
// RDF N-Quads of the JSON-LD document's triples, each node's in the named
// graph of every article it was derived from (the article's IRI).
// Errors: kInternal when the compiled-in context cannot be used.
StatusOr<std::string> ToNQuads(const graph::KnowledgeGraph& graph);

// The array delimiter of the CSV files with CsvLists::kUnitSeparator (U+001F,
// a control character no value keeps), for
// `neo4j-admin database import --array-delimiter=U+001F`.
inline constexpr char kNeo4jArrayDelimiter = '\x1F';

}  // namespace coopgraph::exporters

#endif  // COOPGRAPH_EXPORTERS_FORMATS_H_

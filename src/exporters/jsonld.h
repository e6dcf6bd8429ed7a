// Private to exporters: the JSON-LD codec, the one place that knows how the
// graph is written as JSON-LD and read back. It owns the IRI base and the id
// encoding (node id <-> IRI), the property names of relations, the writer
// (jsonld.cc) and the reader (jsonld_reader.cc); the public entry points are
// ToJsonLd, ParseJsonLd and ReadJsonLd in coopgraph/exporters/exporters.h.
#ifndef COOPGRAPH_SRC_EXPORTERS_JSONLD_H_
#define COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

#include <rapidjson/document.h>

#include <functional>
#include <string>
#include <string_view>

#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::exporters::internal {

// kIdBase + EncodedId(id).
std::string NodeIri(std::string_view id);
// The node id of an IRI that NodeIri made (the base removed, percent-escapes
// decoded); valid UTF-8 without NUL, like every string of the graph.
std::string NodeIdOf(std::string_view iri);
// The id sanitized, with the bytes an IRI may not hold ("<>\"{}|\\^`",
// spaces, controls, U+FFFE, U+FFFF) and the ones that would change its
// structure ("#?%") percent-encoded: one-to-one and valid in XML. The path of
// the JSON-LD IRI, and the node name in DOT (which the SVG shows in <title>).
std::string EncodedId(std::string_view id);
void AppendEncodedId(std::string_view id, std::string* out);

// Project terms carry the "cg:" prefix; schema.org terms are bare (the
// context's @vocab).
std::string ProjectTerm(std::string_view local);
// The generic @type of a node kind: "Person", "Organization", "cg:Agreement",
// "NewsArticle", ...
std::string TypeKey(graph::NodeKind kind);
inline constexpr int kNodeKindCount = static_cast<int>(graph::NodeKind::kArticle) + 1;
// The property that holds a relation's targets: "memberOf", "cg:party", ...
const std::string& RelationKey(graph::Relation relation);
inline constexpr int kRelationCount = static_cast<int>(graph::Relation::kReportedIn) + 1;

// Takes each consecutive piece of the document, one call at a time (on any
// of the writer's threads).
using JsonLdSink = std::function<Status(std::string_view piece)>;

// Hands the pieces whose concatenation is ToJsonLd(graph, threads) to `sink`
// in order, while `threads` (0: one per core) write the ones after it.
// Errors: the sink's first error (no piece is handed on after it).
Status WriteJsonLd(const graph::KnowledgeGraph& graph, unsigned threads, const JsonLdSink& sink);

// Hands each node of the document, in document order, to `sink` as a JSON
// value built from the graph (not parsed from text): the same members in the
// same order as ToJsonLd writes them. Errors: the first error of `sink`.
using JsonLdNodeSink = std::function<Status(const rapidjson::Value& node)>;
Status ForEachJsonLdNode(const graph::KnowledgeGraph& graph, const JsonLdNodeSink& sink);

// The parsed @context (checked byte for byte against schema/ by a test).
const rapidjson::Value& JsonLdContextValue();

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

// Private to exporters: the JSON-LD document in pieces, for writing large
// graphs to a file as they are made, without joining them first.
#ifndef COOPGRAPH_SRC_EXPORTERS_JSONLD_H_
#define COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

#include <functional>
#include <string_view>

#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::exporters::internal {

// Takes each consecutive piece of the document, on the calling thread.
using JsonLdSink = std::function<Status(std::string_view piece)>;

// Hands the pieces whose concatenation is ToJsonLd(graph, threads) to `sink`
// in order, while `threads` (0: one per core) write the ones after it.
// Errors: the sink's first error (no piece is handed on after it).
Status WriteJsonLd(const graph::KnowledgeGraph& graph, unsigned threads, const JsonLdSink& sink);

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

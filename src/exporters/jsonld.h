// Private to exporters: the JSON-LD document in pieces, for writing large
// graphs without joining them into one string first.
#ifndef COOPGRAPH_SRC_EXPORTERS_JSONLD_H_
#define COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

#include <string>
#include <vector>

#include "coopgraph/graph/graph.h"

namespace coopgraph::exporters::internal {

// Consecutive pieces whose concatenation is ToJsonLd(graph, threads).
std::vector<std::string> JsonLdPieces(const graph::KnowledgeGraph& graph, unsigned threads);

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_SRC_EXPORTERS_JSONLD_H_

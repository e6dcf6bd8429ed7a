// Builds the typed graph from a resolution.
#ifndef COOPGRAPH_GRAPH_BUILD_H_
#define COOPGRAPH_GRAPH_BUILD_H_

#include <string>

#include "coopgraph/graph/graph.h"
#include "coopgraph/resolve/resolve.h"

namespace coopgraph::graph {

// One node per article, entity, event and agreement; relations as typed
// edges. Node ids are the resolution's ids ("article/<hash>" for articles).
// Pure function; pass an rvalue to let it move the evidence out.
KnowledgeGraph BuildGraph(resolve::Resolution resolution);

// The node id of the article whose document id (content hash) is given.
std::string ArticleNodeId(const std::string& content_hash);

}  // namespace coopgraph::graph

#endif  // COOPGRAPH_GRAPH_BUILD_H_

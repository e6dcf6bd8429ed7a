// Private to query: the articles and the facts the answers cite, shared by
// the rows (facts.cc), the cards (cards.cc) and who-met (who_met.cc).
#ifndef COOPGRAPH_SRC_QUERY_CITE_H_
#define COOPGRAPH_SRC_QUERY_CITE_H_

#include <string>
#include <vector>

#include "coopgraph/graph/graph.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query::internal {

// The articles a meeting or agreement is reported in, by id.
std::vector<SourceRef> ArticlesReporting(const graph::KnowledgeGraph& kg, graph::Vertex v);

// The nodes whose `relation` points at `v` (meetings attended, agreements signed), each once.
std::vector<graph::Vertex> Sources(const graph::KnowledgeGraph& kg, graph::Vertex v, graph::Relation relation);

// A node's name, its id when it has none.
const std::string& NameOf(const graph::KnowledgeGraph& kg, graph::Vertex v);

// The names of `vs` but `except`, sorted.
std::vector<std::string> NamesOf(const graph::KnowledgeGraph& kg, const std::vector<graph::Vertex>& vs,
                                 graph::Vertex except);

std::string Join(const std::vector<std::string>& parts, const char* separator);

}  // namespace coopgraph::query::internal

#endif  // COOPGRAPH_SRC_QUERY_CITE_H_

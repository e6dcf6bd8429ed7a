// Private to query: the facts of what a user named.
#ifndef COOPGRAPH_SRC_QUERY_NAMES_H_
#define COOPGRAPH_SRC_QUERY_NAMES_H_

#include <vector>

#include "coopgraph/graph/graph.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query::internal {

// The nodes whose `relation` points at the named node or one of its actors
// (kAttendee: the meetings they attended; kParty, kSignatory: agreements),
// each once, in vertex order.
std::vector<graph::Vertex> FactsOf(const graph::KnowledgeGraph& kg, const Actors& actors, graph::Relation relation);

}  // namespace coopgraph::query::internal

#endif  // COOPGRAPH_SRC_QUERY_NAMES_H_

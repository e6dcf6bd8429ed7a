// Private to query: parts of a graph as graphs of their own, and periods.
#ifndef COOPGRAPH_SRC_QUERY_SUBGRAPH_H_
#define COOPGRAPH_SRC_QUERY_SUBGRAPH_H_

#include <set>
#include <string>

#include "coopgraph/graph/graph.h"

namespace coopgraph::query::internal {

// A date at its precision in [from, to] (ISO dates at any precision, "" for
// no bound), compared at the precision both have: "2018" is in a period from
// 2018-06-01, "2018-06-15" in one to 2018-06. No date, or one without a
// year ("--05-29"), is in no period but the unbounded one.
bool InRange(const std::string& date, const std::string& from, const std::string& to);

// The nodes `keep`, the countries of the kept actors and places, and every
// relation among them, as a graph of its own.
graph::KnowledgeGraph InducedGraph(const graph::KnowledgeGraph& kg, std::set<graph::Vertex> keep);

}  // namespace coopgraph::query::internal

#endif  // COOPGRAPH_SRC_QUERY_SUBGRAPH_H_

// Private to query: which actors a path may pass through or a ranking covers.
#ifndef COOPGRAPH_SRC_QUERY_VIA_H_
#define COOPGRAPH_SRC_QUERY_VIA_H_

#include "coopgraph/graph/graph.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query::internal {

// A person for kPersons, an organisation for kOrganizations, either for kAll.
inline bool OfVia(const graph::KnowledgeGraph& kg, graph::Vertex v, Via via) {
  const graph::NodeKind kind = kg.node(v).kind();
  const bool person = kind == graph::NodeKind::kPerson, organization = kind == graph::NodeKind::kOrganization;
  return via == Via::kPersons ? person : via == Via::kOrganizations ? organization : person || organization;
}

}  // namespace coopgraph::query::internal

#endif  // COOPGRAPH_SRC_QUERY_VIA_H_

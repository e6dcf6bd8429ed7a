// Private to resolve: merging facts across articles and stable node ids.
#ifndef COOPGRAPH_SRC_RESOLVE_IDS_H_
#define COOPGRAPH_SRC_RESOLVE_IDS_H_

#include <string>

#include "coopgraph/resolve/resolve.h"

namespace coopgraph::resolve {

// One event per real meeting: same kind, the same calendar day (or one
// report's day inside the other's range of days; dates of other precisions
// agree where both are known), and at least two shared person attendees.
void MergeEvents(Resolution* r);
// One agreement per name (or kind and period) and parties.
void MergeAgreements(Resolution* r);
// Gives every entity, event and agreement an id that depends only on its
// content ("person/huynh-thanh-dat"), numbering true clashes in a stable order.
void AssignIds(Resolution* r);
// "Huỳnh Thành Đạt" -> "huynh-thanh-dat".
std::string Slug(const std::string& text);

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_IDS_H_

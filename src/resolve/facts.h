// Private to resolve: an article's meeting and agreement mentions as facts
// over the entities its mentions resolved to.
#ifndef COOPGRAPH_SRC_RESOLVE_FACTS_H_
#define COOPGRAPH_SRC_RESOLVE_FACTS_H_

#include <optional>
#include <string>
#include <vector>

#include "coopgraph/resolve/resolve.h"

namespace coopgraph::resolve {

// `entity_of[i]` is the entity of mention i, or -1. The event of a meeting
// mention read in article `article_id`; none when no attendee resolved.
std::optional<Event> EventOf(const extract::MeetingMention& meeting, const std::vector<int>& entity_of,
                             const std::string& article_id);
// The agreement of an agreement mention, with its resolved parties and signatories.
Agreement AgreementOf(const extract::AgreementMention& agreement, const std::vector<int>& entity_of,
                      const std::string& article_id);

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_FACTS_H_

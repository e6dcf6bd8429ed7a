// The one table from graph enums to vocabulary terms (schema/vocabulary.jsonld).
#ifndef COOPGRAPH_GRAPH_VOCABULARY_H_
#define COOPGRAPH_GRAPH_VOCABULARY_H_

#include <string_view>
#include <vector>

#include "coopgraph/graph/graph.h"

namespace coopgraph::graph {

// JSON-LD @type of a node kind: "Person", "Organization", "Country", "Place",
// "Event", "Agreement", "NewsArticle". Organisation categories refine the type:
std::string_view TypeTerm(NodeKind kind);
std::string_view OrganizationTypeTerm(OrgCategory category);  // "GovernmentOrganization", …
// Project terms (local names in the cg: vocabulary).
using extract::MeetingKindTerm;                            // "Talks", "WorkingSession", …
std::string_view MeetingKindLabel(MeetingKind kind);     // "talks", "working session", …
std::string_view CameoCode(MeetingKind kind);            // "046", "040", …
std::string_view EventStatusTerm(EventStatus status);    // "Held", "Planned", "Cancelled", "Postponed"
using extract::AgreementKindTerm;                          // "CooperationAgreement", …
std::string_view AgreementStatusTerm(AgreementStatus status);  // "Signed", …
std::string_view RelationTerm(Relation relation);        // "nationality", "attendee", …

// Every project term above, for the test that checks them against schema/.
std::vector<std::string_view> AllProjectTerms();

}  // namespace coopgraph::graph

#endif  // COOPGRAPH_GRAPH_VOCABULARY_H_

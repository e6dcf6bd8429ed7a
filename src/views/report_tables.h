// Private to views: the report's tables, one <section> each.
#ifndef COOPGRAPH_SRC_VIEWS_REPORT_TABLES_H_
#define COOPGRAPH_SRC_VIEWS_REPORT_TABLES_H_

#include <string>

#include "coopgraph/graph/graph.h"
#include "views/evidence.h"

namespace coopgraph::views::internal {

// People: name, other names, titles (each linked to its article), country.
void AppendPeople(std::string* out, const graph::KnowledgeGraph& kg, EvidenceIndex* evidence);
// Organisations: name, other names, kind, country, parent body.
void AppendOrganizations(std::string* out, const graph::KnowledgeGraph& kg, EvidenceIndex* evidence);
// Agreements: kind, name, period, parties, status, date, sources, evidence
// (query::Agreements).
void AppendAgreements(std::string* out, const graph::KnowledgeGraph& kg, EvidenceIndex* evidence);
// The meetings by date (dates without a year, then undated ones, last):
// date (base/date.h's notation), kind, place, attendees with their roles,
// status (held or planned), the articles that report it, evidence.
void AppendMeetings(std::string* out, const graph::KnowledgeGraph& kg, EvidenceIndex* evidence);

// "CooperationAgreement" -> "cooperation agreement": vocabulary terms for reading.
std::string TermWords(std::string_view term);

}  // namespace coopgraph::views::internal

#endif  // COOPGRAPH_SRC_VIEWS_REPORT_TABLES_H_

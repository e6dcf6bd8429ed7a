// Private to views: the country-level summary of a graph (`render
// --summary`, the report's picture of a large graph): countries with their
// most active bodies, linked by the meetings and agreements between their
// delegations, in all and year by year. Bounded in size whatever the graph.
#ifndef COOPGRAPH_SRC_VIEWS_SUMMARY_H_
#define COOPGRAPH_SRC_VIEWS_SUMMARY_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "coopgraph/graph/graph.h"

namespace coopgraph::views::internal {

struct SummaryLimits {
  std::size_t countries = 8;           // the most active ones
  std::size_t bodies_per_country = 2;  // each country's most active organisations
  std::size_t links = 12;              // the heaviest country pairs
};

// What happened between two summary nodes in one year (or "year unknown",
// "undated").
struct YearCount {
  std::size_t meetings = 0;
  std::size_t planned = 0;  // of the meetings, those not held (yet)
  std::size_t agreements = 0;
};

struct SummaryNode {
  graph::Vertex vertex;  // a country or an organisation
  std::size_t meetings = 0, agreements = 0;
};

struct SummaryCountry {
  SummaryNode country;
  std::vector<SummaryNode> bodies;  // most active first
};

struct SummaryLink {
  graph::Vertex a, b;  // two countries
  // Keyed by (sort group, year text): dated years first, in order.
  std::map<std::pair<int, std::string>, YearCount> years;
  std::size_t Total() const;
};

struct Summary {
  std::vector<SummaryCountry> countries;  // most active first
  std::vector<SummaryLink> links;         // heaviest first
  // What the limits left out, for the note under the picture.
  std::size_t countries_left_out = 0, bodies_left_out = 0, links_left_out = 0;
  std::vector<std::string> countries_left_out_names;  // the first few
};

// Activity: a meeting or an agreement counts once for each country and each
// organisation taking part (a person takes part for its country and the
// organisation it is a member of). Links: a meeting counts once for each pair
// of shown countries among its attendees' countries, an agreement the same
// among its parties' and signatories'. Pure function.
Summary Summarize(const graph::KnowledgeGraph& kg, const SummaryLimits& limits);

// The summary as DOT text (for neato): a card per country (its name, then
// its bodies listed), lines weighted by their counts (pen
// width) and labelled with the total and the latest years ("2024: 3
// meetings (1 not held), 1 agreement"), `title` and what was left out above.
std::string SummaryDot(const graph::KnowledgeGraph& kg, const Summary& summary, const std::string& title);

}  // namespace coopgraph::views::internal

#endif  // COOPGRAPH_SRC_VIEWS_SUMMARY_H_

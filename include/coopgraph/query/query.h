// Stage 6 (beside exporters): answers to the users' questions over a graph
// that coopgraph wrote. Free functions returning values; no state.
#ifndef COOPGRAPH_QUERY_QUERY_H_
#define COOPGRAPH_QUERY_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::query {

// Reads a graph.jsonld written by coopgraph (exporters::ToJsonLd) back into
// the typed graph: every node, relation, role, date and piece of evidence, so
// that writing it again gives the same bytes. Errors (naming the path, and the
// line or the node): kNotFound/kIoError when unreadable, kDataLoss when it is
// not JSON or not a coopgraph graph.
StatusOr<graph::KnowledgeGraph> LoadGraph(const std::string& path);
// The same for JSON-LD text; `name` names it in errors.
StatusOr<graph::KnowledgeGraph> ParseGraph(std::string_view jsonld, const std::string& name);

// Finds the node a user means by `name`, among nodes of `kinds` (all kinds
// when empty): by node id, exact name or alternate name, then the same
// ignoring case and diacritics ("Huynh Thanh Dat"), then a unique prefix of
// such a key. Errors: kNotFound with the closest names when nothing matches;
// kInvalidArgument listing the candidates when several do.
StatusOr<graph::Vertex> FindEntity(const graph::KnowledgeGraph& graph, std::string_view name,
                                   const std::vector<graph::NodeKind>& kinds = {});

// One pair of actors who attended the same meeting.
struct MetPair {
  std::string date;             // the meeting's start date at its known precision, or ""
  std::string first, second;    // node ids, `first` < `second` unless a person filter puts it first
  std::string first_name, second_name;
  std::string meeting;          // event node id
  std::string kind;             // meeting kind label: "talks", "working session", …
  std::string place;            // place or country name, or ""
  std::vector<std::string> sources;  // article node ids
  std::string evidence;         // a sentence that reports the meeting
};

struct WhoMetFilter {
  std::vector<std::string> persons;  // each pair includes one of them (names as for FindEntity)
  std::string organization;          // the meeting had this organisation or one of its members
  std::string country;               // an attendee of the pair has this nationality or country
  std::string from, to;              // ISO dates, inclusive; a meeting without a date is kept out
  bool include_organizations = false;  // pairs of organisations too, not persons only
};

// Every pair of persons (and organisations, if asked) who attended the same
// meeting, by date then names. Errors: those of FindEntity for the filters.
StatusOr<std::vector<MetPair>> WhoMet(const graph::KnowledgeGraph& graph, const WhoMetFilter& filter);

enum class Format { kTable, kJson, kCsv };

// Rows as text: an aligned table for people (one line per pair, the evidence
// cut to 80 characters), a JSON array of objects with every field (shape in
// schema/README.md), or CSV (RFC 4180, a header line). Pure function.
std::string FormatWhoMet(const std::vector<MetPair>& pairs, Format format);

}  // namespace coopgraph::query

#endif  // COOPGRAPH_QUERY_QUERY_H_

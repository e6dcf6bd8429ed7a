// Stage 7 (after exporters, whose JSON-LD codec reads a graph.jsonld:
// exporters::ReadJsonLd): answers to the users' questions over a graph that
// coopgraph wrote. Free functions returning values; no state.
#ifndef COOPGRAPH_QUERY_QUERY_H_
#define COOPGRAPH_QUERY_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"
#include "coopgraph/graph/projection.h"

namespace coopgraph::query {

// Finds the node a user means by `name`, among nodes of `kinds` (all kinds
// when empty): by node id, exact name or alternate name (a country also by
// its ISO codes, "LA" or "LAO"), then the same ignoring case and diacritics
// ("Huynh Thanh Dat"), then a person's given name or the last words of the
// name ("Đạt", "Dat", "Thanh Dat"), then a unique prefix of such a key.
// Errors: kNotFound with at most 5 closest names (by the key without
// diacritics; persons of the same given name first) when nothing matches;
// kInvalidArgument listing the candidates (name, id, latest title) when
// several match equally well.
StatusOr<graph::Vertex> FindEntity(const graph::KnowledgeGraph& graph, std::string_view name,
                                   const std::vector<graph::NodeKind>& kinds = {});

// What a name stands for in the questions about actors: the node found and
// the persons and organisations that act for it. A person or an
// organisation acts for itself; a country through its people (nationality)
// and its bodies (organisations of that country).
struct Actors {
  graph::Vertex node;
  std::vector<graph::Vertex> members;  // sorted; may be empty for a country
  // `v` is the node or one of its members.
  bool Includes(graph::Vertex v) const;
};
inline const std::vector<graph::NodeKind> kActorKinds = {graph::NodeKind::kPerson, graph::NodeKind::kOrganization,
                                                         graph::NodeKind::kCountry};

// The one lookup of every question about an actor (path, neighbors,
// timeline, agreements, who-met): FindEntity among `kinds`, then the actors
// the node stands for. Errors: those of FindEntity.
StatusOr<Actors> FindActors(const graph::KnowledgeGraph& graph, std::string_view name,
                            const std::vector<graph::NodeKind>& kinds = kActorKinds);

// An article an answer rests on, as a reader cites it.
struct SourceRef {
  std::string id;     // article node id
  std::string title;  // headline, or ""
  std::string date;   // publication date (ISO), or ""
  std::string url;    // or ""
  std::string path;   // the file it was read from, or ""
};

// The SourceRef of an article node id; only the id when the graph has no
// such article.
SourceRef DescribeSource(const graph::KnowledgeGraph& graph, std::string_view article_id);

// How a table names an article: "Title (2024-05-29) https://…", the file
// path when there is no URL; the id only when nothing else is known.
std::string SourceText(const SourceRef& source);

// The names a user gives a meeting status ("held", "planned"), any case.
inline constexpr EnumName<graph::EventStatus> kEventStatusNames[] = {{graph::EventStatus::kHeld, "held"},
                                                                    {graph::EventStatus::kPlanned, "planned"},
                                                                    {graph::EventStatus::kCancelled, "cancelled"},
                                                                    {graph::EventStatus::kPostponed, "postponed"}};

// The statuses `names` asks for: each a name of kEventStatusNames in any
// case, or "all"; held only when `names` is empty. Errors: kInvalidArgument
// naming the unknown value and the valid ones.
StatusOr<std::vector<graph::EventStatus>> ParseEventStatuses(const std::vector<std::string>& names);

// A meeting as the answers cite it.
struct MeetingRef {
  std::string id;                    // event node id
  std::string kind;                  // meeting kind label: "talks", "working session", …
  std::string date;                  // start date at its known precision, or ""
  bool year_inferred = false;        // the year of `date` is not in the text (DescribeDate marks it)
  graph::EventStatus status = graph::EventStatus::kHeld;
  std::string place;                 // place or country name, or ""
  std::vector<SourceRef> sources;    // the reporting articles, by id
  std::string evidence;              // a sentence that reports the meeting
};

// The MeetingRef of an event node.
MeetingRef DescribeMeeting(const graph::KnowledgeGraph& graph, graph::Vertex event);

// One pair of actors who attended the same meeting.
struct MetPair {
  std::string first, second;    // node ids, `first` < `second` unless a person filter puts it first
  std::string first_name, second_name;
  MeetingRef meeting;
  std::vector<std::string> second_also;  // the other names of `second` ("Phut" beside "Phout")
};

struct WhoMetFilter {
  // One person: the pairs that include them. Two or more: the pairs among
  // them only (the meetings between A and B). Names as for FindEntity.
  std::vector<std::string> persons;
  std::string organization;          // the meeting had this organisation or one of its members
  std::string country;               // an attendee of the pair has this nationality or country
  // Empty, or two countries (any name form): the pairs with one end of each
  // (the cross-delegation pairs), the first country's actor first.
  std::vector<std::string> between_countries;
  std::string from, to;              // ISO dates, inclusive; a meeting without a date is kept out
  bool include_organizations = false;  // pairs of organisations too, not persons only
  std::vector<std::string> statuses;   // meeting statuses (as ParseEventStatuses reads them); empty: held only
};

// Every pair of persons (and organisations, if asked) who attended the same
// meeting, by date then names; a named person (or the first country's
// actor) first in each pair. Nothing found is an empty answer, not an error.
// Errors: those of FindActors for the filters; kInvalidArgument when
// `between_countries` does not name two countries, and those of
// ParseEventStatuses.
StatusOr<std::vector<MetPair>> WhoMet(const graph::KnowledgeGraph& graph, const WhoMetFilter& filter);

// Which actors a path may pass through, or a ranking covers.
enum class Via { kPersons, kOrganizations, kAll };
inline constexpr EnumName<Via> kViaNames[] = {{Via::kPersons, "person"}, {Via::kOrganizations, "org"}, {Via::kAll, "all"}};

// One step of a path: two actors and the meeting they both attended.
struct Hop {
  std::string from, to;  // node ids
  std::string from_name, to_name;
  MeetingRef meeting;    // the earliest dated meeting of the two
};
using Path = std::vector<Hop>;

// The shortest chains of meetings from one actor to another in the meetings
// projection (two actors are linked when they attended the same meeting),
// through actors of `via` (the ends may be of any kind). A country stands
// for its actors (FindActors): the chains run from any actor of one to any
// actor of the other, and each path's first and last steps name them. At
// most `max_paths` paths, in a stable order; none longer than `max_hops`;
// none (an empty answer) when no such chain exists. Errors: those of
// FindActors.
StatusOr<std::vector<Path>> ShortestPaths(const graph::KnowledgeGraph& graph, std::string_view from,
                                          std::string_view to, Via via = Via::kAll, int max_hops = 6,
                                          std::size_t max_paths = 10);

enum class Measure { kDegree, kBetweenness, kCloseness, kPageRank, kEigenvector };
inline constexpr EnumName<Measure> kMeasureNames[] = {{Measure::kDegree, "degree"},
                                                      {Measure::kBetweenness, "betweenness"},
                                                      {Measure::kCloseness, "closeness"},
                                                      {Measure::kPageRank, "pagerank"},
                                                      {Measure::kEigenvector, "eigenvector"}};

struct Ranked {
  std::string id, name;
  double score = 0;
};

// Actors of `via` ranked by `measure` in the meetings projection (ties by
// name), the top `top`. Scores are NetworkX's defaults: degree and
// betweenness normalised by (n-1) and (n-1)(n-2)/2, closeness with the
// Wasserman-Faust correction for disconnected graphs; PageRank (damping
// 0.85, dangling mass spread evenly) and eigenvector centrality (power
// iteration on A + I, unit length) iterated as NetworkX does until the
// change is below n * 1e-12.
// `kMeetings`: actors linked when they attended the same meeting; `kFull`:
// the whole typed graph (every node but articles, every relation as an
// undirected link), ranked among the actors of `via`.
std::vector<Ranked> Central(const graph::KnowledgeGraph& graph, Measure measure, Via via, std::size_t top,
                            graph::ProjectionKind projection = graph::ProjectionKind::kMeetings);

// Betweenness estimated from `samples` source actors drawn without
// replacement (fixed seed: the same answer every run), scaled to the whole.
struct ApproximateRanking {
  std::vector<Ranked> ranking;
  std::size_t samples = 0;    // sources used (all of them when samples >= n)
  double error_bound = 0;     // every score is within this of the exact one…
  double confidence = 0.95;   // …with this probability (Hoeffding, union over actors)
};
ApproximateRanking ApproximateBetweenness(const graph::KnowledgeGraph& graph, Via via, std::size_t top,
                                          std::size_t samples);

// What one row of an answer rests on.
struct RowBasis {
  bool year_inferred = false;      // the year in the row's "date" column is not in the text
  std::vector<SourceRef> sources;  // the articles that state the row
};

// Rows of named text columns: the shape of the simpler answers. A column
// named "date" holds ISO dates, shown in DescribeDate's notation; a column
// named "sources" is shown from `basis` when it is given.
struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<RowBasis> basis = {};  // one per row, or empty
};

// The dated facts of one actor, earliest first (undated last): the meetings
// it attended, the titles stated for it, the agreements it is party to or
// signed; for a country, those of its people and bodies (FindActors).
// Columns: date, what (meeting | role | agreement), status (of the meeting
// or agreement), description, node, sources. Errors: those of FindActors.
StatusOr<Rows> Timeline(const graph::KnowledgeGraph& graph, std::string_view name);

// Agreements, optionally only those with a party (or signatory) named
// `party` (a country: itself, its bodies or its people) and of `status` ("Signed", "ToBeSigned", … as in the vocabulary).
// Columns: name, kind, status, period, date, parties, node, sources.
// Errors: those of FindEntity; kInvalidArgument for an unknown status.
StatusOr<Rows> Agreements(const graph::KnowledgeGraph& graph, std::string_view party, std::string_view status);

// An entity card, as rows of (field, value), each source row with its
// article in `basis`. A person or organisation: names, country, titles by
// date with their organisations, organisations it belongs to, why its
// mentions were merged, and sources. A meeting: kind, date, place, status,
// attendees with their delegation (country, role), evidence (quoted),
// sources. An agreement: kind, status, date, period, parties, signatories,
// evidence, sources. An article: title, outlet, date, URL or file, and what
// was extracted from it (persons, organisations, meetings, agreements: a
// count, then each). Errors: those of FindEntity.
StatusOr<Rows> EntityCard(const graph::KnowledgeGraph& graph, std::string_view name);

// The actors within `depth` meetings of one actor (the meetings projection),
// nearest first: the actor itself at distance 0, then the others. A country
// is the centre through its actors (FindActors), who are not listed. No
// neighbours (no meeting attended) is an empty answer. Columns: distance, name, kind, node, meetings (how many meetings
// it shares with a nearer actor on the way). Errors: FindActors'.
StatusOr<Rows> Neighbors(const graph::KnowledgeGraph& graph, std::string_view name, int depth);

// The ego network as a graph of its own, for drawing: those actors (for a
// country, its actors who attended a meeting too), the meetings that link
// them and the relations among them; an empty graph when the actor attended
// no meeting.
StatusOr<graph::KnowledgeGraph> EgoGraph(const graph::KnowledgeGraph& graph, std::string_view name, int depth);

// The meetings and agreements dated within [from, to] (ISO dates, "YYYY",
// "YYYY-MM" or "YYYY-MM-DD", inclusive; "" leaves that side open) with what
// they connect (attendees, places, parties, signatories, reporting
// articles), the countries of those, and the relations among all these, as a
// graph of its own. A meeting is dated by its start date, an agreement by its
// signing date, else by its period. Dates are compared at the precision both
// have, so a fact dated only "2018" is in any period that overlaps 2018, and
// one in "2018-06" in a period ending 2018-06-01; a date without a year
// ("--05-29") and no date are in no period. Errors: kInvalidArgument for a
// bound that is not such a date, or a period that ends before it starts.
StatusOr<graph::KnowledgeGraph> DatedGraph(const graph::KnowledgeGraph& graph, const std::string& from,
                                           const std::string& to);

enum class Format { kTable, kJson, kCsv };
// How a table is laid out for a reader: at most `width` code points per
// line (a terminal's width). The widest columns narrow first, free text
// (sources, evidence, descriptions) before names and dates and statuses
// last, cells cut with "…"; when the other columns do not fit whole beside
// them, the source, evidence and node go on indented lines of their own
// under each row ("    source: …"); a card's values (field, value rows)
// wrap instead. 0 prints every cell whole, one line a row (--wide, or output
// that is not a terminal). JSON and CSV ignore it.
struct TableStyle {
  std::size_t width = 0;
};
inline constexpr EnumName<Format> kFormatNames[] = {{Format::kTable, "table"}, {Format::kJson, "json"}, {Format::kCsv, "csv"}};

// Rows as an aligned table, a JSON array of objects keyed by column, or CSV.
// A "date" column: the table shows DescribeDate's notation; CSV adds
// "date_text" after it, JSON "date_text" and "year_inferred" beside it. With
// `basis`, the "sources" column is the articles: named in the table and CSV
// (as "source"), in JSON an array of {id, title, date, date_text, url|path};
// a row with sources but no such column (a card's source rows) carries the
// array in JSON only.
std::string FormatRows(const Rows& rows, Format format, const TableStyle& style = {});

// Rows as text: an aligned table for people (a line per pair: date,
// status, names, kind, place, source, evidence; see TableStyle), a JSON array of objects
// with every field (shape in schema/README.md), or CSV (RFC 4180, a header
// line). Dates in DescribeDate's notation beside the ISO ones. Pure function.
std::string FormatWhoMet(const std::vector<MetPair>& pairs, Format format, const TableStyle& style = {});
// Paths: in a table, one line per step under a line per path; in JSON an
// array of paths, each an array of steps; in CSV one line per step with the
// path's number.
std::string FormatPaths(const std::vector<Path>& paths, Format format, const TableStyle& style = {});
// A ranking: rank, name, id, score.
std::string FormatRanking(const std::vector<Ranked>& ranking, Format format, const TableStyle& style = {});

}  // namespace coopgraph::query

#endif  // COOPGRAPH_QUERY_QUERY_H_

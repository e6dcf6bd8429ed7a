// Timelines and agreements: an actor's facts as rows, each with the
// articles it rests on; and how the answers cite an article.
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "coopgraph/base/date.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/cite.h"
#include "query/names.h"

namespace coopgraph::query {

namespace internal {

using graph::KnowledgeGraph;
using graph::Relation;
using graph::Vertex;

std::vector<SourceRef> ArticlesReporting(const KnowledgeGraph& kg, Vertex v) {
  std::vector<SourceRef> out;
  for (Vertex a : graph::Targets(kg, v, Relation::kReportedIn)) out.push_back(DescribeSource(kg, kg.node(a).id));
  std::sort(out.begin(), out.end(), [](const SourceRef& a, const SourceRef& b) { return a.id < b.id; });
  return out;
}

std::vector<Vertex> Sources(const KnowledgeGraph& kg, Vertex v, Relation relation) {
  std::vector<Vertex> out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
    const Vertex s = boost::source(*e, g);
    if (g[*e].relation == relation && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

const std::string& NameOf(const KnowledgeGraph& kg, Vertex v) {
  return kg.node(v).name.empty() ? kg.node(v).id : kg.node(v).name;
}

std::vector<std::string> NamesOf(const KnowledgeGraph& kg, const std::vector<Vertex>& vs, Vertex except) {
  std::vector<std::string> names;
  for (Vertex v : vs)
    if (v != except) names.push_back(NameOf(kg, v));
  std::sort(names.begin(), names.end());
  return names;
}

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

}  // namespace internal

namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::ArticlesReporting;
using internal::Join;
using internal::NamesOf;

const std::vector<NodeKind> kActors = {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kCountry};

std::string NameOfId(const KnowledgeGraph& kg, const std::string& id) {
  const auto v = kg.Find(id);
  return v && !kg.node(*v).name.empty() ? kg.node(*v).name : id;
}

std::string Ids(const std::vector<SourceRef>& sources) {
  std::vector<std::string> ids;
  for (const SourceRef& s : sources) ids.push_back(s.id);
  return Join(ids, " ");
}

using Row = std::pair<std::vector<std::string>, RowBasis>;

// Rows and their bases, in the order of `rows`.
Rows MakeRows(std::vector<std::string> columns, std::vector<Row> rows) {
  Rows out{std::move(columns), {}, {}};
  for (auto& [cells, basis] : rows) {
    out.rows.push_back(std::move(cells));
    out.basis.push_back(std::move(basis));
  }
  return out;
}

}  // namespace

SourceRef DescribeSource(const KnowledgeGraph& kg, std::string_view article_id) {
  SourceRef ref;
  ref.id = std::string(article_id);
  const auto v = kg.Find(article_id);
  if (!v) return ref;
  if (const auto* info = std::get_if<graph::ArticleInfo>(&kg.node(*v).info)) {
    ref.title = info->title;  // not the node's name, which is the file's when there is no title
    ref.date = info->date_published;
    ref.url = info->url;
    ref.path = info->source_path;
  }
  return ref;
}

StatusOr<std::vector<graph::EventStatus>> ParseEventStatuses(const std::vector<std::string>& names) {
  if (names.empty()) return std::vector<graph::EventStatus>{graph::EventStatus::kHeld};
  std::vector<graph::EventStatus> out;
  for (const std::string& name : names) {
    const std::string key = AsciiLower(name);
    if (key == "all") {
      out.clear();
      for (const auto& entry : kEventStatusNames) out.push_back(entry.value);
      return out;
    }
    const std::optional<graph::EventStatus> status = FindEnum(kEventStatusNames, key);
    if (!status) {
      return InvalidArgumentError("unknown meeting status \"" + name + "\" (valid: " + KnownNames(kEventStatusNames) +
                                  ", all; several separated by commas)");
    }
    if (std::find(out.begin(), out.end(), *status) == out.end()) out.push_back(*status);
  }
  return out;
}

StatusOr<Rows> Timeline(const KnowledgeGraph& kg, std::string_view name) {
  StatusOr<Actors> actors = FindActors(kg, name);
  if (!actors.ok()) return actors.status();
  const Vertex* actor = &actors->node;
  std::vector<Row> rows;
  for (Vertex m : internal::FactsOf(kg, *actors, Relation::kAttendee)) {
    const MeetingRef ref = DescribeMeeting(kg, m);
    std::string text = ref.kind;
    const auto others = NamesOf(kg, graph::Targets(kg, m, Relation::kAttendee), *actor);
    if (!others.empty()) text += " with " + Join(others, ", ");
    if (!ref.place.empty()) text += " in " + ref.place;
    rows.push_back({{ref.date, "meeting", std::string(EnumNameOf(kEventStatusNames, ref.status)), text, ref.id,
                     Ids(ref.sources)},
                    {ref.year_inferred, ref.sources}});
  }
  if (const auto* person = std::get_if<graph::PersonInfo>(&kg.node(*actor).info)) {
    for (const graph::Role& role : person->roles) {
      std::string text = role.title;
      if (!role.organization_id.empty()) text += " (" + NameOfId(kg, role.organization_id) + ")";
      std::vector<SourceRef> stated_in;
      if (!role.article_id.empty()) stated_in.push_back(DescribeSource(kg, role.article_id));
      rows.push_back({{role.date, "role", "", text, kg.node(*actor).id, role.article_id}, {false, stated_in}});
    }
  }
  for (const Relation relation : {Relation::kParty, Relation::kSignatory}) {
    for (Vertex a : internal::FactsOf(kg, *actors, relation)) {
      const auto& info = std::get<graph::AgreementInfo>(kg.node(a).info);
      const std::string text = kg.node(a).name + (relation == Relation::kSignatory ? " (signatory)" : " (party)");
      const std::vector<SourceRef> sources = ArticlesReporting(kg, a);
      rows.push_back({{info.signing_date, "agreement", std::string(graph::AgreementStatusTerm(info.status)), text,
                       kg.node(a).id, Ids(sources)},
                      {false, sources}});
    }
  }
  // Earliest first; then dates without a year ("--05-29"), then no date.
  auto key = [](const Row& r) {
    const auto& c = r.first;
    return std::make_tuple(IsoDateSortGroup(c[0]), c[0], c[1], c[3], c[2], c[4], c[5]);
  };
  std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
  rows.erase(std::unique(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.first == b.first; }),
             rows.end());
  return MakeRows({"date", "what", "status", "description", "node", "sources"}, std::move(rows));
}

StatusOr<Rows> Agreements(const KnowledgeGraph& kg, std::string_view party, std::string_view status) {
  std::optional<Actors> wanted_party;
  if (!party.empty()) {
    StatusOr<Actors> actors = FindActors(kg, party);
    if (!actors.ok()) return actors.status();
    wanted_party = std::move(*actors);
  }
  std::optional<graph::AgreementStatus> wanted_status;
  if (!status.empty()) {
    const auto parsed = ParseTerm<graph::AgreementStatus>(graph::AgreementStatusTerm, extract::kAgreementStatusCount,
                                                          "agreement status", status);
    if (!parsed.ok()) return parsed.status();
    wanted_status = *parsed;
  }
  std::vector<Row> rows;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    const auto* info = std::get_if<graph::AgreementInfo>(&kg.node(*it).info);
    if (!info || (wanted_status && info->status != *wanted_status)) continue;
    auto parties = graph::Targets(kg, *it, Relation::kParty);
    const auto signatories = graph::Targets(kg, *it, Relation::kSignatory);
    auto of_party = [&](Vertex v) { return wanted_party->Includes(v); };
    if (wanted_party && std::none_of(parties.begin(), parties.end(), of_party) &&
        std::none_of(signatories.begin(), signatories.end(), of_party)) {
      continue;
    }
    const std::vector<SourceRef> sources = ArticlesReporting(kg, *it);
    rows.push_back({{kg.node(*it).name, std::string(graph::AgreementKindTerm(info->kind)),
                     std::string(graph::AgreementStatusTerm(info->status)), info->Period(), info->signing_date,
                     Join(NamesOf(kg, parties, graph::Graph::null_vertex()), "; "), kg.node(*it).id, Ids(sources)},
                    {false, sources}});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.first < b.first; });
  return MakeRows({"name", "kind", "status", "period", "date", "parties", "node", "sources"}, std::move(rows));
}

}  // namespace coopgraph::query

// Timelines, agreements and entity cards: an actor's facts as rows.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/base/date.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/names.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

std::vector<std::string> NamesOf(const KnowledgeGraph& kg, const std::vector<Vertex>& vs, Vertex except) {
  std::vector<std::string> names;
  for (Vertex v : vs)
    if (v != except) names.push_back(kg.node(v).name.empty() ? kg.node(v).id : kg.node(v).name);
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> ArticleIds(const KnowledgeGraph& kg, Vertex v) {
  std::vector<std::string> ids;
  for (Vertex a : graph::Targets(kg, v, Relation::kReportedIn)) ids.push_back(kg.node(a).id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string NameOfId(const KnowledgeGraph& kg, const std::string& id) {
  const auto v = kg.Find(id);
  return v && !kg.node(*v).name.empty() ? kg.node(*v).name : id;
}

std::string AgreementDate(const graph::AgreementInfo& info) { return info.signing_date; }

}  // namespace

StatusOr<Rows> Timeline(const KnowledgeGraph& kg, std::string_view name) {
  StatusOr<Actors> actors = FindActors(kg, name);
  if (!actors.ok()) return actors.status();
  const Vertex* actor = &actors->node;
  Rows out{{"date", "what", "description", "node", "sources"}, {}};
  for (Vertex m : internal::FactsOf(kg, *actors, Relation::kAttendee)) {
    const MeetingRef ref = DescribeMeeting(kg, m);
    std::string text = ref.kind;
    const auto others = NamesOf(kg, graph::Targets(kg, m, Relation::kAttendee), *actor);
    if (!others.empty()) text += " with " + Join(others, ", ");
    if (!ref.place.empty()) text += " in " + ref.place;
    out.rows.push_back({ref.date, "meeting", text, ref.id, Join(ref.sources, " ")});
  }
  if (const auto* person = std::get_if<graph::PersonInfo>(&kg.node(*actor).info)) {
    for (const graph::Role& role : person->roles) {
      std::string text = role.title;
      if (!role.organization_id.empty()) text += " (" + NameOfId(kg, role.organization_id) + ")";
      out.rows.push_back({role.date, "role", text, kg.node(*actor).id, role.article_id});
    }
  }
  for (const Relation relation : {Relation::kParty, Relation::kSignatory}) {
    for (Vertex a : internal::FactsOf(kg, *actors, relation)) {
      const auto& info = std::get<graph::AgreementInfo>(kg.node(a).info);
      std::string text = kg.node(a).name + " (" + std::string(graph::AgreementStatusTerm(info.status)) +
                         (relation == Relation::kSignatory ? ", signatory" : ", party") + ")";
      out.rows.push_back({AgreementDate(info), "agreement", text, kg.node(a).id, Join(ArticleIds(kg, a), " ")});
    }
  }
  // Earliest first; then dates without a year ("--05-29"), then no date.
  std::sort(out.rows.begin(), out.rows.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(IsoDateSortGroup(a[0]), a[0], a[1], a[2]) <
           std::make_tuple(IsoDateSortGroup(b[0]), b[0], b[1], b[2]);
  });
  out.rows.erase(std::unique(out.rows.begin(), out.rows.end()), out.rows.end());
  return out;
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
  Rows out{{"name", "kind", "status", "period", "date", "parties", "node", "sources"}, {}};
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
    std::string period = info->period_start;
    if (!info->period_end.empty()) period += "–" + info->period_end;
    out.rows.push_back({kg.node(*it).name, std::string(graph::AgreementKindTerm(info->kind)),
                        std::string(graph::AgreementStatusTerm(info->status)), period, AgreementDate(*info),
                        Join(NamesOf(kg, parties, graph::Graph::null_vertex()), "; "), kg.node(*it).id,
                        Join(ArticleIds(kg, *it), " ")});
  }
  std::sort(out.rows.begin(), out.rows.end());
  return out;
}

StatusOr<Rows> EntityCard(const KnowledgeGraph& kg, std::string_view name) {
  StatusOr<Vertex> found = FindEntity(kg, name);
  if (!found.ok()) return found.status();
  const graph::Node& node = kg.node(*found);
  Rows out{{"field", "value"}, {}};
  out.rows.push_back({"id", node.id});
  out.rows.push_back({"name", node.name});
  for (const auto& alias : node.alternate_names) out.rows.push_back({"also", alias});
  for (const auto& iri : node.same_as) out.rows.push_back({"same as", iri});
  for (const Relation relation : {Relation::kNationality, Relation::kCountry, Relation::kContainedIn}) {
    for (Vertex c : graph::Targets(kg, *found, relation)) out.rows.push_back({"country", kg.node(c).name});
  }
  if (const auto* person = std::get_if<graph::PersonInfo>(&node.info)) {
    std::vector<graph::Role> roles = person->roles;
    std::sort(roles.begin(), roles.end(), [](const graph::Role& a, const graph::Role& b) {
      return std::tie(a.date, a.title, a.organization_id) < std::tie(b.date, b.title, b.organization_id);
    });
    for (const auto& role : roles) {
      std::string text = role.title;
      if (!role.organization_id.empty()) text += " (" + NameOfId(kg, role.organization_id) + ")";
      if (!role.date.empty()) text += ", " + role.date;
      out.rows.push_back({"title", text});
    }
  }
  for (Vertex o : graph::Targets(kg, *found, Relation::kMemberOf)) out.rows.push_back({"member of", kg.node(o).name});
  for (Vertex o : graph::Targets(kg, *found, Relation::kParentOrganization))
    out.rows.push_back({"part of", kg.node(o).name});
  for (const auto& reason : node.merge_reasons) out.rows.push_back({"merged because", reason});
  for (const auto& source : node.sources) out.rows.push_back({"source", source});
  return out;
}

}  // namespace coopgraph::query

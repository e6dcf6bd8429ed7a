// Entity cards: what the graph knows of one node, as (field, value) rows,
// each fact with what it rests on. One card shape per kind of node.
#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/base/date.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/cite.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::Join;
using internal::NameOf;

// The rows of a card, each with its basis (so `basis` stays parallel to `rows`).
class Card {
 public:
  void Add(std::string field, std::string value, std::vector<SourceRef> sources = {}) {
    rows_.rows.push_back({std::move(field), std::move(value)});
    rows_.basis.push_back({false, std::move(sources)});
  }
  // A row unless `value` is empty.
  void AddIf(std::string field, std::string value) {
    if (!value.empty()) Add(std::move(field), std::move(value));
  }
  void AddSources(const KnowledgeGraph& kg, const std::vector<std::string>& article_ids) {
    std::vector<std::string> ids = article_ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const std::string& id : ids) {
      SourceRef source = DescribeSource(kg, id);
      std::string text = SourceText(source);
      Add("source", std::move(text), {std::move(source)});
    }
  }
  // Each distinct evidence sentence, quoted, with its article.
  void AddEvidence(const KnowledgeGraph& kg, const std::vector<graph::Evidence>& evidence) {
    std::set<std::string> seen;
    for (const graph::Evidence& e : evidence) {
      if (e.quote.empty() || !seen.insert(e.quote).second) continue;
      Add("evidence", "“" + e.quote + "”", {DescribeSource(kg, e.article_id)});
    }
  }
  // What a meeting or agreement rests on: its evidence, then the articles
  // it was read from or reported in.
  void AddGrounds(const KnowledgeGraph& kg, Vertex v) {
    AddEvidence(kg, kg.node(v).evidence);
    std::vector<std::string> articles = kg.node(v).sources;
    for (Vertex a : graph::Targets(kg, v, Relation::kReportedIn)) articles.push_back(kg.node(a).id);
    AddSources(kg, articles);
  }
  Rows Take() { return std::move(rows_); }

 private:
  Rows rows_{{"field", "value"}, {}, {}};
};

// The countries an actor belongs to: a person's nationality, a body's country.
std::vector<std::string> CountriesOf(const KnowledgeGraph& kg, Vertex v) {
  std::vector<std::string> names;
  for (const Relation relation : {Relation::kNationality, Relation::kCountry, Relation::kContainedIn}) {
    for (Vertex c : graph::Targets(kg, v, relation)) names.push_back(NameOf(kg, c));
  }
  return names;
}

// "Name (Country)" or "Name (Country, head of delegation)": who an attendee is and whose delegation.
std::string WithDelegation(const KnowledgeGraph& kg, Vertex v, const std::set<std::string>& roles) {
  std::vector<std::string> about = CountriesOf(kg, v);
  about.insert(about.end(), roles.begin(), roles.end());
  return about.empty() ? NameOf(kg, v) : NameOf(kg, v) + " (" + Join(about, ", ") + ")";
}

// The targets of `relation` with the roles their edges give, persons first,
// those with a role (heads of delegation) first among them, then by name.
std::vector<std::pair<Vertex, std::set<std::string>>> TargetsWithRoles(const KnowledgeGraph& kg, Vertex v,
                                                                      Relation relation) {
  std::vector<std::pair<Vertex, std::set<std::string>>> out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    if (g[*e].relation != relation) continue;
    const Vertex t = boost::target(*e, g);
    auto it = std::find_if(out.begin(), out.end(), [t](const auto& p) { return p.first == t; });
    if (it == out.end()) it = out.insert(out.end(), {t, {}});
    if (!g[*e].role.empty()) it->second.insert(g[*e].role);
  }
  auto order = [&](const auto& p) {
    return std::make_tuple(kg.node(p.first).kind() != NodeKind::kPerson, p.second.empty(), NameOf(kg, p.first));
  };
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
  return out;
}

void AddIdentity(Card& card, const graph::Node& node) {
  card.Add("id", node.id);
  card.Add("name", node.name);
  for (const auto& alias : node.alternate_names) card.Add("also", alias);
  for (const auto& iri : node.same_as) card.Add("same as", iri);
}

Rows MeetingCard(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  const auto& info = std::get<graph::EventInfo>(node.info);
  Card card;
  AddIdentity(card, node);
  card.Add("kind", std::string(graph::MeetingKindLabel(info.kind)));
  std::string date = DescribeDate(info.start_date, info.date_inferred);
  if (!info.end_date.empty() && info.end_date != info.start_date)
    date += " to " + DescribeDate(info.end_date, info.date_inferred);
  card.AddIf("date", date);
  for (const auto& [other_date, article] : info.conflicting_dates)
    card.Add("date also reported", DescribeDate(other_date), {DescribeSource(kg, article)});
  for (Vertex p : graph::Targets(kg, v, Relation::kLocation)) card.Add("place", NameOf(kg, p));
  card.Add("status", std::string(EnumNameOf(kEventStatusNames, info.status)));
  for (const auto& [a, roles] : TargetsWithRoles(kg, v, Relation::kAttendee))
    card.Add("attendee", WithDelegation(kg, a, roles));
  card.AddGrounds(kg, v);
  return card.Take();
}

Rows AgreementCard(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  const auto& info = std::get<graph::AgreementInfo>(node.info);
  Card card;
  AddIdentity(card, node);
  card.Add("kind", std::string(graph::AgreementKindTerm(info.kind)));
  card.Add("status", std::string(graph::AgreementStatusTerm(info.status)));
  card.AddIf("date", DescribeDate(info.signing_date));
  card.AddIf("period", info.Period());
  for (const Relation relation : {Relation::kParty, Relation::kSignatory}) {
    for (const auto& [a, roles] : TargetsWithRoles(kg, v, relation))
      card.Add(relation == Relation::kParty ? "party" : "signatory", WithDelegation(kg, a, roles));
  }
  card.AddGrounds(kg, v);
  return card.Take();
}

// One line of what an article reports: "23 May, year unknown: talks: A, B (planned)".
std::string FactLine(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  if (const auto* event = std::get_if<graph::EventInfo>(&node.info)) {
    const std::string date = DescribeDate(event->start_date, event->date_inferred);
    return (date.empty() ? "" : date + ": ") + NameOf(kg, v) + " (" +
           std::string(EnumNameOf(kEventStatusNames, event->status)) + ")";
  }
  if (const auto* agreement = std::get_if<graph::AgreementInfo>(&node.info))
    return NameOf(kg, v) + " (" + std::string(graph::AgreementStatusTerm(agreement->status)) + ")";
  return NameOf(kg, v);
}

Rows ArticleCard(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  const auto& info = std::get<graph::ArticleInfo>(node.info);
  Card card;
  card.Add("id", node.id);
  card.Add("title", info.title.empty() ? node.name : info.title);
  card.AddIf("outlet", info.outlet);
  card.AddIf("date", DescribeDate(info.date_published));
  card.AddIf("url", info.url);
  card.AddIf("file", info.source_path);
  // What was read from it: the nodes derived from it, or reported in it.
  const std::vector<std::pair<NodeKind, const char*>> kinds = {{NodeKind::kPerson, "person"},
                                                               {NodeKind::kOrganization, "organization"},
                                                               {NodeKind::kEvent, "meeting"},
                                                               {NodeKind::kAgreement, "agreement"}};
  const std::vector<Vertex> reporting = internal::Sources(kg, v, Relation::kReportedIn);
  for (const auto& [kind, field] : kinds) {
    std::vector<std::string> lines;
    for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
      const graph::Node& n = kg.node(*it);
      if (n.kind() != kind) continue;
      const bool derived = std::find(n.sources.begin(), n.sources.end(), node.id) != n.sources.end();
      if (derived || std::find(reporting.begin(), reporting.end(), *it) != reporting.end())
        lines.push_back(FactLine(kg, *it));
    }
    std::sort(lines.begin(), lines.end());
    card.Add(std::string(field) + "s", std::to_string(lines.size()));
    for (std::string& line : lines) card.Add(field, std::move(line));
  }
  return card.Take();
}

Rows ActorCard(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  Card card;
  AddIdentity(card, node);
  for (const std::string& country : CountriesOf(kg, v)) card.Add("country", country);
  if (const auto* person = std::get_if<graph::PersonInfo>(&node.info)) {
    std::vector<graph::Role> roles = person->roles;
    std::sort(roles.begin(), roles.end(), [](const graph::Role& a, const graph::Role& b) {
      return std::tie(a.date, a.title, a.organization_id) < std::tie(b.date, b.title, b.organization_id);
    });
    for (const auto& role : roles) {
      std::string text = role.title;
      if (!role.organization_id.empty()) {
        const auto o = kg.Find(role.organization_id);
        text += " (" + (o ? NameOf(kg, *o) : role.organization_id) + ")";
      }
      if (!role.date.empty()) text += ", " + DescribeDate(role.date);
      std::vector<SourceRef> stated_in;
      if (!role.article_id.empty()) stated_in.push_back(DescribeSource(kg, role.article_id));
      card.Add("title", text, std::move(stated_in));
    }
  }
  for (Vertex o : graph::Targets(kg, v, Relation::kMemberOf)) card.Add("member of", NameOf(kg, o));
  for (Vertex o : graph::Targets(kg, v, Relation::kParentOrganization)) card.Add("part of", NameOf(kg, o));
  for (const auto& reason : node.merge_reasons) card.Add("merged because", reason);
  card.AddSources(kg, node.sources);
  return card.Take();
}

}  // namespace

StatusOr<Rows> EntityCard(const KnowledgeGraph& kg, std::string_view name) {
  StatusOr<Vertex> found = FindEntity(kg, name);
  if (!found.ok()) return found.status();
  switch (kg.node(*found).kind()) {
    case NodeKind::kEvent:
      return MeetingCard(kg, *found);
    case NodeKind::kAgreement:
      return AgreementCard(kg, *found);
    case NodeKind::kArticle:
      return ArticleCard(kg, *found);
    default:
      return ActorCard(kg, *found);
  }
}

}  // namespace coopgraph::query

// Who met whom: the pairs of attendees of each stored meeting.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/query/query.h"
#include "query/cite.h"
#include "query/subgraph.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using graph::Targets;
using internal::InRange;

bool LinksTo(const KnowledgeGraph& kg, Vertex from, Relation relation, Vertex to) {
  const auto targets = Targets(kg, from, relation);
  return std::find(targets.begin(), targets.end(), to) != targets.end();
}

}  // namespace

MeetingRef DescribeMeeting(const KnowledgeGraph& kg, Vertex event) {
  const graph::Node& node = kg.node(event);
  MeetingRef ref;
  ref.id = node.id;
  if (const auto* info = std::get_if<graph::EventInfo>(&node.info)) {
    ref.kind = std::string(graph::MeetingKindLabel(info->kind));
    ref.date = info->start_date;
    ref.year_inferred = info->date_inferred;
    ref.status = info->status;
  }
  for (Vertex p : Targets(kg, event, Relation::kLocation)) ref.place = kg.node(p).name;
  ref.sources = internal::ArticlesReporting(kg, event);
  ref.evidence = node.evidence.empty() ? "" : node.evidence.front().quote;
  return ref;
}

StatusOr<std::vector<MetPair>> WhoMet(const KnowledgeGraph& kg, const WhoMetFilter& filter) {
  StatusOr<std::vector<graph::EventStatus>> statuses = ParseEventStatuses(filter.statuses);
  if (!statuses.ok()) return statuses.status();
  std::vector<Vertex> persons;
  for (const std::string& name : filter.persons) {
    StatusOr<Vertex> v = FindEntity(kg, name, {NodeKind::kPerson});
    if (!v.ok()) return v.status();
    persons.push_back(*v);
  }
  std::optional<Vertex> organization, country;
  if (!filter.organization.empty()) {
    StatusOr<Vertex> v = FindEntity(kg, filter.organization, {NodeKind::kOrganization});
    if (!v.ok()) return v.status();
    organization = *v;
  }
  if (!filter.country.empty()) {
    StatusOr<Vertex> v = FindEntity(kg, filter.country, {NodeKind::kCountry});
    if (!v.ok()) return v.status();
    country = *v;
  }
  auto wanted = [&](Vertex v) {
    const NodeKind kind = kg.node(v).kind();
    return kind == NodeKind::kPerson || (filter.include_organizations && kind == NodeKind::kOrganization);
  };
  auto of_country = [&](Vertex v) {
    return LinksTo(kg, v, Relation::kNationality, *country) || LinksTo(kg, v, Relation::kCountry, *country);
  };

  // The meetings to look at: those the named persons attended (their
  // incoming attendee relations), else every meeting.
  std::vector<Vertex> meetings;
  if (!persons.empty()) {
    const auto& g = kg.graph();
    for (Vertex person : persons) {
      for (auto [e, end] = boost::in_edges(person, g); e != end; ++e)
        if (g[*e].relation == Relation::kAttendee) meetings.push_back(boost::source(*e, g));
    }
    std::sort(meetings.begin(), meetings.end());
    meetings.erase(std::unique(meetings.begin(), meetings.end()), meetings.end());
  } else {
    for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) meetings.push_back(*it);
  }
  std::vector<MetPair> out;
  for (auto it = meetings.begin(); it != meetings.end(); ++it) {
    const graph::Node& meeting = kg.node(*it);
    const auto* info = std::get_if<graph::EventInfo>(&meeting.info);
    if (!info || !InRange(info->start_date, filter.from, filter.to)) continue;
    if (std::find(statuses->begin(), statuses->end(), info->status) == statuses->end()) continue;
    const std::vector<Vertex> attendees = Targets(kg, *it, Relation::kAttendee);
    if (organization) {
      const bool present = std::any_of(attendees.begin(), attendees.end(), [&](Vertex a) {
        return a == *organization || LinksTo(kg, a, Relation::kMemberOf, *organization);
      });
      if (!present) continue;
    }
    const MeetingRef ref = DescribeMeeting(kg, *it);
    for (std::size_t i = 0; i < attendees.size(); ++i) {
      for (std::size_t j = i + 1; j < attendees.size(); ++j) {
        Vertex a = attendees[i], b = attendees[j];
        if (!wanted(a) || !wanted(b)) continue;
        const bool a_named = std::find(persons.begin(), persons.end(), a) != persons.end();
        const bool b_named = std::find(persons.begin(), persons.end(), b) != persons.end();
        if (!persons.empty() && !a_named && !b_named) continue;
        if (country && !of_country(a) && !of_country(b)) continue;
        // The named person first; otherwise by id, so each pair reads one way.
        if ((b_named && !a_named) || (a_named == b_named && kg.node(b).id < kg.node(a).id)) std::swap(a, b);
        out.push_back({kg.node(a).id, kg.node(b).id, kg.node(a).name, kg.node(b).name, ref,
                       kg.node(b).alternate_names});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const MetPair& x, const MetPair& y) {
    return std::tie(x.meeting.date, x.first_name, x.second_name, x.meeting.id) <
           std::tie(y.meeting.date, y.first_name, y.second_name, y.meeting.id);
  });
  return out;
}

}  // namespace coopgraph::query

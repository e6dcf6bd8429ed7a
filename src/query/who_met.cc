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

// The two countries of --between-countries (none when not asked).
StatusOr<std::vector<Actors>> CountriesBetween(const KnowledgeGraph& kg, const std::vector<std::string>& names) {
  std::vector<Actors> sides;
  if (names.empty()) return sides;
  if (names.size() != 2) {
    return InvalidArgumentError("--between-countries takes two countries (e.g. VN LA), not " +
                                std::to_string(names.size()));
  }
  for (const std::string& name : names) {
    StatusOr<Actors> country = FindActors(kg, name, {NodeKind::kCountry});
    if (!country.ok()) return country.status();
    sides.push_back(std::move(*country));
  }
  return sides;
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
    // One person named twice ("Dat", "Huỳnh Thành Đạt") is one person.
    if (std::find(persons.begin(), persons.end(), *v) == persons.end()) persons.push_back(*v);
  }
  std::optional<Vertex> organization;
  if (!filter.organization.empty()) {
    StatusOr<Vertex> v = FindEntity(kg, filter.organization, {NodeKind::kOrganization});
    if (!v.ok()) return v.status();
    organization = *v;
  }
  std::optional<Actors> country;
  if (!filter.country.empty()) {
    StatusOr<Actors> actors = FindActors(kg, filter.country, {NodeKind::kCountry});
    if (!actors.ok()) return actors.status();
    country = std::move(*actors);
  }
  StatusOr<std::vector<Actors>> sides = CountriesBetween(kg, filter.between_countries);
  if (!sides.ok()) return sides.status();
  auto wanted = [&](Vertex v) {
    const NodeKind kind = kg.node(v).kind();
    return kind == NodeKind::kPerson || (filter.include_organizations && kind == NodeKind::kOrganization);
  };
  // Which end of a pair an actor goes: a named person or the first
  // country's actor before the others; kNone when the filters want it at
  // neither end.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto rank = [&](Vertex v) -> std::size_t {
    if (!sides->empty()) return sides->at(0).Includes(v) ? 0 : sides->at(1).Includes(v) ? 1 : kNone;
    const auto at = std::find(persons.begin(), persons.end(), v);
    return at != persons.end() ? static_cast<std::size_t>(at - persons.begin()) : kNone;
  };
  // One person: pairs with them; two or more: pairs among them; two
  // countries: one end of each.
  auto named = [&](Vertex v) { return std::find(persons.begin(), persons.end(), v) != persons.end(); };
  auto pair_wanted = [&](Vertex a, Vertex b) {
    if (!sides->empty() && !((sides->at(0).Includes(a) && sides->at(1).Includes(b)) ||
                             (sides->at(0).Includes(b) && sides->at(1).Includes(a)))) {
      return false;
    }
    if (persons.size() == 1) return named(a) || named(b);
    return persons.size() < 2 || (named(a) && named(b));
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
        if (!wanted(a) || !wanted(b) || !pair_wanted(a, b)) continue;
        if (country && !country->Includes(a) && !country->Includes(b)) continue;
        // By rank, then by id, so each pair reads one way.
        if (std::make_pair(rank(b), kg.node(b).id) < std::make_pair(rank(a), kg.node(a).id)) std::swap(a, b);
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

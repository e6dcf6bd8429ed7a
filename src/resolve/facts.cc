#include "resolve/facts.h"

#include <algorithm>

namespace coopgraph::resolve {

std::optional<Event> EventOf(const extract::MeetingMention& m, const std::vector<int>& entity_of,
                             const std::string& article_id) {
  Event ev;
  ev.kind = m.kind;
  ev.start = m.start;
  ev.end = m.end;
  ev.status = m.status;
  ev.place = m.place >= 0 ? entity_of[m.place] : -1;
  for (const auto& p : m.participants) {
    int id = entity_of[p.mention];
    if (id < 0) continue;
    auto it = std::find_if(ev.attendees.begin(), ev.attendees.end(), [&](const Attendance& a) { return a.entity == id; });
    if (it == ev.attendees.end()) ev.attendees.push_back({id, p.head_of_delegation});
    else it->head_of_delegation |= p.head_of_delegation;
  }
  if (ev.attendees.empty()) return std::nullopt;
  ev.sources.push_back(article_id);
  ev.evidence = m.evidence;
  if (!m.start.empty()) ev.reported_dates.push_back({m.start, article_id});
  return ev;
}

Agreement AgreementOf(const extract::AgreementMention& a, const std::vector<int>& entity_of,
                      const std::string& article_id) {
  Agreement ag;
  ag.name = a.name;
  ag.kind = a.kind;
  ag.period_start = a.period_start;
  ag.period_end = a.period_end;
  ag.status = a.status;
  ag.date = a.date;
  for (int p : a.parties)
    if (entity_of[p] >= 0 && std::find(ag.parties.begin(), ag.parties.end(), entity_of[p]) == ag.parties.end())
      ag.parties.push_back(entity_of[p]);
  for (int p : a.signatories)
    if (entity_of[p] >= 0) ag.signatories.push_back(entity_of[p]);
  ag.sources.push_back(article_id);
  ag.evidence.push_back(a.evidence);
  return ag;
}

}  // namespace coopgraph::resolve

#include "ids.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "coopgraph/normalize/normalize.h"

namespace coopgraph::resolve {
namespace {

std::string Hash8(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(h & 0xffffffffull));
  return buf;
}

int DayNumber(const extract::PartialDate& d) { return d.year * 372 + d.month * 31 + d.day; }

// True when `day` falls in [start, end] (a range such as a visit's "4-6/12").
bool Within(const extract::PartialDate& day, const extract::PartialDate& start, const extract::PartialDate& end) {
  if (end.empty()) return false;
  // A report without the year is compared by month and day.
  auto number = [&](const extract::PartialDate& d) { return DayNumber(d) - (day.year && start.year ? 0 : d.year * 372); };
  return number(day) >= number(start) && number(day) <= number(end);
}

// Two reports can be one meeting: no date against it, and never two different
// calendar days, unless one lies in the other's range of days.
bool DatesFit(const Event& a, const Event& b) {
  if (a.start.empty() || b.start.empty()) return true;
  if (a.start.year && b.start.year && a.start.year != b.start.year) return false;
  if (a.start.day && b.start.day && a.start.month && b.start.month) {
    return (a.start.month == b.start.month && a.start.day == b.start.day) || Within(a.start, b.start, b.end) ||
           Within(b.start, a.start, a.end);
  }
  return !(a.start.month && b.start.month && a.start.month != b.start.month);
}

int Precision(const extract::PartialDate& d) { return (d.year != 0) + (d.month != 0) + (d.day != 0); }
bool MorePrecise(const extract::PartialDate& a, const extract::PartialDate& b) { return Precision(a) > Precision(b); }
bool Earlier(const extract::PartialDate& a, const extract::PartialDate& b) {
  return std::make_tuple(a.year, a.month, a.day) < std::make_tuple(b.year, b.month, b.day);
}

template <typename T>
void AppendUnique(std::vector<T>* into, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(into->begin(), into->end(), x) == into->end()) into->push_back(x);
}

}  // namespace

std::string Slug(const std::string& text) {
  std::string key = normalize::LooseKey(text);
  std::string out;
  for (char c : key) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > 80) out.resize(80);
  if (out.empty()) out = "x";
  return out;
}

void MergeEvents(Resolution* r) {
  std::vector<Event> merged;
  // Candidates by (kind, person attendee): a merge needs two shared persons.
  std::unordered_map<long long, std::vector<std::size_t>> by_person;
  auto key = [](const Event& ev, int entity) {
    return static_cast<long long>(ev.kind) * (1LL << 40) + entity;
  };
  for (auto& ev : r->events) {
    std::vector<std::size_t> candidates;
    for (const auto& a : ev.attendees) {
      if (r->entities[a.entity].kind != MentionKind::kPerson) continue;
      auto it = by_person.find(key(ev, a.entity));
      if (it != by_person.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    std::size_t target = merged.size();
    for (std::size_t i = 0; i + 1 < candidates.size() && target == merged.size(); ++i) {
      // A candidate listed twice shares two persons.
      if (candidates[i] == candidates[i + 1] && DatesFit(merged[candidates[i]], ev))
        target = candidates[i];
    }
    if (target == merged.size()) {
      merged.push_back(std::move(ev));
    } else {
      Event& old = merged[target];
      if (MorePrecise(ev.start, old.start) || (Precision(ev.start) == Precision(old.start) && Earlier(ev.start, old.start))) {
        old.start = ev.start;
      }
      for (auto& reported : ev.reported_dates) {
        const bool known = std::any_of(old.reported_dates.begin(), old.reported_dates.end(), [&](const ReportedDate& d) {
          return d.article_id == reported.article_id && d.date == reported.date;
        });
        if (!known) old.reported_dates.push_back(std::move(reported));
      }
      std::sort(old.reported_dates.begin(), old.reported_dates.end(), [](const ReportedDate& a, const ReportedDate& b) {
        return std::make_tuple(a.article_id, a.date.year, a.date.month, a.date.day) <
               std::make_tuple(b.article_id, b.date.year, b.date.month, b.date.day);
      });
      if (old.place < 0) old.place = ev.place;
      for (const auto& a : ev.attendees) {
        auto it = std::find_if(old.attendees.begin(), old.attendees.end(),
                               [&](const Attendance& b) { return b.entity == a.entity; });
        if (it == old.attendees.end()) old.attendees.push_back(a);
        else it->head_of_delegation |= a.head_of_delegation;
      }
      AppendUnique(&old.sources, ev.sources);
      for (auto& e : ev.evidence) old.evidence.push_back(std::move(e));
    }
    const Event& placed = merged[target];
    for (const auto& a : placed.attendees) {
      if (r->entities[a.entity].kind != MentionKind::kPerson) continue;
      auto& list = by_person[key(placed, a.entity)];
      if (list.empty() || list.back() != target) list.push_back(target);
    }
  }
  r->events = std::move(merged);
}

void MergeAgreements(Resolution* r) {
  std::vector<Agreement> merged;
  // Candidates by name key and by kind and period.
  std::unordered_map<std::string, std::vector<std::size_t>> index;
  auto keys = [](const Agreement& ag) {
    std::vector<std::string> out = {"n|" + normalize::MatchKey(ag.name)};
    if (ag.period_start) {
      out.push_back("p|" + std::to_string(static_cast<int>(ag.kind)) + "|" + std::to_string(ag.period_start) +
                    "|" + std::to_string(ag.period_end));
    }
    return out;
  };
  for (auto& ag : r->agreements) {
    std::vector<int> parties = ag.parties;
    std::sort(parties.begin(), parties.end());
    std::size_t target = merged.size();
    for (const auto& k : keys(ag)) {
      auto it = index.find(k);
      if (it == index.end()) continue;
      for (std::size_t c : it->second) {
        std::vector<int> old_parties = merged[c].parties;
        std::sort(old_parties.begin(), old_parties.end());
        if (parties == old_parties || parties.empty() || old_parties.empty()) {
          target = c;
          break;
        }
      }
      if (target != merged.size()) break;
    }
    if (target == merged.size()) {
      merged.push_back(std::move(ag));
    } else {
      Agreement& old = merged[target];
      if (old.status == extract::AgreementStatus::kMentioned) old.status = ag.status;
      if (old.date.empty()) old.date = ag.date;
      AppendUnique(&old.parties, ag.parties);
      AppendUnique(&old.sources, ag.sources);
      for (auto& e : ag.evidence) old.evidence.push_back(std::move(e));
    }
    for (const auto& k : keys(merged[target])) {
      auto& list = index[k];
      if (list.empty() || list.back() != target) list.push_back(target);
    }
  }
  r->agreements = std::move(merged);
}

void AssignIds(Resolution* r) {
  std::map<std::string, std::vector<int>> by_slug;
  for (std::size_t i = 0; i < r->entities.size(); ++i) {
    Entity& e = r->entities[i];
    std::string prefix;
    switch (e.kind) {
      case MentionKind::kPerson: prefix = "person/"; break;
      case MentionKind::kOrganization: prefix = "organization/"; break;
      case MentionKind::kCountry: prefix = "country/"; break;
      case MentionKind::kPlace: prefix = "place/"; break;
    }
    e.id = e.kind == MentionKind::kCountry ? prefix + Slug(e.country) : prefix + Slug(e.name);
    by_slug[e.id].push_back(static_cast<int>(i));
  }
  for (auto& [slug, members] : by_slug) {
    if (members.size() < 2) continue;
    // Same name, different entities: tell them apart by country, then by first source.
    std::sort(members.begin(), members.end(), [&](int a, int b) {
      const Entity& x = r->entities[a];
      const Entity& y = r->entities[b];
      return std::tie(x.country, x.sources, x.name) < std::tie(y.country, y.sources, y.name);
    });
    std::set<std::string> used;
    for (int m : members) {
      Entity& e = r->entities[m];
      std::string id = e.country.empty() ? slug : slug + "-" + Slug(e.country);
      for (int n = 2; used.count(id); ++n) id = slug + "-" + std::to_string(n);
      used.insert(id);
      e.id = id;
    }
  }
  for (auto& ev : r->events) {
    std::vector<std::string> who;
    for (const auto& a : ev.attendees) who.push_back(r->entities[a.entity].id);
    std::sort(who.begin(), who.end());
    std::string basis;
    for (const auto& w : who) basis += w + ";";
    basis += ev.sources.empty() ? "" : ev.sources.front();
    basis += ";" + std::to_string(static_cast<int>(ev.kind));
    std::string date = ev.start.empty() ? "undated" : Slug(ev.start.ToIso());
    ev.id = "event/" + date + "-" + Hash8(basis);
  }
  for (auto& ag : r->agreements) {
    std::vector<std::string> parties;
    for (int p : ag.parties) parties.push_back(r->entities[p].id);
    std::sort(parties.begin(), parties.end());
    std::string basis = ag.name;
    for (const auto& p : parties) basis += ";" + p;
    ag.id = "agreement/" + Slug(ag.name) + "-" + Hash8(basis);
  }
}

}  // namespace coopgraph::resolve

#include "ids.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "base/hash.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::resolve {
namespace {

// The basis event and agreement ids have always been hashed from: the
// standard FNV-1a basis short of its last digit. Kept, so ids stay stable.
constexpr std::uint64_t kFactIdHashBasis = 1469598103934665603ULL;

// 8 hex digits that tell apart facts of one date or name.
std::string Hash8(const std::string& s) { return HexDigits(Fnv1a64(s, kFactIdHashBasis), 8); }

// Two reports can be one meeting: no date against it, and never two
// different calendar days (README, "Dates"), unless one report's day lies in
// the other's range of days (a visit "từ ngày 4 đến 6/12").
bool DatesFit(const Event& a, const Event& b) {
  if (InDayRange(a.start, b.start, b.end) || InDayRange(b.start, a.start, a.end)) return true;
  return CompareAtCommonPrecision(a.start, b.start) == 0;
}

bool MorePrecise(const PartialDate& a, const PartialDate& b) { return PrecisionOf(a) > PrecisionOf(b); }

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
      if (MorePrecise(ev.start, old.start) || (PrecisionOf(ev.start) == PrecisionOf(old.start) && ev.start < old.start)) {
        old.start = ev.start;
      }
      for (auto& reported : ev.reported_dates) {
        const bool known = std::any_of(old.reported_dates.begin(), old.reported_dates.end(), [&](const ReportedDate& d) {
          return d.article_id == reported.article_id && d.date == reported.date;
        });
        if (!known) old.reported_dates.push_back(std::move(reported));
      }
      std::sort(old.reported_dates.begin(), old.reported_dates.end(), [](const ReportedDate& a, const ReportedDate& b) {
        return std::tie(a.article_id, a.date) < std::tie(b.article_id, b.date);
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

#include "resolve/persons.h"

#include <algorithm>
#include <cstdlib>

#include "coopgraph/base/date.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::resolve {
namespace {

using extract::ExtractedArticle;
using extract::Mention;
using extract::OrgCategory;

// Calendar days between two ISO dates ("2024-05-29"; a missing month or day
// counts as the first), or -1 when either has no year.
long DaysApart(const std::string& a, const std::string& b) {
  const auto first_day = [](PartialDate d) {
    d.month = d.month ? d.month : 1;
    d.day = d.day ? d.day : 1;
    return d;
  };
  const PartialDate x = ParseIsoDate(a), y = ParseIsoDate(b);
  if (!x.year || !y.year) return -1;
  return std::labs(DaysBetween(first_day(x), first_day(y)).value_or(0));
}

}  // namespace

bool IsFullName(const Mention& m) {
  if (m.name.empty()) return false;
  return m.known_index >= 0 || m.name.find(' ') != std::string::npos || m.name.find('-') != std::string::npos;
}

void Persons::ResolveArticle(const ExtractedArticle& x) {
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    const Mention& m = x.mentions[i];
    if (m.kind == MentionKind::kPerson && IsFullName(m)) reg_.ent[i] = Person(m);
  }
  CollectFullPersons(x);
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    const Mention& m = x.mentions[i];
    if (m.kind == MentionKind::kPerson && !IsFullName(m)) reg_.ent[i] = ShortPerson(m);
  }
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    if (reg_.ent[i] >= 0) AddRoles(x.mentions[i], reg_.ent[i]);
  }
}

int Persons::Person(const Mention& m) {
  std::string name = m.name;
  const extract::PublicFigure* figure = m.known_index >= 0 ? &reg_.lex.public_figures()[m.known_index] : nullptr;
  if (!figure) {
    int f = reg_.lex.PublicFigureByKey(reg_.names.Loose(name));
    if (f >= 0) figure = &reg_.lex.public_figures()[f];
  }
  if (figure) name = figure->name;
  const std::string base = "P|" + reg_.names.PersonKey(name);
  // A known figure's country wins over one guessed from an organisation
  // ("Bộ trưởng Bộ Ngoại giao Vương Nghị"), not over one the title names.
  std::string country = m.country;
  const bool stated = std::any_of(m.titles.begin(), m.titles.end(),
                                  [](const extract::TitleMention& t) { return !t.country.empty(); });
  if (figure && !figure->country.empty() && !stated) country = figure->country;
  // A known figure is one person whatever the titles; namesakes are told
  // apart by country and by titles that cannot be held together.
  auto compatible = [&](int candidate) {
    const std::string& c = reg_.r.entities[candidate].country;
    return (c.empty() || country.empty() || c == country) && (figure || !TitlesClash(reg_.r.entities[candidate], m));
  };
  int id = -1;
  for (const std::string& k : {base + "|" + country, base + "|"}) {
    auto it = reg_.keys.find(k);
    if (it != reg_.keys.end() && compatible(it->second)) {
      id = it->second;
      break;
    }
  }
  if (id < 0) {
    // A key of this name with any compatible country.
    for (auto it = person_by_name_.find(base); it != person_by_name_.end() && it->first == base; ++it) {
      if (compatible(it->second)) {
        id = it->second;
        break;
      }
    }
  }
  if (id < 0) {
    id = reg_.NewEntity(MentionKind::kPerson, name, country);
    person_by_name_.emplace(base, id);
  }
  Entity& e = reg_.r.entities[id];
  if (e.country.empty()) e.country = country;
  if (figure) {
    e.wikidata = figure->wikidata;
    for (const auto& v : figure->variants) AddUnique(&e.alternate_names, v);
  }
  if (m.name != e.name) AddUnique(&e.alternate_names, m.name);
  reg_.keys.emplace(base + "|" + e.country, id);
  reg_.Touch(id, m, figure ? "gazetteer of public figures" : "same name, compatible country and titles");
  return id;
}

bool Persons::TitlesClash(const Entity& e, const Mention& m) const {
  constexpr long kSamePeriodDays = 183;
  for (const auto& t : m.titles) {
    if (t.organization < 0 || reg_.ent[t.organization] < 0) continue;
    const int org = reg_.ent[t.organization];
    if (reg_.r.entities[org].category != OrgCategory::kGovernment) continue;
    const extract::TitleEntry* position = reg_.names.PositionOf(t.text);
    if (!position) continue;
    for (const Role& role : e.roles) {
      if (role.organization < 0 || role.organization == org) continue;
      if (reg_.r.entities[role.organization].category != OrgCategory::kGovernment) continue;
      if (reg_.names.PositionOf(role.title) != position) continue;
      const long days = DaysApart(role.date, reg_.article->date_published);
      if (days >= 0 && days <= kSamePeriodDays) return true;
    }
  }
  return false;
}

void Persons::CollectFullPersons(const ExtractedArticle& x) {
  full_persons_.clear();
  std::unordered_map<int, std::size_t> index;
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    const Mention& full = x.mentions[i];
    if (full.kind != MentionKind::kPerson || reg_.ent[i] < 0 || !IsFullName(full)) continue;
    auto [at, added] = index.emplace(reg_.ent[i], full_persons_.size());
    if (added) full_persons_.push_back({reg_.ent[i], {}});
    auto& keys = full_persons_[at->second].title_keys;
    for (const auto& t : full.titles) {
      std::string key = normalize::MatchKey(t.text);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    }
  }
}

int Persons::ShortPerson(const Mention& m) {
  const std::string name_key = m.name.empty() ? "" : normalize::MatchKey(m.name);
  std::vector<std::string> title_keys;
  for (const auto& t : m.titles) title_keys.push_back(normalize::MatchKey(t.text));
  int found = -1;
  for (const FullPerson& person : full_persons_) {
    const Entity& e = reg_.r.entities[person.entity];
    bool fits = false;
    if (!m.name.empty()) {
      const auto& keys = reg_.names.Keys(e.name);
      fits = !keys.empty() && keys.back() == name_key;
    } else {
      for (const auto& a : title_keys)
        for (const auto& b : person.title_keys) fits |= a == b || b.rfind(a, 0) == 0;
    }
    if (!fits || !(m.country.empty() || e.country.empty() || m.country == e.country)) continue;
    if (found >= 0) return -1;  // two people fit: left unresolved
    found = person.entity;
  }
  if (found < 0) return -1;
  reg_.Touch(found, m, "");
  return found;
}

void Persons::AddRoles(const Mention& m, int id) {
  Entity& e = reg_.r.entities[id];
  if (e.kind != MentionKind::kPerson) return;
  for (const auto& t : m.titles) {
    Role role{t.text, t.organization >= 0 ? reg_.ent[t.organization] : -1, reg_.article->id, reg_.article->date_published};
    bool dup = false;
    for (const auto& r : e.roles)
      dup |= r.article_id == role.article_id && normalize::MatchKey(r.title) == normalize::MatchKey(role.title);
    if (!dup) e.roles.push_back(std::move(role));
    if (e.country.empty() && !t.country.empty()) e.country = t.country;
  }
}

}  // namespace coopgraph::resolve

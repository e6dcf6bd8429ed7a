#include "coopgraph/resolve/resolve.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "coopgraph/normalize/normalize.h"
#include "extract/lexicon.h"
#include "ids.h"
#include "resolve/facts.h"
#include "resolve/name_keys.h"

namespace coopgraph::resolve {

using extract::ExtractedArticle;
using extract::Mention;
using extract::OrgCategory;

struct Resolver::Pending {
  Article article;
  ExtractedArticle extracted;
};

Resolver::Resolver(std::shared_ptr<const extract::Lexicon> lexicon, ResolveOptions options)
    : lexicon_(std::move(lexicon)), options_(std::move(options)) {}

namespace {

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

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

bool NationalBody(OrgCategory c) {
  return c == OrgCategory::kGovernment || c == OrgCategory::kParty;
}

}  // namespace

class Resolver::Builder {
 public:
  Builder(const extract::Lexicon& lex, const ResolveOptions& options) : lex_(lex), names_(lex), options_(options) {}

  void AddArticle(const Article& article, const ExtractedArticle& x) {
    // The text stays with the pending article until Finish moves it here.
    r_.articles.push_back({article.id, article.url, article.title, article.date_published, article.outlet,
                           article.source_path, std::string()});
    article_ = &article;
    ent_.assign(x.mentions.size(), -1);
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      const Mention& m = x.mentions[i];
      if (m.kind == MentionKind::kCountry || m.kind == MentionKind::kPlace) ent_[i] = Place(m);
    }
    // Match keys of the article's bodies, and the country the article gives each name.
    org_key_.assign(x.mentions.size(), std::string());
    org_country_.clear();
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      if (x.mentions[i].kind != MentionKind::kOrganization) continue;
      org_key_[i] = normalize::MatchKey(x.mentions[i].name);
      if (!x.mentions[i].country.empty()) org_country_.emplace(org_key_[i], x.mentions[i].country);
    }
    std::vector<int> local(x.mentions.size(), -1);
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      if (x.mentions[i].kind != MentionKind::kOrganization) continue;
      local[i] = LocalBodyOf(x, i);
      if (local[i] < 0) ent_[i] = Organization(x, i);
    }
    // "UBND tỉnh" after "UBND tỉnh Bắc Ninh": the one body of the article it shortens.
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      if (local[i] >= 0) ent_[i] = ent_[local[i]] >= 0 ? ent_[local[i]] : Organization(x, i);
    }
    // Full names first, then the short and title-only mentions that refer to them.
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      const Mention& m = x.mentions[i];
      if (m.kind == MentionKind::kPerson && FullName(m)) ent_[i] = Person(m);
    }
    CollectFullPersons(x);
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      const Mention& m = x.mentions[i];
      if (m.kind == MentionKind::kPerson && !FullName(m)) ent_[i] = ShortPerson(m);
    }
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      if (ent_[i] >= 0) AddRoles(x.mentions[i], ent_[i]);
    }
    for (const auto& meeting : x.meetings) {
      if (auto event = EventOf(meeting, ent_, article_->id)) r_.events.push_back(std::move(*event));
    }
    for (const auto& a : x.agreements) r_.agreements.push_back(AgreementOf(a, ent_, article_->id));
  }

  Resolution Finish() {
    for (auto& e : r_.entities) {
      if (e.kind == MentionKind::kPerson && e.country.empty() && names_.LooksVietnamese(e.name))
        e.country = options_.home_country;
      std::sort(e.sources.begin(), e.sources.end());
      e.sources.erase(std::unique(e.sources.begin(), e.sources.end()), e.sources.end());
    }
    // Every country an entity belongs to is a node with its name, even when no
    // article named it on its own.
    for (std::size_t i = 0, n = r_.entities.size(); i < n; ++i) {
      const std::string iso = r_.entities[i].country;
      if (iso.empty() || keys_.count("C|" + iso)) continue;
      const auto* c = lex_.CountryByIso(iso);
      int id = NewEntity(MentionKind::kCountry, c ? c->name_vi : iso, iso);
      if (c && !c->name_en.empty()) r_.entities[id].alternate_names.push_back(c->name_en);
      r_.entities[id].sources = r_.entities[i].sources;
      keys_.emplace("C|" + iso, id);
    }
    MergeEvents(&r_);
    MergeAgreements(&r_);
    AssignIds(&r_);
    return std::move(r_);
  }

 private:
  bool FullName(const Mention& m) const {
    if (m.name.empty()) return false;
    return m.known_index >= 0 || m.name.find(' ') != std::string::npos || m.name.find('-') != std::string::npos;
  }

  int NewEntity(MentionKind kind, const std::string& name, const std::string& country) {
    Entity e;
    e.kind = kind;
    e.name = name;
    e.country = country;
    r_.entities.push_back(std::move(e));
    return static_cast<int>(r_.entities.size()) - 1;
  }

  void Touch(int entity, const Mention& m, const std::string& reason) {
    Entity& e = r_.entities[entity];
    // Articles are added one after another, so a repeat is always the last source.
    if (e.sources.empty() || e.sources.back() != article_->id) {
      e.sources.push_back(article_->id);
      e.evidence.push_back(m.evidence);
      if (e.sources.size() > 1 && !reason.empty()) AddUnique(&e.merge_reasons, reason);
    }
  }

  int Place(const Mention& m) {
    std::string key = (m.kind == MentionKind::kCountry ? "C|" + m.country : "L|" + names_.Loose(m.name));
    int id;
    if (auto it = keys_.find(key); it != keys_.end()) {
      id = it->second;
    } else {
      id = NewEntity(m.kind, m.name, m.country);
      keys_.emplace(key, id);
      if (m.kind == MentionKind::kCountry) {
        if (const auto* c = lex_.CountryByIso(m.country)) AddUnique(&r_.entities[id].alternate_names, c->name_en);
      }
    }
    Touch(id, m, "same name");
    return id;
  }

  // For a body named down to an administrative unit ("Ủy ban nhân dân tỉnh"), the
  // only organisation mention of the article that names that unit ("… tỉnh Bắc Ninh"), else -1.
  int LocalBodyOf(const ExtractedArticle& x, std::size_t i) const {
    const auto& keys = names_.Keys(x.mentions[i].name);
    if (keys.empty() || !lex_.HasRole(keys.back(), extract::GrammarRole::kUnit)) return -1;
    const std::string prefix = org_key_[i] + " ";
    int found = -1;
    for (std::size_t j = 0; j < x.mentions.size(); ++j) {
      if (j == i || x.mentions[j].kind != MentionKind::kOrganization) continue;
      if (org_key_[j].compare(0, prefix.size(), prefix) != 0) continue;
      if (found >= 0) return -1;  // two provinces: not sure which
      found = static_cast<int>(j);
    }
    return found;
  }

  int Organization(const ExtractedArticle& x, std::size_t i) {
    const Mention& m = x.mentions[i];
    std::string country = m.country;
    std::string name = m.name;
    std::vector<std::string> aliases = m.aliases;
    const extract::KnownOrg* known = m.known_index >= 0 ? &lex_.known_orgs()[m.known_index] : nullptr;
    if (known) {
      if (country.empty()) country = known->country;
      for (const auto& a : known->aliases) aliases.push_back(a);
      aliases.push_back(name);
      name = known->name;
    }
    if (country.empty()) {
      // "Ngân hàng Mizuho (Nhật Bản) …; … Ngân hàng Mizuho": the article gave its country once.
      auto given = org_country_.find(org_key_[i]);
      if (given != org_country_.end()) country = given->second;
    }
    if (country.empty() && NationalBody(m.category)) country = options_.home_country;
    std::vector<std::string> keys;
    auto key_of = [&](const std::string& n) { return "O|" + names_.Skeleton(names_.WithoutCountry(n, country)) + "|" + country; };
    keys.push_back(key_of(name));
    // A known organisation's own names give the same keys every time it is
    // named in a country: they are made once.
    const std::size_t known_aliases = known ? known->aliases.size() : 0;
    for (std::size_t k = 0; k < m.aliases.size(); ++k) keys.push_back(key_of(aliases[k]));
    if (known) {
      std::vector<std::string>& cached = known_keys_[std::to_string(m.known_index) + "|" + country];
      if (cached.empty()) {
        for (std::size_t k = 0; k < known_aliases; ++k) cached.push_back(key_of(known->aliases[k]));
      }
      keys.insert(keys.end(), cached.begin(), cached.end());
    }
    for (std::size_t k = m.aliases.size() + known_aliases; k < aliases.size(); ++k) keys.push_back(key_of(aliases[k]));
    int id = -1;
    std::string reason;
    for (const auto& k : keys) {
      if (auto it = keys_.find(k); it != keys_.end()) {
        id = it->second;
        reason = "shared name or alias";
        break;
      }
    }
    if (id < 0) id = NewEntity(MentionKind::kOrganization, "", country);
    Entity& e = r_.entities[id];
    e.category = m.category;
    if (known && e.wikidata.empty()) e.wikidata = known->wikidata;
    // Display name: the longest expanded form, with its country when a national body.
    std::string display = known ? known->name : names_.WithoutCountry(name, country);
    if (!known && !country.empty() && NationalBody(m.category)) {
      const auto* c = lex_.CountryByIso(country);
      if (c && display.find(c->name_vi) == std::string::npos) display += " " + c->name_vi;
    }
    if (e.name.empty() || (!known && display.size() > e.name.size() && e.wikidata.empty())) {
      AddUnique(&e.alternate_names, e.name);
      e.name = display;
    }
    // A bare "Bộ Ngoại giao" names the home country's ministry in the home press:
    // a foreign state body keeps its country in every name it is given.
    const bool foreign_state = NationalBody(m.category) && !country.empty() && country != options_.home_country;
    auto add_name = [&](const std::string& n) {
      // An acronym ("MOFA") is kept: it is no bare generic name.
      if (!foreign_state || known || names_.NamesCountry(n, country) || n.find(' ') == std::string::npos)
        AddUnique(&e.alternate_names, n);
    };
    for (const std::string& n : {name, names_.WithoutCountry(name, country), m.surface}) add_name(n);
    for (const auto& a : aliases) add_name(a);
    e.alternate_names.erase(std::remove(e.alternate_names.begin(), e.alternate_names.end(), e.name),
                            e.alternate_names.end());
    for (const auto& k : keys) keys_.emplace(k, id);
    if (m.parent >= 0 && ent_[m.parent] >= 0 && ent_[m.parent] != id) e.parent = ent_[m.parent];
    Touch(id, m, reason);
    return id;
  }

  int Person(const Mention& m) {
    std::string name = m.name;
    const extract::PublicFigure* figure = m.known_index >= 0 ? &lex_.public_figures()[m.known_index] : nullptr;
    if (!figure) {
      int f = lex_.PublicFigureByKey(names_.Loose(name));
      if (f >= 0) figure = &lex_.public_figures()[f];
    }
    if (figure) name = figure->name;
    const std::string base = "P|" + names_.PersonKey(name);
    // A known figure's country wins over one guessed from an organisation
    // ("Bộ trưởng Bộ Ngoại giao Vương Nghị"), not over one the title names.
    std::string country = m.country;
    const bool stated = std::any_of(m.titles.begin(), m.titles.end(),
                                    [](const extract::TitleMention& t) { return !t.country.empty(); });
    if (figure && !figure->country.empty() && !stated) country = figure->country;
    // A known figure is one person whatever the titles; namesakes are told
    // apart by country and by titles that cannot be held together.
    auto compatible = [&](int candidate) {
      const std::string& c = r_.entities[candidate].country;
      return (c.empty() || country.empty() || c == country) && (figure || !TitlesClash(r_.entities[candidate], m));
    };
    int id = -1;
    for (const std::string& k : {base + "|" + country, base + "|"}) {
      auto it = keys_.find(k);
      if (it != keys_.end() && compatible(it->second)) {
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
      id = NewEntity(MentionKind::kPerson, name, country);
      person_by_name_.emplace(base, id);
    }
    Entity& e = r_.entities[id];
    if (e.country.empty()) e.country = country;
    if (figure) {
      e.wikidata = figure->wikidata;
      for (const auto& v : figure->variants) AddUnique(&e.alternate_names, v);
    }
    if (m.name != e.name) AddUnique(&e.alternate_names, m.name);
    keys_.emplace(base + "|" + e.country, id);
    Touch(id, m, figure ? "gazetteer of public figures" : "same name, compatible country and titles");
    return id;
  }

  // Two people, not one: the same position in two different state bodies
  // within half a year (a minister of two ministries, an ambassador of two
  // embassies). Posts in parties, companies and associations are often held
  // together, so only government bodies count.
  bool TitlesClash(const Entity& e, const Mention& m) const {
    constexpr long kSamePeriodDays = 183;
    for (const auto& t : m.titles) {
      if (t.organization < 0 || ent_[t.organization] < 0) continue;
      const int org = ent_[t.organization];
      if (r_.entities[org].category != OrgCategory::kGovernment) continue;
      const extract::TitleEntry* position = names_.PositionOf(t.text);
      if (!position) continue;
      for (const Role& role : e.roles) {
        if (role.organization < 0 || role.organization == org) continue;
        if (r_.entities[role.organization].category != OrgCategory::kGovernment) continue;
        if (names_.PositionOf(role.title) != position) continue;
        const long days = DaysApart(role.date, article_->date_published);
        if (days >= 0 && days <= kSamePeriodDays) return true;
      }
    }
    return false;
  }

  // The persons named in full in the article, each once with the keys of
  // every title its mentions give, so that resolving the short mentions
  // costs (short mentions x persons), not (mentions squared).
  void CollectFullPersons(const ExtractedArticle& x) {
    full_persons_.clear();
    std::unordered_map<int, std::size_t> index;
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      const Mention& full = x.mentions[i];
      if (full.kind != MentionKind::kPerson || ent_[i] < 0 || !FullName(full)) continue;
      auto [at, added] = index.emplace(ent_[i], full_persons_.size());
      if (added) full_persons_.push_back({ent_[i], {}});
      auto& keys = full_persons_[at->second].title_keys;
      for (const auto& t : full.titles) {
        std::string key = normalize::MatchKey(t.text);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
      }
    }
  }

  // "Bộ trưởng Đạt", "Thủ tướng Lào": a person named in full earlier in the article.
  int ShortPerson(const Mention& m) {
    const std::string name_key = m.name.empty() ? "" : normalize::MatchKey(m.name);
    std::vector<std::string> title_keys;
    for (const auto& t : m.titles) title_keys.push_back(normalize::MatchKey(t.text));
    int found = -1;
    for (const FullPerson& person : full_persons_) {
      const Entity& e = r_.entities[person.entity];
      bool fits = false;
      if (!m.name.empty()) {
        const auto& keys = names_.Keys(e.name);
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
    Touch(found, m, "");
    return found;
  }

  void AddRoles(const Mention& m, int id) {
    Entity& e = r_.entities[id];
    if (e.kind != MentionKind::kPerson) return;
    for (const auto& t : m.titles) {
      Role role{t.text, t.organization >= 0 ? ent_[t.organization] : -1, article_->id, article_->date_published};
      bool dup = false;
      for (const auto& r : e.roles)
        dup |= r.article_id == role.article_id && normalize::MatchKey(r.title) == normalize::MatchKey(role.title);
      if (!dup) e.roles.push_back(std::move(role));
      if (e.country.empty() && !t.country.empty()) e.country = t.country;
    }
  }

  const extract::Lexicon& lex_;
  NameKeys names_;
  const ResolveOptions& options_;
  Resolution r_;
  const Article* article_ = nullptr;
  std::vector<int> ent_;  // mention -> entity, for the current article
  std::vector<std::string> org_key_;  // mention -> MatchKey of its name, for organisations of the article
  std::unordered_map<std::string, std::string> org_country_;  // MatchKey -> a country the article gives it
  struct FullPerson {
    int entity;
    std::vector<std::string> title_keys;
  };
  std::vector<FullPerson> full_persons_;  // for the current article
  std::unordered_map<std::string, int> keys_;
  std::unordered_map<std::string, std::vector<std::string>> known_keys_;  // "known org index|country" -> keys of its aliases
  std::unordered_multimap<std::string, int> person_by_name_;
};

Resolver::~Resolver() = default;

void Resolver::Add(ingest::Document document, ExtractedArticle extracted) {
  if (articles_.count(document.id)) return;
  const bool next_in_order = articles_.empty() || articles_.rbegin()->first < document.id;
  auto p = std::make_unique<Pending>();
  p->article = {std::move(document.id),     std::move(document.url),         std::move(document.title),
                std::move(document.date_published), std::move(document.outlet), std::move(document.source_path),
                std::move(document.text)};
  p->extracted = std::move(extracted);
  const std::string& id = p->article.id;
  const Pending& added = *articles_.emplace(id, std::move(p)).first->second;
  if (articles_.size() == 1) in_order_ = std::make_unique<Builder>(*lexicon_, options_);
  if (!next_in_order) in_order_.reset();
  if (in_order_) in_order_->AddArticle(added.article, added.extracted);
}

Resolution Resolver::Finish() {
  std::unique_ptr<Builder> builder = std::move(in_order_);
  if (builder == nullptr) {
    builder = std::make_unique<Builder>(*lexicon_, options_);
    for (const auto& [id, p] : articles_) builder->AddArticle(p->article, p->extracted);
  }
  Resolution resolution = builder->Finish();
  // Both in id order: each article's text moves, once, to its resolved article.
  auto pending = articles_.begin();
  for (Article& article : resolution.articles) article.text = std::move((pending++)->second->article.text);
  articles_.clear();
  return resolution;
}

}  // namespace coopgraph::resolve

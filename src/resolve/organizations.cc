#include "resolve/organizations.h"

#include <algorithm>

#include "coopgraph/normalize/normalize.h"

namespace coopgraph::resolve {
namespace {

using extract::ExtractedArticle;
using extract::Mention;
using extract::OrgCategory;

bool NationalBody(OrgCategory c) {
  return c == OrgCategory::kGovernment || c == OrgCategory::kParty;
}

}  // namespace

void Organizations::ResolveArticle(const ExtractedArticle& x) {
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
    if (local[i] < 0) reg_.ent[i] = Organization(x, i);
  }
  // "UBND tỉnh" after "UBND tỉnh Bắc Ninh": the one body of the article it shortens.
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    if (local[i] >= 0) reg_.ent[i] = reg_.ent[local[i]] >= 0 ? reg_.ent[local[i]] : Organization(x, i);
  }
}

int Organizations::LocalBodyOf(const ExtractedArticle& x, std::size_t i) const {
  const auto& keys = reg_.names.Keys(x.mentions[i].name);
  if (keys.empty() || !reg_.lex.HasRole(keys.back(), extract::GrammarRole::kUnit)) return -1;
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

int Organizations::Organization(const ExtractedArticle& x, std::size_t i) {
  const Mention& m = x.mentions[i];
  std::string country = m.country;
  std::string name = m.name;
  std::vector<std::string> aliases = m.aliases;
  const extract::KnownOrg* known = m.known_index >= 0 ? &reg_.lex.known_orgs()[m.known_index] : nullptr;
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
  if (country.empty() && NationalBody(m.category)) country = reg_.options.home_country;
  std::vector<std::string> keys;
  auto key_of = [&](const std::string& n) { return "O|" + reg_.names.Skeleton(reg_.names.WithoutCountry(n, country)) + "|" + country; };
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
    if (auto it = reg_.keys.find(k); it != reg_.keys.end()) {
      id = it->second;
      reason = "shared name or alias";
      break;
    }
  }
  if (id < 0) id = reg_.NewEntity(MentionKind::kOrganization, "", country);
  Entity& e = reg_.r.entities[id];
  e.category = m.category;
  if (known && e.wikidata.empty()) e.wikidata = known->wikidata;
  // Display name: the longest expanded form, with its country when a national body.
  std::string display = known ? known->name : reg_.names.WithoutCountry(name, country);
  if (!known && !country.empty() && NationalBody(m.category)) {
    const auto* c = reg_.lex.CountryByIso(country);
    if (c && display.find(c->name_vi) == std::string::npos) display += " " + c->name_vi;
  }
  if (e.name.empty() || (!known && display.size() > e.name.size() && e.wikidata.empty())) {
    AddUnique(&e.alternate_names, e.name);
    e.name = display;
  }
  // A bare "Bộ Ngoại giao" names the home country's ministry in the home press:
  // a foreign state body keeps its country in every name it is given.
  const bool foreign_state = NationalBody(m.category) && !country.empty() && country != reg_.options.home_country;
  auto add_name = [&](const std::string& n) {
    // An acronym ("MOFA") is kept: it is no bare generic name.
    if (!foreign_state || known || reg_.names.NamesCountry(n, country) || n.find(' ') == std::string::npos)
      AddUnique(&e.alternate_names, n);
  };
  for (const std::string& n : {name, reg_.names.WithoutCountry(name, country), m.surface}) add_name(n);
  for (const auto& a : aliases) add_name(a);
  e.alternate_names.erase(std::remove(e.alternate_names.begin(), e.alternate_names.end(), e.name),
                          e.alternate_names.end());
  for (const auto& k : keys) reg_.keys.emplace(k, id);
  if (m.parent >= 0 && reg_.ent[m.parent] >= 0 && reg_.ent[m.parent] != id) e.parent = reg_.ent[m.parent];
  reg_.Touch(id, m, reason);
  return id;
}

}  // namespace coopgraph::resolve

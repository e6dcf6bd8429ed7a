#include "resolve/name_keys.h"

#include "coopgraph/normalize/normalize.h"

namespace coopgraph::resolve {

const std::vector<std::string>& NameKeys::Keys(const std::string& name) const {
  auto it = token_keys_cache_.find(name);
  if (it == token_keys_cache_.end()) it = token_keys_cache_.emplace(name, extract::TokenKeys(name)).first;
  return it->second;
}

const std::string& NameKeys::Loose(const std::string& name) const {
  auto it = loose_cache_.find(name);
  if (it == loose_cache_.end()) it = loose_cache_.emplace(name, normalize::LooseKey(name)).first;
  return it->second;
}

std::string NameKeys::Skeleton(const std::string& name) const {
  auto cached = skeleton_cache_.find(name);
  if (cached != skeleton_cache_.end()) return cached->second;
  std::string out;
  for (const auto& k : Keys(name)) {
    if (lex_.HasRole(k, extract::GrammarRole::kNameFiller)) continue;
    if (!out.empty()) out += ' ';
    out += k;
  }
  return skeleton_cache_[name] = normalize::LooseKey(out);
}

std::string NameKeys::PersonKey(const std::string& name) const {
  std::string out;
  for (const auto& k : Keys(name)) {
    if (k == "." || k.size() == 1) continue;
    if (!out.empty()) out += ' ';
    out += k;
  }
  return Loose(out);
}

std::string NameKeys::WithoutCountry(const std::string& name, const std::string& iso) const {
  const auto* c = lex_.CountryByIso(iso);
  if (!c) return name;
  for (const std::string& cn : {c->name_vi, c->name_en}) {
    if (cn.empty() || name.size() <= cn.size() + 1) continue;
    if (name.compare(name.size() - cn.size(), cn.size(), cn) == 0 && name[name.size() - cn.size() - 1] == ' ')
      return name.substr(0, name.size() - cn.size() - 1);
  }
  return name;
}

bool NameKeys::NamesCountry(const std::string& name, const std::string& iso) const {
  const auto* c = lex_.CountryByIso(iso);
  if (!c) return false;
  for (const std::string& cn : {c->name_vi, c->name_en})
    if (!cn.empty() && name.find(cn) != std::string::npos) return true;
  return false;
}

bool NameKeys::LooksVietnamese(const std::string& name) const {
  const auto& keys = Keys(name);
  return keys.size() >= 2 && lex_.IsFamilyName(keys[0]);
}

const extract::TitleEntry* NameKeys::PositionOf(const std::string& title) const {
  const std::vector<std::string>& keys = Keys(title);
  for (std::size_t n = keys.size(); n > 0; --n) {
    std::string prefix;
    for (std::size_t k = 0; k < n; ++k) prefix += (k ? " " : "") + keys[k];
    const extract::TitleEntry* entry = lex_.TitleByKey(normalize::MatchKey(prefix));
    if (entry) return entry->category == extract::TitleCategory::kPosition ? entry : nullptr;
  }
  return nullptr;
}

}  // namespace coopgraph::resolve

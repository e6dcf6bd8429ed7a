#include "resolve/registry.h"

#include <algorithm>

namespace coopgraph::resolve {

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

int Registry::NewEntity(MentionKind kind, const std::string& name, const std::string& country) {
  Entity e;
  e.kind = kind;
  e.name = name;
  e.country = country;
  r.entities.push_back(std::move(e));
  return static_cast<int>(r.entities.size()) - 1;
}

void Registry::Touch(int entity, const extract::Mention& m, const std::string& reason) {
  Entity& e = r.entities[entity];
  // Articles are added one after another, so a repeat is always the last source.
  if (e.sources.empty() || e.sources.back() != article->id) {
    e.sources.push_back(article->id);
    e.evidence.push_back(m.evidence);
    if (e.sources.size() > 1 && !reason.empty()) AddUnique(&e.merge_reasons, reason);
  }
}

}  // namespace coopgraph::resolve

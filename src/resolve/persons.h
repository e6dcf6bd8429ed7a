// Private to resolve: person mentions to entities. Full names are one person
// across articles when the names (or a public figure's variants) match and
// countries and titles do not clash; short and title-only mentions attach to
// the one person of the article they fit.
#ifndef COOPGRAPH_SRC_RESOLVE_PERSONS_H_
#define COOPGRAPH_SRC_RESOLVE_PERSONS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "resolve/registry.h"

namespace coopgraph::resolve {

// A name of two words or more, or a known figure's: no short mention.
bool IsFullName(const extract::Mention& m);

class Persons {
 public:
  explicit Persons(Registry& registry) : reg_(registry) {}
  // Sets reg.ent of every person mention of the current article `x` (full
  // names first, then the mentions that refer to them), then adds the titles
  // the article gives each person as roles.
  void ResolveArticle(const extract::ExtractedArticle& x);

 private:
  int Person(const extract::Mention& m);
  // Two people, not one: the same position in two different state bodies
  // within half a year (a minister of two ministries, an ambassador of two
  // embassies). Posts in parties, companies and associations are often held
  // together, so only government bodies count.
  bool TitlesClash(const Entity& e, const extract::Mention& m) const;
  // The persons named in full in the article, each once with the keys of
  // every title its mentions give, so that resolving the short mentions
  // costs (short mentions x persons), not (mentions squared).
  void CollectFullPersons(const extract::ExtractedArticle& x);
  // "Bộ trưởng Đạt", "Thủ tướng Lào": a person named in full earlier in the article.
  int ShortPerson(const extract::Mention& m);
  void AddRoles(const extract::Mention& m, int id);

  Registry& reg_;
  struct FullPerson {
    int entity;
    std::vector<std::string> title_keys;
  };
  std::vector<FullPerson> full_persons_;  // for the current article
  std::unordered_multimap<std::string, int> person_by_name_;
};

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_PERSONS_H_

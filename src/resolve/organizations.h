// Private to resolve: organisation mentions to entities, one per body, by
// the keys of every name and alias it is given in its country.
#ifndef COOPGRAPH_SRC_RESOLVE_ORGANIZATIONS_H_
#define COOPGRAPH_SRC_RESOLVE_ORGANIZATIONS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "resolve/registry.h"

namespace coopgraph::resolve {

class Organizations {
 public:
  explicit Organizations(Registry& registry) : reg_(registry) {}
  // Sets reg.ent of every organisation mention of the current article `x`.
  void ResolveArticle(const extract::ExtractedArticle& x);

 private:
  // For a body named down to an administrative unit ("Ủy ban nhân dân tỉnh"), the
  // only organisation mention of the article that names that unit ("… tỉnh Bắc Ninh"), else -1.
  int LocalBodyOf(const extract::ExtractedArticle& x, std::size_t i) const;
  int Organization(const extract::ExtractedArticle& x, std::size_t i);

  Registry& reg_;
  std::vector<std::string> org_key_;  // mention -> MatchKey of its name, for organisations of the article
  std::unordered_map<std::string, std::string> org_country_;  // MatchKey -> a country the article gives it
  std::unordered_map<std::string, std::vector<std::string>> known_keys_;  // "known org index|country" -> keys of its aliases
};

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_ORGANIZATIONS_H_

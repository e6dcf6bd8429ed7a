// Private to resolve: what the resolvers of one resolution share, the
// entities so far with the keys they are found by, and the article being added.
#ifndef COOPGRAPH_SRC_RESOLVE_REGISTRY_H_
#define COOPGRAPH_SRC_RESOLVE_REGISTRY_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "coopgraph/resolve/resolve.h"
#include "extract/lexicon.h"
#include "resolve/name_keys.h"

namespace coopgraph::resolve {

struct Registry {
  Registry(const extract::Lexicon& lexicon, const ResolveOptions& resolve_options)
      : lex(lexicon), names(lexicon), options(resolve_options) {}

  // A new entity, its index in r.entities.
  int NewEntity(MentionKind kind, const std::string& name, const std::string& country);
  // Mention `m` of the current article names `entity`: the article becomes one
  // of its sources, with the mention's evidence and, when other articles named
  // it before, `reason` among the reasons it merged.
  void Touch(int entity, const extract::Mention& m, const std::string& reason);

  const extract::Lexicon& lex;
  NameKeys names;
  const ResolveOptions& options;
  Resolution r;
  std::unordered_map<std::string, int> keys;  // "C|iso", "L|place", "O|…", "P|…" -> entity
  const Article* article = nullptr;           // the article being added
  std::vector<int> ent;                       // its mention -> entity, or -1
};

// Appends `s` to *v unless it is empty or there already.
void AddUnique(std::vector<std::string>* v, const std::string& s);

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_REGISTRY_H_

// Private to resolve: the keys names are matched on, computed through the
// lexicon and remembered (the same names come back in every article).
#ifndef COOPGRAPH_SRC_RESOLVE_NAME_KEYS_H_
#define COOPGRAPH_SRC_RESOLVE_NAME_KEYS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/lexicon.h"

namespace coopgraph::resolve {

// Not thread safe: the caches change on const calls.
class NameKeys {
 public:
  explicit NameKeys(const extract::Lexicon& lexicon) : lex_(lexicon) {}

  // extract::TokenKeys of `name`.
  const std::vector<std::string>& Keys(const std::string& name) const;
  // normalize::LooseKey of `name`.
  const std::string& Loose(const std::string& name) const;
  // The loose key of a name without filler words: "Ủy ban hợp tác về công
  // nghệ …" and "Ủy ban hợp tác công nghệ …" are one body.
  std::string Skeleton(const std::string& name) const;
  // A person's key: LooseKey without initials ("Marc E. Knapper" = "Marc Knapper").
  std::string PersonKey(const std::string& name) const;
  // The name without a trailing name of country `iso`: "Bộ KH&CN Lào" -> "Bộ KH&CN".
  std::string WithoutCountry(const std::string& name, const std::string& iso) const;
  // True when `name` holds the name of the country `iso` ("Bộ Ngoại giao Đức").
  bool NamesCountry(const std::string& name, const std::string& iso) const;
  // True for a name of two or more words starting with a Vietnamese family name.
  bool LooksVietnamese(const std::string& name) const;
  // The position a title names ("Bộ trưởng" in "Bộ trưởng Bộ Tài chính"):
  // its longest prefix that is a position in the titles file, or nullptr.
  const extract::TitleEntry* PositionOf(const std::string& title) const;

 private:
  const extract::Lexicon& lex_;
  mutable std::unordered_map<std::string, std::string> loose_cache_, skeleton_cache_;
  mutable std::unordered_map<std::string, std::vector<std::string>> token_keys_cache_;
};

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_SRC_RESOLVE_NAME_KEYS_H_

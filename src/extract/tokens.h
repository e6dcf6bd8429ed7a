// Private to extract: a sentence as tokens with lexicon readings.
#ifndef COOPGRAPH_SRC_EXTRACT_TOKENS_H_
#define COOPGRAPH_SRC_EXTRACT_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::extract::internal {

struct Tok {
  std::size_t begin = 0;  // normalized offsets
  std::size_t end = 0;
  std::string text;       // as written (normalized), UTF-8
  std::string key;        // lower case
  normalize::TokenShape shape = normalize::TokenShape::kWord;
  bool cap = false;       // first letter upper case
  bool acronym = false;   // two or more letters, all upper case (NDCM, KH&CN, HĐQT)
  bool hyphenated = false;
  int number = -1;        // value of a number token (< 1e6), else -1
  int word_id = -1;       // the key's id in the lexicon's phrase vocabulary, else -1
  bool vietnamese_syllable = false;  // LooksVietnameseSyllable(key), made once per word
  GrammarRoleSet roles;               // Lexicon::WordRoles(key), made once per word

  bool word() const { return shape == normalize::TokenShape::kWord; }
  // Lexicon::HasRole(key, role), without the look-up.
  bool Has(GrammarRole role) const { return roles.test(static_cast<std::size_t>(role)); }
  bool punct(char c) const {
    return shape == normalize::TokenShape::kPunct && text.size() == 1 && text[0] == c;
  }
};

// A lexicon phrase found at a token position.
struct Match {
  std::size_t length = 0;  // tokens
  const Phrase* phrase = nullptr;
};

// The matches at one token position, longest first.
class MatchRange {
 public:
  MatchRange(const Match* first, const Match* last) : first_(first), last_(last) {}
  const Match* begin() const { return first_; }
  const Match* end() const { return last_; }
  bool empty() const { return first_ == last_; }
  std::size_t size() const { return static_cast<std::size_t>(last_ - first_); }

 private:
  const Match* first_;
  const Match* last_;
};

class TaggedSentence {
 public:
  TaggedSentence(const Lexicon& lexicon, const std::u32string& text, std::size_t begin,
                 std::size_t end);

  const std::vector<Tok>& toks() const { return toks_; }
  std::size_t size() const { return toks_.size(); }
  const Tok& operator[](std::size_t i) const { return toks_[i]; }
  std::size_t begin_offset() const { return begin_; }
  std::size_t end_offset() const { return end_; }

  // Longest phrase at `i` with a reading of `type`; length 0 if none.
  // *index receives the reading's index.
  std::size_t MatchAt(std::size_t i, PhraseType type, int* index = nullptr) const {
    // Most positions have no reading of most types: answered inline.
    if (i >= toks_.size() || !(match_types_[i] >> static_cast<int>(type) & 1u)) return 0;
    return LongestMatch(i, type, index);
  }
  // Every match starting at `i`, longest first; empty past the end.
  MatchRange MatchesAt(std::size_t i) const {
    if (i >= toks_.size()) return {nullptr, nullptr};
    return {matches_.data() + match_begin_[i], matches_.data() + match_begin_[i + 1]};
  }
  // Text of tokens [first, last) as written, with the original spacing.
  std::string Text(std::size_t first, std::size_t last) const;

 private:
  std::size_t LongestMatch(std::size_t i, PhraseType type, int* index) const;

  const std::u32string& text_;
  std::size_t begin_, end_;
  std::vector<Tok> toks_;
  // Matches of all positions in one array: those at i are
  // [match_begin_[i], match_begin_[i + 1]); match_types_[i] has bit t set
  // when one of them has a reading of PhraseType t.
  std::vector<Match> matches_;
  std::vector<std::uint32_t> match_begin_;
  std::vector<std::uint32_t> match_types_;
};

// The length of the longest phrase at token i with grammar role `role`, or 0.
inline std::size_t RoleLengthAt(const TaggedSentence& s, std::size_t i, GrammarRole role) {
  for (const Match& m : s.MatchesAt(i))  // longest first
    for (const auto& r : m.phrase->readings)
      if (r.type == PhraseType::kGrammar && r.index == static_cast<int>(role)) return m.length;
  return 0;
}

// True when a function word of grammar.tsv (a reading of no cue role) starts at token i.
inline bool FunctionWordAt(const TaggedSentence& s, std::size_t i) {
  for (const Match& m : s.MatchesAt(i))
    for (const auto& r : m.phrase->readings)
      if (r.type == PhraseType::kGrammar && !IsCueRole(r.index)) return true;
  return false;
}

// Orthography of a Vietnamese syllable: onset + vowel nucleus + coda. Used to
// tell a Vietnamese name ("Phạm Kiên") from a romanised foreign one ("Sonexay").
bool LooksVietnameseSyllable(const std::string& lower_key);

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_TOKENS_H_

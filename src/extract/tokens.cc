#include "tokens.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "base/hash.h"
#include "base/utf8.h"

namespace coopgraph::extract::internal {

namespace {

// What a token's characters alone decide, and the lexicon phrases that may
// start with it.
struct WordFacts {
  Tok tok;  // begin and end unset
  std::uint32_t phrase_state = Lexicon::kNoPhrase;  // the trie state after this word
};

WordFacts ReadWord(const Lexicon& lexicon, std::u32string_view chars, normalize::TokenShape shape) {
  WordFacts facts;
  Tok& tok = facts.tok;
  tok.shape = shape;
  int letters = 0, uppers = 0;
  for (char32_t c : chars) {
    AppendUtf8(c, &tok.text);
    AppendUtf8(normalize::ToLower(c), &tok.key);
    if (normalize::IsLetter(c)) {
      ++letters;
      if (normalize::IsUpper(c)) ++uppers;
    }
    if (c == '-') tok.hyphenated = true;
  }
  tok.cap = shape == normalize::TokenShape::kWord && normalize::IsUpper(chars[0]);
  tok.acronym = letters >= 2 && uppers == letters;
  if (shape == normalize::TokenShape::kNumber && chars.size() <= 6) {
    // ASCII digits only: other scripts' digits are numbers to the tokenizer, not to dates.
    int value = 0;
    for (char c : tok.text) value = (c >= '0' && c <= '9' && value >= 0) ? value * 10 + (c - '0') : -1;
    tok.number = value;
  }
  tok.vietnamese_syllable = LooksVietnameseSyllable(tok.key);
  tok.word_id = lexicon.WordId(tok.key);
  tok.roles = lexicon.WordRoles(tok.key);
  facts.phrase_state = lexicon.PhraseStep(Lexicon::kPhraseRoot, tok.word_id);
  return facts;
}

// News text repeats a few thousand words; each thread remembers what it read
// of them, for one lexicon at a time (bounded, so memory stays flat). The
// table is open addressing over a power of two of slots, at most half full,
// each slot holding the entry number and the upper half of the word's hash,
// so a probe rarely reads an entry that is not the word; it grows with the
// vocabulary to stay small in the cache. The reference returned is valid
// until the next call.
const WordFacts& CachedWord(const Lexicon& lexicon, std::u32string_view chars, normalize::TokenShape shape) {
  constexpr std::size_t kMaxWords = 1u << 16;
  struct Cache {
    std::uint64_t lexicon = 0;
    std::vector<std::uint64_t> slots;  // hash >> 32 << 32 | entry + 1; 0: empty
    std::vector<std::pair<std::u32string, WordFacts>> entries;
    std::vector<std::uint64_t> hashes;  // by entry, to grow the table
  };
  thread_local Cache cache;
  if (cache.lexicon != lexicon.serial() || cache.entries.size() >= kMaxWords || cache.slots.empty()) {
    cache.slots.assign(1024, 0);
    cache.entries.clear();
    cache.hashes.clear();
    cache.lexicon = lexicon.serial();
  }
  auto place = [](std::uint64_t hash, std::size_t entry) {  // `cache` is thread_local: no capture
    const std::size_t mask = cache.slots.size() - 1;
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (cache.slots[slot] != 0) slot = (slot + 1) & mask;
    cache.slots[slot] = (hash & 0xFFFFFFFF00000000ull) | (entry + 1);
  };
  const std::uint64_t hash = ShortWordHash(chars);
  const std::size_t mask = cache.slots.size() - 1;
  for (std::size_t slot = static_cast<std::size_t>(hash) & mask; cache.slots[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint64_t held = cache.slots[slot];
    if ((held ^ hash) >> 32 != 0) continue;
    auto& [word, facts] = cache.entries[(held & 0xFFFFFFFFull) - 1];
    if (word != chars) continue;
    if (facts.tok.shape != shape) facts = ReadWord(lexicon, chars, shape);  // the same letters read otherwise
    return facts;
  }
  cache.entries.emplace_back(std::u32string(chars), ReadWord(lexicon, chars, shape));
  cache.hashes.push_back(hash);
  if (2 * cache.entries.size() > cache.slots.size()) {
    cache.slots.assign(2 * cache.slots.size(), 0);
    for (std::size_t e = 0; e < cache.entries.size(); ++e) place(cache.hashes[e], e);
  } else {
    place(hash, cache.entries.size() - 1);
  }
  return cache.entries.back().second;
}

}  // namespace

TaggedSentence::TaggedSentence(const Lexicon& lexicon, const std::u32string& text,
                               std::size_t begin, std::size_t end)
    : text_(text), begin_(begin), end_(end) {
  const auto tokens = normalize::Tokenize(text, begin, end);
  toks_.reserve(tokens.size());
  std::vector<std::uint32_t> first_states;
  first_states.reserve(tokens.size());
  for (const auto& t : tokens) {
    const WordFacts& word =
        CachedWord(lexicon, std::u32string_view(text).substr(t.begin, t.end - t.begin), t.shape);
    toks_.push_back(word.tok);
    toks_.back().begin = t.begin;
    toks_.back().end = t.end;
    first_states.push_back(word.phrase_state);
  }
  // Walks the lexicon's trie from each position; the phrases found are
  // stored longest first.
  match_begin_.assign(toks_.size() + 1, 0);
  match_types_.assign(toks_.size(), 0);
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    match_begin_[i] = static_cast<std::uint32_t>(matches_.size());
    const bool capitalised = toks_[i].cap || toks_[i].acronym;
    std::uint32_t state = first_states[i];
    for (std::size_t n = 1; state != Lexicon::kNoPhrase; ++n) {
      const Phrase* phrase = lexicon.PhraseAt(state);
      if (phrase && (capitalised || !phrase->case_sensitive_first)) {
        matches_.push_back({n, phrase});
        for (const auto& reading : phrase->readings) match_types_[i] |= 1u << static_cast<int>(reading.type);
      }
      if (i + n >= toks_.size()) break;
      state = lexicon.PhraseStep(state, toks_[i + n].word_id);
    }
    std::reverse(matches_.begin() + match_begin_[i], matches_.end());
  }
  match_begin_[toks_.size()] = static_cast<std::uint32_t>(matches_.size());
}

std::size_t TaggedSentence::LongestMatch(std::size_t i, PhraseType type, int* index) const {
  for (const Match& m : MatchesAt(i)) {
    for (const auto& reading : m.phrase->readings) {
      if (reading.type == type) {
        if (index) *index = reading.index;
        return m.length;
      }
    }
  }
  return 0;
}

std::string TaggedSentence::Text(std::size_t first, std::size_t last) const {
  if (first >= last || last > toks_.size()) return "";
  return Utf32ToUtf8(std::u32string_view(text_).substr(toks_[first].begin,
                                                       toks_[last - 1].end - toks_[first].begin));
}

namespace {

bool StartsWith(const std::string& s, std::size_t pos, const char* prefix) {
  return s.compare(pos, std::char_traits<char>::length(prefix), prefix) == 0;
}

}  // namespace

bool LooksVietnameseSyllable(const std::string& key) {
  // Onsets longest first; "gi" and "qu" glide into the nucleus.
  static const char* kOnsets[] = {"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch",
                                  "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n",
                                  "p", "r", "s", "t", "v", "x"};
  static const char* kCodas[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u"};
  std::u32string s = Utf8ToUtf32(key);
  if (s.empty() || s.size() > 7) return false;
  std::size_t pos = 0;
  for (const char* onset : kOnsets) {
    if (StartsWith(key, 0, onset)) {
      pos = Utf8ToUtf32(onset).size();
      break;
    }
  }
  // The rest: vowels followed by an optional coda, with at most 3 vowels.
  static const std::u32string kVowels =
      U"aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
  std::size_t vowels = 0;
  while (pos < s.size() && kVowels.find(s[pos]) != std::u32string::npos) {
    ++pos;
    ++vowels;
  }
  if (vowels == 0 || vowels > 3) return false;
  if (pos == s.size()) return true;
  std::string coda = Utf32ToUtf8(s.substr(pos));
  for (const char* c : kCodas) {
    if (coda == c) return true;
  }
  return false;
}

}  // namespace coopgraph::extract::internal

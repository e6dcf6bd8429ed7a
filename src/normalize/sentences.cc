// Sentence splitting for news text. One left-to-right pass; every look-back
// or look-ahead is bounded, so the split is linear in the text length.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "coopgraph/normalize/normalize.h"
#include "normalize/chars.h"

namespace coopgraph::normalize {
namespace {

// Longer words before a dot are never abbreviations; bounds the look-back.
constexpr std::size_t kMaxAbbreviation = 12;
// How far a run-on ("Lào.Ảnh") looks for a lower-case letter.
constexpr std::size_t kMaxRunOnWord = 32;

bool IsTerminator(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }
bool IsCloser(char32_t cp) { return cp == '"' || cp == '\'' || cp == ')' || cp == ']'; }
bool IsOpener(char32_t cp) { return cp == '"' || cp == '\'' || cp == '(' || cp == '['; }

class Splitter {
 public:
  Splitter(std::u32string_view text, const std::vector<std::u32string>& abbreviations)
      : text_(text) {
    for (const std::u32string& a : abbreviations) {
      std::u32string key;
      for (char32_t cp : a) key.push_back(chars::ToLower(cp));
      while (!key.empty() && key.back() == '.') key.pop_back();
      if (!key.empty()) abbreviations_.insert(std::move(key));
    }
  }

  std::vector<Sentence> Run() {
    const std::size_t n = text_.size();
    for (std::size_t i = 0; i < n;) {
      // Inside a sentence that opened with no bracket, only line breaks and
      // terminators matter: the text between them is passed over in a tight
      // loop (every character above '?' but U+2026 is neither).
      if (started_ && opener_ == 0) {
        while (i < n && ((text_[i] > U'?' && text_[i] != 0x2026) || (text_[i] != U'\n' && !IsTerminator(text_[i])))) ++i;
        if (i == n) break;
      }
      const char32_t cp = text_[i];
      if (cp == '\n') {
        Emit(i);
        start_ = ++i;
        continue;
      }
      if (TrackBracket(cp) && EndsBracketedSentence(i)) {
        Emit(++i);
        start_ = i;
        continue;
      }
      if (!IsTerminator(cp)) {
        ++i;
        continue;
      }
      i = AfterTerminator(i);
    }
    Emit(n);
    return std::move(sentences_);
  }

 private:
  // Handles the terminator run at `i` and returns where scanning resumes.
  std::size_t AfterTerminator(std::size_t i) {
    const std::size_t n = text_.size();
    std::size_t j = i;
    while (j < n) {
      if (IsTerminator(text_[j])) {
        ++j;
      } else if (text_[j] == '/' && text_[j - 1] == '.' && j + 1 < n && text_[j + 1] == '.') {
        j += 2;  // "./." closes Vietnamese news articles.
      } else {
        break;
      }
    }
    std::size_t k = j;
    while (k < n && IsCloser(text_[k])) TrackBracket(text_[k++]);
    if (k >= n) return k;
    bool boundary;
    if (text_[k] == ' ') {
      std::size_t m = k;
      while (m < n && text_[m] == ' ') ++m;
      boundary = m < n && StartsSentence(m);
    } else {
      boundary = StartsRunOnSentence(k);
    }
    const bool single_dot = j == i + 1 && text_[i] == '.';
    if (boundary && single_dot && FollowsAbbreviation(i)) boundary = false;
    if (boundary) {
      Emit(k);
      start_ = k;
    }
    return k;
  }

  // A sentence starts with an upper-case letter, or with quotes or brackets
  // opening onto an upper-case letter or a digit.
  bool StartsSentence(std::size_t m) const {
    if (chars::IsUpper(text_[m])) return true;
    std::size_t p = m;
    while (p < text_.size() && p < m + 2 && IsOpener(text_[p])) ++p;
    return p > m && p < text_.size() && (chars::IsUpper(text_[p]) || chars::IsDigit(text_[p]));
  }

  // "Lào.Ảnh: ..." (no space) splits, but "TP.HCM" or "Th.S" do not: the
  // word after the dot must be capitalised and hold a lower-case letter.
  bool StartsRunOnSentence(std::size_t k) const {
    if (!chars::IsUpper(text_[k])) return false;
    const std::size_t limit = std::min(text_.size(), k + kMaxRunOnWord);
    for (std::size_t p = k + 1; p < limit && chars::IsLetter(text_[p]); ++p) {
      if (chars::IsLower(text_[p])) return true;
    }
    return false;
  }

  // True when the letters before the dot at `dot` are a known abbreviation
  // ("TP.", "PGS.TS.") or a single capital, as in the initial "V. A".
  bool FollowsAbbreviation(std::size_t dot) {
    std::size_t b = dot;
    while (b > start_ && dot - b <= kMaxAbbreviation && chars::IsLetter(text_[b - 1])) --b;
    const std::size_t len = dot - b;
    if (len == 0 || len > kMaxAbbreviation) return false;
    if (len == 1 && chars::IsUpper(text_[b])) return true;
    word_.clear();
    for (std::size_t p = b; p < dot; ++p) word_.push_back(chars::ToLower(text_[p]));
    return abbreviations_.count(word_) > 0;
  }

  // Follows brackets of a sentence that opens with '(' or '['; returns true
  // when `cp` closes the outermost one.
  bool TrackBracket(char32_t cp) {
    if (!started_) {
      if (cp == ' ') return false;
      started_ = true;
      if (cp == '(' || cp == '[') {
        opener_ = cp;
        closer_ = cp == '(' ? ')' : ']';
        depth_ = 0;
      }
    }
    if (opener_ == 0) return false;
    if (cp == opener_) {
      ++depth_;
    } else if (cp == closer_ && depth_ > 0 && --depth_ == 0) {
      opener_ = 0;
      return true;
    }
    return false;
  }

  // A bracketed sentence, "(Ảnh: Phạm Kiên/Vietnam+) Theo ...", ends at its
  // closing bracket when a capital follows.
  bool EndsBracketedSentence(std::size_t close) const {
    const std::size_t m = close + 1;
    return m + 1 < text_.size() && text_[m] == ' ' && chars::IsUpper(text_[m + 1]);
  }

  void Emit(std::size_t end) {
    std::size_t begin = start_;
    while (begin < end && chars::IsSpace(text_[begin])) ++begin;
    while (end > begin && chars::IsSpace(text_[end - 1])) --end;
    if (begin < end) sentences_.push_back({begin, end});
    started_ = false;
    opener_ = 0;
  }

  std::u32string_view text_;
  std::unordered_set<std::u32string> abbreviations_;
  std::vector<Sentence> sentences_;
  std::u32string word_;
  std::size_t start_ = 0;
  bool started_ = false;  // A non-space character of the sentence was seen.
  char32_t opener_ = 0;   // Bracket the current sentence opened with, or 0.
  char32_t closer_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::u32string_view text,
                                     const std::vector<std::u32string>& abbreviations) {
  return Splitter(text, abbreviations).Run();
}

}  // namespace coopgraph::normalize

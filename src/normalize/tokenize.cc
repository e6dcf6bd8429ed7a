// Tokenizer: words, numbers and single punctuation characters. Joiners
// ('&', '-', '\'') are decided by one character of look-ahead, so a pass is
// linear.
#include <algorithm>
#include <cstdint>

#include "coopgraph/normalize/normalize.h"
#include "normalize/chars.h"

namespace coopgraph::normalize {
namespace {

bool IsTokenSpace(char32_t cp) { return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r'; }

// Whether the joiner at `j`, inside a word, continues it: KH&CN, GD&ĐT;
// Thoong-xa-lit (but not Nam-Lào or 2017-2020); O'Brien.
bool JoinsWord(std::u32string_view text, std::size_t j, std::size_t end) {
  if (j + 1 >= end || !chars::IsWordChar(text[j + 1])) return false;
  const char32_t next = text[j + 1];
  switch (text[j]) {
    case '&':
      return true;
    case '-':
      return chars::IsLower(next);
    case '\'':
      return chars::IsLetter(text[j - 1]) && chars::IsLetter(next);
    default:
      return false;
  }
}

// What the loop below asks of a character, looked up for U+0000..U+1FFF
// (Latin, Vietnamese, marks, Lao, Thai) instead of tested one by one.
class CharClasses {
 public:
  static constexpr std::uint8_t kLetter = 1, kDigit = 2, kWordChar = 4, kSpace = 8;

  static const CharClasses& Get() {
    static const CharClasses classes;
    return classes;
  }
  std::uint8_t Of(char32_t cp) const { return cp < kTabulated ? classes_[cp] : Compute(cp); }

 private:
  static constexpr char32_t kTabulated = 0x2000;
  CharClasses() {
    for (char32_t cp = 0; cp < kTabulated; ++cp) classes_[cp] = Compute(cp);
  }
  static std::uint8_t Compute(char32_t cp) {
    return static_cast<std::uint8_t>((chars::IsLetter(cp) ? kLetter : 0) | (chars::IsDigit(cp) ? kDigit : 0) |
                                     (chars::IsWordChar(cp) ? kWordChar : 0) | (IsTokenSpace(cp) ? kSpace : 0));
  }
  std::uint8_t classes_[kTabulated];
};

}  // namespace

std::vector<Token> Tokenize(std::u32string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 4 + 1);
  const CharClasses& classes = CharClasses::Get();
  for (std::size_t i = begin; i < end;) {
    const std::uint8_t first = classes.Of(text[i]);
    if (first & CharClasses::kSpace) {
      ++i;
      continue;
    }
    // A word starts with a letter or digit; a stray combining mark is punct.
    if (!(first & (CharClasses::kLetter | CharClasses::kDigit))) {
      tokens.push_back({i, i + 1, TokenShape::kPunct});
      ++i;
      continue;
    }
    bool has_letter = false;
    std::size_t j = i;
    while (j < end) {
      const std::uint8_t c = classes.Of(text[j]);
      if (c & CharClasses::kWordChar) {
        has_letter = has_letter || (c & CharClasses::kLetter);
        ++j;
      } else if (JoinsWord(text, j, end)) {
        ++j;
      } else {
        break;
      }
    }
    // "Vietnam+" keeps its plus when nothing alphanumeric follows it.
    if (has_letter && j < end && text[j] == '+' &&
        (j + 1 >= end || !chars::IsWordChar(text[j + 1]))) {
      ++j;
    }
    tokens.push_back({i, j, has_letter ? TokenShape::kWord : TokenShape::kNumber});
    i = j;
  }
  return tokens;
}

}  // namespace coopgraph::normalize

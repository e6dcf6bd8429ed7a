// Tokenizer: words, numbers and single punctuation characters. Joiners
// ('&', '-', '\'') are decided by one character of look-ahead, so a pass is
// linear.
#include <algorithm>

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

}  // namespace

std::vector<Token> Tokenize(std::u32string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 4 + 1);
  for (std::size_t i = begin; i < end;) {
    const char32_t cp = text[i];
    if (IsTokenSpace(cp)) {
      ++i;
      continue;
    }
    // A word starts with a letter or digit; a stray combining mark is punct.
    if (!chars::IsLetter(cp) && !chars::IsDigit(cp)) {
      tokens.push_back({i, i + 1, TokenShape::kPunct});
      ++i;
      continue;
    }
    bool has_letter = false;
    std::size_t j = i;
    while (j < end) {
      if (chars::IsWordChar(text[j])) {
        has_letter = has_letter || chars::IsLetter(text[j]);
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

// Private character classes of the normalizer. Each predicate has an
// inline path for ASCII and the Latin/Vietnamese blocks, so hot loops over
// Vietnamese text rarely reach ICU; everything else asks ICU.
#ifndef COOPGRAPH_SRC_NORMALIZE_CHARS_H_
#define COOPGRAPH_SRC_NORMALIZE_CHARS_H_

namespace coopgraph::normalize::chars {

// Out-of-line ICU fallbacks (chars.cc).
bool IcuIsLetter(char32_t cp);
bool IcuIsUpper(char32_t cp);
bool IcuIsLower(char32_t cp);
bool IcuIsDigit(char32_t cp);
bool IcuIsMark(char32_t cp);
char32_t IcuToLower(char32_t cp);

inline bool IsAsciiLetter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return IsAsciiLetter(cp);
  // Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (every
  // precomposed Vietnamese letter) are all letters.
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;
  return IcuIsLetter(cp);
}

inline bool IsDigit(char32_t cp) { return cp < 0x80 ? IsAsciiDigit(cp) : IcuIsDigit(cp); }

// Letters, digits and combining marks (Lao and Thai vowel signs are marks).
inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return IsAsciiLetter(cp) || IsAsciiDigit(cp);
  return IsLetter(cp) || IcuIsDigit(cp) || IcuIsMark(cp);
}

inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IcuIsUpper(cp);
}

inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return IcuIsLower(cp);
}

inline char32_t ToLower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
  return IcuToLower(cp);
}

// Whitespace as produced by Normalize (' ' and '\n').
inline bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\n'; }

}  // namespace coopgraph::normalize::chars

#endif  // COOPGRAPH_SRC_NORMALIZE_CHARS_H_

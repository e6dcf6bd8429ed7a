// Stage 2: the one normalizer. Every matching key in coopgraph comes from here.
#ifndef COOPGRAPH_NORMALIZE_NORMALIZE_H_
#define COOPGRAPH_NORMALIZE_NORMALIZE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::normalize {

// Normalized text in code points with a map back to the source.
// Invariant: to_source.size() == text.size() + 1; to_source is
// non-decreasing; to_source[i] is the code-point offset in the source of the
// character that produced text[i]; to_source.back() is the source length.
struct NormalizedText {
  std::u32string text;
  std::vector<std::size_t> to_source;
};

// NFC; one tone-mark placement (final oa/oe/uy carry the mark on the first
// vowel: hoà->hòa, thuỷ->thủy, never quý or hoàng); Ð (U+00D0)->Đ; every dash
// (U+2010..U+2015, U+2212, U+FE58, U+FE63, U+FF0D) -> '-'; curly quotes and
// guillemets -> '"' or '\''; NBSP, other Unicode spaces, tabs and runs of
// spaces -> one ' '; a run of whitespace holding a line break (\r, \n,
// U+2028, U+2029) -> '\n'; leading and trailing whitespace removed;
// zero-width, bidi, soft-hyphen and control characters dropped; U+FFFD (also
// what invalid UTF-8 decodes to) and '…' kept. Case is kept. A character
// composed from several source code points, and a collapsed whitespace run,
// map to their first source code point. Idempotent.
// Thread safety: pure function.
NormalizedText Normalize(std::string_view utf8_source);

// Key for exact matching: Normalize, lower-case, the ';' of an entity remnant
// dropped ("kh&cn;" -> "kh&cn"), spaces around '-' removed, one space between
// words (line breaks too), trimmed of " .,;:\"'()". The same key as the
// evaluation scorer's. Thread safety: pure function.
std::string MatchKey(std::string_view utf8);

// MatchKey of text that is already Normalize output (a span of
// NormalizedText::text), skipping the second normalization:
// MatchKeyOfNormalized(Normalize(s).text) == MatchKey(s).
std::string MatchKeyOfNormalized(std::u32string_view normalized);

// Key for forgiving lookup: MatchKey without diacritics (đ->d), so
// "Huynh Thanh Dat" and "Huỳnh Thành Đạt" meet.
std::string LooseKey(std::string_view utf8);

// One entry of the search folding: `from` folds to `to`, its lower case
// without diacritics ('Ễ' -> "e", 'Đ' -> "d", a combining mark -> "").
struct Fold {
  char32_t from;
  std::string to;  // UTF-8
};
// The folding LooseKey applies to each code point, tabulated for the scripts
// a report's search meets (Latin U+0041..U+024F, combining diacritics
// U+0300..U+036F, Greek and Cyrillic U+0370..U+04FF, Latin Extended
// Additional U+1E00..U+1EFF): every code point there whose fold is not
// itself, in code point order. The HTML report's search box folds with this
// table (and lower-cases what it does not list). Thread safety: built once.
const std::vector<Fold>& FoldingTable();

// Lower-cases one code point (Vietnamese-aware, via ICU).
char32_t ToLower(char32_t cp);
// True for letters (any script), per ICU.
bool IsLetter(char32_t cp);
bool IsUpper(char32_t cp);

// A sentence as a half-open range of normalized offsets.
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits normalized text into sentences. A line break always ends one. A
// run of '.', '!', '?', '…' (and the "./." that closes Vietnamese articles),
// with any closing quotes or brackets right after it, ends one before a space
// and an upper-case letter, or a quote or bracket opening onto an upper-case
// letter or digit; except after an abbreviation in `abbreviations`
// (lower-case, without the dot: "tp", "ths", "pgs") or a single capital (the
// initial in "Nguyễn V. An"). Inside numbers (23.5, 1.000.000) nothing
// splits. A run-on such as "Lào.Ảnh: Thu Hiền" is split after the dot when
// the next word is capitalised and has a lower-case letter (so not "TP.HCM",
// "Th.S"). A sentence opening with '(' or '[' ends at its closing bracket
// when an upper-case letter follows: "(Ảnh: Phạm Kiên/Vietnam+) Theo ...".
// Sentences carry no surrounding spaces; empty ones are omitted. Linear time.
// Thread safety: pure function.
std::vector<Sentence> SplitSentences(std::u32string_view text,
                                     const std::vector<std::u32string>& abbreviations = {});

enum class TokenShape { kWord, kNumber, kPunct };

// A token as a half-open range of normalized offsets. Words are runs of
// letters and digits holding at least one letter, with inner '&' (KH&CN), a
// trailing '+' (Vietnam+) and an inner hyphen when a lower-case letter
// follows it (Thoong-xa-lit, but Nam-Lào is three tokens), an inner
// apostrophe between letters (O'Brien), and combining marks (Lao, Thai
// vowel signs); numbers are digit runs (10/8/2018 is 10, /, 8, /, 2018);
// each other non-space character is one kPunct token.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenShape shape = TokenShape::kWord;
};

// Tokens of text[begin, end) (clamped to the text), in order. Linear time.
// Thread safety: pure function.
std::vector<Token> Tokenize(std::u32string_view text, std::size_t begin, std::size_t end);

}  // namespace coopgraph::normalize

#endif  // COOPGRAPH_NORMALIZE_NORMALIZE_H_

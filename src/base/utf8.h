// The one UTF-8 / UTF-16 codec: validation with offsets, decoding to code
// points, encoding, repair. Internal (byte level, not for library users).
// Pure functions, thread safe.
#ifndef COOPGRAPH_SRC_BASE_UTF8_H_
#define COOPGRAPH_SRC_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace coopgraph {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr char kReplacementCharacterUtf8[] = "\xEF\xBF\xBD";  // U+FFFD

// `cp` when it is a Unicode scalar value (neither a surrogate nor past
// U+10FFFF), else U+FFFD: what every encoder writes for a code point.
inline char32_t ScalarValueOrReplacement(char32_t cp) {
  return cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? kReplacementCharacter : cp;
}

// Length of the well-formed sequence that starts at bytes[at] (1 to 4), or 0
// when none does. The one definition of well-formed UTF-8 (no overlongs, no
// surrogates, nothing past U+10FFFF); every decoder here goes through it.
inline std::size_t Utf8SequenceLength(std::string_view bytes, std::size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  auto cont = [&](std::size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  const unsigned char b = p[at];
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return cont(at + 1) ? 2 : 0;  // C0 and C1 would be overlong
  if (b >= 0xE0 && b <= 0xEF) {  // no overlongs (E0 80..9F), no surrogates (ED A0..BF)
    if (!cont(at + 1) || !cont(at + 2)) return 0;
    return (b == 0xE0 && p[at + 1] < 0xA0) || (b == 0xED && p[at + 1] >= 0xA0) ? 0 : 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {  // up to U+10FFFF
    if (!cont(at + 1) || !cont(at + 2) || !cont(at + 3)) return 0;
    return (b == 0xF0 && p[at + 1] < 0x90) || (b == 0xF4 && p[at + 1] >= 0x90) ? 0 : 4;
  }
  return 0;
}

inline bool IsUtf8Continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// True when `bytes` is well-formed UTF-8. Fast on ASCII runs.
bool IsValidUtf8(std::string_view bytes);
// Offset of the first byte that starts no well-formed sequence, or npos.
std::size_t FirstInvalidUtf8(std::string_view bytes);

// The code point at bytes[*at], *at moved past it; an invalid sequence is
// U+FFFD and one byte (so the character after it always survives).
char32_t DecodeUtf8At(std::string_view bytes, std::size_t* at);
// The code point that ends just before byte `end` (0 when end == 0), read
// from at most 3 continuation bytes back.
char32_t Utf8CodePointBefore(std::string_view bytes, std::size_t end);
// The start of the sequence holding byte `at`: `at` moved back over at most
// 3 continuation bytes (a cut there splits no well-formed sequence).
std::size_t Utf8SequenceStart(std::string_view bytes, std::size_t at);
// The first `n` code points of valid UTF-8 `text`.
std::string_view Utf8Prefix(std::string_view text, std::size_t n);

// Decodes UTF-8; each invalid sequence becomes U+FFFD and is counted in
// *invalid_count when given.
std::u32string Utf8ToUtf32(std::string_view utf8, std::size_t* invalid_count = nullptr);
std::string Utf32ToUtf8(std::u32string_view text);
void AppendUtf8(char32_t cp, std::string* out);  // surrogates and values past U+10FFFF become U+FFFD
// One code point as UTF-16 code units (a surrogate pair past U+FFFF);
// surrogates and values past U+10FFFF become U+FFFD.
void AppendUtf16(char32_t cp, std::u16string* out);
// Number of code points in valid or invalid UTF-8 (invalid sequences count 1 each).
std::size_t CountCodePoints(std::string_view utf8);

// UTF-8 with each byte outside a well-formed sequence replaced by U+FFFD,
// and what was found.
struct Utf8Repair {
  std::string text;
  std::size_t valid_multibyte = 0;                  // well-formed sequences of 2 to 4 bytes
  std::size_t invalid = 0;                          // bytes replaced
  std::size_t first_invalid = std::string::npos;   // offset of the first one
};
Utf8Repair RepairUtf8(std::string_view bytes);
// RepairUtf8(bytes).text, without a copy's work when `bytes` is valid.
std::string ReplaceInvalidUtf8(std::string_view bytes);
// Well-formed UTF-8 without NUL: invalid sequences and U+0000 become U+FFFD,
// so every writer and reader downstream gets text it can encode.
std::string SanitizeUtf8(std::string_view text);

// UTF-16 bytes (no BOM) to UTF-8 through ICU's converter; each lone
// surrogate or odd trailing byte becomes U+FFFD and is counted in *invalid.
enum class Utf16Order { kLittleEndian, kBigEndian };
std::string Utf16ToUtf8(std::string_view bytes, Utf16Order order, std::size_t* invalid);

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_UTF8_H_

// UTF-8 <-> UTF-32 conversion. Pure functions, thread safe.
#ifndef COOPGRAPH_BASE_UTF8_H_
#define COOPGRAPH_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace coopgraph {

// Decodes UTF-8; each invalid sequence becomes U+FFFD and is counted in
// *invalid_count when given.
std::u32string Utf8ToUtf32(std::string_view utf8, std::size_t* invalid_count = nullptr);
std::string Utf32ToUtf8(std::u32string_view text);
void AppendUtf8(char32_t cp, std::string* out);  // surrogates and values past U+10FFFF become U+FFFD
// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);
// Length of the well-formed sequence that starts at bytes[at] (1 to 4), or 0
// when none does.
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
// Well-formed UTF-8 without NUL: invalid sequences and U+0000 become U+FFFD,
// so every writer and reader downstream gets text it can encode.
std::string SanitizeUtf8(std::string_view text);
// Number of code points in valid or invalid UTF-8 (invalid sequences count 1 each).
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_UTF8_H_

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
// Well-formed UTF-8 without NUL: invalid sequences and U+0000 become U+FFFD,
// so every writer and reader downstream gets text it can encode.
std::string SanitizeUtf8(std::string_view text);
// Number of code points in valid or invalid UTF-8 (invalid sequences count 1 each).
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_UTF8_H_

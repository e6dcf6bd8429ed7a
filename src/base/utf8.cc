#include "coopgraph/base/utf8.h"

#include "base/byte_words.h"

#include <cstdint>
#include <cstring>

namespace coopgraph {
namespace {

// Decodes one code point at `i`; returns bytes used (>=1) and sets *cp, or
// U+FFFD with 1 byte used for an invalid sequence.
std::size_t DecodeOne(std::string_view s, std::size_t i, char32_t* cp, bool* valid) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  *valid = true;
  if (b0 < 0x80) { *cp = b0; return 1; }
  int len;
  char32_t min;
  char32_t value;
  if ((b0 & 0xE0) == 0xC0) { len = 2; min = 0x80; value = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; min = 0x800; value = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; value = b0 & 0x07; }
  else { *cp = 0xFFFD; *valid = false; return 1; }
  if (i + len > s.size()) { *cp = 0xFFFD; *valid = false; return 1; }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { *cp = 0xFFFD; *valid = false; return 1; }
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *cp = 0xFFFD; *valid = false; return 1;
  }
  *cp = value;
  return static_cast<std::size_t>(len);
}

}  // namespace

std::u32string Utf8ToUtf32(std::string_view utf8, std::size_t* invalid_count) {
  std::u32string out(utf8.size(), U'\0');  // at most one code point per byte
  std::size_t invalid = 0, length = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out[length++] = b;
      ++i;
      continue;
    }
    char32_t cp;
    bool valid;
    i += DecodeOne(utf8, i, &cp, &valid);
    if (!valid) ++invalid;
    out[length++] = cp;
  }
  out.resize(length);
  if (invalid_count) *invalid_count = invalid;
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  char bytes[4];
  std::size_t n;
  if (cp < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
    n = 1;
  } else if (cp < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
    bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    n = 2;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (cp >> 18));
    bytes[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    n = 3;
  }
  bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  out->append(bytes, n);
}

std::string Utf32ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (char32_t cp : text) AppendUtf8(cp, &out);
  return out;
}

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    // Eight ASCII bytes at a time: much text is mostly ASCII.
    if (i + 8 <= n && byte_words::AllAscii(byte_words::Load(bytes.data() + i))) {
      i += 8;
      continue;
    }
    // Vietnamese has a marked letter every few bytes: the ASCII between
    // them goes byte by byte.
    while (i < n && p[i] < 0x80) ++i;
    if (i == n) break;
    const std::size_t length = Utf8SequenceLength(bytes, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view text) {
  if (IsValidUtf8(text) && text.find('\0') == std::string_view::npos) return std::string(text);
  std::u32string cps = Utf8ToUtf32(text);  // invalid sequences are U+FFFD already
  for (char32_t& cp : cps) {
    if (cp == 0) cp = 0xFFFD;
  }
  return Utf32ToUtf8(cps);
}

std::size_t CountCodePoints(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp;
    bool valid;
    i += DecodeOne(utf8, i, &cp, &valid);
    ++n;
  }
  return n;
}

}  // namespace coopgraph

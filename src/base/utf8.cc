#include "base/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <memory>

#include "base/byte_words.h"

namespace coopgraph {
namespace {

// The code point of the well-formed sequence of `length` bytes at p.
char32_t Assemble(const unsigned char* p, std::size_t length) {
  switch (length) {
    case 1: return p[0];
    case 2: return (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    case 3: return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
    default:
      return (char32_t{p[0] & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) | (char32_t{p[2] & 0x3Fu} << 6) |
             (p[3] & 0x3Fu);
  }
}

// Offset of the first byte at or after `from` that is not ASCII; n if none.
// Eight bytes at a time: much text is mostly ASCII.
std::size_t SkipAscii(std::string_view bytes, std::size_t from) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = from;
  while (i + 8 <= n && byte_words::AllAscii(byte_words::Load(bytes.data() + i))) i += 8;
  // Vietnamese has a marked letter every few bytes: the ASCII between them
  // goes byte by byte.
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

std::size_t FirstInvalidUtf8(std::string_view bytes) {
  for (std::size_t i = SkipAscii(bytes, 0); i < bytes.size(); i = SkipAscii(bytes, i)) {
    const std::size_t length = Utf8SequenceLength(bytes, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool IsValidUtf8(std::string_view bytes) { return FirstInvalidUtf8(bytes) == std::string_view::npos; }

char32_t DecodeUtf8At(std::string_view bytes, std::size_t* at) {
  const std::size_t length = Utf8SequenceLength(bytes, *at);
  if (length == 0) {
    ++*at;
    return kReplacementCharacter;
  }
  const char32_t cp = Assemble(reinterpret_cast<const unsigned char*>(bytes.data()) + *at, length);
  *at += length;
  return cp;
}

std::size_t Utf8SequenceStart(std::string_view bytes, std::size_t at) {
  for (int back = 0; back < 3 && at > 0 && at < bytes.size() && IsUtf8Continuation(bytes[at]); ++back) --at;
  return at;
}

char32_t Utf8CodePointBefore(std::string_view bytes, std::size_t end) {
  if (end == 0) return 0;
  std::size_t i = Utf8SequenceStart(bytes, end - 1);
  return DecodeUtf8At(bytes.substr(0, end), &i);
}

std::string_view Utf8Prefix(std::string_view text, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < text.size(); ++k) {
    ++i;
    while (i < text.size() && IsUtf8Continuation(text[i])) ++i;
  }
  return text.substr(0, i);
}

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
    const std::size_t n = Utf8SequenceLength(utf8, i);
    if (n == 0) ++invalid;
    out[length++] = n == 0 ? kReplacementCharacter : Assemble(reinterpret_cast<const unsigned char*>(utf8.data()) + i, n);
    i += n == 0 ? 1 : n;
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
  cp = ScalarValueOrReplacement(cp);
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

void AppendUtf16(char32_t cp, std::u16string* out) {
  cp = ScalarValueOrReplacement(cp);
  if (cp < 0x10000) {
    out->push_back(static_cast<char16_t>(cp));
    return;
  }
  cp -= 0x10000;
  out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
  out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
}

std::size_t CountCodePoints(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size(); ++n) DecodeUtf8At(utf8, &i);
  return n;
}

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair repair;
  repair.text.reserve(bytes.size() + 16);
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t ascii_end = SkipAscii(bytes, i);
    repair.text.append(bytes, i, ascii_end - i);
    i = ascii_end;
    if (i == bytes.size()) break;
    const std::size_t length = Utf8SequenceLength(bytes, i);
    if (length > 0) {
      repair.text.append(bytes, i, length);
      ++repair.valid_multibyte;
      i += length;
      continue;
    }
    if (repair.invalid++ == 0) repair.first_invalid = i;
    repair.text += kReplacementCharacterUtf8;
    ++i;
  }
  return repair;
}

std::string ReplaceInvalidUtf8(std::string_view bytes) {
  return IsValidUtf8(bytes) ? std::string(bytes) : RepairUtf8(bytes).text;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out = ReplaceInvalidUtf8(text);
  for (std::size_t nul = out.find('\0'); nul != std::string::npos; nul = out.find('\0', nul)) {
    out.replace(nul, 1, kReplacementCharacterUtf8);
  }
  return out;
}

namespace {

// ICU's substitution (U+FFFD from a Unicode converter), counting each use.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* units, int32_t length,
                        UConverterCallbackReason reason, UErrorCode* status) {
  if (reason <= UCNV_IRREGULAR) ++*static_cast<std::size_t*>(const_cast<void*>(context));
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, status);
}

}  // namespace

std::string Utf16ToUtf8(std::string_view bytes, Utf16Order order, std::size_t* invalid) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(
      ucnv_open(order == Utf16Order::kLittleEndian ? "UTF-16LE" : "UTF-16BE", &status), ucnv_close);
  if (U_SUCCESS(status)) {
    ucnv_setToUCallBack(conv.get(), CountingSubstitute, invalid, nullptr, nullptr, &status);
  }
  if (U_FAILURE(status)) {  // no converter data: every unit is lost
    *invalid += (bytes.size() + 1) / 2;
    std::string out;
    for (std::size_t k = 0; k < (bytes.size() + 1) / 2; ++k) out += kReplacementCharacterUtf8;
    return out;
  }
  icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  std::string out;
  decoded.toUTF8String(out);
  return out;
}

}  // namespace coopgraph

#include "ingest/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

#include "base/byte_words.h"
#include "base/utf8.h"

namespace coopgraph::ingest {
namespace {

// UTF-16 without a BOM shows as NUL high bytes of the many ASCII characters,
// always on the same side of each pair.
std::optional<Utf16Order> GuessUtf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
  if (n < 4) return std::nullopt;
  // Text in a one-byte encoding has no NUL at all (the usual case): no count needed.
  if (std::memchr(bytes.data(), '\0', n) == nullptr) return std::nullopt;
  std::size_t even_nul = 0;
  std::size_t odd_nul = 0;
  for (std::size_t k = 0; k < n; k += 2) {
    if (bytes[k] == '\0') ++even_nul;
    if (bytes[k + 1] == '\0') ++odd_nul;
  }
  const std::size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 4 && even_nul * 20 <= pairs) return Utf16Order::kLittleEndian;
  if (even_nul * 10 >= pairs * 4 && odd_nul * 20 <= pairs) return Utf16Order::kBigEndian;
  return std::nullopt;
}

bool LooksBinary(std::string_view bytes) {
  std::size_t controls = 0;
  const char* p = bytes.data();
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    // Eight bytes at a time while none is below 0x20 (text has few).
    if (i + 8 <= n && byte_words::BytesBelow(byte_words::Load(p + i), 0x20) == 0) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(p[i++]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++controls;
  }
  return controls * 50 > bytes.size();
}

bool DecodeWindows1258(std::string_view bytes, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("windows-1258", &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return false;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString composed = nfc->normalize(decoded, status);
  if (U_FAILURE(status)) return false;
  out->clear();
  composed.toUTF8String(*out);
  return true;
}

}  // namespace

DecodedText DecodeBytes(std::string_view bytes) {
  DecodedText result;
  std::size_t invalid = 0;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const Utf16Order order = bytes[0] == '\xFF' ? Utf16Order::kLittleEndian : Utf16Order::kBigEndian;
    result.text = Utf16ToUtf8(bytes.substr(2), order, &invalid);
    if (invalid > 0) {
      result.notes.push_back(std::to_string(invalid) +
                             " invalid UTF-16 code unit(s) replaced with U+FFFD");
    }
    return result;
  }
  const bool utf8_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  const std::size_t base = utf8_bom ? 3 : 0;
  if (!utf8_bom) {
    if (const std::optional<Utf16Order> order = GuessUtf16(bytes)) {
      const bool le = *order == Utf16Order::kLittleEndian;
      result.text = Utf16ToUtf8(bytes, *order, &invalid);
      result.notes.push_back(std::string("no byte order mark, decoded as UTF-16") +
                             (le ? "LE" : "BE"));
      return result;
    }
  }
  std::string_view body = bytes.substr(base);
  if (LooksBinary(body)) {
    result.binary = true;
    result.notes.push_back("looks binary, skipped");
    return result;
  }
  if (IsValidUtf8(body)) {
    result.text = std::string(body);
    return result;
  }
  Utf8Repair scan = RepairUtf8(body);
  if (utf8_bom || scan.valid_multibyte > scan.invalid) {
    result.text = std::move(scan.text);
    result.notes.push_back(std::to_string(scan.invalid) +
                           " invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte offset " +
                           std::to_string(base + scan.first_invalid) + ")");
    return result;
  }
  if (!DecodeWindows1258(body, &result.text)) {
    result.text = std::move(scan.text);
    result.notes.push_back("not valid UTF-8 and the Windows-1258 converter is unavailable; " +
                           std::to_string(scan.invalid) + " byte(s) replaced with U+FFFD");
    return result;
  }
  result.notes.push_back("not valid UTF-8, decoded as Windows-1258");
  return result;
}

}  // namespace coopgraph::ingest

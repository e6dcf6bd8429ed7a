#include "ingest/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "base/byte_words.h"
#include "coopgraph/base/utf8.h"

namespace coopgraph::ingest {
namespace {

enum class Utf16Order { kNone, kLittleEndian, kBigEndian };

std::string DecodeUtf16(std::string_view bytes, bool little_endian, std::size_t* invalid) {
  std::u32string cps;
  cps.reserve(bytes.size() / 2);
  auto unit = [&](std::size_t k) -> char32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? k : k + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? k + 1 : k]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::size_t k = 0;
  for (; k + 1 < bytes.size(); k += 2) {
    const char32_t u = unit(k);
    if (u >= 0xD800 && u <= 0xDBFF && k + 3 < bytes.size()) {
      const char32_t low = unit(k + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cps.push_back(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        k += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      cps.push_back(0xFFFD);
      ++*invalid;
    } else {
      cps.push_back(u);
    }
  }
  if (k < bytes.size()) {  // odd trailing byte
    cps.push_back(0xFFFD);
    ++*invalid;
  }
  return Utf32ToUtf8(cps);
}

// UTF-16 without a BOM shows as NUL high bytes of the many ASCII characters,
// always on the same side of each pair.
Utf16Order GuessUtf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
  if (n < 4) return Utf16Order::kNone;
  // Text in a one-byte encoding has no NUL at all (the usual case): no count needed.
  if (std::memchr(bytes.data(), '\0', n) == nullptr) return Utf16Order::kNone;
  std::size_t even_nul = 0;
  std::size_t odd_nul = 0;
  for (std::size_t k = 0; k < n; k += 2) {
    if (bytes[k] == '\0') ++even_nul;
    if (bytes[k + 1] == '\0') ++odd_nul;
  }
  const std::size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 4 && even_nul * 20 <= pairs) return Utf16Order::kLittleEndian;
  if (even_nul * 10 >= pairs * 4 && odd_nul * 20 <= pairs) return Utf16Order::kBigEndian;
  return Utf16Order::kNone;
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

std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC0 && lead < 0xE0) return 2;
  if (lead >= 0xE0 && lead < 0xF0) return 3;
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  return 0;  // a continuation byte or an invalid lead
}

struct Utf8Scan {
  std::string repaired;       // each invalid byte replaced by U+FFFD
  std::size_t valid_multibyte = 0;
  std::size_t invalid = 0;
  std::size_t first_invalid = 0;
};

// `base` is the offset of `bytes` in the file (after a BOM), for messages.
Utf8Scan ScanUtf8(std::string_view bytes, std::size_t base) {
  Utf8Scan scan;
  scan.repaired.reserve(bytes.size() + 16);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      scan.repaired.push_back(bytes[i++]);
      continue;
    }
    const std::size_t len = SequenceLength(lead);
    if (len > 0 && i + len <= bytes.size() && IsValidUtf8(bytes.substr(i, len))) {
      scan.repaired.append(bytes, i, len);
      ++scan.valid_multibyte;
      i += len;
      continue;
    }
    if (scan.invalid++ == 0) scan.first_invalid = base + i;
    scan.repaired.append("\xEF\xBF\xBD");
    ++i;
  }
  return scan;
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
    result.text = DecodeUtf16(bytes.substr(2), bytes[0] == '\xFF', &invalid);
    if (invalid > 0) {
      result.notes.push_back(std::to_string(invalid) +
                             " invalid UTF-16 code unit(s) replaced with U+FFFD");
    }
    return result;
  }
  const bool utf8_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  const std::size_t base = utf8_bom ? 3 : 0;
  if (!utf8_bom) {
    const Utf16Order order = GuessUtf16(bytes);
    if (order != Utf16Order::kNone) {
      const bool le = order == Utf16Order::kLittleEndian;
      result.text = DecodeUtf16(bytes, le, &invalid);
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
  Utf8Scan scan = ScanUtf8(body, base);
  if (utf8_bom || scan.valid_multibyte > scan.invalid) {
    result.text = std::move(scan.repaired);
    result.notes.push_back(std::to_string(scan.invalid) +
                           " invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte offset " +
                           std::to_string(scan.first_invalid) + ")");
    return result;
  }
  if (!DecodeWindows1258(body, &result.text)) {
    result.text = std::move(scan.repaired);
    result.notes.push_back("not valid UTF-8 and the Windows-1258 converter is unavailable; " +
                           std::to_string(scan.invalid) + " byte(s) replaced with U+FFFD");
    return result;
  }
  result.notes.push_back("not valid UTF-8, decoded as Windows-1258");
  return result;
}

}  // namespace coopgraph::ingest

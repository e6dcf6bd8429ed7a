// Encoding detection: BOMs, UTF-16 with and without BOM, broken UTF-8,
// Windows-1258, binary. Whatever the bytes, the text is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"
#include "ingest/decode.h"

COOPGRAPH_FUZZ_TARGET(decode)(const std::uint8_t* data, std::size_t size) {
  using namespace coopgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ingest::DecodedText decoded = ingest::DecodeBytes(bytes);
  FUZZ_CHECK(IsValidUtf8(decoded.text));
  if (decoded.binary) FUZZ_CHECK(decoded.text.empty() && !decoded.notes.empty());
  // Valid UTF-8 without NUL, BOM or control bytes comes out unchanged.
  if (IsValidUtf8(bytes) && bytes.find('\0') == std::string_view::npos && bytes.substr(0, 3) != "\xEF\xBB\xBF" &&
      (bytes.size() < 2 || (bytes.substr(0, 2) != "\xFF\xFE" && bytes.substr(0, 2) != "\xFE\xFF"))) {
    bool controls = false;
    for (unsigned char c : bytes) controls |= c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    if (!controls) FUZZ_CHECK(decoded.text == bytes && decoded.notes.empty());
  }
  return 0;
}

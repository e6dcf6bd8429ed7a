// Turns a file's bytes into UTF-8 text: BOMs, UTF-16, broken UTF-8,
// Windows-1258 and binary detection. Private to src/ingest.
#ifndef COOPGRAPH_SRC_INGEST_DECODE_H_
#define COOPGRAPH_SRC_INGEST_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::ingest {

struct DecodedText {
  bool binary = false;             // looks like a binary file: no text
  std::string text;                // UTF-8; NFC when it came from Windows-1258
  std::vector<std::string> notes;  // warning messages, without the file name
};

// Decision order:
//  1. A BOM decides: UTF-8, UTF-16LE or UTF-16BE.
//  2. No BOM but NUL bytes in every other position: UTF-16 (LE or BE).
//  3. A NUL byte, or more than 2% C0 control bytes: binary.
//  4. Valid UTF-8: kept as is.
//  5. Invalid UTF-8: count valid multi-byte sequences V and invalid bytes I.
//     Broken UTF-8 (a cut scrape, one stray byte) is still mostly valid
//     sequences: Vietnamese UTF-8 has one every few letters. A legacy 8-bit
//     file almost never forms a valid one by chance (in Windows-1258 a
//     vowel byte is followed by an ASCII letter or a tone-mark byte, never
//     by a continuation byte). So V > I means UTF-8 with each bad byte
//     replaced by U+FFFD (and a warning); otherwise Windows-1258, the legacy
//     Vietnamese code page, NFC-composed since it spells tones as combining
//     marks. A BOM-marked UTF-8 file is always UTF-8.
DecodedText DecodeBytes(std::string_view bytes);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_DECODE_H_

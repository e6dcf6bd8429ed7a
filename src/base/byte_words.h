// Eight bytes at a time: tests over a 64-bit word of text, for the scanners
// that pass over long runs of ordinary bytes (UTF-8 checks, escaping, clean-up).
#ifndef COOPGRAPH_SRC_BASE_BYTE_WORDS_H_
#define COOPGRAPH_SRC_BASE_BYTE_WORDS_H_

#include <cstdint>
#include <cstring>

namespace coopgraph::byte_words {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;

// The eight bytes at `p` (any alignment).
inline std::uint64_t Load(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

// High bit set in each byte below `n` (n <= 0x80), and possibly in bytes
// after such a byte: exact as to whether there is one.
inline std::uint64_t BytesBelow(std::uint64_t word, unsigned char n) { return (word - kOnes * n) & ~word & kHigh; }
// The same for bytes equal to `b`.
inline std::uint64_t BytesEqual(std::uint64_t word, unsigned char b) { return BytesBelow(word ^ (kOnes * b), 1); }
// True when all eight bytes are ASCII.
inline bool AllAscii(std::uint64_t word) { return (word & kHigh) == 0; }

}  // namespace coopgraph::byte_words

#endif  // COOPGRAPH_SRC_BASE_BYTE_WORDS_H_

// Hashes of the library, in one place: content ids and fact ids are FNV-1a
// (platform independent, so ids are stable across runs and machines); the
// word cache keys code points with a cheaper multiplicative hash. Internal.
#ifndef COOPGRAPH_SRC_BASE_HASH_H_
#define COOPGRAPH_SRC_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace coopgraph {

inline constexpr std::uint64_t kFnv1a64OffsetBasis = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnv1a64Prime = 1099511628211ULL;

// 64-bit FNV-1a of the bytes, starting from `basis` (the standard offset
// basis unless an id scheme fixed another).
std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t basis = kFnv1a64OffsetBasis);

// The low `digits` (1-16) hex digits of `value`, lower case, zero padded:
// HexDigits(0xbeef, 8) == "0000beef".
std::string HexDigits(std::uint64_t value, int digits);

// The byte's two hex digits, upper case, appended to *out: the form
// percent-encoding and "\u00XX" escapes use ("%C3", "1F").
void AppendHexByte(unsigned char byte, std::string* out);

// A hash of a short word's code points for an in-memory table (not stable
// across versions; never written out). Inline: it runs once per token.
inline std::uint64_t ShortWordHash(std::u32string_view word) {
  // Words are a few characters long: a multiplicative hash over the code
  // points costs a fraction of hashing their bytes.
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ word.size();
  for (char32_t c : word) h = (h ^ c) * kFnv1a64Prime;
  return h ^ (h >> 29);
}

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_HASH_H_

#include "base/hash.h"

namespace coopgraph {

std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t basis) {
  std::uint64_t hash = basis;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= kFnv1a64Prime;
  }
  return hash;
}

std::string HexDigits(std::uint64_t value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int k = digits - 1; k >= 0; --k) {
    out[static_cast<std::size_t>(k)] = kHex[value & 0xF];
    value >>= 4;
  }
  return out;
}

}  // namespace coopgraph

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

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

}  // namespace

std::string HexDigits(std::uint64_t value, int digits) {
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int k = digits - 1; k >= 0; --k) {
    out[static_cast<std::size_t>(k)] = kLowerHex[value & 0xF];
    value >>= 4;
  }
  return out;
}

void AppendHexByte(unsigned char byte, std::string* out) {
  const char digits[2] = {kUpperHex[byte >> 4], kUpperHex[byte & 0xF]};
  out->append(digits, 2);
}

}  // namespace coopgraph

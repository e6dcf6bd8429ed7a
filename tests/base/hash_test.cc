// The hashes ids are made of: FNV-1a's published test vectors, and the digits
// written into document and fact ids.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "base/hash.h"

namespace coopgraph {
namespace {

TEST_CASE("Fnv1a64 gives the published FNV-1a values", "[base]") {
  struct Case {
    std::string bytes;
    std::uint64_t hash;
  };
  const std::vector<Case> cases = {
      {"", 0xcbf29ce484222325ULL},
      {"a", 0xaf63dc4c8601ec8cULL},
      {"foobar", 0x85944171f73967e8ULL},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(Fnv1a64(c.bytes) == c.hash);
  }
  CHECK(Fnv1a64("", 42) == 42);  // another basis starts elsewhere
  CHECK(Fnv1a64("a", 42) != Fnv1a64("a"));
}

TEST_CASE("HexDigits writes the low digits, lower case, zero padded", "[base]") {
  CHECK(HexDigits(0xbeef, 8) == "0000beef");
  CHECK(HexDigits(0x85944171f73967e8ULL, 16) == "85944171f73967e8");
  CHECK(HexDigits(0x85944171f73967e8ULL, 8) == "f73967e8");
}

TEST_CASE("ShortWordHash tells words apart by their code points", "[base]") {
  CHECK(ShortWordHash(U"hà") == ShortWordHash(U"hà"));
  CHECK(ShortWordHash(U"hà") != ShortWordHash(U"há"));
  CHECK(ShortWordHash(U"ab") != ShortWordHash(U"ba"));
}

TEST_CASE("AppendHexByte writes a byte's two digits, upper case", "[base]") {
  struct Case {
    unsigned char byte;
    const char* digits;
  };
  const Case cases[] = {{0x00, "00"}, {0x1F, "1F"}, {0xC3, "C3"}, {0xFF, "FF"}};
  for (const Case& c : cases) {
    std::string out = "%";
    AppendHexByte(c.byte, &out);
    CHECK(out == std::string("%") + c.digits);
  }
}

}  // namespace
}  // namespace coopgraph

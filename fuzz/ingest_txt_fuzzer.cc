// Plain-text articles: decoding, metadata lines, boilerplate, entity remnants.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(ingest_txt)(const std::uint8_t* data, std::size_t size) {
  return coopgraph::fuzz::FuzzIngest("fuzz.txt", {reinterpret_cast<const char*>(data), size});
}

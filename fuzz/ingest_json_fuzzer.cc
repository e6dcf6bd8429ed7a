// JSON and JSON Lines records. The first byte picks the format (even: .json,
// odd: .jsonl), the rest is the file.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(ingest_json)(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  return coopgraph::fuzz::FuzzIngest(data[0] % 2 == 0 ? "fuzz.json" : "fuzz.jsonl",
                                     {reinterpret_cast<const char*>(data) + 1, size - 1});
}

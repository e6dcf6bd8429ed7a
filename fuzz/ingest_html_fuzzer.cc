// HTML articles: the tag scanner, skipped chrome, entities, head metadata.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(ingest_html)(const std::uint8_t* data, std::size_t size) {
  return coopgraph::fuzz::FuzzIngest("fuzz.html", {reinterpret_cast<const char*>(data), size});
}

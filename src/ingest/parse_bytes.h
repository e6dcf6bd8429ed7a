// Internal: one file's bytes to Documents, for ReadPaths, the tests and the
// fuzz targets.
#ifndef COOPGRAPH_SRC_INGEST_PARSE_BYTES_H_
#define COOPGRAPH_SRC_INGEST_PARSE_BYTES_H_

#include <memory>
#include <string>
#include <string_view>

#include "coopgraph/ingest/ingest.h"

namespace coopgraph::ingest {

// Parses one file's bytes; `name` decides the format by extension and names
// the file in warnings.
IngestResult ParseBytes(const std::string& name, std::string_view bytes,
                        const IngestOptions& options);

// ParseBytes for many inputs with the same options: the boilerplate rules
// are compiled once, not on every call. Thread safety: Parse may run on
// several threads at once.
class BytesParser {
 public:
  explicit BytesParser(const IngestOptions& options);
  ~BytesParser();
  BytesParser(const BytesParser&) = delete;
  BytesParser& operator=(const BytesParser&) = delete;
  IngestResult Parse(const std::string& name, std::string_view bytes) const;

 private:
  std::unique_ptr<const CleanupRules> rules_;
};

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_PARSE_BYTES_H_

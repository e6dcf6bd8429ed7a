// Article records from .json (one object or an array) and .jsonl files.
// Private to src/ingest; RapidJSON stays inside json_records.cc.
#ifndef COOPGRAPH_SRC_INGEST_JSON_RECORDS_H_
#define COOPGRAPH_SRC_INGEST_JSON_RECORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph::ingest {

struct JsonRecord {
  std::string source;  // "<file>#<line>" (jsonl), "<file>#<n>" (array, 1-based), or "<file>"
  std::string text;
  std::string url;
  std::string title;
  std::string date;    // ISO, already normalized; "" when absent or unreadable
};

// Reads the records in `utf8`. `name` names the file in sources and
// warnings. A record that is not an object, has no string "text", or a
// .jsonl line that does not parse is a Warning; the other records are kept.
// A record's "id" is ignored: Document ids are content hashes. The first
// line of `utf8` is line `first_line` of a JSON Lines stream (a stream read
// in pieces, JsonLinesReader).
std::vector<JsonRecord> ParseJsonRecords(const std::string& name, std::string_view utf8,
                                         bool json_lines, std::vector<Warning>* warnings,
                                         std::size_t first_line = 1);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_JSON_RECORDS_H_

// A fact line (extract/facts_io.h), whatever the bytes: an error is kDataLoss
// naming the line, never a crash; a line that reads is written back to a line
// that reads to the same values (the same bytes when written again).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "coopgraph/extract/facts_io.h"
#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(facts)(const std::uint8_t* data, std::size_t size) {
  using namespace coopgraph;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  StatusOr<extract::ArticleFacts> read = extract::ReadFactLine(line, "fuzz.jsonl:7");
  if (!read.ok()) {
    FUZZ_CHECK(read.status().code() == StatusCode::kDataLoss);
    FUZZ_CHECK(read.status().message().rfind("fuzz.jsonl:7: ", 0) == 0);
    return 0;
  }
  const std::string written = extract::WriteFactLine(read->document, read->extracted);
  FUZZ_CHECK(IsValidUtf8(written));
  FUZZ_CHECK(written.find('\n') == written.size() - 1);
  StatusOr<extract::ArticleFacts> again = extract::ReadFactLine(written, "fuzz.jsonl:7");
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(extract::WriteFactLine(again->document, again->extracted) == written);
  return 0;
}

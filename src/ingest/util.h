// Small helpers shared by the ingest readers. Private to src/ingest.
#ifndef COOPGRAPH_SRC_INGEST_UTIL_H_
#define COOPGRAPH_SRC_INGEST_UTIL_H_

#include <string>
#include <string_view>

namespace coopgraph::ingest {

// Finds the first date in `value` and returns it as ISO 8601 ("YYYY-MM-DD",
// or "YYYY-MM"/"YYYY" when only those are given). Accepts ISO dates and
// timestamps ("2024-05-30T08:00:00+07:00" keeps the written local date),
// "2024/05/30", and day-first Vietnamese dates ("30/05/2024", "30-5-2024",
// "30.05.2024"). Returns "" when nothing valid is found.
std::string NormalizeDate(std::string_view value);

// The publication date an article's URL encodes, in the shapes Vietnamese
// and other outlets use: "/2024/05/29/", "-2024-05-29", "-20240529",
// "-20240529101010123" (yyyymmddhhmmss and milliseconds), "-188240529101010123"
// (a three-digit section, then yymmddhhmmss and milliseconds), and month
// folders "/202405/" or "/2024/05/" ("YYYY-MM"). Every part must be a valid
// calendar value and a time a valid time of day; other numbers are ids
// ("-625281", "post811730"). Empty when there is none.
std::string DateFromUrl(std::string_view url);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_UTIL_H_

// Private to extract: date expressions of Vietnamese news.
#ifndef COOPGRAPH_SRC_EXTRACT_DATES_H_
#define COOPGRAPH_SRC_EXTRACT_DATES_H_

#include <cstddef>
#include <vector>

#include "coopgraph/extract/types.h"
#include "tokens.h"

namespace coopgraph::extract::internal {

struct DateExpr {
  std::size_t first = 0;  // token range
  std::size_t last = 0;
  PartialDate start;
  PartialDate end;        // set for ranges ("28 và 29/5", "từ ngày 4 đến 7/10")
  bool is_period = false; // "giai đoạn 2021 – 2025": a span of years, not an event date
};

// Finds date expressions: "ngày 10/8/2018", "sáng 23/5", "Chiều 21-9",
// "trong các ngày 28 và 29/5", "từ ngày 28– 29/6/2021", "từ ngày 4 đến 7/10",
// "tháng 9/2018", "tháng 6 năm 2017", "năm 2022", "giai đoạn 2021 – 2025".
// Relative dates ("chiều cùng ngày", "hôm nay") are markers (markers.tsv).
std::vector<DateExpr> FindDates(const TaggedSentence& s);

// Fills a missing year from `reference` (flagged inferred). Leaves the date
// as is when the reference has no year.
PartialDate Anchor(const PartialDate& date, const PartialDate& reference);

// A full date moved by `days` (calendar arithmetic); other dates unchanged
// when `days` is 0, else returned empty.
PartialDate AddDays(const PartialDate& date, int days);

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_DATES_H_

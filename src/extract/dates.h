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
  // Not the date of the sentence's event: in parentheses ("… lên nắm quyền
  // (tháng 5/2022)") or after "kể từ" (since).
  bool aside = false;
};

// Finds date expressions: "ngày 10/8/2018", "sáng 23/5", "Chiều 21-9",
// "trong các ngày 28 và 29/5", "từ ngày 28– 29/6/2021", "từ ngày 4 đến 7/10",
// "tháng 9/2018", "tháng 6 năm 2017", "năm 2022", "giai đoạn 2021 – 2025".
// Relative dates ("chiều cùng ngày", "hôm nay") are markers (markers.tsv).
std::vector<DateExpr> FindDates(const TaggedSentence& s);

// Fills a missing year from `reference` (flagged inferred). Leaves the date
// as is when the reference has no year. With the reference's month, a month
// more than six months after it is of the year before (January's "28/12"),
// and January or February in a November or December article of the next.
PartialDate Anchor(const PartialDate& date, const PartialDate& reference);

// The date of the event the clause [first, last) reports: its first date that
// is neither an aside nor a period, a single day beating a range it lies in
// ("trong chuyến thăm từ ngày 11-13/7, sáng 13/7, …"); else, or when the
// clause gives a bare year only, the last such date before the clause (the
// sentence's lead: "Ngày 23-7, …; …"). Dates after the clause belong to
// other events. nullptr when there is none.
const DateExpr* EventDate(const std::vector<DateExpr>& dates, std::size_t first, std::size_t last);

// What is known of the day of an event inside [start, end]: `start` for a
// single day, else the month (or year) the range lies in ("4-6/12/2022":
// "2022-12").
PartialDate Within(const PartialDate& start, const PartialDate& end);

// True when the day opens its sentence or clause, the way a report's lead
// dates the event its following sentences describe: at most two words
// ("Chiều", "Ngày", "Sáng nay") before it from the start, a comma, a colon or
// a dateline's dash, and a comma and words after it ("Chiều 22/9, …",
// "…, ngày 23-7, Thủ tướng …", "QĐND - Sáng 9/7, …").
bool OpensClause(const TaggedSentence& s, const DateExpr& date);

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_DATES_H_

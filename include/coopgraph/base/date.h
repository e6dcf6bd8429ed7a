// Dates as the news gives them: a calendar date at the precision the text
// states, its ISO 8601 form, comparison at the precision two dates share and
// day arithmetic on the real (proleptic Gregorian) calendar. Every stage
// that reads, compares or moves a date uses these; there is no other copy.
#ifndef COOPGRAPH_BASE_DATE_H_
#define COOPGRAPH_BASE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "coopgraph/base/status.h"

namespace coopgraph {

// A calendar date at the precision the text gives: year only, year and
// month, a full date, or a month and day without the year ("28/5" in an
// undated article). 0 means unknown. A year taken from the publication date
// or from another date in the article is flagged `year_inferred`.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool year_inferred = false;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  // True when year, month and day are all known.
  bool full() const { return year != 0 && month != 0 && day != 0; }
  // "2018-08-10", "2018-08", "2018", "--08-10" (month and day, no year), or "".
  std::string ToIso() const;
  friend bool operator==(const PartialDate& a, const PartialDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  // A total order for sorting: by year, month, day, an unknown part first.
  friend bool operator<(const PartialDate& a, const PartialDate& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

// Reads the start of an ISO date ("2024-05-30", "2024-05", "2024", also the
// date of a timestamp "2024-05-30T08:00"), keeping the parts that are valid
// (a month 1-12, a day 1-31 of a known month). Empty when there is no year
// of four digits from 1000.
PartialDate ParseIsoDate(std::string_view iso);

// Where an ISO date sorts in a list, earliest first: 0 with a year, 1 a
// month and day without one ("--05-29"), 2 none. Within a group the ISO text
// itself sorts by date ("2018" < "2018-05" < "2018-05-01").
int IsoDateSortGroup(std::string_view iso);

// The ISO 8601 shape of a text, by its characters alone (a month 13 still has
// the shape): "YYYY", "YYYY-MM", "YYYY-MM-DD", "--MM-DD" (month and day, no
// year), "YYYY-MM-DDThh:mm:ss" with an optional fraction and an optional "Z"
// or "+hh:mm"; kNone for anything else.
enum class IsoDateShape { kNone, kYear, kYearMonth, kDate, kMonthDay, kDateTime };
IsoDateShape IsoDateShapeOf(std::string_view text);

// True for exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" in digits (the shapes a
// user may give as a period's bound).
bool IsIsoDateShape(std::string_view text);

// How many parts a date gives, 0 (none) to 3 (year, month and day).
int PrecisionOf(const PartialDate& date);

// Compares the parts both dates give, year, then month, then the day when
// both give month and day: <0, 0 or >0. "2018" is neither before nor after
// "2018-06-01"; "--05-29" and "2024-05-29" are equal.
int CompareAtCommonPrecision(const PartialDate& a, const PartialDate& b);

// True for 1900 no, 2000 and 2024 yes (Gregorian rule).
bool IsLeapYear(int year);
// 28 to 31; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);
// True when `day` (month and day known) falls in the range [start, end] of a
// report ("từ ngày 4 đến 6/12"): on the calendar when all three give the
// year, else by month and day. False when `end` is empty.
bool InDayRange(const PartialDate& day, const PartialDate& start, const PartialDate& end);

// True when the date exists on the calendar (year from 1000, as the news uses).
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil); month 1-12, any day (day 0 is the last of the month before).
long DaysFromCivil(int year, int month, int day);
// The full date `days` after 1970-01-01.
PartialDate CivilFromDays(long days);

// Calendar days from `a` to `b` (negative when `b` is earlier); nullopt
// unless both are full dates.
std::optional<long> DaysBetween(const PartialDate& a, const PartialDate& b);

// A full date moved by `days`; any date unchanged when `days` is 0, else
// empty when it is not a full date.
PartialDate AddDays(const PartialDate& date, int days);


// The one notation every answer, label and page shows a date in: ISO at the
// precision known ("2024-05-29", "2024-05", "2024"), "(year inferred)" after
// a year the text did not state ("2024-05-29 (year inferred)"), and a month
// and day without a year in words ("29 May, year unknown"). "" for no date.
std::string DescribeDate(std::string_view iso, bool year_inferred = false);

// A date a user types as an option (--from, --to, --date): "YYYY",
// "YYYY-MM", "YYYY-MM-DD", or day first as Vietnamese writes it,
// "DD/MM/YYYY" and "MM/YYYY" (one-digit day or month allowed). Returns the
// ISO form at that precision. Errors: kInvalidArgument naming `flag`, the
// text and the accepted forms, for anything else or a day not on the calendar.
StatusOr<std::string> ParseDateOption(std::string_view flag, std::string_view text);

// A period between two such dates ("" leaves a side open) in words:
// "from 2024-05 to 2024-06", "from 2024-05", "up to 2024-06", "at any date".
std::string DescribePeriod(std::string_view from, std::string_view to);

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_DATE_H_

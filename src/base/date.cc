#include "coopgraph/base/date.h"

#include <cstdio>

namespace coopgraph {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at *at; -1 when there is none.
int ReadNumber(std::string_view s, std::size_t* at, std::size_t max_digits) {
  int value = -1;
  for (std::size_t n = 0; n < max_digits && *at < s.size() && IsDigit(s[*at]); ++n, ++*at)
    value = (value < 0 ? 0 : value * 10) + (s[*at] - '0');
  return value;
}

// `text` matches `shape`, where 'd' stands for an ASCII digit.
bool HasShape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (shape[i] == 'd' ? !IsDigit(text[i]) : text[i] != shape[i]) return false;
  }
  return true;
}

// "hh:mm:ss", optional fraction, optional "Z" or "+hh:mm".
bool IsTimeOfDay(std::string_view t) {
  if (t.size() < 8 || !HasShape(t.substr(0, 8), "dd:dd:dd")) return false;
  t.remove_prefix(8);
  if (!t.empty() && t[0] == '.') {
    std::size_t n = 1;
    while (n < t.size() && IsDigit(t[n])) ++n;
    if (n == 1) return false;
    t.remove_prefix(n);
  }
  return t.empty() || t == "Z" || (t.size() == 6 && (t[0] == '+' || t[0] == '-') && HasShape(t.substr(1), "dd:dd"));
}

}  // namespace

std::string PartialDate::ToIso() const {
  char buf[16];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (year) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else return "";
  return buf;
}

PartialDate ParseIsoDate(std::string_view iso) {
  PartialDate date;
  std::size_t at = 0;
  const int year = ReadNumber(iso, &at, 4);
  if (year < 1000) return date;
  date.year = year;
  if (at >= iso.size() || iso[at] != '-') return date;
  ++at;
  const int month = ReadNumber(iso, &at, 2);
  if (month < 1 || month > 12) return date;
  date.month = month;
  if (at >= iso.size() || iso[at] != '-') return date;
  ++at;
  const int day = ReadNumber(iso, &at, 2);
  if (day >= 1 && day <= 31) date.day = day;
  return date;
}

int IsoDateSortGroup(std::string_view iso) { return iso.empty() ? 2 : iso[0] == '-' ? 1 : 0; }

IsoDateShape IsoDateShapeOf(std::string_view text) {
  if (HasShape(text, "dddd-dd-dd")) return IsoDateShape::kDate;
  if (HasShape(text, "dddd-dd")) return IsoDateShape::kYearMonth;
  if (HasShape(text, "dddd")) return IsoDateShape::kYear;
  if (HasShape(text, "--dd-dd")) return IsoDateShape::kMonthDay;
  if (text.size() > 11 && HasShape(text.substr(0, 11), "dddd-dd-ddT") && IsTimeOfDay(text.substr(11))) {
    return IsoDateShape::kDateTime;
  }
  return IsoDateShape::kNone;
}

bool IsIsoDateShape(std::string_view text) {
  const IsoDateShape shape = IsoDateShapeOf(text);
  return shape == IsoDateShape::kYear || shape == IsoDateShape::kYearMonth || shape == IsoDateShape::kDate;
}

int PrecisionOf(const PartialDate& date) { return (date.year != 0) + (date.month != 0) + (date.day != 0); }

int CompareAtCommonPrecision(const PartialDate& a, const PartialDate& b) {
  if (a.year && b.year && a.year != b.year) return a.year < b.year ? -1 : 1;
  if (!a.month || !b.month) return 0;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (!a.day || !b.day || a.day == b.day) return 0;
  return a.day < b.day ? -1 : 1;
}

bool InDayRange(const PartialDate& day, const PartialDate& start, const PartialDate& end) {
  if (end.empty() || !day.month || !day.day) return false;
  if (day.year && start.year && end.year) {
    const long at = DaysFromCivil(day.year, day.month, day.day);
    return at >= DaysFromCivil(start.year, start.month, start.day) && at <= DaysFromCivil(end.year, end.month, end.day);
  }
  const auto month_day = [](const PartialDate& d) { return d.month * 32 + d.day; };  // an order, not a day count
  return month_day(day) >= month_day(start) && month_day(day) <= month_day(end);
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1000 && day >= 1 && day <= DaysInMonth(year, month);
}

long DaysFromCivil(int year, int month, int day) {
  const long y = static_cast<long>(year) - (month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;                                  // [0, 399]
  const long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // [0, 146096]
  return era * 146097 + doe - 719468;
}

PartialDate CivilFromDays(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  PartialDate date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2));
  return date;
}

std::optional<long> DaysBetween(const PartialDate& a, const PartialDate& b) {
  if (!a.full() || !b.full()) return std::nullopt;
  return DaysFromCivil(b.year, b.month, b.day) - DaysFromCivil(a.year, a.month, a.day);
}

PartialDate AddDays(const PartialDate& date, int days) {
  if (days == 0) return date;
  if (!date.full()) return PartialDate();
  PartialDate out = CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
  out.year_inferred = date.year_inferred;
  return out;
}


std::string DescribeDate(std::string_view iso, bool year_inferred) {
  if (iso.empty()) return "";
  if (IsoDateShapeOf(iso) == IsoDateShape::kMonthDay) {
    static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
    const int month = (iso[2] - '0') * 10 + (iso[3] - '0');
    const int day = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (month < 1 || month > 12) return std::string(iso);
    return std::to_string(day) + " " + kMonths[month - 1] + ", year unknown";
  }
  std::string text(iso);
  if (year_inferred) text += " (year inferred)";
  return text;
}

StatusOr<std::string> ParseDateOption(std::string_view flag, std::string_view text) {
  const auto refuse = [&](std::string_view why) {
    return InvalidArgumentError(std::string(flag) + " \"" + std::string(text) + "\": " + std::string(why) +
                                " (accepted: YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, MM/YYYY)");
  };
  PartialDate date;
  if (IsIsoDateShape(text)) {
    date = ParseIsoDate(text);
    const int parts = text.size() == 4 ? 1 : text.size() == 7 ? 2 : 3;
    if (PrecisionOf(date) != parts) return refuse("not a date on the calendar");
  } else {
    // Day first: D/M/YYYY, DD/MM/YYYY, M/YYYY, MM/YYYY.
    int numbers[3] = {0, 0, 0};
    std::size_t digits[3] = {0, 0, 0};
    std::size_t count = 0, at = 0;
    while (count < 3) {
      const std::size_t begin = at;
      const int value = ReadNumber(text, &at, 4);
      if (value < 0) return refuse("not a date");
      numbers[count] = value;
      digits[count++] = at - begin;
      if (at == text.size()) break;
      if (text[at++] != '/') return refuse("not a date");
    }
    if (at != text.size() || count < 2 || digits[count - 1] != 4) return refuse("not a date");
    for (std::size_t i = 0; i + 1 < count; ++i)
      if (digits[i] > 2) return refuse("not a date");
    date.year = numbers[count - 1];
    date.month = numbers[count - 2];
    if (count == 3) date.day = numbers[0];
    if (date.year < 1000 || date.month < 1 || date.month > 12) return refuse("not a date on the calendar");
    if (count == 3 && !IsValidDate(date.year, date.month, date.day)) return refuse("not a date on the calendar");
  }
  if (date.day && !IsValidDate(date.year, date.month, date.day)) return refuse("not a date on the calendar");
  return date.ToIso();
}

std::string DescribePeriod(std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) return "at any date";
  std::string text;
  if (!from.empty()) text = "from " + std::string(from);
  if (!to.empty()) text += (text.empty() ? "up to " : " to ") + std::string(to);
  return text;
}

}  // namespace coopgraph

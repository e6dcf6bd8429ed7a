// PartialDate: the real calendar (month ends, year ends, leap days), ISO
// reading and writing, and comparison at the precision two dates share.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "coopgraph/base/date.h"

namespace coopgraph {
namespace {

PartialDate Day(int year, int month, int day) { return PartialDate{year, month, day}; }

TEST_CASE("days between two dates count the real calendar", "[base]") {
  struct Case {
    PartialDate from, to;
    long days;
  };
  const std::vector<Case> cases = {
      {Day(2024, 5, 29), Day(2024, 5, 29), 0},
      {Day(2024, 5, 29), Day(2024, 5, 31), 2},
      {Day(2024, 4, 30), Day(2024, 5, 1), 1},     // a 30-day month ends
      {Day(2024, 1, 31), Day(2024, 2, 1), 1},     // a 31-day month ends
      {Day(2023, 12, 31), Day(2024, 1, 1), 1},    // a year ends
      {Day(2023, 12, 30), Day(2024, 1, 2), 3},
      {Day(2024, 2, 28), Day(2024, 3, 1), 2},     // 2024 is a leap year
      {Day(2023, 2, 28), Day(2023, 3, 1), 1},     // 2023 is not
      {Day(1900, 2, 28), Day(1900, 3, 1), 1},     // a century is not, …
      {Day(2000, 2, 28), Day(2000, 3, 1), 2},     // … unless divisible by 400
      {Day(2024, 3, 1), Day(2024, 2, 28), -2},    // backwards
      {Day(2023, 1, 1), Day(2024, 1, 1), 365},
      {Day(2024, 1, 1), Day(2025, 1, 1), 366},
      {Day(1970, 1, 1), Day(2000, 1, 1), 10957},
  };
  for (const Case& c : cases) {
    CAPTURE(c.from.ToIso(), c.to.ToIso());
    CHECK(DaysBetween(c.from, c.to) == std::optional<long>(c.days));
    CHECK(AddDays(c.from, static_cast<int>(c.days)) == c.to);
  }
}

TEST_CASE("days are counted only between full dates", "[base]") {
  CHECK_FALSE(DaysBetween(PartialDate{2024, 5}, Day(2024, 5, 1)).has_value());
  CHECK_FALSE(DaysBetween(PartialDate{0, 5, 29}, Day(2024, 5, 29)).has_value());
  CHECK(AddDays(PartialDate{2024, 5}, 1).empty());
  CHECK(AddDays(PartialDate{2024, 5}, 0) == PartialDate{2024, 5});
}

TEST_CASE("moving a date by days crosses month and year ends", "[base]") {
  struct Case {
    PartialDate from;
    int days;
    std::string to;
  };
  const std::vector<Case> cases = {
      {Day(2024, 2, 28), 1, "2024-02-29"}, {Day(2023, 2, 28), 1, "2023-03-01"},
      {Day(2023, 12, 31), 1, "2024-01-01"}, {Day(2024, 1, 1), -1, "2023-12-31"},
      {Day(2024, 3, 1), -1, "2024-02-29"},  {Day(2100, 3, 1), -1, "2100-02-28"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.from.ToIso(), c.days);
    CHECK(AddDays(c.from, c.days).ToIso() == c.to);
  }
  PartialDate inferred = Day(2024, 5, 29);
  inferred.year_inferred = true;
  CHECK(AddDays(inferred, 3).year_inferred);
}

TEST_CASE("month lengths and valid dates follow the Gregorian calendar", "[base]") {
  struct Case {
    int year, month, days;
  };
  const std::vector<Case> cases = {
      {2024, 1, 31}, {2024, 2, 29}, {2023, 2, 28}, {1900, 2, 28}, {2000, 2, 29},
      {2024, 4, 30}, {2024, 12, 31}, {2024, 0, 0}, {2024, 13, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.year, c.month);
    CHECK(DaysInMonth(c.year, c.month) == c.days);
  }
  CHECK(IsValidDate(2024, 2, 29));
  CHECK_FALSE(IsValidDate(2023, 2, 29));
  CHECK_FALSE(IsValidDate(2024, 4, 31));
  CHECK_FALSE(IsValidDate(2024, 5, 0));
  CHECK_FALSE(IsValidDate(999, 5, 1));
}

TEST_CASE("an ISO date is read at its precision and written back", "[base]") {
  struct Case {
    std::string text, read;
  };
  const std::vector<Case> cases = {
      {"2024-05-30", "2024-05-30"},
      {"2024-05", "2024-05"},
      {"2024", "2024"},
      {"2024-05-30T08:00:00+07:00", "2024-05-30"},  // a timestamp keeps its date
      {"2024-13-01", "2024"},                        // no month 13: the year stands
      {"2024-05-32", "2024-05"},
      {"30/05/2024", ""},  // day first is ingest's to read, not ISO
      {"999", ""},
      {"hôm qua", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(ParseIsoDate(c.text).ToIso() == c.read);
  }
  for (const std::string iso : {"2018-08-10", "2018-08", "2018", "2024-02-29"}) {
    CAPTURE(iso);
    CHECK(ParseIsoDate(iso).ToIso() == iso);
  }
  CHECK(PartialDate{0, 8, 10}.ToIso() == "--08-10");  // month and day, no year
  CHECK(PartialDate{}.ToIso().empty());
}

TEST_CASE("a period's bound has an ISO shape", "[base]") {
  for (const char* ok : {"2024", "2024-05", "2024-05-30"}) CHECK(IsIsoDateShape(ok));
  for (const char* bad : {"", "24", "2024-5", "2024/05/30", "2024-05-30T08", "--05-30", "abcd"}) {
    CAPTURE(bad);
    CHECK_FALSE(IsIsoDateShape(bad));
  }
}

TEST_CASE("an ISO text's shape is read from its characters", "[base]") {
  struct Case {
    const char* text;
    IsoDateShape shape;
  };
  const Case cases[] = {
      {"2024", IsoDateShape::kYear},
      {"2024-05", IsoDateShape::kYearMonth},
      {"2024-05-30", IsoDateShape::kDate},
      {"2024-13-45", IsoDateShape::kDate},  // the shape only, not the calendar
      {"--05-30", IsoDateShape::kMonthDay},
      {"2024-05-30T08:00:00", IsoDateShape::kDateTime},
      {"2024-05-30T08:00:00.250Z", IsoDateShape::kDateTime},
      {"2024-05-30T08:00:00+07:00", IsoDateShape::kDateTime},
      {"2024-05-30T08:00", IsoDateShape::kNone},
      {"2024-05-30T08:00:00.", IsoDateShape::kNone},
      {"2024-05-30T08:00:00+0700", IsoDateShape::kNone},
      {"2024-5", IsoDateShape::kNone},
      {"-05-30", IsoDateShape::kNone},
      {"", IsoDateShape::kNone},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(IsoDateShapeOf(c.text) == c.shape);
  }
}

TEST_CASE("dates compare at the precision both give", "[base]") {
  struct Case {
    PartialDate a, b;
    int sign;
  };
  const std::vector<Case> cases = {
      {Day(2018, 6, 1), Day(2018, 6, 2), -1},
      {Day(2018, 6, 2), Day(2018, 6, 1), 1},
      {PartialDate{2018}, Day(2018, 6, 1), 0},      // "2018" neither before nor after
      {PartialDate{2018, 6}, Day(2018, 6, 30), 0},
      {PartialDate{2018, 5}, Day(2018, 6, 1), -1},
      {PartialDate{2017}, Day(2018, 1, 1), -1},
      {PartialDate{0, 5, 29}, Day(2024, 5, 29), 0},  // no year: month and day
      {PartialDate{0, 5, 29}, Day(2024, 5, 30), -1},
      {PartialDate{}, Day(2024, 5, 30), 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a.ToIso(), c.b.ToIso());
    const int got = CompareAtCommonPrecision(c.a, c.b);
    CHECK((got > 0) - (got < 0) == c.sign);
  }
  CHECK(PrecisionOf(PartialDate{}) == 0);
  CHECK(PrecisionOf(PartialDate{2018}) == 1);
  CHECK(PrecisionOf(PartialDate{2018, 6}) == 2);
  CHECK(PrecisionOf(Day(2018, 6, 1)) == 3);
}

TEST_CASE("a day lies in a range of days on the calendar", "[base]") {
  struct Case {
    const char* name;
    PartialDate day, start, end;
    bool inside;
  };
  const std::vector<Case> cases = {
      {"inside", Day(2022, 12, 5), Day(2022, 12, 4), Day(2022, 12, 6), true},
      {"first day", Day(2022, 12, 4), Day(2022, 12, 4), Day(2022, 12, 6), true},
      {"after", Day(2022, 12, 7), Day(2022, 12, 4), Day(2022, 12, 6), false},
      {"across a year end", Day(2024, 1, 1), Day(2023, 12, 30), Day(2024, 1, 2), true},
      {"leap day across a month end", Day(2024, 2, 29), Day(2024, 2, 28), Day(2024, 3, 1), true},
      {"another year", Day(2023, 12, 5), Day(2022, 12, 4), Day(2022, 12, 6), false},
      {"no year: month and day", PartialDate{0, 12, 5}, Day(2022, 12, 4), Day(2022, 12, 6), true},
      {"no range", Day(2022, 12, 4), Day(2022, 12, 4), PartialDate{}, false},
      {"a month is no day", PartialDate{2022, 12}, Day(2022, 12, 4), Day(2022, 12, 6), false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(InDayRange(c.day, c.start, c.end) == c.inside);
  }
}

TEST_CASE("dated facts sort with a year first, then without one, then undated", "[base]") {
  CHECK(IsoDateSortGroup("2018-05-01") == 0);
  CHECK(IsoDateSortGroup("2018") == 0);
  CHECK(IsoDateSortGroup("--05-29") == 1);
  CHECK(IsoDateSortGroup("") == 2);
}

TEST_CASE("the sort order puts unknown parts first", "[base]") {
  CHECK(PartialDate{2018} < Day(2018, 1, 1));
  CHECK(Day(2018, 12, 31) < Day(2019, 1, 1));
  CHECK(PartialDate{0, 12, 31} < PartialDate{2018});
  CHECK_FALSE(Day(2018, 6, 1) < Day(2018, 6, 1));
}


TEST_CASE("a date reads the same in every answer: ISO at its precision, inferred years and missing years said", "[base]") {
  CHECK(DescribeDate("2024-05-29") == "2024-05-29");
  CHECK(DescribeDate("2024-05") == "2024-05");
  CHECK(DescribeDate("2024-05-29", true) == "2024-05-29 (year inferred)");
  CHECK(DescribeDate("--05-29") == "29 May, year unknown");
  CHECK(DescribeDate("--12-01", true) == "1 December, year unknown");
  CHECK(DescribeDate("") == "");
}

TEST_CASE("a date option accepts ISO forms and the Vietnamese day-first forms, nothing else", "[base]") {
  CHECK(*ParseDateOption("--from", "2024") == "2024");
  CHECK(*ParseDateOption("--from", "2024-05") == "2024-05");
  CHECK(*ParseDateOption("--from", "2024-05-29") == "2024-05-29");
  CHECK(*ParseDateOption("--from", "29/05/2024") == "2024-05-29");
  CHECK(*ParseDateOption("--from", "1/6/2024") == "2024-06-01");
  CHECK(*ParseDateOption("--from", "05/2024") == "2024-05");
  for (const char* bad : {"", "2024-13", "2024-02-30", "30/02/2024", "May 2024", "2024/05/29", "24", "1/2/3/2024",
                          "2024-5-1", "05/24", "123/05/2024"}) {
    INFO(bad);
    const auto parsed = ParseDateOption("--to", bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == StatusCode::kInvalidArgument);
    CHECK(parsed.status().message().find("--to") != std::string::npos);
    CHECK(parsed.status().message().find("DD/MM/YYYY") != std::string::npos);
  }
}

TEST_CASE("a period is described in words, open on a side left empty", "[base]") {
  CHECK(DescribePeriod("2024-05", "2024-06") == "from 2024-05 to 2024-06");
  CHECK(DescribePeriod("2024", "") == "from 2024");
  CHECK(DescribePeriod("", "2024-06-30") == "up to 2024-06-30");
  CHECK(DescribePeriod("", "") == "at any date");
}

}  // namespace
}  // namespace coopgraph

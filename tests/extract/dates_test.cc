// Specification of dates, read through the meetings they date: the precision
// the text gives, ranges, and years filled from the publication date or from
// another date of the article, never from the clock.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::Dump;
using testing::Run;

struct DateCase {
  std::string text;
  std::string published;  // ISO, or "" for an article without a date
  std::string start;      // PartialDate::ToIso()
  std::string end;
  bool year_inferred;
};

// Each text reports one meeting with the given start, end and inferred flag.
void CheckDates(const std::vector<DateCase>& cases) {
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, c.published);
    CAPTURE(c.text, c.published);
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].start.ToIso() == c.start);
    CHECK(x.meetings[0].end.ToIso() == c.end);
    CHECK(x.meetings[0].start.year_inferred == c.year_inferred);
  }
}

TEST_CASE("A meeting date is read at the precision the text gives", "[extract]") {
  const std::vector<DateCase> cases = {
      {"Ngày 10/8/2018, Thứ trưởng Trần Văn Sơn hội đàm với Thứ trưởng Bộ Tài chính Lào Bounchom Ubonpaseuth.",
       "2018-08-12", "2018-08-10", "", false},
      {"Sáng 23/5, Thủ tướng Phạm Minh Chính tiếp Đại sứ Ấn Độ Sandeep Arya.", "2024-05-30", "2024-05-23", "",
       true},
      {"Chiều 21-9, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Tổng thống Chile Gabriel Boric.", "2023-09-25",
       "2023-09-21", "", true},
      {"Tháng 9/2018, Phó Chủ tịch Quốc hội Uông Chu Lưu hội kiến Chủ tịch Quốc hội Cuba Esteban Lazo.", "",
       "2018-09", "", false},
      {"Tháng 6 năm 2017, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Abe Shinzo.", "",
       "2017-06", "", false},
      {"Ngày 5 tháng 6 năm 2023, Bí thư Tỉnh ủy Thái Thanh Quý tiếp Tỉnh trưởng Xiêng Khoảng.", "",
       "2023-06-05", "", false},
  };
  CheckDates(cases);
}

TEST_CASE("A range of days gives a start and an end", "[extract]") {
  const std::vector<DateCase> cases = {
      {"Trong các ngày 28 và 29/5, Phó Thủ tướng Lê Thành Long thăm chính thức Hungary.", "2024-06-01",
       "2024-05-28", "2024-05-29", true},
      {"Từ ngày 28– 29/6/2021, Bộ trưởng Bộ Y tế Nguyễn Thanh Long làm việc tại Viêng Chăn.", "2021-07-02",
       "2021-06-28", "2021-06-29", false},
      {"Từ ngày 4 đến 7/10, Chủ tịch Quốc hội Trần Thanh Mẫn thăm chính thức Campuchia.", "2024-10-10",
       "2024-10-04", "2024-10-07", true},
  };
  CheckDates(cases);
}

TEST_CASE("Without any year the date keeps month and day only, never the clock's year", "[extract]") {
  const ExtractedArticle x = Run("Sáng 23/5, Bộ trưởng Bộ Tư pháp Lê Thành Long tiếp Đại sứ Pháp Olivier Brochet.");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  CHECK(x.meetings[0].start.year == 0);
  CHECK(x.meetings[0].start.ToIso() == "--05-23");
}

TEST_CASE("Without a publication date the year comes from another date of the article", "[extract]") {
  const ExtractedArticle x = Run(
      "Ngày 3/4/2019, đoàn đại biểu tỉnh Hủa Phăn đến Thanh Hóa. "
      "Sáng 5/4, Bí thư Tỉnh ủy Thanh Hóa Trịnh Văn Chiến tiếp đoàn.");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  CHECK(x.meetings[0].start.ToIso() == "2019-04-05");
  CHECK(x.meetings[0].start.year_inferred);
}

TEST_CASE("'cùng ngày' takes the date of the meeting before", "[extract]") {
  const ExtractedArticle x = Run(
      "Sáng 12/6, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore Vivian Balakrishnan. "
      "Chiều cùng ngày, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Thái Lan Urawadee Sriphiromya.",
      "2024-06-13");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 2);
  CHECK(x.meetings[0].start.ToIso() == "2024-06-12");
  CHECK(x.meetings[1].kind == MeetingKind::kReception);
  CHECK(x.meetings[1].start.ToIso() == "2024-06-12");
}

TEST_CASE("'Hôm qua' counts back from the publication date", "[extract]") {
  const ExtractedArticle x = Run(
      "Hôm qua, Chủ tịch Ủy ban nhân dân Thành phố Hà Nội Trần Sỹ Thanh làm việc với Thị trưởng Seoul Oh Se-hoon.",
      "2024-03-01");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  CHECK(x.meetings[0].start.ToIso() == "2024-02-29");
}

TEST_CASE("ParseIsoDate reads ISO dates at their precision", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2024-05-30", "2024-05-30"}, {"2024-05", "2024-05"}, {"2024", "2024"},
      {"30/05/2024", ""},          {"hôm qua", ""},         {"", ""},
  };
  for (const auto& [iso, expected] : cases) {
    CAPTURE(iso);
    CHECK(ParseIsoDate(iso).ToIso() == expected);
  }
}

TEST_CASE("The publication date is known to the extracted article", "[extract]") {
  const ExtractedArticle x = Run("Hai bên trao đổi kinh nghiệm.", "2022-11-03");
  CHECK(x.published.ToIso() == "2022-11-03");
  CHECK(Run("Hai bên trao đổi kinh nghiệm.").published.empty());
}

}  // namespace
}  // namespace coopgraph::extract

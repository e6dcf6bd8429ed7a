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

TEST_CASE("A day-month takes the year of the publication date, across the turn of the year", "[extract]") {
  const std::vector<DateCase> cases = {
      // December's day in a January article is last year's; January's in a December article is next year's.
      {"Chiều 31/12, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2025-01-02",
       "2024-12-31", "", true},
      {"Ngày 28/12, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-03-10",
       "2023-12-28", "", true},
      {"Sáng 3/1, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2023-12-30",
       "2024-01-03", "", true},
      // Half a year apart or less: the publication's year.
      {"Sáng 2/1, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-07-15",
       "2024-01-02", "", true},
      {"Ngày 30/12, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-12-31",
       "2024-12-30", "", true},
      // A month-only publication date (a "/201507/" folder of the URL) still gives the year.
      {"Ngày 23-7, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2015-07",
       "2015-07-23", "", true},
      // A date with a dot, as some outlets write it.
      {"Sáng 6.12, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2020-12-07",
       "2020-12-06", "", true},
      // A year written in the text is kept.
      {"Ngày 28/12/2023, Bộ trưởng Bộ Ngoại giao Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-01-02",
       "2023-12-28", "", false},
  };
  CheckDates(cases);
}

TEST_CASE("An unrelated year of the text does not date a day-month", "[extract]") {
  const std::vector<DateCase> cases = {
      {"Nhân dịp tổng kết 10 năm (2007-2017) hợp tác, chiều 17/10, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ "
       "Nhật Bản Ito Naoki.",
       "", "--10-17", "", false},
      {"Chiều 17/10, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki về Chương trình hợp tác giai "
       "đoạn 2016-2020.",
       "", "--10-17", "", false},
      {"Chiều 17/10, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki, người nhận nhiệm vụ từ khi "
       "Chính phủ mới thành lập (tháng 5/2021).",
       "", "--10-17", "", false},
      {"Chiều 17/10, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2019-10-18", "2019-10-17", "",
       true},
  };
  CheckDates(cases);
}

TEST_CASE("A day/month in figures is a date after a cue, not a fraction or a schedule", "[extract]") {
  const std::vector<DateCase> cases = {
      {"Vào 23/7, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-07-24", "2024-07-23", "", true},
      {"Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki hôm 23/7.", "2024-07-24", "2024-07-23", "", true},
      {"Sáng Chủ nhật 21/7, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-07-24",
       "2024-07-21", "", true},
      {"Chiều thứ Sáu 19/7, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-07-24",
       "2024-07-19", "", true},
      {"Ngày mùng 5/7, Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki.", "2024-07-24", "2024-07-05", "",
       true},
      // Negatives: a fraction and a round-the-clock schedule.
      {"Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki, nước chiếm 1/3 vốn đầu tư vào tỉnh.",
       "2024-07-24", "", "", false},
      {"Bộ trưởng Lê Quốc Hùng tiếp Đại sứ Nhật Bản Ito Naoki tại trung tâm trực 24/7 của tỉnh.", "2024-07-24",
       "", "", false},
  };
  CheckDates(cases);
}

TEST_CASE("A meeting's date is its clause's, not an aside's nor a framing range's", "[extract]") {
  const std::vector<DateCase> cases = {
      // The day inside the visit's range dates the call.
      {"Trong khuôn khổ chuyến công tác tại Indonesia từ ngày 11-13/7, sáng 13/7, Phó Thủ tướng Lê Quốc "
       "Hùng chào xã giao Tổng thống Indonesia Prabowo Subianto.",
       "2025-07-14", "2025-07-13", "", true},
      // A parenthesised day after "Sáng nay" is the day meant.
      {"Sáng nay (23/7), Phó Thủ tướng Lê Quốc Hùng tiếp Tổng thống Indonesia Prabowo Subianto.", "2025-07-23",
       "2025-07-23", "", true},
      // Negatives: a date in parentheses or after "kể từ" is not the meeting's.
      {"Phó Thủ tướng Lê Quốc Hùng tiếp Tổng thống Indonesia Prabowo Subianto, người lên nắm quyền "
       "(tháng 10/2024).",
       "", "", "", false},
      {"Phó Thủ tướng Lê Quốc Hùng, người giữ chức kể từ ngày 1/4, tiếp Tổng thống Indonesia Prabowo "
       "Subianto.",
       "", "", "", false},
  };
  CheckDates(cases);
}

TEST_CASE("A report's lead dates the meetings its following sentences describe", "[extract]") {
  struct Case {
    std::string text;
    std::string published;
    std::vector<std::string> starts;  // each meeting's start, in order
  };
  const std::vector<Case> cases = {
      {"Nhận lời mời của Thủ tướng Lào Sonexay Siphandone, ngày 14-3, Thủ tướng Trần Minh Đức đã thăm chính "
       "thức Lào. Tham dự hội đàm, về phía Việt Nam có Phó Thủ tướng Lê Quốc Hùng, Bộ trưởng Bộ Ngoại giao "
       "Nguyễn Văn Bình.",
       "2024-03-15", {"2024-03-14"}},  // the attendees join the dated visit
      {"Chiều 22/9, Bộ trưởng Bộ Công Thương Lê Quốc Hùng làm việc với Tỉnh trưởng Champasak Vilayvong "
       "Boutdakham. Sau buổi làm việc, Bộ trưởng Lê Quốc Hùng hội đàm với Thống đốc Ngân hàng Lào Bounleua "
       "Sinxayvoravong.",
       "2024-09-23", {"2024-09-22", "2024-09-22"}},
      // A visit's range dates the meetings during it by its month; a day given later refines it.
      {"Từ ngày 4 đến 6/12, Chủ tịch nước Lê Văn Tâm thăm cấp Nhà nước Hàn Quốc. Trong chuyến thăm, Chủ tịch "
       "nước Lê Văn Tâm đã hội đàm với Tổng thống Hàn Quốc Park Ji-hoon.",
       "2024-12-07", {"2024-12-04", "2024-12"}},
      {"Từ ngày 4 đến 6/12, Chủ tịch nước Lê Văn Tâm thăm cấp Nhà nước Hàn Quốc. Trong chuyến thăm, Chủ tịch "
       "nước Lê Văn Tâm đã hội đàm với Tổng thống Hàn Quốc Park Ji-hoon. Tại cuộc hội đàm chiều 5/12, hai bên "
       "nhất trí tăng cường hợp tác.",
       "2024-12-07", {"2024-12-04", "2024-12-05"}},
      // Negatives: an earlier event ("Trước đó") and a planned one keep no date of the lead.
      {"Chiều 22/9, Bộ trưởng Bộ Công Thương Lê Quốc Hùng làm việc với Tỉnh trưởng Champasak Vilayvong "
       "Boutdakham. Trước đó, Bộ trưởng Lê Quốc Hùng đã hội đàm với Thống đốc Ngân hàng Lào Bounleua "
       "Sinxayvoravong.",
       "2024-09-23", {"2024-09-22", ""}},
      {"Chiều 22/9, Bộ trưởng Bộ Công Thương Lê Quốc Hùng làm việc với Tỉnh trưởng Champasak Vilayvong "
       "Boutdakham. Bộ trưởng Lê Quốc Hùng sẽ hội đàm với Thống đốc Ngân hàng Lào Bounleua Sinxayvoravong.",
       "2024-09-23", {"2024-09-22", ""}},
      // The lead after an outlet's dash dates the meeting told after it.
      {"Báo Biên Hòa - Sáng 9/7, đoàn công tác của Đại sứ quán Nhật Bản đến tỉnh. Chủ tịch UBND tỉnh Lê Quốc "
       "Hùng đã tiếp Đại sứ Nhật Bản Ito Naoki.",
       "2024-07-10", {"2024-07-09"}},
      {"Sáng nay (9/7), đoàn công tác của Đại sứ quán Nhật Bản đến tỉnh. Chủ tịch UBND tỉnh Lê Quốc Hùng đã "
       "tiếp Đại sứ Nhật Bản Ito Naoki.",
       "2024-07-09", {"2024-07-09"}},
      // A dateline left in the body opens no report.
      {"27/10/2025, 09:55\nBộ trưởng Lê Quốc Hùng đã hội đàm với Thống đốc Ngân hàng Lào Bounleua "
       "Sinxayvoravong.",
       "", {""}},
      // A bare year of a later clause is not the day: the sentence's lead is.
      {"Chiều 25/11, Chủ tịch nước Lê Văn Tâm chứng kiến trao Hiệp định vận tải hàng không năm 1994 sửa đổi; "
       "Bộ trưởng Lê Quốc Hùng hội đàm với Bộ trưởng Kinh tế Đức Robert Habeck về hợp tác năm 2016.",
       "2015-11-26", {"2015-11-25"}},
      {"Chiều 22/9, Bộ trưởng Bộ Công Thương Lê Quốc Hùng làm việc với Tỉnh trưởng Champasak Vilayvong "
       "Boutdakham. Bộ trưởng Lê Quốc Hùng từng hội đàm với Thống đốc Ngân hàng Lào Bounleua Sinxayvoravong.",
       "2024-09-23", {"2024-09-22", ""}},
      // A lead of a plan dates nothing after it.
      {"Ngày 25/9, Bộ trưởng Lê Quốc Hùng sẽ thăm Campuchia. Bộ trưởng Lê Quốc Hùng đã hội đàm với Thống đốc "
       "Ngân hàng Lào Bounleua Sinxayvoravong.",
       "2024-09-20", {"2024-09-25", ""}},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.text) {
      const ExtractedArticle x = Run(c.text, c.published);
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == c.starts.size());
      for (std::size_t i = 0; i < c.starts.size(); ++i) CHECK(x.meetings[i].start.ToIso() == c.starts[i]);
    }
  }
}

TEST_CASE("An undated repeat before the lead is the lead's meeting of its kind", "[extract]") {
  struct Case {
    std::string text;
    std::vector<std::string> starts;  // each meeting's start, in order
  };
  const std::vector<Case> cases = {
      // The headline repeated in the body, then the lead: one reception.
      {"Phó Tổng thống Ba Lan chủ trì lễ đón Thủ tướng Trần Minh Đức.\n"
       "Chiều 12/6, Phó Tổng thống Ba Lan Jan Kowalski chủ trì lễ đón chính thức Thủ tướng Trần Minh Đức.",
       {"2024-06-12"}},
      // Negatives: another kind, and someone the dated meeting does not have.
      {"Thủ tướng Trần Minh Đức đã thăm Ba Lan.\n"
       "Chiều 12/6, Phó Tổng thống Ba Lan Jan Kowalski chủ trì lễ đón chính thức Thủ tướng Trần Minh Đức.",
       {"", "2024-06-12"}},
      {"Phó Thủ tướng Lê Quốc Hùng chủ trì lễ đón Tổng thống Ba Lan.\n"
       "Chiều 12/6, Phó Tổng thống Ba Lan Jan Kowalski chủ trì lễ đón chính thức Thủ tướng Trần Minh Đức.",
       {"", "2024-06-12"}},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.text) {
      const ExtractedArticle x = Run(c.text, "2024-06-13");
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == c.starts.size());
      for (std::size_t i = 0; i < c.starts.size(); ++i) CHECK(x.meetings[i].start.ToIso() == c.starts[i]);
    }
  }
}

TEST_CASE("A photo caption reports no meeting of its own and dates none", "[extract]") {
  const std::string report = "Sáng 14/3, Thủ tướng Trần Minh Đức hội đàm với Thủ tướng Lào Sonexay Siphandone.";
  // Each text: what comes before the report; the report's talks stay the only meeting, dated 14/3.
  const std::vector<std::string> openings = {
      "Lễ đón Thủ tướng Trần Minh Đức tại Phủ Thủ tướng Lào. Ảnh: Hoàng Long\n",
      "Lễ đón Thủ tướng Trần Minh Đức tại Phủ Thủ tướng Lào ngày 13/3 - Ảnh: TTXVN\n",
      "Lễ đón Thủ tướng Trần Minh Đức tại Phủ Thủ tướng Lào ngày 13/3. (Ảnh: TTXVN)\n",
      // The scraped picture text before a caption is the caption again.
      "Thủ tướng Trần Minh Đức tại Hội nghị Cấp cao ASEAN ở Viêng Chăn ngày 10/10.\n"
      "Thủ tướng Trần Minh Đức tại Hội nghị Cấp cao ASEAN ở Viêng Chăn ngày 10/10. (Nguồn: TTXVN)\n",
      // Negative: a credit inside the report does not make it a caption.
      "(Ảnh: TTXVN) Theo phóng viên tại Viêng Chăn, ",
      "Quang cảnh lễ đón. Ảnh: TTXVN ",
  };
  for (const std::string& opening : openings) {
    DYNAMIC_SECTION(opening) {
      const ExtractedArticle x = Run(opening + report, "2024-03-15");
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == 1);
      CHECK(x.meetings[0].kind == MeetingKind::kTalks);
      CHECK(x.meetings[0].start.ToIso() == "2024-03-14");
    }
  }
}

TEST_CASE("The publication date is known to the extracted article", "[extract]") {
  const ExtractedArticle x = Run("Hai bên trao đổi kinh nghiệm.", "2022-11-03");
  CHECK(x.published.ToIso() == "2022-11-03");
  CHECK(Run("Hai bên trao đổi kinh nghiệm.").published.empty());
}

}  // namespace
}  // namespace coopgraph::extract

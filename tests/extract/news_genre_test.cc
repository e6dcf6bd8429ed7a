// Specification of rules read from the genre of Vietnamese news rather than
// from any one article: how a report names its people and bodies, refers back
// to a meeting, lists attendees, and names the agreements signed at it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::AnyPersonNamed;
using testing::AttendeeNames;
using testing::Attends;
using testing::Dump;
using testing::Find;
using testing::MentionsOf;
using testing::Run;
using testing::TitlesOf;
using Names = std::vector<std::string>;

struct NameCase {
  std::string text;
  std::string name;
  std::vector<std::string> titles;  // every title, in text order
  std::string country;              // "" = not checked
};

TEST_CASE("Names the genre writes after titles and honorifics", "[extract]") {
  const std::vector<NameCase> cases = {
      // A given name that is also a province: "Hải Dương", "Thái Bình".
      {"Đại tá Trần Hải Dương phát biểu tại hội nghị.", "Trần Hải Dương", {"Đại tá"}, ""},
      {"Thượng tướng Nguyễn Thái Bình, Thứ trưởng Bộ Quốc phòng, dự lễ.", "Nguyễn Thái Bình",
       {"Thượng tướng", "Thứ trưởng Bộ Quốc phòng"}, "VN"},
      // A Korean family name that is also a Vietnamese function word.
      {"Ông Cho Tae-yul, Bộ trưởng Ngoại giao Hàn Quốc, phát biểu khai mạc.", "Cho Tae-yul",
       {"Bộ trưởng Ngoại giao Hàn Quốc"}, "KR"},
      // The acronym of the body inside a title; the posting and the name follow.
      {"Đại sứ, Trưởng Phái đoàn Liên minh châu Âu (EU) tại Việt Nam Giorgio Aliberti dự lễ.", "Giorgio Aliberti",
       {"Đại sứ", "Trưởng Phái đoàn Liên minh châu Âu (EU) tại Việt Nam"}, ""},
      // The word after an organisation head is the body's name, not the person's.
      {"Ông Shin Dong-bin, Chủ tịch Tập đoàn Lotte, cho biết sẽ mở rộng đầu tư.", "Shin Dong-bin",
       {"Chủ tịch Tập đoàn Lotte"}, ""},
      {"Chủ tịch Tập đoàn Lotte Shin Dong-bin cho biết sẽ mở rộng đầu tư.", "Shin Dong-bin",
       {"Chủ tịch Tập đoàn Lotte"}, ""},
      // An assistant of a foreign minister: one title, not "Phó Trợ lý" and "Ngoại trưởng".
      {"Bà Rebecca Bradley, Phó Trợ lý Ngoại trưởng Mỹ, thăm Hà Nội.", "Rebecca Bradley",
       {"Phó Trợ lý Ngoại trưởng Mỹ"}, "US"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-30");
    INFO(Dump(x));
    const Mention* p = Find(x, MentionKind::kPerson, c.name);
    REQUIRE(p != nullptr);
    CHECK(TitlesOf(*p) == c.titles);
    if (!c.country.empty()) CHECK(p->country == c.country);
  }
}

TEST_CASE("A position and a given name is a short mention, not a ministry", "[extract]") {
  const ExtractedArticle x = Run("Bộ trưởng Đạt dự kiến sẽ thăm Hàn Quốc vào tháng 10.", "2024-05-30");
  INFO(Dump(x));
  CHECK(Find(x, MentionKind::kPerson, "Đạt") != nullptr);
  for (const Mention* o : MentionsOf(x, MentionKind::kOrganization)) CHECK(o->name.find("Đạt") == std::string::npos);
  // A field after the title stays the ministry's.
  const ExtractedArticle field = Run("Bộ trưởng Tài chính Lào cho biết.", "2024-05-30");
  CHECK_FALSE(AnyPersonNamed(field, "Tài"));
}

struct NotPersonCase {
  std::string text;
  std::string word;  // no person's name holds it
};

TEST_CASE("Cities, routes and outlets are not persons or bodies", "[extract]") {
  const std::vector<NotPersonCase> cases = {
      {"Dự án tuyến đường sắt đô thị số 1 tại TP Hồ Chí Minh sẽ hoàn thành.", "Hồ Chí Minh"},
      {"Điện được truyền qua đường dây 220 kV Nậm Sum - Nông Cống.", "Nông Cống"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-30");
    INFO(Dump(x));
    CHECK_FALSE(AnyPersonNamed(x, c.word));
  }
  SECTION("a name after a school's noun and level") {
    const ExtractedArticle x = Run("Tập đoàn trao học bổng cho học sinh trường THPT Lê Quý Đôn.", "2024-05-30");
    INFO(Dump(x));
    CHECK_FALSE(AnyPersonNamed(x, "Lê Quý Đôn"));
  }
  SECTION("a provincial paper's dateline") {
    const ExtractedArticle x = Run("Báo Lào Cai - Sáng 12/5, Chủ tịch UBND tỉnh tiếp Đoàn công tác.", "2024-05-30");
    INFO(Dump(x));
    for (const Mention* o : MentionsOf(x, MentionKind::kOrganization)) CHECK(o->name.find("Sáng") == std::string::npos);
  }
  SECTION("a known body's name is not continued by a verb") {
    const ExtractedArticle x = Run("Chính phủ Việt Nam luôn coi Hàn Quốc là đối tác quan trọng.", "2024-05-30");
    INFO(Dump(x));
    for (const Mention* o : MentionsOf(x, MentionKind::kOrganization)) CHECK(o->name.find("coi") == std::string::npos);
  }
}

// The meetings of a short report with their attendees' names.
struct ReportCase {
  std::string text;
  std::size_t meetings;  // how many meetings the report gives
  Names first;           // the attendees of the first one, in any order
  Names absent;          // persons who attend no meeting
};

TEST_CASE("Reports refer back to their meeting and list its attendees", "[extract]") {
  const std::vector<ReportCase> cases = {
      // A visit after the meeting word is its occasion.
      {"Chiều 5/6, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim nhân dịp Thủ tướng "
       "Anwar Ibrahim thăm chính thức Việt Nam.",
       1, {"Phạm Minh Chính", "Anwar Ibrahim"}, {}},
      // "Sau hội đàm, …" is the same meeting.
      {"Sáng 3/3, Bộ trưởng Nguyễn Chí Dũng hội đàm với Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun. Sau hội đàm, "
       "hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.",
       1, {"Nguyễn Chí Dũng", "Ahn Duk-geun"}, {}},
      // "… cũng tham dự buổi tiếp" joins the reception.
      {"Chiều 4/4, Chủ tịch UBND thành phố Đà Nẵng Lương Nguyễn Minh Triết tiếp Đại sứ Australia tại Việt Nam "
       "Andrew Goledzinowski. Tổng Lãnh sự Australia tại TP Hồ Chí Minh Sarah Hooper cũng tham dự buổi tiếp.",
       1, {"Lương Nguyễn Minh Triết", "Andrew Goledzinowski", "Sarah Hooper"}, {}},
      // A list of attendees goes on after ';'.
      {"Chiều 22/1, Đại tướng Phan Văn Giang hội đàm với Đại tướng Tea Seiha. Tham dự hội đàm có Thượng tướng "
       "Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng; Thượng tướng Trịnh Văn Quyết, Chủ nhiệm Tổng cục Chính trị.",
       1, {"Phan Văn Giang", "Tea Seiha", "Hoàng Xuân Chiến", "Trịnh Văn Quyết"}, {}},
      // A greeting passed on does not put the greeted at the meeting.
      {"Tối 2/2, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Campuchia Hun Manet. Thủ tướng Phạm Minh Chính "
       "chúc mừng Thủ tướng Hun Manet và chuyển lời thăm hỏi tới Quốc vương Campuchia Norodom Sihamoni.",
       1, {"Phạm Minh Chính", "Hun Manet"}, {"Norodom Sihamoni"}},
      // The reporter of a planned visit does not make it.
      {"Đại sứ Nga tại Việt Nam Gennady Bezdetko cho biết, Bộ trưởng Nội vụ Nga Vladimir Kolokoltsev dự kiến "
       "thăm Việt Nam trong năm nay.",
       1, {"Vladimir Kolokoltsev"}, {"Gennady Bezdetko"}},
      // "chuyến thăm … của X": X visits; the one who prepares it does not.
      {"Phó Thủ tướng Bùi Thanh Sơn đề nghị chuẩn bị tốt cho chuyến thăm Hàn Quốc của Tổng Bí thư Tô Lâm.", 1,
       {"Tô Lâm"}, {"Bùi Thanh Sơn"}},
      // A dated ceremony whose attendees are named in the next sentence.
      {"Sáng 9/7/2024, UBND tỉnh Bắc Ninh và Tập đoàn Amkor tổ chức lễ ký kết biên bản ghi nhớ hợp tác đầu tư. "
       "Dự lễ ký kết có ông Vương Quốc Tuấn, Chủ tịch UBND tỉnh; ông Giel Rutten, Chủ tịch Tập đoàn Amkor.",
       1, {"Vương Quốc Tuấn", "Giel Rutten"}, {}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-12-20");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == c.meetings);
    Names got = AttendeeNames(x, x.meetings[0]), want = c.first;
    std::sort(got.begin(), got.end());
    got.erase(std::unique(got.begin(), got.end()), got.end());  // one person, mentioned twice
    std::sort(want.begin(), want.end());
    CHECK(got == want);
    for (const auto& name : c.absent)
      for (const auto& m : x.meetings) CHECK_FALSE(Attends(x, m, name));
  }
}

struct DatedCase {
  std::string text;
  Names attendees;   // of one meeting
  std::string date;  // that meeting's start
};

TEST_CASE("A later signing and a 'same day' meeting take the dates the report gave", "[extract]") {
  const std::vector<DatedCase> cases = {
      // The signing of an agreement dated earlier in the report.
      {"Ngày 28/9/2023, Tập đoàn Dầu khí Việt Nam và Tập đoàn Gazprom đã ký hợp đồng mua bán khí. "
       "Tổng Giám đốc Lê Mạnh Hùng và Phó Chủ tịch Vitaly Markelov ký hợp đồng dưới sự chứng kiến của Bộ "
       "trưởng Công Thương Nguyễn Hồng Diên.",
       {"Lê Mạnh Hùng", "Vitaly Markelov", "Nguyễn Hồng Diên"}, "2023-09-28"},
      // "Cùng ngày" after a plan for a month counts from the last day named.
      {"Chiều 5/9/2023, Chủ tịch UBND thành phố Trần Sỹ Thanh tiếp Đại sứ Cuba Orlando Hernández Guillén. "
       "Đại sứ cho biết, Chủ tịch tỉnh La Habana Yanet Hernández Pérez dự kiến sang thăm vào tháng 11. "
       "Cùng ngày, Phó Chủ tịch UBND thành phố Hà Minh Hải tiếp Đại sứ Ấn Độ Sandeep Arya.",
       {"Hà Minh Hải", "Sandeep Arya"}, "2023-09-05"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    INFO(Dump(x));
    auto holds_all = [&](const MeetingMention& m) {
      return std::all_of(c.attendees.begin(), c.attendees.end(), [&](const std::string& n) { return Attends(x, m, n); });
    };
    auto it = std::find_if(x.meetings.begin(), x.meetings.end(), holds_all);
    REQUIRE(it != x.meetings.end());
    CHECK(it->start.ToIso() == c.date);
  }
}

struct AgreementCase {
  std::string text;
  std::string name;  // exactly
};

TEST_CASE("Agreement names the genre writes", "[extract]") {
  const std::vector<AgreementCase> cases = {
      // A capitalised kind word starts a title with a lower-case subject.
      {"Hai bên nhất trí sớm hoàn tất Hiệp định tương trợ tư pháp về dân sự.",
       "Hiệp định tương trợ tư pháp về dân sự"},
      // The object of a signing names its subject in lower case; "từ" ends it.
      {"Hai bên đã ký hợp đồng mua bán điện từ các nhà máy thủy điện.", "hợp đồng mua bán điện"},
      // Two parties joined by a dash belong to the name.
      {"Hai bên triển khai Hiệp định Đối tác và Hợp tác toàn diện Việt Nam - EU (PCA).",
       "Hiệp định Đối tác và Hợp tác toàn diện Việt Nam - EU"},
      // The field and the parties after it are the name's.
      {"Hai bên thực hiện Hiệp định hợp tác trong lĩnh vực dầu khí giữa Chính phủ Việt Nam và Chính phủ Nga.",
       "Hiệp định hợp tác trong lĩnh vực dầu khí giữa Chính phủ Việt Nam và Chính phủ Nga"},
      // A preposition before more lower-case words is the subject's.
      {"Hai cơ quan sẽ ký Biên bản ghi nhớ về hợp tác ứng phó với biến đổi khí hậu giai đoạn 2025-2030.",
       "Biên bản ghi nhớ về hợp tác ứng phó với biến đổi khí hậu giai đoạn 2025-2030"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-30");
    INFO(Dump(x));
    REQUIRE(x.agreements.size() == 1);
    CHECK(x.agreements[0].name == c.name);
  }
  SECTION("a domestic plan is no agreement") {
    const ExtractedArticle x = Run("Tỉnh đang xây dựng kế hoạch phát triển du lịch bền vững.", "2024-05-30");
    INFO(Dump(x));
    CHECK(x.agreements.empty());
  }
}

}  // namespace
}  // namespace coopgraph::extract

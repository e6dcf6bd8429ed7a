// Specification of meetings: the kind from the meeting word, attendees,
// heads of delegation, sentences that refer back to a meeting, planned
// meetings, and the words that look like meeting words but are not.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::AttendeeNames;
using testing::Attends;
using testing::Dump;
using testing::Find;
using testing::IsHead;
using testing::Run;
using Names = std::vector<std::string>;

struct KindCase {
  std::string text;
  MeetingKind kind;
  Names attendees;  // the persons of the sentence, in text order
};

TEST_CASE("The meeting word decides the kind; the persons of the sentence attend", "[extract]") {
  const std::vector<KindCase> cases = {
      {"Chiều 12/3, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Lào Chansamone Chanyalath.",
       MeetingKind::kTalks, {"Phan Văn Giang", "Chansamone Chanyalath"}},
      {"Ngày 7/7, Bộ trưởng Nguyễn Hồng Diên hội đàm trực tuyến với Bộ trưởng Thương mại Australia Don Farrell.",
       MeetingKind::kOnlineTalks, {"Nguyễn Hồng Diên", "Don Farrell"}},
      {"Tối 2/2, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Singapore Lawrence Wong.",
       MeetingKind::kPhoneCall, {"Phạm Minh Chính", "Lawrence Wong"}},
      {"Sáng 15/4, Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Cuba Orlando Hernández Guillén.",
       MeetingKind::kReception, {"Võ Văn Thưởng", "Orlando Hernández Guillén"}},
      // Per protocol usage (data/README.md) "hội kiến" is a meeting, not a reception.
      {"Chiều 9/11, Tổng Bí thư Tô Lâm hội kiến Chủ tịch Quốc hội Lào Xaysomphone Phomvihane.",
       MeetingKind::kMeeting, {"Tô Lâm", "Xaysomphone Phomvihane"}},
      {"Chiều 20/6, Bộ trưởng Đặng Quốc Khánh làm việc với Phó Thủ tướng Lào Chanthone Sitthixay.",
       MeetingKind::kWorkingSession, {"Đặng Quốc Khánh", "Chanthone Sitthixay"}},
      {"Từ ngày 11 đến 13/12, Tổng thống Indonesia Prabowo Subianto thăm chính thức Việt Nam.",
       MeetingKind::kVisit, {"Prabowo Subianto"}},
      {"Sáng 3/10, Đại sứ Hàn Quốc Choi Young-sam chào xã giao Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng "
       "Lê Trung Chinh.",
       MeetingKind::kCourtesyCall, {"Choi Young-sam", "Lê Trung Chinh"}},
      {"Chiều 8/1, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar.",
       MeetingKind::kPhoneCall, {"Bùi Thanh Sơn", "Subrahmanyam Jaishankar"}},
      {"Sáng 20/9, Đại tướng Phan Văn Giang hội đàm trực tuyến với Bộ trưởng Quân đội Pháp Sébastien Lecornu.",
       MeetingKind::kOnlineTalks, {"Phan Văn Giang", "Sébastien Lecornu"}},
      // A provincial leader receives a foreign envoy.
      {"Sáng 12/4, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung tiếp Đại sứ Cuba tại Việt Nam Rogelio Polanco "
       "Fuentes.",
       MeetingKind::kReception, {"Nguyễn Đức Trung", "Rogelio Polanco Fuentes"}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-12-20");
    CAPTURE(c.text);
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == c.kind);
    CHECK(x.meetings[0].status == EventStatus::kHeld);
    CHECK(AttendeeNames(x, x.meetings[0]) == c.attendees);
  }
}

struct PlaceCase {
  std::string text;
  std::string place;    // name of the place or country mention
  std::string country;  // its country
};

TEST_CASE("The place after 'tại' is where the meeting was held", "[extract]") {
  const std::vector<PlaceCase> cases = {
      {"Sáng 12/3, tại Viêng Chăn, Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Phoxay Sayasone.",
       "Vientiane", "LA"},
      {"Chiều 4/7, Thủ tướng Australia Anthony Albanese hội đàm với Thủ tướng Phạm Minh Chính tại Canberra.",
       "Canberra", "AU"},
      {"Sáng 12/3, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm tiếp Đại sứ Trung Quốc Hà Vĩ.",
       "Trụ sở Trung ương Đảng", "VN"},
      {"Ngày 19/6, tại Phnôm Pênh, Phó Thủ tướng Lê Thành Long hội kiến Thủ tướng Campuchia Hun Manet.",
       "Phnom Penh", "KH"},
      // A foreign name before "tại": the place is not read as a person.
      {"Chiều 5/8, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Brazil Mauro Vieira tại Hà Nội.",
       "Hà Nội", "VN"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-12-20");
    CAPTURE(c.text);
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    REQUIRE(x.meetings[0].place >= 0);
    const Mention& place = x.mentions[x.meetings[0].place];
    CHECK(place.name == c.place);
    CHECK(place.country == c.country);
  }
}

struct HeadCase {
  std::string text;
  std::string head;
  std::string head_country;  // "" = not checked
  std::string other;         // an attendee who is not the head, or ""
};

TEST_CASE("The person who leads a delegation is its head", "[extract]") {
  const std::vector<HeadCase> cases = {
      {"Sáng 8/8, Đoàn đại biểu Bộ Tư pháp Lào do Bộ trưởng Phayvy Sibualipha dẫn đầu đã làm việc với "
       "Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh.",
       "Phayvy Sibualipha", "LA", "Nguyễn Thanh Tịnh"},
      {"Sáng 12/3, Tổng Bí thư Tô Lâm tiếp Đoàn đại biểu Đảng Cộng sản Nhật Bản do Chủ tịch Shii Kazuo dẫn đầu.",
       "Shii Kazuo", "JP", "Tô Lâm"},
      {"Ngày 2/6, Bộ trưởng Bộ Y tế Đào Hồng Lan dẫn đầu đoàn công tác thăm Cuba.", "Đào Hồng Lan", "", ""},
      // "thăm tỉnh X": a province is the object of a visit.
      {"Ngày 14/9, đoàn công tác tỉnh Khánh Hòa do Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Hữu Hoàng dẫn đầu "
       "đã thăm tỉnh Xiêm Riệp.",
       "Lê Hữu Hoàng", "", ""},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-12-20");
    CAPTURE(c.text);
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(IsHead(x, x.meetings[0], c.head));
    if (!c.head_country.empty()) {
      const Mention* head = Find(x, MentionKind::kPerson, c.head);
      REQUIRE(head != nullptr);
      CHECK(head->country == c.head_country);
    }
    if (!c.other.empty()) {
      CHECK(Attends(x, x.meetings[0], c.other));
      CHECK_FALSE(IsHead(x, x.meetings[0], c.other));
    }
  }
}

TEST_CASE("'Tham dự hội đàm có …' adds attendees to the meeting", "[extract]") {
  const ExtractedArticle x = Run(
      "Sáng 6/11, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn hội đàm với Bộ trưởng Giáo dục và Thể thao "
      "Lào Phoxay Sayasone. Tham dự hội đàm có Thứ trưởng Hoàng Minh Sơn và Đại sứ Lào tại Việt Nam "
      "Khamphao Ernthavanh.",
      "2024-11-07");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  const MeetingMention& m = x.meetings[0];
  CHECK(m.kind == MeetingKind::kTalks);
  CHECK(Attends(x, m, "Nguyễn Kim Sơn"));
  CHECK(Attends(x, m, "Phoxay Sayasone"));
  CHECK(Attends(x, m, "Hoàng Minh Sơn"));
  CHECK(Attends(x, m, "Khamphao Ernthavanh"));
  CHECK(m.evidence.size() == 2);
}

TEST_CASE("The outlet of a dateline is no party to the meeting", "[extract]") {
  const ExtractedArticle x = Run(
      "QĐND - Ngày 12/4, Thứ trưởng Hoàng Xuân Chiến hội đàm với Bộ trưởng Bộ Quốc phòng Campuchia Tea Seiha.",
      "2024-04-13");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  for (const auto& p : x.meetings[0].participants) {
    CHECK(x.mentions[p.mention].category != extract::OrgCategory::kNewsMedia);
  }
  CHECK(Attends(x, x.meetings[0], "Tea Seiha"));
}

TEST_CASE("A meeting on the sidelines of a conference is a meeting of its own", "[extract]") {
  const ExtractedArticle x = Run(
      "Sáng 25/7, tại Vientiane, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 khai mạc dưới sự chủ trì của "
      "Bộ trưởng Ngoại giao Lào Saleumxay Kommasith. Bên lề hội nghị, Bộ trưởng Bùi Thanh Sơn đã gặp "
      "Ngoại trưởng Hoa Kỳ Antony Blinken.",
      "2024-07-26");
  INFO(Dump(x));
  // The conference's name holds a title but names nobody.
  for (const auto& m : x.mentions) CHECK_FALSE((m.kind == MentionKind::kPerson && m.name.empty()));
  bool bilateral = false;
  for (const auto& m : x.meetings)
    bilateral |= Attends(x, m, "Antony Blinken") && Attends(x, m, "Bùi Thanh Sơn") &&
                 !Attends(x, m, "Saleumxay Kommasith");
  CHECK(bilateral);
}

TEST_CASE("'Trước đó, …' reports another meeting, not the one in focus", "[extract]") {
  const ExtractedArticle x = Run(
      "Chiều 19/8, tại Bắc Kinh, Chủ tịch nước Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. "
      "Trước đó, Thủ tướng Quốc vụ viện Lý Cường đã gặp Chủ tịch nước Tô Lâm.",
      "2024-08-20");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 2);
  CHECK(Attends(x, x.meetings[0], "Tập Cận Bình"));
  CHECK_FALSE(Attends(x, x.meetings[0], "Lý Cường"));
  CHECK(Attends(x, x.meetings[1], "Lý Cường"));
}

TEST_CASE("'Tại buổi làm việc, …' refers back to the meeting already reported", "[extract]") {
  const ExtractedArticle x = Run(
      "Sáng 10/4, Phó Thủ tướng Trần Lưu Quang làm việc với Bộ trưởng Bộ Kế hoạch và Đầu tư Lào Phet "
      "Phomphiphak. Tại buổi làm việc, Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương báo cáo tình hình "
      "hợp tác.",
      "2024-04-11");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  const MeetingMention& m = x.meetings[0];
  CHECK(m.kind == MeetingKind::kWorkingSession);
  CHECK(m.start.ToIso() == "2024-04-10");
  CHECK(Attends(x, m, "Trần Lưu Quang"));
  CHECK(Attends(x, m, "Phet Phomphiphak"));
  CHECK(Attends(x, m, "Trần Quốc Phương"));
  CHECK(m.evidence.size() == 2);
}

TEST_CASE("A meeting announced as future is planned, one called off cancelled, one moved postponed; other 'hủy' words "
          "are no status", "[extract]") {
  const std::vector<std::pair<std::string, EventStatus>> cases = {
      {"Tổng thống Brazil Luiz Inácio Lula da Silva quyết định hoãn chuyến thăm Nhật Bản vì lý do sức khỏe.",
       EventStatus::kPostponed},
      {"Cuộc gặp giữa Thủ tướng Phạm Minh Chính và Thủ tướng Nhật Bản Kishida Fumio tại Tokyo đã bị hủy.",
       EventStatus::kCancelled},
      {"Chuyến thăm Ấn Độ của Thủ tướng Úc Anthony Albanese dự kiến vào tháng 3 đã bị hoãn lại.",
       EventStatus::kPostponed},
      {"Bộ Ngoại giao Hàn Quốc cho biết đã hủy bỏ cuộc hội đàm giữa Bộ trưởng Ngoại giao Cho Tae-yul và "
       "Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi.",
       EventStatus::kCancelled},
      {"Tại cuộc hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet nhất trí đẩy mạnh hợp tác "
       "tiêu hủy bom mìn còn sót lại sau chiến tranh.",
       EventStatus::kHeld},
      {"Chiều 5/3, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Lào Chansamone Chanyalath "
       "về phá hủy vật liệu nổ.",
       EventStatus::kHeld},
      {"Theo kế hoạch, ngày 15/7, Thủ tướng Malaysia Anwar Ibrahim sẽ hội đàm với Thủ tướng Phạm Minh Chính.",
       EventStatus::kPlanned},
      {"Chủ tịch nước Lương Cường dự kiến sẽ thăm chính thức Chile vào tháng 11.", EventStatus::kPlanned},
      {"Thủ tướng Thái Lan Paetongtarn Shinawatra dự kiến thăm chính thức Việt Nam từ ngày 15 đến 16/7.",
       EventStatus::kPlanned},
      {"Chiều 2/7, Thủ tướng Malaysia Anwar Ibrahim đã hội đàm với Thủ tướng Phạm Minh Chính.",
       EventStatus::kHeld},
  };
  for (const auto& [text, status] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text, "2024-07-10");
    CAPTURE(text);
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].status == status);
  }
}

TEST_CASE("A person named in a sentence without a meeting word does not attend", "[extract]") {
  const ExtractedArticle x = Run(
      "Sáng 21/8, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà hội đàm với Bộ trưởng Bộ Nội vụ Lào Vilayvong "
      "Bouddakham. Thứ trưởng Vũ Đăng Minh nguyên là Chánh Văn phòng Bộ Nội vụ.",
      "2024-08-22");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  CHECK(Attends(x, x.meetings[0], "Phạm Thị Thanh Trà"));
  CHECK_FALSE(Attends(x, x.meetings[0], "Vũ Đăng Minh"));
}

TEST_CASE("Words that contain a meeting word report no meeting", "[extract]") {
  const std::vector<std::string> cases = {
      "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên cho biết Việt Nam sẽ tiếp tục nhập khẩu điện từ Lào.",
      "Thủ tướng Lào Sonexay Siphandone đề nghị hai bên tiếp tục phối hợp chặt chẽ.",
      "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ tiếp nhận thiết bị y tế.",
      "Bộ trưởng Bộ Tài chính Hồ Đức Phớc ký quyết định bổ nhiệm cán bộ.",
  };
  for (const auto& text : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text, "2024-08-22");
    CAPTURE(text);
    INFO(Dump(x));
    CHECK(x.meetings.empty());
  }
}

struct SettingCase {
  std::string text;
  MeetingKind kind;  // the predicate's meeting, not the setting's
  Names attendees;
};

TEST_CASE("A meeting in an adverbial frame is the setting; the later meeting word is reported", "[extract]") {
  const std::vector<SettingCase> cases = {
      {"Trong khuôn khổ chuyến thăm chính thức Nhật Bản, chiều 12/9, Thủ tướng Phạm Minh Chính đã chứng kiến "
       "lễ ký kết 20 văn kiện hợp tác.",
       MeetingKind::kSigningCeremony, {"Phạm Minh Chính"}},
      {"Nhân dịp chuyến thăm Ấn Độ, ngày 3/8, Bộ trưởng Lê Minh Hoan đã chứng kiến lễ ký Bản ghi nhớ về nông nghiệp.",
       MeetingKind::kSigningCeremony, {"Lê Minh Hoan"}},
      {"Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN, chiều 25/7, Bộ trưởng Bùi Thanh Sơn đã gặp Ngoại trưởng "
       "Hàn Quốc Cho Tae-yul.",
       MeetingKind::kMeeting, {"Bùi Thanh Sơn", "Cho Tae-yul"}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-09-13");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == c.kind);
    for (const auto& name : c.attendees) CHECK(Attends(x, x.meetings[0], name));
  }
  SECTION("who comes after a setting that follows the predicate is not in the meeting") {
    const ExtractedArticle x = Run("Chiều 26/10, Bộ trưởng Ngoại giao Lê Hoài Trung đã gặp Ngoại trưởng Australia "
                                   "Penny Wong nhân dịp tháp tùng Thủ tướng Phạm Minh Chính tham dự Hội nghị Cấp cao "
                                   "ASEAN lần thứ 47.",
                                   "2025-10-27");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == MeetingKind::kMeeting);
    CHECK(Attends(x, x.meetings[0], "Penny Wong"));
    CHECK_FALSE(Attends(x, x.meetings[0], "Phạm Minh Chính"));
  }
  SECTION("a visit that is the predicate keeps a signing it occasions as the agreement's") {
    const ExtractedArticle x = Run("Ngày 12/9, Thủ tướng Phạm Minh Chính có chuyến thăm chính thức Nhật Bản, "
                                   "nhân dịp này hai bên sẽ ký kết nhiều văn kiện.",
                                   "2024-09-13");
    INFO(Dump(x));
    REQUIRE_FALSE(x.meetings.empty());
    CHECK(x.meetings[0].kind == MeetingKind::kVisit);
  }
}

TEST_CASE("Meeting words inside a listed document's name are no meetings", "[extract]") {
  const std::string text =
      "Chiều 10/5, Chủ tịch nước Lương Cường chứng kiến lễ ký 3 văn kiện gồm: Hiệp định cho phép thân nhân "
      "cán bộ ngoại giao được làm việc; Bản ghi nhớ về cơ chế đối thoại chính sách; Thỏa thuận về hội đàm "
      "thường niên giữa hai Bộ Ngoại giao.";
  const ExtractedArticle x = Run(text, "2024-05-11");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  CHECK(x.meetings[0].kind == MeetingKind::kSigningCeremony);
  CHECK(Attends(x, x.meetings[0], "Lương Cường"));
}

TEST_CASE("The signings of one day in one report are one ceremony", "[extract]") {
  const std::string text =
      "Chiều 10/5, tại Hà Nội, Chủ tịch nước Lương Cường và Tổng thống Lula da Silva chứng kiến lễ ký "
      "các văn kiện hợp tác. Hiệp định về miễn thị thực do Bộ trưởng Ngoại giao Bùi Thanh Sơn ký với "
      "Ngoại trưởng Mauro Vieira.";
  const ExtractedArticle x = Run(text, "2024-05-11");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  for (const char* name : {"Lương Cường", "Lula da Silva", "Bùi Thanh Sơn", "Mauro Vieira"})
    CHECK(Attends(x, x.meetings[0], name));
  SECTION("a signing reported as another event stays another") {
    const ExtractedArticle y = Run(text + " Trước đó, ngày 9/5, Bộ trưởng Nguyễn Hồng Diên ký Bản ghi nhớ "
                                          "với Bộ trưởng Công nghiệp Brazil Geraldo Alckmin.",
                                   "2024-05-11");
    INFO(Dump(y));
    for (const auto& m : y.meetings)
      CHECK_FALSE((Attends(y, m, "Geraldo Alckmin") && Attends(y, m, "Lương Cường")));
  }
}

TEST_CASE("'làm việc' is a meeting only with someone to work with", "[extract]") {
  struct Case {
    std::string text;
    bool meeting;
  };
  const std::vector<Case> cases = {
      {"Chiều 4/3, Bộ trưởng Nguyễn Chí Dũng làm việc với Đoàn doanh nghiệp Hàn Quốc.", true},
      {"Chiều 4/3, Bộ trưởng Nguyễn Chí Dũng làm việc tại Viêng Chăn.", true},
      {"Chiều 4/3, Bộ trưởng Nguyễn Chí Dũng có buổi làm việc với lãnh đạo tỉnh.", true},
      {"Ông Kim Jae-won cho rằng hai bên cần tiếp tục làm việc chặt chẽ trong thời gian tới.", false},
      {"Bà Lê Thu Hà từng làm việc trong hội đồng quản trị của nhiều công ty.", false},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-03-05");
    INFO(Dump(x));
    CHECK(x.meetings.empty() == !c.meeting);
  }
}

TEST_CASE("A list of delegation members attends, item by item, to the end of the sentence", "[extract]") {
  const std::string text =
      "Sáng 8/10, Phó Chủ tịch UBND tỉnh Trần Văn Lâm tiếp đoàn doanh nghiệp Australia do ông Mark Wilson "
      "dẫn đầu. Các thành viên trong đoàn gồm: ông Peter Brown - Giám đốc Công ty Sunrise; bà Emma Clarke - "
      "Phó Chủ tịch Ngân hàng Pacific; Quỹ Đầu tư Murray; ông Đỗ Minh Tâm - Trưởng đại diện tại Việt Nam.";
  const ExtractedArticle x = Run(text, "2024-10-09");
  INFO(Dump(x));
  REQUIRE(x.meetings.size() == 1);
  for (const char* name : {"Trần Văn Lâm", "Mark Wilson", "Peter Brown", "Emma Clarke", "Đỗ Minh Tâm"})
    CHECK(Attends(x, x.meetings[0], name));
  SECTION("the list ends with its sentence") {
    const ExtractedArticle y = Run(text + " Ông Nguyễn Hữu Phước, nguyên Giám đốc Sở, đã nghỉ hưu.", "2024-10-09");
    INFO(Dump(y));
    CHECK_FALSE(Attends(y, y.meetings[0], "Nguyễn Hữu Phước"));
  }
}

TEST_CASE("An undated mention of the meeting with one of its persons is that meeting", "[extract]") {
  const std::string text =
      "Sáng 8/10, Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp Đại sứ Hungary Mózes Csoma. "
      "Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp Đại sứ Hungary. Ảnh: Minh Châu";
  const ExtractedArticle x = Run(text, "2024-10-09");
  INFO(Dump(x));
  CHECK(x.meetings.size() == 1);
  SECTION("one encounter named from the other side, before the dated report, is that meeting") {
    const ExtractedArticle y = Run("Đại sứ Hungary Mózes Csoma chào xã giao Chủ tịch UBND tỉnh Lê Hồng Vinh. "
                                   "Sáng 8/10, Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp Đại sứ Hungary Mózes Csoma.",
                                   "2024-10-09");
    INFO(Dump(y));
    REQUIRE(y.meetings.size() == 1);
    CHECK(y.meetings[0].start.day == 8);
  }
  SECTION("one reported as another event is not") {
    const ExtractedArticle y = Run("Sáng 8/10, Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp Đại sứ Hungary Mózes Csoma. "
                                   "Trước đó, Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp Đại sứ Ba Lan Joanna Skoczek.",
                                   "2024-10-09");
    INFO(Dump(y));
    CHECK(y.meetings.size() == 2);
  }
}

TEST_CASE("A signing that is the purpose of work done is planned", "[extract]") {
  for (const std::string text :
       {"Hai Bộ trưởng đã hoàn tất Chương trình hành động để ký kết dưới sự chứng kiến của Thủ tướng "
        "Phạm Minh Chính và Thủ tướng Lawrence Wong.",
        "Hai bên nhất trí thúc đẩy các thủ tục nhằm ký kết Bản ghi nhớ dưới sự chứng kiến của Thủ tướng "
        "Phạm Minh Chính."}) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(text, "2025-10-27");
      INFO(Dump(x));
      for (const auto& m : x.meetings) CHECK(m.status == EventStatus::kPlanned);
    }
  }
}

TEST_CASE("A leading adverbial holding another meeting keeps its persons and date out of the predicate", "[extract]") {
  struct Case {
    std::string text;
    Names attendees;
    std::string absent;
    int day;
  };
  const std::vector<Case> cases = {
      {"Sau chuyến thăm Lào của Chủ tịch nước Lương Cường vào tháng 7, ngày 5/9, Bộ trưởng Bùi Thanh Sơn "
       "hội đàm với Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane.",
       {"Bùi Thanh Sơn", "Thongsavanh Phomvihane"}, "Lương Cường", 5},
      {"Trong khuôn khổ chuyến thăm Việt Nam của Thủ tướng Anthony Albanese, chiều 4/6, Bộ trưởng Bùi Thanh Sơn "
       "hội đàm với Ngoại trưởng Penny Wong.",
       {"Bùi Thanh Sơn", "Penny Wong"}, "Anthony Albanese", 4},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-09-06");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == MeetingKind::kTalks);
    CHECK(x.meetings[0].start.day == c.day);
    for (const auto& name : c.attendees) CHECK(Attends(x, x.meetings[0], name));
    CHECK_FALSE(Attends(x, x.meetings[0], c.absent));
  }
}

TEST_CASE("A meeting cited with a time or number of its own is a past one, not reported", "[extract]") {
  const std::string lead = "Chiều 5/9, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. ";
  for (const std::string cited :
       {"Thủ tướng đánh giá cao kết quả chuyến thăm Nhật Bản của Tổng Bí thư Tô Lâm vào tháng 8.",
        "Hai bên đánh giá cao kết quả Kỳ họp lần thứ 46 Ủy ban hợp tác do Tổng Bí thư Tô Lâm chủ trì."}) {
    DYNAMIC_SECTION(cited) {
      const ExtractedArticle x = Run(lead + cited, "2024-09-06");
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == 1);
      CHECK_FALSE(Attends(x, x.meetings[0], "Tô Lâm"));
    }
  }
  SECTION("the talks whose results a signing follows are reported") {
    const ExtractedArticle x = Run("Kế hoạch hợp tác đã được ký kết hôm qua tại Hà Nội theo kết quả hội đàm giữa "
                                   "Ngoại trưởng Sergey Lavrov và Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
                                   "2024-09-06");
    INFO(Dump(x));
    bool both = false;
    for (const auto& m : x.meetings) both |= Attends(x, m, "Sergey Lavrov") && Attends(x, m, "Bùi Thanh Sơn");
    CHECK(both);
  }
}

TEST_CASE("Words that only look like meeting words report no meeting", "[extract]") {
  const std::string lead = "Chiều 5/9, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Lào Khampheng Saysompheng. ";
  for (const std::string text : {
           "Công ty Vinamilk cũng thăm dò ý kiến khách hàng tại Lào.",
           "Ngày 5/9, Tập đoàn Hòa Phát đã họp với các nhà phân phối về giá thép.",
           "Sáng 5/9, Hội đồng quản trị Công ty cổ phần Thép Pomina họp để bàn phương án tăng giá bán.",
           "Trong chuyến thăm, đoàn đã làm việc với các Bộ, ngành của Việt Nam.",
       }) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(lead + text, "2024-09-06");
      INFO(Dump(x));
      CHECK(x.meetings.size() == 1);
    }
  }
}

}  // namespace
}  // namespace coopgraph::extract

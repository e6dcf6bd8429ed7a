// Specification of who is in a meeting and what a name holds when the genre
// writes a venue, an invitation, a count or a speech word inside a name.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::Attends;
using testing::Dump;
using testing::Find;
using testing::Run;
using testing::TitlesOf;

bool OrgAttends(const ExtractedArticle& x, const std::string& surface_word) {
  for (const auto& m : x.meetings)
    for (const auto& p : m.participants) {
      const Mention& pm = x.mentions[p.mention];
      if (pm.kind == MentionKind::kOrganization && pm.surface.find(surface_word) != std::string::npos) return true;
    }
  return false;
}

bool AnyOrg(const ExtractedArticle& x, const std::string& surface_word) {
  for (const auto& m : x.mentions)
    if (m.kind == MentionKind::kOrganization && m.surface.find(surface_word) != std::string::npos) return true;
  return false;
}

TEST_CASE("A body named as the venue after 'tại' is no attendee", "[extract]") {
  for (const std::string text :
       {"Sáng 12/4, tại trụ sở Bộ Ngoại giao, Thứ trưởng Đỗ Hùng Việt tiếp Đại sứ Canada Shawn Steil.",
        "Sáng 12/4, Thứ trưởng Đỗ Hùng Việt tiếp Đại sứ Canada Shawn Steil tại trụ sở Bộ Ngoại giao."}) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(text, "2024-04-12");
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == 1);
      CHECK(Attends(x, x.meetings[0], "Đỗ Hùng Việt"));
      CHECK(Attends(x, x.meetings[0], "Shawn Steil"));
      CHECK(AnyOrg(x, "Bộ Ngoại giao"));  // still a body of the article
      CHECK_FALSE(OrgAttends(x, "Bộ Ngoại giao"));
    }
  }
  SECTION("a delegation's body is an attendee") {
    const ExtractedArticle x =
        Run("Sáng 12/4, Thứ trưởng Đỗ Hùng Việt tiếp Đoàn đại biểu Bộ Ngoại giao Lào.", "2024-04-12");
    INFO(Dump(x));
    CHECK(OrgAttends(x, "Bộ Ngoại giao"));
  }
}

TEST_CASE("An invited visit is planned and the inviter is not in it", "[extract]") {
  const std::string text =
      "Chiều 5/3, Chủ tịch nước Võ Văn Thưởng tiếp Thủ tướng New Zealand Christopher Luxon. "
      "Chủ tịch nước Võ Văn Thưởng gửi lời mời Toàn quyền New Zealand Cindy Kiro sớm thăm Việt Nam.";
  const ExtractedArticle x = Run(text, "2024-03-06");
  INFO(Dump(x));
  REQUIRE_FALSE(x.meetings.empty());
  CHECK(Attends(x, x.meetings[0], "Christopher Luxon"));
  for (const auto& m : x.meetings) {
    CHECK_FALSE((Attends(x, m, "Cindy Kiro") && Attends(x, m, "Võ Văn Thưởng")));
    if (Attends(x, m, "Cindy Kiro")) CHECK(m.status == EventStatus::kPlanned);
  }
  SECTION("an accepted invitation plans the subject's visit") {
    const ExtractedArticle y = Run("Chiều 5/3, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Peters. "
                                   "Ngoại trưởng Winston Peters vui vẻ nhận lời mời thăm Việt Nam.",
                                   "2024-03-06");
    INFO(Dump(y));
    for (const auto& m : y.meetings)
      if (m.kind == MeetingKind::kVisit) CHECK(m.status == EventStatus::kPlanned);
  }
}

struct FramedVisitCase {
  std::string text;
  std::string visitor;
  std::string inviter;
  EventStatus status;
};

TEST_CASE("An invitation opening the sentence frames the visit it reports", "[extract]") {
  const std::vector<FramedVisitCase> cases = {
      {"Nhận lời mời của Tổng thống Ramaphosa, ngày 14/5, Chủ tịch nước Lương Cường đã thăm chính thức "
       "Cộng hòa Nam Phi.",
       "Lương Cường", "Ramaphosa", EventStatus::kHeld},
      {"Theo lời mời của Thủ tướng Christopher Luxon, Thủ tướng Phạm Minh Chính thăm chính thức New Zealand "
       "từ ngày 9 đến 11/3.",
       "Phạm Minh Chính", "Christopher Luxon", EventStatus::kHeld},
      {"Thực hiện chương trình hợp tác năm 2024 và đáp lời mời của Bộ trưởng Quốc phòng Campuchia Tea Seiha, "
       "Bộ trưởng Phan Văn Giang dẫn đầu đoàn đại biểu đã thăm Campuchia.",
       "Phan Văn Giang", "Tea Seiha", EventStatus::kHeld},
      {"Nhận lời mời của Thủ tướng Malaysia Anwar Ibrahim, ngày 9-2, Thủ tướng Nguyễn Minh Khoa đã thăm "
       "chính thức Malaysia.",
       "Nguyễn Minh Khoa", "Anwar Ibrahim", EventStatus::kHeld},
      {"Thực hiện thỏa thuận giữa hai nước và nhận lời mời của Tổng thống Chile Gabriel Boric, Chủ tịch "
       "nước Lê Văn Tâm dẫn đầu đoàn đại biểu cấp cao thăm cấp Nhà nước Chile từ ngày 4 đến 6/11.",
       "Lê Văn Tâm", "Gabriel Boric", EventStatus::kHeld},
      // The frame does not make a planned visit held.
      {"Nhận lời mời của Tổng thống Ramaphosa, Chủ tịch nước Lương Cường sẽ thăm chính thức Nam Phi.",
       "Lương Cường", "Ramaphosa", EventStatus::kPlanned},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-20");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == MeetingKind::kVisit);
    CHECK(x.meetings[0].status == c.status);
    CHECK(Attends(x, x.meetings[0], c.visitor));
    CHECK_FALSE(Attends(x, x.meetings[0], c.inviter));
  }
  SECTION("an invitation after its subject still plans the invitee's visit") {
    const ExtractedArticle x =
        Run("Chủ tịch nước Lương Cường mời Tổng thống Cyril Ramaphosa sớm thăm Việt Nam.", "2024-05-20");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].status == EventStatus::kPlanned);
    CHECK_FALSE(Attends(x, x.meetings[0], "Lương Cường"));
  }
}

TEST_CASE("Each side's list after 'về phía … có' attends the meeting of the lead", "[extract]") {
  const std::string lead =
      "Sáng 3/4, Thủ tướng Phạm Minh Chính và Thủ tướng Hun Manet đồng chủ trì Kỳ họp Ủy ban hỗn hợp. ";
  const std::vector<std::string> lists = {
      "Tham dự kỳ họp, về phía Việt Nam có Phó Thủ tướng Trần Lưu Quang; về phía Campuchia có "
      "Phó Thủ tướng Neth Savoeun.",
      "Về phía Việt Nam có Phó Thủ tướng Trần Lưu Quang. Về phía Campuchia, có Phó Thủ tướng Neth Savoeun, "
      "các Bộ trưởng và quan chức cao cấp.",
  };
  for (const auto& list : lists) DYNAMIC_SECTION(list) {
    const ExtractedArticle x = Run(lead + list, "2024-04-03");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    for (const char* name : {"Phạm Minh Chính", "Hun Manet", "Trần Lưu Quang", "Neth Savoeun"})
      CHECK(Attends(x, x.meetings[0], name));
  }
  SECTION("a member list goes on past an item whose name is not read") {
    const ExtractedArticle x = Run(
        "Chiều 11/6, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp đoàn doanh nghiệp Nhật Bản do ông Kenji Sato dẫn đầu. "
        "Thành phần đoàn gồm: ông Taro Suzuki - Giám đốc Công ty Sakura; Hội đồng quản trị Công ty Fuji; "
        "Nguyễn Minh Khoa - Trưởng đại diện Công ty Sakura tại Hà Nội.",
        "2024-06-12");
    INFO(Dump(x));
    REQUIRE(x.meetings.size() == 1);
    CHECK(Attends(x, x.meetings[0], "Taro Suzuki"));
    CHECK(Attends(x, x.meetings[0], "Nguyễn Minh Khoa"));
  }
}

TEST_CASE("A count and its noun stay in an agreement's subject", "[extract]") {
  const ExtractedArticle x = Run("Hãng đã ký thỏa thuận mua 20 máy bay A321neo với Airbus.", "2024-05-30");
  INFO(Dump(x));
  REQUIRE(x.agreements.size() == 1);
  CHECK(x.agreements[0].name == "thỏa thuận mua 20 máy bay A321neo");
}

TEST_CASE("A speech word that is a noun of a body's name continues it", "[extract]") {
  const ExtractedArticle x = Run(
      "Chiều 20/6, Thứ trưởng Bùi Thế Duy tiếp Thứ trưởng Khoa học và Công nghệ thông tin Hàn Quốc Park Yun-kyu.",
      "2024-06-21");
  INFO(Dump(x));
  const Mention* park = Find(x, MentionKind::kPerson, "Park Yun-kyu");
  REQUIRE(park);
  CHECK(park->country == "KR");
  bool full = false;
  for (const auto& t : TitlesOf(*park)) full |= t.find("Công nghệ thông tin") != std::string::npos;
  CHECK(full);
  SECTION("a speech verb after a body's name still ends it") {
    const ExtractedArticle y = Run("Bộ Khoa học và Công nghệ thông báo kết quả xét chọn nhiệm vụ.", "2024-06-21");
    INFO(Dump(y));
    CHECK(Find(y, MentionKind::kOrganization, "Bộ Khoa học và Công nghệ"));
  }
}

TEST_CASE("A unit noun closing a body's name in a title names the local body", "[extract]") {
  const ExtractedArticle x = Run("Dự buổi tiếp có ông Đào Quang Khải, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.",
                                 "2024-05-15");
  INFO(Dump(x));
  const Mention* person = Find(x, MentionKind::kPerson, "Đào Quang Khải");
  REQUIRE(person);
  CHECK(TitlesOf(*person) == std::vector<std::string>{"Phó Chủ tịch UBND tỉnh"});
}

}  // namespace
}  // namespace coopgraph::extract

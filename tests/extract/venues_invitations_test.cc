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

TEST_CASE("An accepted invitation leading into the report: the visit after the comma is held", "[extract]") {
  struct Case {
    const char* text;
    const char* visitor;
    EventStatus status;
  };
  const Case cases[] = {
      {"Nhận lời mời của Thủ tướng Malaysia Anwar Ibrahim, ngày 9-2, Thủ tướng Nguyễn Minh Khoa đã thăm "
       "chính thức Malaysia.",
       "Nguyễn Minh Khoa", EventStatus::kHeld},
      {"Thực hiện thỏa thuận giữa hai nước và nhận lời mời của Tổng thống Chile Gabriel Boric, Chủ tịch "
       "nước Lê Văn Tâm dẫn đầu đoàn đại biểu cấp cao thăm cấp Nhà nước Chile từ ngày 4 đến 6/11.",
       "Lê Văn Tâm", EventStatus::kHeld},
      // Negative: the subject accepts, the visit is to come.
      {"Tổng thống Chile Gabriel Boric nhận lời mời thăm Việt Nam.", "Gabriel Boric", EventStatus::kPlanned},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.text) {
      const ExtractedArticle x = Run(c.text, "2024-11-07");
      INFO(Dump(x));
      REQUIRE(x.meetings.size() == 1);
      CHECK(Attends(x, x.meetings[0], c.visitor));
      CHECK(x.meetings[0].status == c.status);
    }
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

// Specification of agreements: the kind from the head word, the period, the
// status from the verbs around it, and the mentions that are not agreements.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::Dump;
using testing::Run;

struct AgreementCase {
  std::string text;
  AgreementKind kind;
  std::string name_prefix;  // the name starts with it
  int period_start, period_end;
  AgreementStatus status;
  std::string date;  // signing date, ISO; "" = none
};

TEST_CASE("An agreement has a kind, a name, a period and a status", "[extract]") {
  const std::vector<AgreementCase> cases = {
      {"Chiều 12/6, hai bộ đã ký Biên bản ghi nhớ hợp tác trong lĩnh vực y tế.", AgreementKind::kMemorandum,
       "Biên bản ghi nhớ hợp tác", 0, 0, AgreementStatus::kSigned, "2024-06-12"},
      {"Hai bên đã ký kết Thỏa thuận hợp tác giai đoạn 2021 – 2025 về đào tạo cán bộ.",
       AgreementKind::kAgreement, "Thỏa thuận hợp tác giai đoạn 2021", 2021, 2025, AgreementStatus::kSigned, ""},
      {"Hai tỉnh sẽ ký kết Biên bản ghi nhớ hợp tác phát triển du lịch.", AgreementKind::kMemorandum,
       "Biên bản ghi nhớ hợp tác", 0, 0, AgreementStatus::kToBeSigned, ""},
      {"Ngày 20/11/2023, hai Bộ đã ký Chương trình hợp tác giai đoạn 2024-2028.", AgreementKind::kProgram,
       "Chương trình hợp tác giai đoạn 2024", 2024, 2028, AgreementStatus::kSigned, "2023-11-20"},
      {"Hai nước đã ký Hiệp định Thương mại tự do vào năm 2019.", AgreementKind::kAccord,
       "Hiệp định Thương mại tự do", 0, 0, AgreementStatus::kSigned, ""},
      {"Hai bên sẽ ký Nghị định thư về hợp tác lao động.", AgreementKind::kProtocol, "Nghị định thư", 0, 0,
       AgreementStatus::kToBeSigned, ""},
      // Two companies; the subject follows the kind in lower case.
      {"Ngày 18/7, Viettel và Tập đoàn Sony đã ký thỏa thuận hợp tác chiến lược về phát triển công nghệ 5G.",
       AgreementKind::kAgreement, "thỏa thuận hợp tác chiến lược về phát triển công nghệ 5G", 0, 0,
       AgreementStatus::kSigned, "2024-07-18"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-06-20");
    CAPTURE(c.text);
    INFO(Dump(x));
    REQUIRE(x.agreements.size() == 1);
    const AgreementMention& a = x.agreements[0];
    CHECK(a.kind == c.kind);
    CHECK(a.name.rfind(c.name_prefix, 0) == 0);
    CHECK(a.period_start == c.period_start);
    CHECK(a.period_end == c.period_end);
    CHECK(a.status == c.status);
    if (!c.date.empty()) CHECK(a.date.ToIso() == c.date);
  }
}

TEST_CASE("The bodies after 'giữa' are the parties of an agreement", "[extract]") {
  const ExtractedArticle x = Run(
      "Ngày 5/9, Biên bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Campuchia đã được ký kết.",
      "2024-09-06");
  INFO(Dump(x));
  REQUIRE(x.agreements.size() == 1);
  std::vector<std::string> parties;
  for (int p : x.agreements[0].parties) parties.push_back(x.mentions[p].name + "/" + x.mentions[p].country);
  CHECK(parties.size() == 2);
  CHECK(std::count(parties.begin(), parties.end(), "Bộ Y tế Việt Nam/VN") +
            std::count(parties.begin(), parties.end(), "Bộ Y tế/VN") ==
        1);
  bool campuchia = false;
  for (const auto& p : parties) campuchia |= p.rfind("Bộ Y tế", 0) == 0 && p.size() > 3 && p.substr(p.size() - 3) == "/KH";
  CHECK(campuchia);
  CHECK(x.agreements[0].status == AgreementStatus::kSigned);
}

struct SignerCase {
  std::string text;
  std::vector<std::string> countries;  // of the parties, sorted
  std::string date;                    // signing date, ISO
};

TEST_CASE("The bodies that sign an agreement are its parties", "[extract]") {
  const std::vector<SignerCase> cases = {
      {"Ngày 2/5, Ngân hàng Nhà nước Việt Nam và Ngân hàng Trung ương Campuchia đã ký Biên bản ghi nhớ về "
       "hợp tác thanh toán.",
       {"KH", "VN"}, "2024-05-02"},
      // Two companies sign a memorandum.
      {"Ngày 2/5, Tập đoàn Điện lực Việt Nam và Công ty Điện lực Lào đã ký Biên bản ghi nhớ về mua bán điện.",
       {"LA", "VN"}, "2024-05-02"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-03");
    CAPTURE(c.text);
    INFO(Dump(x));
    REQUIRE(x.agreements.size() == 1);
    std::vector<std::string> countries;
    for (int p : x.agreements[0].parties) countries.push_back(x.mentions[p].country);
    std::sort(countries.begin(), countries.end());
    CHECK(countries == c.countries);
    CHECK(x.agreements[0].date.ToIso() == c.date);
  }
}

TEST_CASE("A generic or plural mention is not an agreement", "[extract]") {
  const std::vector<std::string> cases = {
      "Hai bên rà soát việc thực hiện các thỏa thuận đã ký.",
      "Bộ trưởng nhấn mạnh những hiệp định song phương là nền tảng của quan hệ.",
      // A kind word inside an organisation's name ("Kế hoạch").
      "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng phát biểu tại diễn đàn.",
      // A direction for the time ahead, not a document.
      "Về phương hướng hợp tác trong thời gian tới, hai bên nhất trí tăng cường trao đổi đoàn.",
  };
  for (const auto& text : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text);
    INFO(Dump(x));
    CHECK(x.agreements.empty());
  }
}

TEST_CASE("A later bare mention of an agreement is the same agreement", "[extract]") {
  const ExtractedArticle x = Run(
      "Hai bên đã ký Biên bản ghi nhớ hợp tác về chuyển đổi số. Biên bản ghi nhớ tạo khuôn khổ cho các dự án.");
  INFO(Dump(x));
  REQUIRE(x.agreements.size() == 1);
  CHECK(x.agreements[0].status == AgreementStatus::kSigned);
}

}  // namespace
}  // namespace coopgraph::extract

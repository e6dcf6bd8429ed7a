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
      // The country of a body the text does not name as an organisation.
      {"Ngày 2/5, hai bên đã ký Thỏa thuận hợp tác giữa lực lượng kiểm ngư Việt Nam và cơ quan thủy sản Indonesia.",
       {"ID", "VN"}, "2024-05-02"},
      // Two countries sign for themselves; the city before them is the place.
      {"Tại Hà Nội, ngày 2/5, Việt Nam và Hàn Quốc đã ký Bản ghi nhớ về hợp tác bán dẫn.", {"KR", "VN"}, "2024-05-02"},
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

struct NameCase {
  std::string text;
  std::vector<std::string> names;  // exactly, in the order of the text
};

TEST_CASE("An agreement's name runs to its natural end", "[extract]") {
  const std::vector<NameCase> cases = {
      // The parties after "giữa" are noun phrases, in lower case too, joined by "và";
      // a comma before a clause ends the name.
      {"Ngày 2/6, hai bên đã ký Thỏa thuận hợp tác giữa lực lượng kiểm ngư Việt Nam và cơ quan thủy sản "
       "Philippines, nhằm bảo vệ nguồn lợi biển.",
       {"Thỏa thuận hợp tác giữa lực lượng kiểm ngư Việt Nam và cơ quan thủy sản Philippines"}},
      // "các … của …" inside the parties, a period after them, the verb of the clause ends it.
      {"Ngày 5/6, Kế hoạch hợp tác giữa các cơ quan đối ngoại của Hungary và Việt Nam giai đoạn 2024-2026 "
       "đã được ký kết.",
       {"Kế hoạch hợp tác giữa các cơ quan đối ngoại của Hungary và Việt Nam giai đoạn 2024-2026"}},
      // Two agreements joined by "và", each with its own kind noun.
      {"Hai bên hài lòng với kết quả thực hiện Kế hoạch hợp tác Việt Nam - Campuchia năm 2023 và Hiệp định "
       "thương mại biên giới Việt Nam - Campuchia giai đoạn 2021 - 2025.",
       {"Kế hoạch hợp tác Việt Nam - Campuchia năm 2023",
        "Hiệp định thương mại biên giới Việt Nam - Campuchia giai đoạn 2021 - 2025"}},
      {"Ngày 11/6, hai bên ký Bản ghi nhớ về hợp tác du lịch và Hiệp định về vận tải biển.",
       {"Bản ghi nhớ về hợp tác du lịch", "Hiệp định về vận tải biển"}},
      // An amended agreement is part of the amending one's name.
      {"Hai Bộ trưởng đã ký Nghị định thư sửa đổi Hiệp định khuyến khích và bảo hộ đầu tư năm 1996.",
       {"Nghị định thư sửa đổi Hiệp định khuyến khích và bảo hộ đầu tư năm 1996"}},
      // The items of a list of documents are read whole, to the ';'.
      {"Các văn kiện được ký gồm: Hiệp định về tương trợ tư pháp trong lĩnh vực hình sự; Bản ghi nhớ giữa "
       "Bộ Tài chính hai nước về hợp tác hải quan; Hợp đồng cung cấp khí hóa lỏng giữa Công ty PV Gas với "
       "Tập đoàn Shell.",
       {"Hiệp định về tương trợ tư pháp trong lĩnh vực hình sự",
        "Bản ghi nhớ giữa Bộ Tài chính hai nước về hợp tác hải quan",
        "Hợp đồng cung cấp khí hóa lỏng giữa Công ty PV Gas với Tập đoàn Shell"}},
      // … or to the comma or "và" before the next item's kind noun.
      {"Ngày 3/7, các văn kiện được ký gồm: Hiệp định về hợp tác nghề cá, Bản ghi nhớ giữa Bộ Tư pháp hai nước "
       "về đào tạo luật sư và Thỏa thuận về lao động thời vụ.",
       {"Hiệp định về hợp tác nghề cá", "Bản ghi nhớ giữa Bộ Tư pháp hai nước về đào tạo luật sư",
        "Thỏa thuận về lao động thời vụ"}},
      // A capitalised title goes on through the verb of its own name.
      {"Hai bên thống nhất sớm ký Chương trình Hành động thực hiện Đối tác Toàn diện Việt Nam - Ireland.",
       {"Chương trình Hành động thực hiện Đối tác Toàn diện Việt Nam - Ireland"}},
      // "giữa hai Trường …": a count inside the parties.
      {"Hai bên sẽ ký Bản ghi nhớ hợp tác giữa hai Trường Đại học Nông nghiệp, góp phần đào tạo kỹ sư.",
       {"Bản ghi nhớ hợp tác giữa hai Trường Đại học Nông nghiệp"}},
      // Places as parties, with their lower-case syllables.
      {"Hai thủ đô đã triển khai Thỏa thuận hợp tác giữa Thành phố Huế và Thủ đô Phnom Penh giai đoạn 2022-2026, "
       "đặc biệt về du lịch.",
       {"Thỏa thuận hợp tác giữa Thành phố Huế và Thủ đô Phnom Penh giai đoạn 2022-2026"}},
      // "giữa hai Chính phủ": the two sides, not a name.
      {"Hai bên đánh giá cao việc triển khai Bản ghi nhớ hợp tác về thủy sản giữa hai Chính phủ.",
       {"Bản ghi nhớ hợp tác về thủy sản"}},
      // A body after a lower-case word of the title is the title's, not a dangling "cấp".
      {"Hai nước đã ký Hiệp định cấp Chính phủ về phòng chống ma túy.",
       {"Hiệp định cấp Chính phủ về phòng chống ma túy"}},
      // At the start of a sentence, a lower-case subject before the parties; the verb after them ends it.
      {"Hiệp định đối tác kinh tế giữa Việt Nam và Nhật Bản mang lại nhiều lợi ích cho hai nước.",
       {"Hiệp định đối tác kinh tế giữa Việt Nam và Nhật Bản"}},
      // A ':' that opens a quotation, not a list: the verb ends the name.
      {"Ông cho biết: Hiệp định về hợp tác đầu tư đã mang lại nhiều lợi ích cho doanh nghiệp.",
       {"Hiệp định về hợp tác đầu tư"}},
      // A capitalised first word of a subject in Vietnamese: the lower-case words after it are the name's.
      {"Năm 2019, hai bên đã ký Hiệp định Bảo hộ đầu tư (IPA) và Hiệp định Thương mại hàng hóa.",
       {"Hiệp định Bảo hộ đầu tư", "Hiệp định Thương mại hàng hóa"}},
      // A bare kind noun is what a status verb acts on right there.
      {"Nhân dịp này, hai bên ký Biên bản hội đàm.", {"Biên bản hội đàm"}},
      {"Hai nhà lãnh đạo đã thông qua Tuyên bố chung.", {"Tuyên bố chung"}},
      // A preposition before a plural ends the subject and does not end the name.
      {"Ngày 20/6, hai hãng đã ký thỏa thuận liên danh trên các đường bay quốc tế.", {"thỏa thuận liên danh"}},
      // The value of a contract is no part of its name.
      {"Ngày 15/6, hai hãng ký hợp đồng mua 20 tàu bay trị giá 3 tỷ USD.", {"hợp đồng mua 20 tàu bay"}},
      // A model's number and letters are the subject's.
      {"Ngày 16/6, hãng ký hợp đồng mua 30 tàu bay 787 MAX mới trị giá 5 tỷ USD.",
       {"hợp đồng mua 30 tàu bay 787 MAX mới"}},
      // "đào tạo", "chế tạo": a syllable of a word is no clause word.
      {"Ngày 7/5, hai học viện ký Ý định thư về hợp tác đào tạo phi công.",
       {"Ý định thư về hợp tác đào tạo phi công"}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-06-20");
    INFO(Dump(x));
    std::vector<std::string> names;
    for (const auto& a : x.agreements) names.push_back(a.name);
    CHECK(names == c.names);
  }
}

struct StatusCase {
  std::string text;
  AgreementStatus status;
  std::string date;  // signing date, ISO; "" = none
};

TEST_CASE("The verbs around an agreement give its status", "[extract]") {
  const std::vector<StatusCase> cases = {
      {"Hai nước sẽ sớm ký Hiệp định về dẫn độ.", AgreementStatus::kToBeSigned, ""},
      {"Hai bên nhất trí sớm ký Bản ghi nhớ về an ninh mạng.", AgreementStatus::kToBeSigned, ""},
      {"Hai bên hướng tới ký Thỏa thuận thương mại song phương.", AgreementStatus::kToBeSigned, ""},
      {"Hai bộ thúc đẩy ký kết Bản ghi nhớ về hợp tác giáo dục.", AgreementStatus::kToBeSigned, ""},
      {"Hai bên dự kiến ký Nghị định thư về kiểm dịch thực vật vào ngày 9/9.", AgreementStatus::kToBeSigned,
       "2024-09-09"},
      {"Ngày 3/4, hai Bộ trưởng đã ký Hiệp định về lao động.", AgreementStatus::kSigned, "2024-04-03"},
      {"Ngày 4/4, hai bên ký kết Thỏa thuận về phòng chống buôn lậu.", AgreementStatus::kSigned, "2024-04-04"},
      // Documents handed over are signed ones.
      {"Ngày 5/4, hai Bộ trưởng trao Biên bản ghi nhớ về hợp tác y tế.", AgreementStatus::kSigned, "2024-04-05"},
      {"Hai bên tiếp tục triển khai Hiệp định về hợp tác nghề cá.", AgreementStatus::kImplemented, ""},
      // Agreeing on it is weaker than the signing the clause plans.
      {"Hai bên thống nhất nội dung Kế hoạch hợp tác năm 2025 sẽ được ký vào ngày 9/9.",
       AgreementStatus::kToBeSigned, "2024-09-09"},
      {"Hai bên nhất trí thực hiện tốt Kế hoạch hợp tác quốc phòng năm 2024.", AgreementStatus::kImplemented, ""},
      {"Hiệp định về hợp tác đầu tư đã có hiệu lực từ năm 2020.", AgreementStatus::kImplemented, ""},
      // The members of a group handed over, listed after a comma.
      {"Hai Thủ tướng chứng kiến trao đổi các văn kiện hợp tác, gồm Bản ghi nhớ về nông nghiệp, Thỏa thuận về "
       "hàng không và Kế hoạch hành động giai đoạn 2024-2027.",
       AgreementStatus::kSigned, ""},
      // An anniversary of a signing: signed long ago, and the date of the celebration is not its date.
      {"Ngày 10/3/2024, hai bên tổ chức kỷ niệm 30 năm ký Hiệp ước về biên giới đất liền.",
       AgreementStatus::kSigned, ""},
      // A list takes the status and the date of the sentence that opens it.
      {"Ngày 6/4, hai Thủ tướng chứng kiến lễ ký các văn kiện gồm: Hiệp định về miễn thị thực; Bản ghi nhớ "
       "về hợp tác văn hóa.",
       AgreementStatus::kSigned, "2024-04-06"},
      // … else the status of the group named before it.
      {"Sau hội đàm, hai Thủ tướng sẽ chứng kiến lễ ký các văn kiện hợp tác. Các văn kiện gồm: Bản ghi nhớ "
       "về hợp tác năng lượng; Thỏa thuận về lao động.",
       AgreementStatus::kToBeSigned, ""},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-06-20");
    INFO(Dump(x));
    REQUIRE(!x.agreements.empty());
    for (const auto& a : x.agreements) {
      CHECK(a.status == c.status);
      CHECK(a.date.ToIso() == c.date);
    }
  }
}

TEST_CASE("A status verb just before an agreement is its own", "[extract]") {
  // "thực hiện A, tiếp tục ký B"
  const ExtractedArticle x = Run(
      "Trên cơ sở tổng kết việc thực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023, hai bên thống nhất tiếp tục "
      "ký Thỏa thuận hợp tác giai đoạn 2024 - 2028.");
  INFO(Dump(x));
  REQUIRE(x.agreements.size() == 2);
  CHECK(x.agreements[0].status == AgreementStatus::kImplemented);
  CHECK(x.agreements[1].status == AgreementStatus::kToBeSigned);
}

TEST_CASE("Groups, settings and references back are no new agreements", "[extract]") {
  const std::vector<std::string> none = {
      // A count or a plural word before a kind noun with no name.
      "Hai tỉnh đã ký 5 Chương trình phối hợp về phát triển nông nghiệp.",
      "Hai bên đã ký nhiều thỏa thuận quan trọng và các văn kiện hợp tác khác.",
      "Hai Thủ tướng chứng kiến lễ ký 4 văn kiện hợp tác bao gồm các lĩnh vực kinh tế và giáo dục.",
      // A domestic plan or programme in lower case, even before "giữa".
      "UBND tỉnh ban hành kế hoạch phòng chống dịch giữa mùa mưa.",
      "Nhà trường tổ chức chương trình giao lưu giữa học sinh hai trường vào cuối tuần.",
      // The setting of an act.
      "Trong khuôn khổ hợp tác giữa Bộ Y tế và Bộ Y tế Lào, hai bên trao đổi chuyên gia.",
      // A reference back with nothing before it to refer to.
      "Bản ghi nhớ này là cơ sở để hai bên tăng cường hợp tác.",
      "Tại lễ ký, Bộ trưởng Nguyễn Văn An cho biết Bản ghi nhớ sẽ mở ra giai đoạn hợp tác mới.",
      // Carrying out a bare "Thỏa thuận" refers to one, it does not make one.
      "Hai bên tin tưởng việc thực hiện Thỏa thuận sẽ góp phần củng cố quan hệ.",
  };
  for (const auto& text : none) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text, "2024-06-20");
    INFO(Dump(x));
    CHECK(x.agreements.empty());
  }
  const std::vector<std::string> one = {
      "Hai công ty đã ký Thỏa thuận về phân phối thiết bị y tế. Thỏa thuận mới này giúp mở rộng thị trường.",
      "Ngày 12/5, hai Bộ đã ký Bản ghi nhớ về hợp tác pháp luật. Văn kiện trên là cơ sở để hai bộ phối hợp.",
      "Hai bên sẽ ký Hiệp định về miễn thị thực. Bản ghi nhớ về du lịch cũng được thảo luận. Hiệp định này "
      "có hiệu lực từ năm sau.",
  };
  for (const auto& text : one) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text, "2024-06-20");
    INFO(Dump(x));
    for (const auto& a : x.agreements) CHECK(a.name.find("này") == std::string::npos);
    for (const auto& a : x.agreements) CHECK(a.name.find("trên") == std::string::npos);
    CHECK(!x.agreements.empty());
    CHECK(x.agreements.size() <= 2);
  }
}

struct CompanyCase {
  std::string text;
  std::string name;
  std::vector<std::string> parties;  // sorted names
};

TEST_CASE("A signing between companies has both as parties, with or without a kind noun", "[extract]") {
  const std::vector<CompanyCase> cases = {
      {"Ngày 6/5, Công ty Thép Hòa Phát ký hợp đồng cung cấp quặng sắt với Tập đoàn Rio Tinto.",
       "hợp đồng cung cấp quặng sắt", {"Công ty Thép Hòa Phát", "Tập đoàn Rio Tinto"}},
      {"Chiều 4/5, Tập đoàn Dầu khí Việt Nam ký kết hợp tác chế tạo giàn khoan với Công ty Cơ khí Hải Long.",
       "hợp tác chế tạo giàn khoan", {"Công ty Cơ khí Hải Long", "Tập đoàn Dầu khí Việt Nam"}},
      {"Chiều 5/5, Tổng công ty Viglacera ký kết hợp tác sản xuất kính với một doanh nghiệp Nhật Bản.",
       "hợp tác sản xuất kính", {"Tổng công ty Viglacera"}},
      {"Ngày 8/5, Công ty Sao Mai đã ký với Tập đoàn Kumho Biên bản ghi nhớ về sản xuất lốp xe.",
       "Biên bản ghi nhớ về sản xuất lốp xe", {"Công ty Sao Mai", "Tập đoàn Kumho"}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-06-20");
    INFO(Dump(x));
    REQUIRE(x.agreements.size() == 1);
    CHECK(x.agreements[0].name == c.name);
    CHECK(x.agreements[0].status == AgreementStatus::kSigned);
    std::vector<std::string> parties;
    for (int p : x.agreements[0].parties) parties.push_back(x.mentions[p].name);
    std::sort(parties.begin(), parties.end());
    REQUIRE(parties.size() == c.parties.size());
    // The party's name may run on into the agreement's ("Tập đoàn Kumho Biên bản"): an
    // organisation boundary, not this reader's.
    for (std::size_t i = 0; i < parties.size(); ++i) CHECK(parties[i].rfind(c.parties[i], 0) == 0);
  }
}

struct SignatoryCase {
  std::string text;
  std::vector<std::string> signatories;  // sorted names
  std::vector<std::string> parties;      // sorted names
};

TEST_CASE("The persons who sign are the signatories, and their bodies the parties", "[extract]") {
  const std::vector<SignatoryCase> cases = {
      {"Ngày 5/6, Bộ trưởng Bộ Y tế Trần Văn Minh và Bộ trưởng Bộ Y tế Lào Khamphet Sisavath đã ký Bản ghi nhớ "
       "về hợp tác y tế.",
       {"Khamphet Sisavath", "Trần Văn Minh"}, {"Bộ Y tế", "Bộ Y tế Lào"}},
      // Witnesses do not sign.
      {"Ngày 6/6, dưới sự chứng kiến của Thủ tướng Lê Văn Hòa, Bộ trưởng Bộ Công Thương Phạm Đức Long và Bộ "
       "trưởng Bộ Thương mại Campuchia Sok Vanna đã ký Hiệp định về thương mại biên giới.",
       {"Phạm Đức Long", "Sok Vanna"}, {"Bộ Công Thương", "Bộ Thương mại Campuchia"}},
      {"Chiều 7/6, Chủ tịch nước Lê Văn Hòa đã chứng kiến lễ ký Hiệp định về hợp tác hải quan.", {}, {}},
      // A passive signing at the start of a sentence: the persons after "do" sign.
      {"Hiệp định cấp Chính phủ về hợp tác khoa học do Bộ trưởng Bộ Khoa học và Công nghệ Trần Văn Minh ký với "
       "Bộ trưởng Bộ Giáo dục Lào Phout Simmalavong.",
       {"Phout Simmalavong", "Trần Văn Minh"}, {}},
      // The speaker of a planned signing does not sign.
      {"Thủ tướng Lê Văn Hòa khẳng định sẽ chỉ đạo các bộ sớm ký kết Thỏa thuận về hợp tác nghề cá.", {}, {}},
      // An anniversary of a signing names no signatory.
      {"Ngày 8/6, Bộ trưởng Phạm Đức Long dự lễ kỷ niệm 20 năm ký Hiệp định về vận tải đường bộ.", {}, {}},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-06-20");
    INFO(Dump(x));
    REQUIRE(x.agreements.size() == 1);
    auto names = [&](const std::vector<int>& ms) {
      std::vector<std::string> out;
      for (int m : ms) out.push_back(x.mentions[m].name);
      std::sort(out.begin(), out.end());
      return out;
    };
    CHECK(names(x.agreements[0].signatories) == c.signatories);
    if (!c.parties.empty()) CHECK(names(x.agreements[0].parties) == c.parties);
  }
}

}  // namespace
}  // namespace coopgraph::extract

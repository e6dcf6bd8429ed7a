// Specification of organisation mentions: full spans, acronyms, country,
// parent bodies, organisations implied by titles and lists of bodies.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <filesystem>
#include <fstream>

#include "common/temp_dir.h"
#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::Dump;
using testing::Find;
using testing::MentionsOf;
using testing::Run;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The organisation mention whose name contains `part`, or nullptr.
const Mention* OrgContaining(const ExtractedArticle& x, const std::string& part) {
  for (const Mention* m : MentionsOf(x, MentionKind::kOrganization))
    if (Contains(m->name, part)) return m;
  return nullptr;
}

bool HasAlias(const Mention& m, const std::string& alias) {
  return std::find(m.aliases.begin(), m.aliases.end(), alias) != m.aliases.end() || m.surface == alias;
}

struct OrgCase {
  std::string text;
  std::string name;     // exact
  std::string country;  // iso2; "" = not checked
};

TEST_CASE("An organisation is read to the end of its name", "[extract]") {
  const std::vector<OrgCase> cases = {
      {"Bộ Nông nghiệp và Phát triển nông thôn phối hợp với tỉnh An Giang.",
       "Bộ Nông nghiệp và Phát triển nông thôn", ""},
      {"Công ty cổ phần Sữa Việt Nam xuất khẩu sang Trung Đông.", "Công ty cổ phần Sữa Việt Nam", ""},
      {"Sở Ngoại vụ tỉnh Nghệ An đón đoàn khách quốc tế.", "Sở Ngoại vụ tỉnh Nghệ An", ""},
      {"Tổng công ty Hàng không Việt Nam mở đường bay mới.", "Tổng công ty Hàng không Việt Nam", ""},
      {"Công ty TNHH Samsung Electronics Việt Nam tuyển thêm kỹ sư.", "Công ty TNHH Samsung Electronics Việt Nam",
       ""},
      {"Hội Hữu nghị Việt Nam - Campuchia tổ chức gặp mặt.", "Hội Hữu nghị Việt Nam - Campuchia", ""},
      {"Đại sứ quán Cuba tại Việt Nam tổ chức lễ kỷ niệm ngày Cách mạng.", "Đại sứ quán Cuba tại Việt Nam", "CU"},
      {"Ủy ban nhân dân tỉnh Quảng Ninh vừa tổ chức hội nghị xúc tiến đầu tư.",
       "Ủy ban nhân dân tỉnh Quảng Ninh", ""},
      // "Đại sứ quán" is an organisation, not the title "Đại sứ".
      {"Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm Quốc khánh.", "Đại sứ quán Việt Nam tại Lào", "VN"},
      // A body named after a foreign capital belongs to that capital's country.
      {"Ủy ban Nhân dân Thủ đô Viêng Chăn cử đoàn sang thăm.", "Ủy ban Nhân dân Thủ đô Viêng Chăn", "LA"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    const Mention* org = nullptr;  // by its name, or by its span when abbreviations were expanded
    for (const Mention* m : MentionsOf(x, MentionKind::kOrganization))
      if (!org && (m->name == c.name || m->surface == c.name)) org = m;
    REQUIRE(org != nullptr);
    if (!c.country.empty()) CHECK(org->country == c.country);
  }
}

TEST_CASE("Bilateral and trade names are read to their end", "[extract]") {
  const std::vector<OrgCase> cases = {
      // The local chapter of a bilateral friendship society.
      {"Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Trị tổ chức đại hội.", "Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Trị", ""},
      {"Đại hội Hội hữu nghị Việt Nam – Nhật Bản thành phố Đà Nẵng diễn ra sáng nay.",
       "Hội hữu nghị Việt Nam - Nhật Bản thành phố Đà Nẵng", ""},
      // A country joined to a region.
      {"Phòng Thương mại Úc - Á tổ chức hội thảo.", "Phòng Thương mại Úc - Á", ""},
      // Name-like syllables after a head are the body's name, not a person.
      {"Tập đoàn Minh Long Phát cho biết sẽ mở rộng sản xuất.", "Tập đoàn Minh Long Phát", ""},
      // A trade name without a head word, closed by an English company word.
      {"Từ tháng 6, Nordic Star Airlines mở đường bay thẳng tới Hà Nội.", "Nordic Star Airlines", ""},
      {"Bản ghi nhớ giữa Vietnam Airlines và Pacific Crest Airways được ký tại Hà Nội.", "Pacific Crest Airways", ""},
      {"Năm nay, Golden Gate Partners rót vốn vào công ty khởi nghiệp.", "Golden Gate Partners", ""},
      // With a head word the trade name is the body's name.
      {"Quỹ Golden Gate Partners rót vốn vào công ty khởi nghiệp.", "Quỹ Golden Gate Partners", ""},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    const Mention* org = nullptr;
    for (const Mention* m : MentionsOf(x, MentionKind::kOrganization))
      if (!org && (m->name == c.name || m->surface == c.name)) org = m;
    CHECK(org != nullptr);
  }
}

TEST_CASE("A body's name stops at a function word and takes a local place's country word as a syllable",
          "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"UBND huyện Kỳ Anh nếu chậm trễ sẽ bị nhắc nhở.", "Ủy ban nhân dân huyện Kỳ Anh"},
      // A capitalised word that is no function word here goes on.
      {"Quỹ Vì người nghèo tỉnh Long An trao quà cho hộ khó khăn.", "Quỹ Vì người nghèo tỉnh Long An"},
      {"UBND huyện Cần Giuộc vẫn chưa có báo cáo.", "Ủy ban nhân dân huyện Cần Giuộc"},
      {"Sở Y tế tỉnh Bình Định vẫn chưa nhận được báo cáo.", "Sở Y tế tỉnh Bình Định"},
      {"Công an huyện Nga Sơn đã bắt giữ đối tượng.", "Công an huyện Nga Sơn"},
      {"Ủy ban nhân dân xã Đức Lạc tổ chức họp dân.", "Ủy ban nhân dân xã Đức Lạc"},
  };
  for (const auto& [text, name] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    INFO(Dump(x));
    const Mention* org = Find(x, MentionKind::kOrganization, name);
    REQUIRE(org != nullptr);
    CHECK(org->country != "DE");
    CHECK(org->country != "RU");
    CHECK(Find(x, MentionKind::kCountry, "Đức") == nullptr);
  }
}

TEST_CASE("A list of bodies separated by semicolons may hold commas and dashes in its items", "[extract]") {
  const ExtractedArticle x = Run(
      "Dự họp có lãnh đạo các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch; Lao động-Thương binh và Xã hội; "
      "Nông nghiệp và Phát triển nông thôn; Đại sứ Việt Nam tại Nhật Bản.");
  INFO(Dump(x));
  for (const std::string name : {"Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch",
                                 "Bộ Lao động-Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn"})
    CHECK(Find(x, MentionKind::kOrganization, name) != nullptr);
  // The title after the list is no item of it, and no newspaper is read into an item.
  for (const Mention* m : MentionsOf(x, MentionKind::kOrganization)) {
    CHECK(m->name.find("Đại sứ") == std::string::npos);
    CHECK(m->name.find("Báo") == std::string::npos);
  }
}

TEST_CASE("A branch after a dash is a body of its own under its parent", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Ngân hàng Công Thương Việt Nam - Chi nhánh Đà Nẵng tài trợ chương trình.",
       "Ngân hàng Công Thương Việt Nam - Chi nhánh Đà Nẵng"},
      {"Hội nghị có đại diện Ngân hàng Hàng hải - Chi nhánh tại Cần Thơ.",
       "Ngân hàng Hàng hải - Chi nhánh tại Cần Thơ"},
  };
  for (const auto& [text, name] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    INFO(Dump(x));
    const Mention* branch = Find(x, MentionKind::kOrganization, name);
    REQUIRE(branch != nullptr);
    REQUIRE(branch->parent >= 0);
    CHECK(name.rfind(x.mentions[branch->parent].surface, 0) == 0);
  }
  // A dash between two countries is no branch.
  const ExtractedArticle x = Run("Hội Hữu nghị Việt Nam - Campuchia tổ chức gặp mặt.");
  INFO(Dump(x));
  CHECK(MentionsOf(x, MentionKind::kOrganization).size() == 1);
}

TEST_CASE("A renamed body and a representative office are aliases of one body", "[extract]") {
  {
    const ExtractedArticle x = Run("Tỉnh có Trung tâm Văn hóa Đức, nay là Viện Goethe tại Huế.");
    INFO(Dump(x));
    const Mention* renamed = OrgContaining(x, "Viện Goethe");
    REQUIRE(renamed != nullptr);
    CHECK(std::find(renamed->aliases.begin(), renamed->aliases.end(), "Trung tâm Văn hóa Đức") != renamed->aliases.end());
  }
  {
    const ExtractedArticle x = Run("Văn phòng đại diện Tập đoàn Mitsui tại Hà Nội ký hợp đồng mới.");
    INFO(Dump(x));
    const Mention* office = OrgContaining(x, "Văn phòng đại diện");
    REQUIRE(office != nullptr);
    bool names_body = false;
    for (const auto& a : office->aliases) names_body |= a.find("Mitsui") != std::string::npos;
    CHECK(names_body);
  }
  {  // An office of a ministry is not the ministry.
    const ExtractedArticle x = Run("Văn phòng Bộ Tư pháp ban hành thông báo.");
    INFO(Dump(x));
    const Mention* office = OrgContaining(x, "Văn phòng");
    REQUIRE(office != nullptr);
    for (const auto& a : office->aliases) CHECK(a != "Bộ Tư pháp");
  }
}

TEST_CASE("A company's trade name is learned from its full name in the article", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Công ty cổ phần Tavico ký hợp đồng với đối tác Hàn Quốc. Theo kế hoạch, Tavico sẽ mở thêm nhà máy.",
       "Công ty cổ phần Tavico"},
      {"Tập đoàn Zentrix Tâm Phúc cho biết sẽ mở rộng sản xuất. Zentrix Tâm Phúc cam kết tuyển lao động địa phương.",
       "Tập đoàn Zentrix Tâm Phúc"},
  };
  for (const auto& [text, full] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    INFO(Dump(x));
    int uses = 0;
    for (const Mention* m : MentionsOf(x, MentionKind::kOrganization)) uses += m->name == full;
    CHECK(uses == 2);
  }
  // Unknown before its full name, and not learned from a body whose name is a place.
  {
    const ExtractedArticle x = Run("Tavico cho biết. Công ty cổ phần Tavico ký hợp đồng.");
    INFO(Dump(x));
    CHECK(MentionsOf(x, MentionKind::kOrganization).size() == 1);
  }
  {
    const ExtractedArticle x = Run("Công ty Điện lực Hải Dương thông báo. Hải Dương có mưa lớn.");
    INFO(Dump(x));
    CHECK(MentionsOf(x, MentionKind::kOrganization).size() == 1);
  }
}

TEST_CASE("A board named alone refers back and is no new organisation", "[extract]") {
  for (const std::string text : {"Ban Giám hiệu nhà trường cho biết sẽ khen thưởng học sinh.",
                                 "Theo Ban Tổ chức, giải chạy thu hút 5.000 vận động viên.",
                                 "Hội đồng quản trị đã thông qua kế hoạch."}) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(text);
      INFO(Dump(x));
      CHECK(MentionsOf(x, MentionKind::kOrganization).empty());
    }
  }
  // With its body after it, it is a board of that body; a named central body stays.
  for (const std::string name : {"Ban Tổ chức Trung ương", "Hội đồng quản trị Tập đoàn Vingroup"}) {
    DYNAMIC_SECTION(name) {
      const ExtractedArticle x = Run(name + " ban hành hướng dẫn mới.");
      INFO(Dump(x));
      CHECK(OrgContaining(x, name) != nullptr);
    }
  }
}

TEST_CASE("A level of government is not an organisation", "[extract]") {
  const std::vector<std::string> cases = {
      "Hiệp định cấp Chính phủ về Hợp tác Khoa học được ký tại Berlin.",
      "Hai bên nhất trí nâng cơ chế đối thoại lên cấp Bộ.",
  };
  for (const auto& text : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    INFO(Dump(x));
    CHECK(MentionsOf(x, MentionKind::kOrganization).empty());
  }
}

TEST_CASE("A parenthesised acronym is an alias, not part of the name", "[extract]") {
  const ExtractedArticle x = Run("Tập đoàn Điện lực Việt Nam (EVN) cho biết sẽ tăng công suất.");
  INFO(Dump(x));
  const Mention* evn = OrgContaining(x, "Điện lực Việt Nam");
  REQUIRE(evn != nullptr);
  CHECK_FALSE(Contains(evn->name, "EVN"));
  CHECK(HasAlias(*evn, "EVN"));
}

struct AbbreviationCase {
  std::string text;
  std::string expanded;  // part of the name
  std::string written;   // the form in the text, kept as surface or alias
};

TEST_CASE("An abbreviation in a name is expanded and the written form kept", "[extract]") {
  const std::vector<AbbreviationCase> cases = {
      {"Bộ KH&CN tổ chức hội thảo về chuyển đổi số.", "Khoa học và Công nghệ", "Bộ KH&CN"},
      {"Bộ GD&ĐT công bố kết quả tuyển sinh.", "Giáo dục và Đào tạo", "Bộ GD&ĐT"},
      {"Bộ NN&PTNT cử chuyên gia sang hỗ trợ.", "Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT"},
      {"Ngân hàng TMCP Ngoại thương Việt Nam tăng vốn điều lệ.", "Ngoại thương Việt Nam", ""},
      // The place "Lào Cai" wins over the country "Lào".
      {"UBND tỉnh Lào Cai đón đoàn doanh nghiệp Trung Quốc.", "Ủy ban nhân dân tỉnh Lào Cai", "UBND tỉnh Lào Cai"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text, c.expanded);
    INFO(Dump(x));
    const Mention* org = OrgContaining(x, c.expanded);
    REQUIRE(org != nullptr);
    if (!c.written.empty()) CHECK(HasAlias(*org, c.written));
  }
}

TEST_CASE("An organisation belongs to the country its name gives", "[extract]") {
  const std::vector<OrgCase> cases = {
      {"Bộ Ngoại giao Campuchia ra thông cáo báo chí.", "", "KH"},
      {"Bộ Y tế Lào tiếp nhận thiết bị.", "", "LA"},
      {"Bộ Quốc phòng Nhật Bản cử đoàn sang Hà Nội.", "", "JP"},
      {"Đại sứ quán Hàn Quốc tại Việt Nam tổ chức buổi gặp mặt.", "", "KR"},
      {"Bộ Thương mại và Công nghiệp Ấn Độ công bố số liệu xuất khẩu.", "", "IN"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    auto orgs = MentionsOf(x, MentionKind::kOrganization);
    REQUIRE(orgs.size() == 1);
    CHECK(orgs[0]->country == c.country);
  }
}

TEST_CASE("A body of another organisation points at its parent", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Đảng ủy Bộ Công an tổ chức hội nghị.", "Bộ Công an"},
      {"Văn phòng Bộ Tư pháp tiếp nhận hồ sơ.", "Bộ Tư pháp"},
      {"Đoàn Thanh niên Bộ Ngoại giao tổ chức giao lưu.", "Bộ Ngoại giao"},
      // The inner body may follow the department's own name.
      {"Vụ Hợp tác quốc tế Bộ Khoa học và Công nghệ chủ trì soạn thảo.", "Bộ Khoa học và Công nghệ"},
  };
  for (const auto& [text, parent] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text, parent);
    INFO(Dump(x));
    bool found = false;
    for (const auto& m : x.mentions) {
      if (m.kind == MentionKind::kOrganization && m.parent >= 0 && x.mentions[m.parent].name == parent)
        found = true;
    }
    CHECK(found);
  }
}

// A legal form ("Công ty", "Công ty TNHH") and a trade name are one body, not a
// body of another body.
TEST_CASE("A company's legal form and trade name are one organisation", "[extract]") {
  const std::vector<std::string> cases = {
      "Công ty TNHH Samsung Electronics Việt Nam tuyển thêm kỹ sư.",
      "Tổng Giám đốc Công ty Toyota Việt Nam Hiroyuki Ueda cho biết doanh số tăng.",
  };
  for (const auto& text : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text);
    INFO(Dump(x));
    auto orgs = MentionsOf(x, MentionKind::kOrganization);
    REQUIRE(orgs.size() == 1);
    CHECK(orgs[0]->parent == -1);
  }
}

struct TitleOrgCase {
  std::string text;
  std::string person;
  std::string org;      // the organisation the title names
  std::string country;  // of that organisation and of the person
};

TEST_CASE("A minister's title names the ministry it implies", "[extract]") {
  const std::vector<TitleOrgCase> cases = {
      {"Bộ trưởng Công Thương Nguyễn Hồng Diên dự diễn đàn.", "Nguyễn Hồng Diên", "Bộ Công Thương", ""},
      {"Bộ trưởng Tài chính Campuchia Aun Pornmoniroth đánh giá cao hợp tác.", "Aun Pornmoniroth",
       "Bộ Tài chính", "KH"},
      {"Bộ trưởng Y tế Đào Hồng Lan kiểm tra bệnh viện.", "Đào Hồng Lan", "Bộ Y tế", ""},
      {"Bộ trưởng Ngoại giao Nga Sergei Lavrov phát biểu tại họp báo.", "Sergei Lavrov", "Bộ Ngoại giao", "RU"},
      {"Bộ trưởng Công Thương Lào Malaithong Kommasith đánh giá cao hợp tác.", "Malaithong Kommasith",
       "Bộ Công Thương", "LA"},
      {"Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan đánh giá cao vai trò của ASEAN.",
       "Vivian Balakrishnan", "Bộ Ngoại giao", "SG"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    const Mention* p = Find(x, MentionKind::kPerson, c.person);
    REQUIRE(p != nullptr);
    REQUIRE(p->titles.size() == 1);
    REQUIRE(p->titles[0].organization >= 0);
    const Mention& org = x.mentions[p->titles[0].organization];
    CHECK(org.kind == MentionKind::kOrganization);
    CHECK(Contains(org.name, c.org));
    if (!c.country.empty()) {
      CHECK(org.country == c.country);
      CHECK(p->country == c.country);
    }
  }
}

struct ListCase {
  std::string text;
  std::vector<std::string> orgs;
  std::string country;  // of every listed body; "" = not checked
};

TEST_CASE("A list of bodies after a colon gives one organisation each", "[extract]") {
  const std::vector<ListCase> cases = {
      {"Đoàn gồm đại diện các Bộ: Tài chính, Công Thương, Giáo dục và Thể thao của Lào.",
       {"Bộ Tài chính", "Bộ Công Thương", "Bộ Giáo dục và Thể thao"}, "LA"},
      {"Cùng dự có lãnh đạo các Sở: Y tế, Nội vụ, Ngoại vụ của tỉnh Hủa Phăn.",
       {"Sở Y tế", "Sở Nội vụ", "Sở Ngoại vụ"}, ""},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    for (const auto& name : c.orgs) {
      CAPTURE(name);
      const Mention* org = Find(x, MentionKind::kOrganization, name);
      REQUIRE(org != nullptr);
      if (!c.country.empty()) CHECK(org->country == c.country);
    }
  }
}

}  // namespace
}  // namespace coopgraph::extract

namespace coopgraph::extract {
namespace {

std::vector<std::string> OrgNames(const ExtractedArticle& article) {
  std::vector<std::string> names;
  for (const auto& m : article.mentions)
    if (m.kind == MentionKind::kOrganization) names.push_back(m.name);
  return names;
}

TEST_CASE("each lexicon's knowledge applies to its own extractions, on the same thread", "[extract]") {
  // Words read once are remembered per thread; a second lexicon with one more
  // organisation head must not see the first one's readings, nor the reverse.
  coopgraph::testing::TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(COOPGRAPH_SOURCE_DATA_DIR)) {
    if (entry.is_regular_file()) std::filesystem::copy_file(entry.path(), dir.path() / entry.path().filename());
  }
  {
    std::ofstream heads(dir.path() / "org_heads.tsv", std::ios::app);
    heads << "Xưởng\tcompany\ta workshop\n";
  }
  auto extended = LoadLexicon(dir.path().string());
  REQUIRE(extended.ok());
  const ingest::Document doc = testing::Doc("Đại diện Xưởng Cơ khí Hòa Bình đã ký hợp đồng với đối tác.");
  const auto before = OrgNames(Extractor(testing::TheLexicon()).Extract(doc));
  const auto with_head = OrgNames(Extractor(*extended).Extract(doc));
  const auto after = OrgNames(Extractor(testing::TheLexicon()).Extract(doc));
  CHECK(std::find(with_head.begin(), with_head.end(), "Xưởng Cơ khí Hòa Bình") != with_head.end());
  CHECK(std::find(before.begin(), before.end(), "Xưởng Cơ khí Hòa Bình") == before.end());
  CHECK(after == before);
}

}  // namespace
}  // namespace coopgraph::extract

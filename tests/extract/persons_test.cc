// Specification of person mentions: names after titles and honorifics,
// apposition chains, nationality, and the names that are not persons.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace coopgraph::extract {
namespace {

using testing::AnyPersonNamed;
using testing::Dump;
using testing::Find;
using testing::MentionsOf;
using testing::Run;
using testing::TitlesOf;
using Titles = std::vector<std::string>;

struct PersonCase {
  std::string text;
  std::string name;
  Titles titles;        // every title, in text order
  std::string country;  // iso2; "" = not checked
};

// One person per case: found by its full name, with exactly these titles.
void CheckPersons(const std::vector<PersonCase>& cases) {
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const ExtractedArticle x = Run(c.text, "2024-05-30");
    CAPTURE(c.text);
    INFO(Dump(x));
    const Mention* p = Find(x, MentionKind::kPerson, c.name);
    REQUIRE(p != nullptr);
    CHECK(TitlesOf(*p) == c.titles);
    if (!c.country.empty()) CHECK(p->country == c.country);
  }
}

TEST_CASE("A Vietnamese name after a title is a person holding that title", "[extract]") {
  CheckPersons({
      // General news: occupations introduce names too.
      {"Tiền đạo Nguyễn Tiến Linh ghi hai bàn cho đội tuyển.", "Nguyễn Tiến Linh", {"Tiền đạo"}, ""},
      {"Huấn luyện viên Philippe Troussier cho biết cả đội đã chơi tốt.", "Philippe Troussier",
       {"Huấn luyện viên"}, ""},
      {"Phó Thủ tướng Trần Hồng Hà dự lễ khởi công nhà máy điện gió.", "Trần Hồng Hà",
       {"Phó Thủ tướng"}, ""},
      {"Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn điện đàm với người đồng cấp Singapore.", "Bùi Thanh Sơn",
       {"Bộ trưởng Bộ Ngoại giao"}, "VN"},
      {"Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị Võ Văn Hưng phát biểu khai mạc.", "Võ Văn Hưng",
       {"Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị"}, ""},
      {"Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng cho biết sản lượng tăng.", "Lê Mạnh Hùng",
       {"Tổng Giám đốc Tập đoàn Dầu khí Việt Nam"}, "VN"},
      {"Chủ tịch Quốc hội Trần Thanh Mẫn gửi điện mừng.", "Trần Thanh Mẫn", {"Chủ tịch Quốc hội"}, ""},
      {"Chủ tịch Hội đồng quản trị Tập đoàn Vingroup Phạm Nhật Vượng công bố dự án.", "Phạm Nhật Vượng",
       {"Chủ tịch Hội đồng quản trị Tập đoàn Vingroup"}, ""},
      // Family names of ethnic minorities start names too.
      {"Giám đốc Sở Ngoại vụ tỉnh Điện Biên Lò Văn Tiến đón đoàn.", "Lò Văn Tiến",
       {"Giám đốc Sở Ngoại vụ tỉnh Điện Biên"}, ""},
      {"Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng chủ trì hội nghị.", "Phạm Ngọc Thưởng",
       {"Thứ trưởng Bộ Giáo dục và Đào tạo"}, "VN"},
      // A province whose name starts with a family-name syllable ("Quảng").
      {"Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp Đại sứ Lào.", "Cao Tường Huy",
       {"Chủ tịch UBND tỉnh Quảng Ninh"}, "VN"},
      // The person after a company name is not part of the title.
      {"Phó Thủ tướng Thường trực Nguyễn Hòa Bình tiếp Chủ tịch Tập đoàn Sun Group Đặng Minh Trường.",
       "Đặng Minh Trường", {"Chủ tịch Tập đoàn Sun Group"}, "VN"},
  });
}

TEST_CASE("A foreign name after a title takes the country the title names", "[extract]") {
  CheckPersons({
      {"Thủ tướng Campuchia Hun Manet đã đến Hà Nội.", "Hun Manet", {"Thủ tướng Campuchia"}, "KH"},
      // A transliteration in separate syllables right after the title.
      {"Bộ trưởng Phăn Đuông Chít Vông Xa phát biểu tại hội nghị.", "Phăn Đuông Chít Vông Xa", {"Bộ trưởng"}, ""},
      // A verb and a capitalised object after the name are not part of the title.
      {"Đại sứ Pháp tại Việt Nam Olivier Brochet trao Huân chương Bắc Đẩu Bội tinh.", "Olivier Brochet",
       {"Đại sứ Pháp tại Việt Nam"}, "FR"},
      // An envoy of a union of countries: the title names the union, not a country.
      {"Đại sứ Liên minh châu Âu tại Việt Nam Julien Guerrier phát biểu khai mạc.", "Julien Guerrier",
       {"Đại sứ Liên minh châu Âu tại Việt Nam"}, ""},
      {"Đại sứ Nhật Bản tại Việt Nam Ito Naoki đã trao tặng thiết bị.", "Ito Naoki",
       {"Đại sứ Nhật Bản tại Việt Nam"}, "JP"},
      {"Tổng thống Hàn Quốc Yoon Suk Yeol phát biểu tại diễn đàn.", "Yoon Suk Yeol",
       {"Tổng thống Hàn Quốc"}, "KR"},
      {"Thủ tướng Thái Lan Srettha Thavisin đánh giá cao kết quả đạt được.", "Srettha Thavisin",
       {"Thủ tướng Thái Lan"}, "TH"},
      {"Thủ tướng Ấn Độ Narendra Modi chúc mừng Việt Nam.", "Narendra Modi", {"Thủ tướng Ấn Độ"}, "IN"},
      {"Phó Thủ tướng Lào Xa-lơm-xay Kôm-ma-xít cảm ơn sự giúp đỡ.", "Xa-lơm-xay Kôm-ma-xít",
       {"Phó Thủ tướng Lào"}, "LA"},
      {"Quốc vương Campuchia Norodom Sihamoni gửi thư cảm ơn.", "Norodom Sihamoni", {"Quốc vương Campuchia"},
       "KH"},
      {"Thủ tướng Lào Sonexay Siphandone dự lễ khánh thành.", "Sonexay Siphandone", {"Thủ tướng Lào"}, "LA"},
      {"Tổng thống Pháp Emmanuel Macron thăm chính thức Việt Nam.", "Emmanuel Macron", {"Tổng thống Pháp"}, "FR"},
      // "tại Lào" is where the ambassador serves, not the ambassador's country.
      {"Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm phát biểu.", "Nguyễn Minh Tâm",
       {"Đại sứ Việt Nam tại Lào"}, "VN"},
      // A lower-case verb right after the name ends it.
      {"Đại sứ Nhật Bản tại Việt Nam Ito Naoki trình bày ý kiến.", "Ito Naoki", {"Đại sứ Nhật Bản tại Việt Nam"},
       "JP"},
      {"Thị trưởng Seoul Oh Se-hoon dự diễn đàn đầu tư.", "Oh Se-hoon", {"Thị trưởng Seoul"}, "KR"},
      {"Ngoại trưởng Mỹ Antony Blinken đến Hà Nội chiều nay.", "Antony Blinken", {"Ngoại trưởng Mỹ"}, "US"},
      {"Đại sứ Thái Lan tại Việt Nam Urawadee Sriphiromya chúc mừng thành tựu của Việt Nam.",
       "Urawadee Sriphiromya", {"Đại sứ Thái Lan tại Việt Nam"}, "TH"},
  });
}

TEST_CASE("A person's country comes from the organisation of the title", "[extract]") {
  CheckPersons({
      {"Thứ trưởng Bộ Ngoại giao Campuchia Kung Phoak đánh giá cao quan hệ hai nước.", "Kung Phoak",
       {"Thứ trưởng Bộ Ngoại giao Campuchia"}, "KH"},
      {"Bộ trưởng Ngoại giao Nga Sergei Lavrov phát biểu tại họp báo.", "Sergei Lavrov",
       {"Bộ trưởng Ngoại giao Nga"}, "RU"},
      {"Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith cảm ơn Việt Nam.", "Bounfeng Phoummalaysith",
       {"Bộ trưởng Bộ Y tế Lào"}, "LA"},
  });
}

TEST_CASE("The head of a ministry's delegation holds that ministry's title", "[extract]") {
  CheckPersons({
      {"Ngày 3/4, đoàn đại biểu Bộ Y tế Campuchia do Bộ trưởng Chheang Ra dẫn đầu đã thăm Bệnh viện Bạch Mai.",
       "Chheang Ra", {"Bộ trưởng Y tế Campuchia"}, "KH"},
  });
}

TEST_CASE("An honorific introduces a name but is not a title", "[extract]") {
  CheckPersons({
      {"Ngài Sôm-xạ-vạt Lềng-xạ-vắt bày tỏ vui mừng được trở lại Hà Nội.", "Sôm-xạ-vạt Lềng-xạ-vắt", {}, ""},
      {"Ông Lý Quang Bình nhận định thị trường sẽ phục hồi.", "Lý Quang Bình", {}, ""},
      {"Theo ông Phạm Quang Hiếu, hai bên đã thống nhất nhiều nội dung.", "Phạm Quang Hiếu", {}, ""},
      {"Bà Nguyễn Thị Thanh Tâm cho biết dự án đã hoàn thành.", "Nguyễn Thị Thanh Tâm", {}, ""},
  });
}

TEST_CASE("An apposition chain gives one person all its titles", "[extract]") {
  const std::vector<PersonCase> cases = {
      {"Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, tiếp đoàn.", "Trần Cẩm Tú",
       {"Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"}, ""},
      {"Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn.",
       "Phan Văn Giang", {"Đại tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"}, "VN"},
      {"Bà Pany Yathotou, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Phó Chủ tịch nước Lào, dự lễ.",
       "Pany Yathotou", {"Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào", "Phó Chủ tịch nước Lào"}, "LA"},
      // "kiêm" joins two titles of one person.
      {"Ông Jensen Huang, Chủ tịch kiêm Giám đốc điều hành Tập đoàn Nvidia, thăm Hà Nội.", "Jensen Huang",
       {"Chủ tịch", "Giám đốc điều hành Tập đoàn Nvidia"}, ""},
      // A lower-case apposition reads to its comma.
      {"Ông Lý Quang Bình, chuyên gia kinh tế, nhận định thị trường sẽ phục hồi.", "Lý Quang Bình",
       {"chuyên gia kinh tế"}, ""},
      // Titles chained before the name.
      {"Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung tiếp đoàn.", "Nguyễn Đức Trung",
       {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nghệ An"}, ""},
      {"Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tiếp đoàn.", "Thongloun Sisoulith",
       {"Tổng Bí thư", "Chủ tịch nước Lào"}, "LA"},
      // A title ending in a place name: the place is part of the title, not a second person.
      {"Đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, phát biểu chào mừng.",
       "Đinh Tiến Dũng", {"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"}, ""},
      {"Ông Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh, tiếp đoàn.",
       "Nguyễn Văn Nên", {"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Thành phố Hồ Chí Minh"}, ""},
  };
  CheckPersons(cases);
  for (const auto& c : cases) DYNAMIC_SECTION("only one person in " << c.text) {
    const ExtractedArticle x = Run(c.text);
    CAPTURE(c.text);
    INFO(Dump(x));
    int named = 0;
    for (const Mention* m : MentionsOf(x, MentionKind::kPerson)) named += !m->name.empty();
    CHECK(named == 1);  // the titles do not become persons of their own
  }
}

TEST_CASE("A title without a name is a person known by title only", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Brazil.", "BR"},
      {"Thứ trưởng Lê Hoài Trung chào xã giao Tổng thống Mông Cổ.", "MN"},
  };
  for (const auto& [text, country] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text);
    INFO(Dump(x));
    int title_only = 0;
    for (const Mention* m : MentionsOf(x, MentionKind::kPerson)) {
      if (!m->name.empty()) continue;
      ++title_only;
      CHECK(m->country == country);
    }
    CHECK(title_only == 1);
  }
}

// Photo credits, bylines and the names of streets, prizes and buildings.
TEST_CASE("Credits, bylines and names of things are not persons", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Hai bộ trưởng tại buổi hội đàm. (Ảnh: Nguyễn Hoàng/TTXVN)", "Nguyễn Hoàng"},
      {"Quang cảnh lễ ký kết.\nẢnh: Trần Việt", "Trần Việt"},
      {"Bộ trưởng Lê Thành Long tặng quà đoàn (Ảnh: Lê Hải/Vietnam+).", "Lê Hải"},
      {"Hai bên cam kết thúc đẩy thương mại song phương.\nPhạm Thu Trang", "Phạm Thu Trang"},
      {"Dự án nằm trên đường Nguyễn Huệ, quận 1.", "Nguyễn Huệ"},
      {"Khách sạn ở phố Trần Hưng Đạo được chọn làm nơi đón đoàn.", "Trần Hưng Đạo"},
      {"Nhà khoa học được tặng Giải thưởng Hồ Chí Minh năm 2010.", "Hồ Chí Minh"},
      {"Buổi gặp mặt diễn ra tại Nhà Văn hóa Hoàng Văn Thụ.", "Hoàng Văn Thụ"},
      {"Đoàn đến thăm Trường Đại học Tôn Đức Thắng.", "Tôn Đức Thắng"},
      {"Học viện Chính trị quốc gia Hồ Chí Minh đào tạo cán bộ cho Lào.", "Hồ Chí Minh"},
      {"Xe chạy qua cầu Nguyễn Văn Trỗi.", "Nguyễn Văn Trỗi"},
  };
  for (const auto& [text, not_a_person] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text, not_a_person);
    INFO(Dump(x));
    CHECK_FALSE(AnyPersonNamed(x, not_a_person));
  }
}

TEST_CASE("A field the official is in charge of belongs to the title, and a foreign name follows it",
          "[extract]") {
  CheckPersons({
      {"Phó Thủ tướng phụ trách kinh tế Somchai Rattanakorn phát biểu tại diễn đàn.", "Somchai Rattanakorn",
       {"Phó Thủ tướng phụ trách kinh tế"}, ""},
      {"Phó Thủ tướng phụ trách văn hóa-xã hội Wanna Thepsiri dự lễ khai mạc.", "Wanna Thepsiri",
       {"Phó Thủ tướng phụ trách văn hóa-xã hội"}, ""},
      {"Thứ trưởng phụ trách thương mại và đầu tư Kenji Morita tiếp đoàn doanh nghiệp.", "Kenji Morita",
       {"Thứ trưởng phụ trách thương mại và đầu tư"}, ""},
      // Two fields of a ministry joined by "và", then a country and the name.
      {"Ông Lâm gặp Bộ trưởng Giáo dục và nghiên cứu Áo Anna Gruber tại Viên.", "Anna Gruber",
       {"Bộ trưởng Giáo dục và nghiên cứu Áo"}, "AT"},
      // A compound title, then a country and the name.
      {"Bộ trưởng Lê Văn Thành tiếp Quốc vụ khanh Bộ trưởng Kinh tế Đức Klaus Becker.", "Klaus Becker",
       {"Quốc vụ khanh Bộ trưởng Kinh tế Đức"}, "DE"},
  });
}

TEST_CASE("A name before a dash holds the titles after it", "[extract]") {
  CheckPersons({
      // Foreign business people in a list: the words after the title are the company's.
      {"Đoàn gồm các ông, bà: Mark Ellison - Chủ tịch Công ty Blue River Ventures; Anna Kowalski - Giám đốc "
       "Ngân hàng Baltic Capital Bank.",
       "Mark Ellison", {"Chủ tịch Công ty Blue River Ventures"}, ""},
      {"Đoàn gồm các ông, bà: Mark Ellison - Chủ tịch Công ty Blue River Ventures; Anna Kowalski - Giám đốc "
       "Ngân hàng Baltic Capital Bank.",
       "Anna Kowalski", {"Giám đốc Ngân hàng Baltic Capital Bank"}, ""},
      // Two adjacent titles after the dash are both the person's.
      {"Tham dự có Li Wen Hao - Trợ lý Chủ tịch Công ty Dệt may Zhejiang Hongda Textile.", "Li Wen Hao",
       {"Trợ lý", "Chủ tịch Công ty Dệt may Zhejiang Hongda Textile"}, ""},
      {"Tiếp đoàn có đồng chí Lê Quang Huy - Phó Chủ tịch UBND tỉnh, Giám đốc Sở Công Thương.", "Lê Quang Huy",
       {"Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Công Thương"}, ""},
      {"Bà Karen Holt - Chủ tịch Hội đồng Doanh nghiệp Hoa Kỳ - ASEAN phát biểu khai mạc.", "Karen Holt",
       {"Chủ tịch Hội đồng Doanh nghiệp Hoa Kỳ - ASEAN"}, ""},
      // A foreign name before a comma and a title: the apposition is the person's.
      {"Theo Lucia Ferraro, Giám đốc điều hành công ty, doanh thu tăng mạnh.", "Lucia Ferraro",
       {"Giám đốc điều hành"}, ""},
      {"Jacinda Moore, Thủ tướng New Zealand, cho biết sẽ thăm Hà Nội.", "Jacinda Moore", {"Thủ tướng New Zealand"},
       "NZ"},
  });
  // A capitalised adverbial before a comma names no one; a titled name after it stands alone.
  const ExtractedArticle x = Run("Nhân dịp Quốc khánh, Chủ tịch nước Lương Cường gửi điện mừng.");
  INFO(Dump(x));
  REQUIRE(MentionsOf(x, MentionKind::kPerson).size() == 1);
  CHECK(MentionsOf(x, MentionKind::kPerson)[0]->name == "Lương Cường");
  const ExtractedArticle y = Run("Thay mặt Emma Stone, Bộ trưởng Ngoại giao Bùi Thanh Sơn trao quà.");
  INFO(Dump(y));
  const Mention* minister = Find(y, MentionKind::kPerson, "Bùi Thanh Sơn");
  REQUIRE(minister != nullptr);
  CHECK(TitlesOf(*minister) == Titles{"Bộ trưởng Ngoại giao"});
}

TEST_CASE("Country words and forms of address inside a Vietnamese name are name syllables", "[extract]") {
  CheckPersons({
      {"Thượng tá Đỗ Anh Khoa chỉ đạo lực lượng cứu hộ.", "Đỗ Anh Khoa", {"Thượng tá"}, ""},
      {"Ông Trần Lê Quốc Anh phát biểu tại hội thảo.", "Trần Lê Quốc Anh", {}, ""},
      {"Giám đốc Sở Tư pháp Vũ Đức Nga cho biết hồ sơ đã đủ.", "Vũ Đức Nga", {"Giám đốc Sở Tư pháp"}, ""},
      {"Bà Phan Thị Chị Em nhận giải.", "Phan Thị Chị Em", {}, ""},
  });
  // Not the country of the word: no British or German person.
  const ExtractedArticle x = Run("Thượng tá Đỗ Anh Khoa chỉ đạo lực lượng cứu hộ.");
  INFO(Dump(x));
  for (const Mention* m : MentionsOf(x, MentionKind::kPerson)) CHECK(m->country != "GB");
}

TEST_CASE("A lower-case position introduces a foreign name", "[extract]") {
  CheckPersons({
      {"Theo người phát ngôn Nhà Trắng Karine Jean-Pierre, hai bên đã trao đổi.", "Karine Jean-Pierre",
       {"người phát ngôn Nhà Trắng"}, ""},
      {"Sau cuộc gặp, giám đốc điều hành Jean-Luc Moreau cho biết công ty sẽ mở rộng.", "Jean-Luc Moreau",
       {"giám đốc điều hành"}, ""},
      {"Giám đốc điều hành Marie-Claire Dubois cho biết công ty sẽ mở rộng.", "Marie-Claire Dubois",
       {"Giám đốc điều hành"}, ""},
  });
  // Without a name a lower-case position is no person.
  const ExtractedArticle x = Run("Cuộc họp có sự tham gia của người phát ngôn Bộ Ngoại giao.");
  INFO(Dump(x));
  CHECK(MentionsOf(x, MentionKind::kPerson).empty());
}

TEST_CASE("Company names shaped like persons' names are not persons", "[extract]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Đoàn gồm: Mark Ellison - Chủ tịch Công ty Blue River Ventures; Tom Hale - Giám đốc Công ty Green Leaf "
       "Holdings.",
       "River Ventures"},
      {"Đoàn gồm: Mark Ellison - Chủ tịch Công ty Blue River Ventures; Tom Hale - Giám đốc Công ty Green Leaf "
       "Holdings.",
       "Leaf Holdings"},
      {"Giám đốc Công ty Dệt may Zhejiang Hongda Textile cho biết đơn hàng tăng.", "Hongda Textile"},
      {"Hãng Nordic Star Airlines mở đường bay thẳng tới Hà Nội.", "Nordic Star"},
      {"Chủ tịch Tập đoàn Golden Bridge Group dự lễ ký.", "Bridge Group"},
      // A level of government is neither a body nor a person.
      {"Hai nước tổ chức đối thoại cấp Bộ trưởng lần thứ ba.", "Bộ trưởng"},
      // A dash between two places is no apposition.
      {"Tuyến đường Hà Nội - Hải Phòng được nâng cấp.", "Hải Phòng"},
  };
  for (const auto& [text, not_a_person] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    CAPTURE(text, not_a_person);
    INFO(Dump(x));
    for (const Mention* m : MentionsOf(x, MentionKind::kPerson)) {
      CHECK(m->name.find(not_a_person) == std::string::npos);
      for (const auto& t : m->titles) CHECK(t.text != not_a_person);
    }
  }
}

TEST_CASE("A form of address introduces a given name alone, even one that is also a place word", "[extract]") {
  CheckPersons({
      {"Ông Long cho biết dự án sẽ hoàn thành đúng hạn.", "Long", {}, ""},
      {"Bà Loan nói thêm rằng thủ tục đã đơn giản hơn.", "Loan", {}, ""},
      {"Theo ông Nam, hợp tác còn nhiều dư địa.", "Nam", {}, ""},
      {"Ông Hà phát biểu bế mạc hội nghị.", "Hà", {}, ""},
      // A form of address that is also a country's name.
      {"Anh Vương Đình Lực, công nhân nhà máy, cho biết lương đã tăng.", "Vương Đình Lực", {}, ""},
      // A title after the form of address stays a title.
      {"Ngài Đại sứ Rafael Ortiz phát biểu.", "Rafael Ortiz", {"Đại sứ"}, ""},
  });
}

TEST_CASE("Persons after a country's side take that country unless their titles name another", "[extract]") {
  const ExtractedArticle x = Run(
      "Về phía Indonesia, có Phó Thủ tướng Budi Santoso, Bộ trưởng Thương mại Rina Wulandari; phía Việt Nam có "
      "Bộ trưởng Nguyễn Hồng Sơn và Đại sứ Nhật Bản Kenji Sato.");
  INFO(Dump(x));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Budi Santoso", "ID"}, {"Rina Wulandari", "ID"}, {"Nguyễn Hồng Sơn", "VN"}, {"Kenji Sato", "JP"}};
  for (const auto& [name, country] : expected) {
    const Mention* p = Find(x, MentionKind::kPerson, name);
    REQUIRE(p != nullptr);
    CHECK(p->country == country);
  }
  // "hai bên" is no country's side.
  const ExtractedArticle y = Run("Hai bên nhất trí; Bộ trưởng Lars Eriksen cho biết sẽ sang thăm.");
  INFO(Dump(y));
  const Mention* p = Find(y, MentionKind::kPerson, "Lars Eriksen");
  REQUIRE(p != nullptr);
  CHECK(p->country.empty());
}

TEST_CASE("A plural form of address introduces a list of names", "[extract]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Tiếp đoàn có các ông Robert Hayes, Daniel Moore và Stefan Krause.",
       {"Robert Hayes", "Daniel Moore", "Stefan Krause"}},
      {"Tham dự có các ông Đinh Văn Lộc, Hồ Minh Tâm và bà Tạ Thị Hương.",
       {"Đinh Văn Lộc", "Hồ Minh Tâm", "Tạ Thị Hương"}},
      {"Đoàn gồm các ông, bà: Lucas Martin - Giám đốc Công ty Nova Logistics; Emma Novak - Chủ tịch Hội doanh nhân.",
       {"Lucas Martin", "Emma Novak"}},
  };
  for (const auto& [text, names] : cases) DYNAMIC_SECTION(text) {
    const ExtractedArticle x = Run(text);
    INFO(Dump(x));
    for (const auto& name : names) CHECK(Find(x, MentionKind::kPerson, name) != nullptr);
    CHECK(MentionsOf(x, MentionKind::kPerson).size() == names.size());
  }
  // Without names the plural form of address is no person, and places or companies are no names.
  for (const std::string text : {"Các ông bà cho biết sẽ tiếp tục ủng hộ.",
                                 "Các bà mẹ Việt Nam anh hùng được tặng quà.",
                                 "Các ông chủ doanh nghiệp Hà Nội, Hải Phòng đã đến."}) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(text);
      INFO(Dump(x));
      CHECK(MentionsOf(x, MentionKind::kPerson).empty());
    }
  }
}

TEST_CASE("A foreign surname alone names the person named in full before it", "[extract]") {
  const ExtractedArticle x = Run(
      "Tổng thống Phần Lan Sauli Niinistö tiếp Đại sứ Nguyễn Văn Bình. Niinistö cho biết hai nước có nhiều "
      "tiềm năng. Theo Niinistö, thương mại còn khiêm tốn.");
  INFO(Dump(x));
  int short_mentions = 0;
  for (const Mention* m : MentionsOf(x, MentionKind::kPerson)) short_mentions += m->name == "Niinistö";
  CHECK(short_mentions == 2);
  // Before the full name, or for a Vietnamese given name, a lone word is no person.
  const ExtractedArticle y = Run("Niinistö là một thành phố nhỏ. Ông Nguyễn Văn Bình phát biểu. Bình Dương có mưa.");
  INFO(Dump(y));
  for (const Mention* m : MentionsOf(y, MentionKind::kPerson)) {
    CHECK(m->name != "Niinistö");
    CHECK(m->name != "Bình");
  }
}

TEST_CASE("A place whose name opens with a form of address is no person", "[extract]") {
  for (const std::string text : {"Lãnh đạo các tỉnh Long An, Bà Rịa-Vũng Tàu dự hội nghị.",
                                 "Chương trình được triển khai tại xã Anh Sơn.",
                                 "Khách sạn nằm trên phố Bà Triệu.",
                                 "Đoàn công tác đến Bà Rịa - Vũng Tàu chiều nay."}) {
    DYNAMIC_SECTION(text) {
      const ExtractedArticle x = Run(text);
      INFO(Dump(x));
      CHECK(MentionsOf(x, MentionKind::kPerson).empty());
    }
  }
}

TEST_CASE("A sentence with a credit still has its persons", "[extract]") {
  const ExtractedArticle x = Run("Bộ trưởng Lê Thành Long tặng quà đoàn (Ảnh: Lê Hải/Vietnam+).");
  INFO(Dump(x));
  CHECK(Find(x, MentionKind::kPerson, "Lê Thành Long") != nullptr);
}

}  // namespace
}  // namespace coopgraph::extract

// ParseBytes on scraped plain-text articles (.txt).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "coopgraph/ingest/ingest.h"
#include "ingest/parse_bytes.h"

namespace coopgraph::ingest {
namespace {

IngestOptions Options() {
  IngestOptions options;
  options.boilerplate_lines = {"Phản hồi", "Thông tin người gửi phản hồi", "Các tin khác",
                               "Xem nhiều nhất", "Liên kết website", "Chia sẻ",
                               "@token leftcenterrightdel", "@source Nguồn", "@source Theo",
                               "@caption Ảnh:"};
  return options;
}

Document ParseOne(const std::string& name, const std::string& bytes) {
  IngestResult result = ParseBytes(name, bytes, Options());
  REQUIRE(result.documents.size() == 1);
  return result.documents[0];
}

TEST_CASE("boilerplate matches through the normalizer's key: case, composition, tone placement", "[ingest]") {
  // "Phản hồi" typed in capitals, decomposed (NFD) and with spaces doubled.
  const std::string decomposed_upper = "PHA\xCC\x89N  HÔ\xCC\x80I";
  const Document doc = ParseOne("k.txt", "Đoạn một.\n" + decomposed_upper + "\nĐoạn hai.");
  CHECK(doc.text == "Đoạn một.\n\nĐoạn hai.");  // a dropped line leaves a paragraph break

  SECTION("a library caller gets the same keys: there is no other key to fall back to") {
    const IngestResult result =
        ParseBytes("k.txt", "Đoạn một.\n" + decomposed_upper + "\nChia  sẻ\nĐoạn hai.", Options());
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].text == "Đoạn một.\n\nĐoạn hai.");
  }
}

TEST_CASE("a URL line, separators and a title become metadata", "[ingest]") {
  Document doc = ParseOne("a.txt",
                          "http://www.vietnamplus.vn/hop-tac/447749.vnp\n"
                          "-----------------\n"
                          "Hai nước tăng cường hợp tác\n"
                          "-----------------\n"
                          "Sáng 23/5, hai đoàn đã hội đàm. Hai bên nhất trí tăng cường hợp tác./.\n"
                          "-----------------\n");
  CHECK(doc.url == "http://www.vietnamplus.vn/hop-tac/447749.vnp");
  CHECK(doc.title == "Hai nước tăng cường hợp tác");
  CHECK(doc.text == "Sáng 23/5, hai đoàn đã hội đàm. Hai bên nhất trí tăng cường hợp tác./.");
  CHECK(doc.source_path == "a.txt");
  CHECK(doc.outlet.empty());
}

TEST_CASE("a short first line without a final period is the title", "[ingest]") {
  struct Case {
    const char* input;
    const char* title;
    const char* text;
  };
  const Case cases[] = {
      {"Tiêu đề bài báo\n\nĐoạn một.\n\nĐoạn hai.", "Tiêu đề bài báo", "Đoạn một.\n\nĐoạn hai."},
      {"Tiêu đề có dấu cách cuối  \n(TTXVN) – Đoạn một.", "Tiêu đề có dấu cách cuối",
       "(TTXVN) – Đoạn một."},
      {"Câu đầu là một câu trọn vẹn.\nCâu hai.", "", "Câu đầu là một câu trọn vẹn.\nCâu hai."},
      {"Dòng dẫn kết thúc bằng dấu hai chấm:\nNội dung.", "",
       "Dòng dẫn kết thúc bằng dấu hai chấm:\nNội dung."},
      {"Chỉ một dòng không có dấu chấm", "", "Chỉ một dòng không có dấu chấm"},
      {"Bộ trưởng tiếp Thủ tướng Lào. (Ảnh: Hải Tiến)\nNội dung.", "",
       "Bộ trưởng tiếp Thủ tướng Lào. (Ảnh: Hải Tiến)\nNội dung."},
  };
  for (const Case& c : cases) {
    Document doc = ParseOne("t.txt", c.input);
    INFO(c.input);
    CHECK(doc.title == c.title);
    CHECK(doc.text == c.text);
  }
}

TEST_CASE("a dateline in the head gives the publication date", "[ingest]") {
  struct Case {
    const char* input;
    const char* title;
    const char* date;
    const char* text;
  };
  const Case cases[] = {
      {"Tiêu đề\nThứ Năm, 30/05/2024 08:00\n\nNội dung.", "Tiêu đề", "2024-05-30", "Nội dung."},
      {"https://a.vn/x\n2024-05-30T08:00:00+07:00\nTiêu đề\nNội dung.", "Tiêu đề", "2024-05-30",
       "Nội dung."},
      {"Tiêu đề\nNgày 30/05/2024, hai bên ký kết thỏa thuận.", "Tiêu đề", "",
       "Ngày 30/05/2024, hai bên ký kết thỏa thuận."},
      {"Hội nghị ngày 30/05/2024\nNội dung.", "Hội nghị ngày 30/05/2024", "", "Nội dung."},
      // A short label before a colon ("Cập nhật ngày:", "Ngày đăng:") belongs to the dateline.
      {"Tiêu đề\nCập nhật ngày: 01/03/2018 - 23:31\n\nNội dung.", "Tiêu đề", "2018-03-01", "Nội dung."},
      {"Tiêu đề\nNgày đăng: 29/11/2023 16:28 GMT+7\n\nNội dung.", "Tiêu đề", "2023-11-29", "Nội dung."},
      // An author's name between the title and the dateline.
      {"Tiêu đề\nMinh Anh\n\n27/10/2025, 09:55\n\nNội dung.", "Tiêu đề", "2025-10-27", "Nội dung."},
      // A scraper's label and ISO date opening the first body line.
      {"Tiêu đề\ndate 2024-06 Thời sự Chiều 11/6, hai bên hội đàm.", "Tiêu đề", "2024-06",
       "Thời sự Chiều 11/6, hai bên hội đàm."},
      // Negatives: a span of years, a number opening the body.
      {"Tiêu đề\nNăm 2024-2025 là năm bản lề.", "Tiêu đề", "", "Năm 2024-2025 là năm bản lề."},
      {"Tiêu đề\n2024 đại biểu dự hội nghị.", "Tiêu đề", "", "2024 đại biểu dự hội nghị."},
      // Negative: a sentence with a colon is no label.
      {"Tiêu đề\nHai bên thống nhất nội dung sau: ngày 30/05/2024\nNội dung.", "Tiêu đề", "",
       "Hai bên thống nhất nội dung sau: ngày 30/05/2024\nNội dung."},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    Document doc = ParseOne("d.txt", c.input);
    CHECK(doc.title == c.title);
    CHECK(doc.date_published == c.date);
    CHECK(doc.text == c.text);
  }
}

TEST_CASE("a date in the article's URL is its publication date when nothing else gives one", "[ingest]") {
  struct Case {
    std::string url, date;
  };
  const std::vector<Case> cases = {
      {"https://example.vn/2023/11/02/bai-viet.html", "2023-11-02"},
      {"https://example.vn/2023-11-02/bai-viet.html", "2023-11-02"},
      {"https://dantri.com.vn/the-gioi/viet-nam-lao-20240529101010123.htm", "2024-05-29"},
      {"https://nhandan.vn/viet-nam-va-lao-post811730.html", ""},  // an id, not a date
      {"https://example.vn/tin/1234567890123.html", ""},
      {"https://example.vn/2023/13/02/x.html", ""},  // no month 13
      // Month folders: the month is the year's source for day-month dates.
      {"https://baotinh.vn/doi-ngoai/201507/hoi-dam-viet-nam-thai-lan-625281", "2015-07"},
      {"https://example.vn/tin-tuc/2016/05/bi-thu-tiep-tong-lanh-su-12345.html", "2016-05"},
      // yyyymmddhhmmss + milliseconds, and a three-digit section + yymmddhhmmss + milliseconds.
      {"https://example.vn/pho-tong-thong-chu-tri-le-don-20231129155407216.htm", "2023-11-29"},
      {"https://example.vn/thu-tuong-hoi-dam-185240516093011867.htm", "2024-05-16"},
      // Negatives: ids that are no dates, and dates with no valid time or day.
      {"https://example.vn/thu-tuong-malaysia-cam-ket/456022.vnp", ""},
      {"https://example.vn/doi-ngoai/hoi-dam-625281", ""},
      {"https://example.vn/tiep-doan-doanh-nghiep-10273929.html", ""},
      {"https://example.vn/x-185241316093011867.htm", ""},  // month 13
      {"https://example.vn/x-185240516253011867.htm", ""},  // hour 25
      {"https://example.vn/x-20230231101010123.htm", ""},   // 31 February
      {"https://example.vn/so-201513/x.html", ""},          // month 13 folder
      {"https://example.vn/x/201507-hoi-dam.html", ""},     // not a whole folder
  };
  for (const auto& c : cases) {
    CAPTURE(c.url);
    Document doc = ParseOne("a.txt", c.url + "\n\nSáng 1/11, hai bên hội đàm tại Hà Nội về hợp tác kinh tế.\n");
    CHECK(doc.url == c.url);
    CHECK(doc.date_published == c.date);
  }
}

TEST_CASE("a closing 'Nguồn …' line gives outlet and url", "[ingest]") {
  struct Case {
    const char* last_line;
    const char* outlet;
    const char* url;
  };
  const Case cases[] = {
      {"Nguồn Nhân Dân: https://nhandan.vn/bai-post811730.html", "Nhân Dân",
       "https://nhandan.vn/bai-post811730.html"},
      {"Nguồn Báo Nhân dân", "Báo Nhân dân", ""},
      {"Nguồn: Báo Quân đội nhân dân", "Báo Quân đội nhân dân", ""},
      {"(Theo TTXVN)", "TTXVN", ""},
      {"NGUỒN: VOV", "VOV", ""},
  };
  for (const Case& c : cases) {
    INFO(c.last_line);
    Document doc = ParseOne("s.txt", std::string("Tiêu đề\n\nNội dung bài.\n\n") + c.last_line + "\n");
    CHECK(doc.outlet == c.outlet);
    CHECK(doc.url == c.url);
    CHECK(doc.text == "Nội dung bài.");
  }
}

TEST_CASE("sentences that start like a source line stay in the body", "[ingest]") {
  const std::string input =
      "Tiêu đề\n\nĐoạn một.\nNguồn vốn ODA được giải ngân đúng hạn.\nTheo kế hoạch, đoàn về nước ngày 30/5.\n";
  Document doc = ParseOne("s.txt", input);
  CHECK(doc.outlet.empty());
  CHECK(doc.text ==
        "Đoạn một.\nNguồn vốn ODA được giải ngân đúng hạn.\nTheo kế hoạch, đoàn về nước ngày 30/5.");
}

TEST_CASE("web boilerplate lines are dropped, case-insensitively, whole lines only", "[ingest]") {
  Document doc = ParseOne("b.txt",
                          "Tiêu đề\n\n"
                          "Chia sẻ kinh nghiệm về công tác xây dựng đảng.\n"
                          "CHIA SẺ\n"
                          "Nguồn Báo Nhân dân\n\n"
                          "Phản hồi\n\nThông tin người gửi phản hồi\n\ncác tin khác\n\n"
                          "Xem nhiều nhất\n\nLiên kết website\n");
  CHECK(doc.text == "Chia sẻ kinh nghiệm về công tác xây dựng đảng.");
  CHECK(doc.outlet == "Báo Nhân dân");
}

TEST_CASE("layout debris 'leftcenterrightdel' is dropped and is never a title", "[ingest]") {
  Document doc = ParseOne("l.txt",
                          "leftcenterrightdel\n"
                          "\xC2\xA0" "Bí thư hội đàm với Chánh Văn phòng. (Ảnh: Phạm Cường)\n\n"
                          "Tối 23/6, tại Hà Nội, hai bên đã hội đàm.\n");
  CHECK(doc.title.empty());
  CHECK(doc.text ==
        "Bí thư hội đàm với Chánh Văn phòng. (Ảnh: Phạm Cường)\n\nTối 23/6, tại Hà Nội, hai bên đã hội đàm.");
}

TEST_CASE("a closing name line is the byline, not body text", "[ingest]") {
  Document doc = ParseOne("y.txt", "Tiêu đề\n\nHai bên tin tưởng hợp tác sẽ phát triển./.\n\nKhánh Linh\n");
  CHECK(doc.byline == "Khánh Linh");
  CHECK(doc.text == "Hai bên tin tưởng hợp tác sẽ phát triển./.");
}

TEST_CASE("entity remnants are repaired in plain text without mangling real text", "[ingest]") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"Bộ KH&CN; Việt Nam và Bộ KH&CN;  Lào.", "Bộ KH&CN Việt Nam và Bộ KH&CN  Lào."},
      {"Bộ GD&ĐT; và Bộ NN&PTNT; họp.", "Bộ GD&ĐT và Bộ NN&PTNT họp."},
      {"Ảnh: Thu Hiền/Bộ KH&CN;", "Ảnh: Thu Hiền/Bộ KH&CN"},
      {"Công ty AT&amp;T và R&D.", "Công ty AT&T và R&D."},
      {"Vi&#7879;t Nam &#x110;&#224; N&#7861;ng.", "Việt Nam Đà Nẵng."},
      {"A&nbsp;B &quot;C&quot; &lt;D&gt;", "A B \"C\" <D>"},
      {"Giá 5 & 6; còn &eacute; giữ nguyên.", "Giá 5 & 6; còn &eacute; giữ nguyên."},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(ParseOne("e.txt", std::string("Dòng một.\n") + c.input).text ==
          std::string("Dòng một.\n") + c.expected);
  }
}

TEST_CASE("line ends are unified, lines trimmed, blank runs collapsed", "[ingest]") {
  Document doc = ParseOne("w.txt", "Một.  \r\n\r\n\r\n\r\n  Hai.\t\rBa.\xC2\xA0\n\n\n");
  CHECK(doc.text == "Một.\n\nHai.\nBa.");
}

TEST_CASE("an image caption scraped twice in a row is kept once", "[ingest]") {
  Document doc = ParseOne("c.txt",
                          "Tiêu đề\n\nBộ trưởng tiếp Thủ tướng. Ảnh: Hải Tiến\n\n"
                          "Bộ trưởng tiếp Thủ tướng. Ảnh: Hải Tiến\n\nNội dung.");
  CHECK(doc.text == "Bộ trưởng tiếp Thủ tướng. Ảnh: Hải Tiến\n\nNội dung.");
}

TEST_CASE("the id is a 16-hex-digit content hash", "[ingest]") {
  Document a = ParseOne("a.txt", "Một câu.");
  Document b = ParseOne("other/b.txt", "Một câu.\n");
  Document c = ParseOne("c.txt", "Một câu khác.");
  CHECK(a.id.size() == 16);
  CHECK(a.id.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a.id == b.id);
  CHECK(a.id != c.id);
}

TEST_CASE("a file named with an unknown extension is read as plain text", "[ingest]") {
  Document doc = ParseOne("article", "Tiêu đề\n\nNội dung.");
  CHECK(doc.title == "Tiêu đề");
  CHECK(doc.text == "Nội dung.");
}

TEST_CASE("nothing but boilerplate is a warning, not a document", "[ingest]") {
  IngestResult result = ParseBytes("x.txt", "Phản hồi\n\nXem nhiều nhất\n", Options());
  CHECK(result.documents.empty());
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].file == "x.txt");
  CHECK_THAT(result.warnings[0].message, Catch::Contains("no article text"));
}

TEST_CASE("a BytesParser compiles the rules once and parses as ParseBytes does", "[ingest]") {
  const BytesParser parser(Options());
  for (const char* text : {"Phản hồi\n\nXem nhiều nhất\n", "Tiêu đề\n\nNội dung.\nPhản hồi\n"}) {
    const IngestResult once = ParseBytes("x.txt", text, Options());
    const IngestResult reused = parser.Parse("x.txt", text);
    REQUIRE(reused.documents.size() == once.documents.size());
    for (std::size_t i = 0; i < once.documents.size(); ++i) CHECK(reused.documents[i].text == once.documents[i].text);
    CHECK(reused.warnings.size() == once.warnings.size());
  }
  CHECK(parser.Parse("y.txt", "Tiêu đề\n\nNội dung.\nPhản hồi\n").documents.at(0).text == "Nội dung.");
}

}  // namespace
}  // namespace coopgraph::ingest

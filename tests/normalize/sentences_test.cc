#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::normalize {
namespace {

// The abbreviation list normally comes from a data file.
const std::vector<std::u32string> kAbbreviations = {U"tp", U"ths", U"ts", U"pgs", U"gs", U"bs",
                                                    U"th", U"q", U"p", U"st"};

std::vector<std::string> Split(const std::string& source) {
  const NormalizedText n = Normalize(source);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(n.text, kAbbreviations)) {
    out.push_back(Utf32ToUtf8(std::u32string_view(n.text).substr(s.begin, s.end - s.begin)));
  }
  return out;
}

using Sentences = std::vector<std::string>;

TEST_CASE("SplitSentences follows Vietnamese news punctuation", "[normalize]") {
  const std::vector<std::pair<std::string, Sentences>> cases = {
      {"Hai bên hội đàm. Sau đó ký kết.", {"Hai bên hội đàm.", "Sau đó ký kết."}},
      {"Có không? Có! Tốt.", {"Có không?", "Có!", "Tốt."}},
      {"Buổi làm việc tại Lào.Ảnh: Thu Hiền/Bộ KH&CN;",
       {"Buổi làm việc tại Lào.", "Ảnh: Thu Hiền/Bộ KH&CN;"}},
      {"Ông đến TP. Hồ Chí Minh hôm qua.", {"Ông đến TP. Hồ Chí Minh hôm qua."}},
      {"Ông đến TP.HCM hôm qua. Bà ở lại.", {"Ông đến TP.HCM hôm qua.", "Bà ở lại."}},
      {"Th.S Nguyễn Văn A và PGS.TS. Trần Văn B dự.", {"Th.S Nguyễn Văn A và PGS.TS. Trần Văn B dự."}},
      {"Tăng 23.5 lần, đạt 1.000.000 đồng ngày 10/8/2018. Hết.",
       {"Tăng 23.5 lần, đạt 1.000.000 đồng ngày 10/8/2018.", "Hết."}},
      {"vào tháng 9/2018./.", {"vào tháng 9/2018./."}},
      {"vào tháng 9/2018./. Tin khác.", {"vào tháng 9/2018./.", "Tin khác."}},
      {"đào tạo... Quang cảnh hội đàm.", {"đào tạo...", "Quang cảnh hội đàm."}},
      {"đào tạo\u2026 Quang cảnh.", {"đào tạo\u2026", "Quang cảnh."}},
      {"đào tạo... và hơn thế.", {"đào tạo... và hơn thế."}},
      {"Ông nói: \u201CHợp tác tốt.\u201D Bà đồng ý.",
       {"Ông nói: \"Hợp tác tốt.\"", "Bà đồng ý."}},
      {"Hết (như trên.) Tiếp theo.", {"Hết (như trên.)", "Tiếp theo."}},
      {"Kết thúc. \u201CĐổi mới\u201D là khẩu hiệu.", {"Kết thúc.", "\"Đổi mới\" là khẩu hiệu."}},
      {"Việt Nam. (Ảnh: Phạm Kiên/Vietnam+) Theo phóng viên TTXVN, hai bên hội đàm.",
       {"Việt Nam.", "(Ảnh: Phạm Kiên/Vietnam+)", "Theo phóng viên TTXVN, hai bên hội đàm."}},
      {"(ĐCSVN) \u2013 Nhằm góp phần xây dựng.", {"(ĐCSVN) - Nhằm góp phần xây dựng."}},
      {"Dòng một\nDòng hai không chấm\n\nDòng ba", {"Dòng một", "Dòng hai không chấm", "Dòng ba"}},
      {"Ông Nguyễn V. An phát biểu.", {"Ông Nguyễn V. An phát biểu."}},
      {"Xem vietnamplus.vn để biết.", {"Xem vietnamplus.vn để biết."}},
      {"   ", {}},
      {"", {}},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(Split(text) == expected);
  }
}

TEST_CASE("SplitSentences handles a real paragraph", "[normalize]") {
  // From data/sample/000_*.txt (with its half-decoded "KH&CN;").
  const std::string paragraph =
      "Buổi làm việc giữa Đảng ủy Bộ KH&CN; Việt Nam và Đảng ủy Bộ KH&CN;  Lào.Ảnh: Thu Hiền/Bộ "
      "KH&CN;\nThông tin trên được Bộ KH&CN; cho biết tại buổi làm việc giữa Đoàn công tác của Đảng "
      "ủy Bộ KH&CN; Việt Nam và Đảng ủy Bộ KH&CN; Lào, ngày 10/8/2018, tại Lào. Theo đó, trong "
      "khuôn khổ hợp tác giữa Bộ KH&CN; và Bộ KH&CN; Lào, tại Khóa họp lần thứ 4 Ủy ban hỗn hợp về "
      "hợp tác KH&CN; giữa Việt Nam và Lào được tổ chức tại Nghệ An tháng 6/2017, hai Bên đã khẳng "
      "định tăng cường hợp tác toàn diện giữa hai Bộ về mọi mặt.";
  const Sentences expected = {
      "Buổi làm việc giữa Đảng ủy Bộ KH&CN; Việt Nam và Đảng ủy Bộ KH&CN; Lào.",
      "Ảnh: Thu Hiền/Bộ KH&CN;",
      "Thông tin trên được Bộ KH&CN; cho biết tại buổi làm việc giữa Đoàn công tác của Đảng ủy Bộ "
      "KH&CN; Việt Nam và Đảng ủy Bộ KH&CN; Lào, ngày 10/8/2018, tại Lào.",
      "Theo đó, trong khuôn khổ hợp tác giữa Bộ KH&CN; và Bộ KH&CN; Lào, tại Khóa họp lần thứ 4 Ủy "
      "ban hỗn hợp về hợp tác KH&CN; giữa Việt Nam và Lào được tổ chức tại Nghệ An tháng 6/2017, "
      "hai Bên đã khẳng định tăng cường hợp tác toàn diện giữa hai Bộ về mọi mặt.",
  };
  CHECK(Split(paragraph) == expected);
}

TEST_CASE("SplitSentences ranges are trimmed and ordered", "[normalize]") {
  const std::u32string text = U" Một.  Hai!\n\n Ba? ";
  const std::vector<Sentence> s = SplitSentences(text);
  REQUIRE(s.size() == 3);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == U"Một.");
  CHECK(text.substr(s[1].begin, s[1].end - s[1].begin) == U"Hai!");
  CHECK(text.substr(s[2].begin, s[2].end - s[2].begin) == U"Ba?");
}

TEST_CASE("SplitSentences is linear on a long single line", "[normalize]") {
  std::u32string text;
  for (int i = 0; i < 200000; ++i) text += U"Ông A. đi TP. Hà Nội (x) 1.5.";
  const std::vector<Sentence> s = SplitSentences(text, kAbbreviations);
  CHECK(s.size() == 200000);
}

}  // namespace
}  // namespace coopgraph::normalize

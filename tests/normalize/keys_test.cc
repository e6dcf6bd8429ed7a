#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "coopgraph/normalize/normalize.h"

namespace coopgraph::normalize {
namespace {

TEST_CASE("MatchKey gives the evaluation scorer's key", "[normalize]") {
  // Expected keys were produced by the reference scorer's vkey().
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Thoả thuận", "thỏa thuận"},
      {"Thỏa thuận", "thỏa thuận"},
      {"Hoà Bình", "hòa bình"},
      {"Hòa Bình", "hòa bình"},
      {"HOÀ BÌNH", "hòa bình"},
      {"Vie\u0302\u0323t Nam", "việt nam"},
      {"\u00D0ảng Cộng sản", "đảng cộng sản"},
      {"Đảng Cộng sản", "đảng cộng sản"},
      {"2021 \u2013 2025", "2021-2025"},
      {"2021-2025", "2021-2025"},
      {"2021 -2025", "2021-2025"},
      {"Việt  Nam", "việt nam"},
      {" Việt Nam. ", "việt nam"},
      {"(Việt Nam)", "việt nam"},
      {"\"Việt Nam\"", "việt nam"},
      {"\u201CViệt Nam\u201D", "việt nam"},
      {"Bộ KH&CN;", "bộ kh&cn"},
      {"Bộ KH&CN", "bộ kh&cn"},
      {"kh&cn; và gd&đt;", "kh&cn và gd&đt"},
      {"Việt Nam - Lào", "việt nam-lào"},
      {"Việt Nam\u2013Lào", "việt nam-lào"},
      {"Lào\u00A0 Việt", "lào việt"},
      {"line\nbreak", "line break"},
      {"Quý Thuỷ", "quý thủy"},
      {"quỳnh", "quỳnh"},
      {"Huỳnh Thành Đạt", "huỳnh thành đạt"},
      {"  ;:.,Thủ tướng,:;  ", "thủ tướng"},
      {"Ông 'Sonexay'", "ông 'sonexay"},
      {"a & b;", "a & b"},
      {"&amp;", "&amp"},
      {"x&a;b;", "x&ab"},
      {"Khoẻ khoắn", "khỏe khoắn"},
      {"Thuỷ điện Xê Ca-man", "thủy điện xê ca-man"},
      {"TP. Hồ Chí Minh", "tp. hồ chí minh"},
      {"Bà\tNguyễn Thị Bình", "bà nguyễn thị bình"},
      {"HĐND-UBND", "hđnd-ubnd"},
      {"Bộ Ngoại giao (Lào)", "bộ ngoại giao (lào"},
      {"It's", "it's"},
      {"'quote'", "quote"},
      {"", ""},
      {" . ", ""},
  };
  for (const auto& [text, key] : cases) {
    CAPTURE(text);
    CHECK(MatchKey(text) == key);
  }
}

TEST_CASE("MatchKey makes spelling variants meet", "[normalize]") {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Thoả thuận hợp tác", "Thỏa thuận hợp tác"},
      {"Hoà Bình", "Hòa Bình"},
      {"Ho\u0300a Bi\u0300nh", "Hòa Bình"},  // NFD.
      {"Nguye\u0302\u0303n Phu\u0301 Tro\u0323ng", "Nguyễn Phú Trọng"},
      {"\u00D0oàn Thị Hồng", "Đoàn Thị Hồng"},
      {"giai đoạn 2021 \u2013 2025", "giai đoạn 2021-2025"},
      {"kinh tế \u2013 xã hội", "kinh tế-xã hội"},
      {"Việt Nam  và   Lào", "Việt Nam và Lào"},
      {"Việt\u00A0Nam", "Việt Nam"},
      {"Việt\u200BNam", "ViệtNam"},
      {"THỦY ĐIỆN", "thủy điện"},
      {"Thuỵ Điển", "Thụy Điển"},
      {"Bộ KH&CN;", "Bộ KH&CN"},
      {"\u201CĐổi mới\u201D", "Đổi mới"},
      {"Bộ Công an.", "Bộ Công an"},
      {"Việt Nam\r\nLào", "Việt Nam Lào"},
  };
  for (const auto& [a, b] : same) {
    CAPTURE(a, b);
    CHECK(MatchKey(a) == MatchKey(b));
  }
  CHECK(MatchKey("quý") != MatchKey("qúy"));
  CHECK(MatchKey("Hòa") != MatchKey("Hoa"));
}

TEST_CASE("MatchKeyOfNormalized agrees with MatchKey", "[normalize]") {
  for (const char* s : {"Thoả thuận  – 2025 ", "Bộ KH&CN; Việt Nam", " (Lào) "}) {
    CHECK(MatchKeyOfNormalized(Normalize(s).text) == MatchKey(s));
  }
}

TEST_CASE("LooseKey drops diacritics", "[normalize]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Huỳnh Thành Đạt", "huynh thanh dat"},
      {"Huynh Thanh Dat", "huynh thanh dat"},
      {"Thoả thuận", "thoa thuan"},
      {"ĐẢNG Cộng sản", "dang cong san"},
      {"\u00D0à Nẵng", "da nang"},
      {"Vie\u0302\u0323t Nam \u2013 Lào", "viet nam-lao"},
      {"Ưu tiên ơ ư", "uu tien o u"},
      {"Sonexay Siphandone", "sonexay siphandone"},
      {"ສະບາຍດີ", "ສະບາຍດີ"},  // Lao vowel signs are letters' parts, kept.
  };
  for (const auto& [text, key] : cases) {
    CAPTURE(text);
    CHECK(LooseKey(text) == key);
  }
}

}  // namespace
}  // namespace coopgraph::normalize

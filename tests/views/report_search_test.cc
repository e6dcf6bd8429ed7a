// The report's search folds text with the C++ folding table: the table the
// page carries is normalize::FoldingTable entry by entry, and Vietnamese
// names fold in the page as LooseKey folds them.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/normalize/normalize.h"
#include "coopgraph/views/report.h"
#include "views_test_util.h"

namespace coopgraph::views {
namespace {

// The text between `open` and the next `close` after it, or "".
std::string Between(const std::string& text, const std::string& open, const std::string& close) {
  const std::size_t begin = text.find(open);
  if (begin == std::string::npos) return "";
  const std::size_t end = text.find(close, begin + open.size());
  return end == std::string::npos ? "" : text.substr(begin + open.size(), end - begin - open.size());
}

// A JavaScript string of \uXXXX escapes (as the page writes them) as UTF-8,
// read through the codec: the units as UTF-16LE bytes.
std::string Unescape(const std::string& js) {
  std::string units;
  for (std::size_t i = 0; i + 6 <= js.size(); i += 6) {
    REQUIRE(js.compare(i, 2, "\\u") == 0);
    const auto unit = static_cast<std::uint16_t>(std::stoul(js.substr(i + 2, 4), nullptr, 16));
    units.push_back(static_cast<char>(unit & 0xFF));
    units.push_back(static_cast<char>(unit >> 8));
  }
  std::size_t invalid = 0;
  const std::string utf8 = Utf16ToUtf8(units, Utf16Order::kLittleEndian, &invalid);
  REQUIRE(invalid == 0);
  return utf8;
}

// The FOLD object of the page's script: "from":"to" pairs in page order.
std::vector<std::pair<std::string, std::string>> PageTable(const std::string& html) {
  const std::string body = Between(html, "var FOLD = {", "};");
  std::vector<std::pair<std::string, std::string>> table;
  std::size_t i = 0;
  while (i < body.size()) {
    const std::size_t from_end = body.find("\":\"", i);
    REQUIRE(from_end != std::string::npos);
    const std::size_t to_end = body.find('"', from_end + 3);
    REQUIRE(to_end != std::string::npos);
    table.emplace_back(Unescape(body.substr(i + 1, from_end - i - 1)),
                       Unescape(body.substr(from_end + 3, to_end - from_end - 3)));
    i = to_end + 1;
    if (i < body.size()) {
      REQUIRE(body[i] == ',');
      ++i;
    }
  }
  return table;
}

// What the page's fold() gives: the table's entry, else the character
// lower-cased (only ASCII needs that in the names below).
std::string PageFold(const std::map<char32_t, std::string>& table, const std::string& text) {
  std::string out;
  for (char32_t cp : Utf8ToUtf32(text)) {
    if (const auto it = table.find(cp); it != table.end()) {
      out += it->second;
    } else {
      REQUIRE(cp < 0x80);
      AppendUtf8(cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp, &out);
    }
  }
  return out;
}

const std::string& Page() {
  static const std::string html = ToHtmlReport(testing::Sample()).value();
  return html;
}

TEST_CASE("the report's search table is the C++ folding table, entry by entry", "[views][report]") {
  const auto page = PageTable(Page());
  const std::vector<normalize::Fold>& table = normalize::FoldingTable();
  REQUIRE(page.size() == table.size());
  REQUIRE(table.size() > 200);  // Latin letters with their Vietnamese forms, at least
  for (std::size_t i = 0; i < table.size(); ++i) {
    std::string from;
    AppendUtf8(table[i].from, &from);
    CAPTURE(i, from);
    CHECK(page[i].first == from);
    CHECK(page[i].second == table[i].to);
  }
  CHECK(Page().find("/* FOLDING TABLE */") == std::string::npos);
}

TEST_CASE("the folding table strips Vietnamese diacritics and case", "[views][report]") {
  std::map<char32_t, std::string> table;
  for (const normalize::Fold& fold : normalize::FoldingTable()) table.emplace(fold.from, fold.to);
  CHECK(table.at(U'Đ') == "d");
  CHECK(table.at(U'đ') == "d");
  CHECK(table.at(U'Ễ') == "e");
  CHECK(table.at(U'ự') == "u");
  CHECK(table.at(U'A') == "a");
  CHECK(table.at(0x0301) == "");  // a combining acute, as NFD text has
  CHECK(table.count(U'a') == 0);  // what folds to itself is not listed
}

TEST_CASE("Vietnamese names fold in the page as LooseKey folds them", "[views][report]") {
  std::map<char32_t, std::string> table;
  for (const auto& [from, to] : PageTable(Page())) table.emplace(Utf8ToUtf32(from).at(0), to);
  const std::vector<std::string> names = {
      "Huỳnh Thành Đạt", "Thủ tướng Phạm Minh Chính", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nguyễn Thị Ánh Tuyết",
      "Bộ Ngoại giao", "Quỹ Tiền tệ Quốc tế", "hoà bình", "thuỷ điện",
      "Nguye\xCC\x82\xCC\x83n",  // Nguyễn decomposed (NFD)
  };
  for (const std::string& name : names) {
    CAPTURE(name);
    CHECK(PageFold(table, name) == normalize::LooseKey(name));
  }
}

}  // namespace
}  // namespace coopgraph::views

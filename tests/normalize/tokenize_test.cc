#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::normalize {
namespace {

// Renders tokens as "text/shape" with shape w (word), n (number), p (punct).
std::vector<std::string> Render(const std::u32string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, 0, text.size())) {
    const char shape = t.shape == TokenShape::kWord ? 'w' : t.shape == TokenShape::kNumber ? 'n' : 'p';
    out.push_back(Utf32ToUtf8(text.substr(t.begin, t.end - t.begin)) + "/" + shape);
  }
  return out;
}

using Tokens = std::vector<std::string>;

TEST_CASE("Tokenize splits words, numbers and punctuation", "[normalize]") {
  const std::vector<std::pair<std::u32string, Tokens>> cases = {
      {U"Bộ KH&CN Việt Nam", {"Bộ/w", "KH&CN/w", "Việt/w", "Nam/w"}},
      {U"Bộ GD&ĐT;", {"Bộ/w", "GD&ĐT/w", ";/p"}},
      {U"(Ảnh: Phạm Kiên/Vietnam+)",
       {"(/p", "Ảnh/w", ":/p", "Phạm/w", "Kiên/w", "//p", "Vietnam+/w", ")/p"}},
      {U"Vietnam+", {"Vietnam+/w"}},
      {U"A+B", {"A/w", "+/p", "B/w"}},
      {U"Thoong-xa-lit Măng-nò-mệch", {"Thoong-xa-lit/w", "Măng-nò-mệch/w"}},
      {U"Việt Nam-Lào", {"Việt/w", "Nam/w", "-/p", "Lào/w"}},
      {U"2017-2020", {"2017/n", "-/p", "2020/n"}},
      {U"Covid-19", {"Covid/w", "-/p", "19/n"}},
      {U"kinh tế-xã hội", {"kinh/w", "tế-xã/w", "hội/w"}},
      {U"ngày 10/8/2018", {"ngày/w", "10/n", "//p", "8/n", "//p", "2018/n"}},
      {U"23.5 tỷ", {"23/n", "./p", "5/n", "tỷ/w"}},
      {U"5G và COVID19", {"5G/w", "và/w", "COVID19/w"}},
      {U"O'Brien nói 'có'", {"O'Brien/w", "nói/w", "'/p", "có/w", "'/p"}},
      {U"TP.HCM", {"TP/w", "./p", "HCM/w"}},
      {U"hết./.", {"hết/w", "./p", "//p", "./p"}},
      {U"\"Đổi mới\"…", {"\"/p", "Đổi/w", "mới/w", "\"/p", "…/p"}},
      {U"ສະບາຍດີ ລາວ", {"ສະບາຍດີ/w", "ລາວ/w"}},
      {U"a & b", {"a/w", "&/p", "b/w"}},
      {U"KH&", {"KH/w", "&/p"}},
      {U"x-", {"x/w", "-/p"}},
      {U"\u0301a", {"\u0301/p", "a/w"}},
      {U"  \n ", {}},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(Utf32ToUtf8(text));
    CHECK(Render(text) == expected);
  }
}

TEST_CASE("Tokenize stays inside the requested range", "[normalize]") {
  const std::u32string text = U"Hà Nội, Việt Nam";
  const std::vector<Token> tokens = Tokenize(text, 3, 12);  // "Nội, Việt"
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].begin == 3);
  CHECK(tokens[0].end == 6);
  CHECK(tokens[1].shape == TokenShape::kPunct);
  CHECK(tokens[2].begin == 8);
  CHECK(tokens[2].end == 12);
  CHECK(Tokenize(text, 5, 100).size() == 4);  // "i", ",", "Việt", "Nam".
  CHECK(Tokenize(text, 20, 30).empty());
}

}  // namespace
}  // namespace coopgraph::normalize

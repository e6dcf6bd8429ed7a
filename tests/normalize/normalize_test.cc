#include "coopgraph/normalize/normalize.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/utf8.h"

namespace coopgraph::normalize {
namespace {

std::string NormalizedUtf8(std::string_view source) {
  return Utf32ToUtf8(Normalize(source).text);
}

// Checks the offset-map invariant of the header.
void CheckOffsetMap(std::string_view source) {
  const NormalizedText n = Normalize(source);
  REQUIRE(n.to_source.size() == n.text.size() + 1);
  for (std::size_t i = 1; i < n.to_source.size(); ++i) {
    REQUIRE(n.to_source[i - 1] <= n.to_source[i]);
  }
  REQUIRE(n.to_source.back() == CountCodePoints(source));
}

TEST_CASE("Normalize composes to NFC and moves old-style tone marks", "[normalize]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"hoà", "hòa"},
      {"hoá", "hóa"},
      {"hoạ", "họa"},
      {"thuỷ", "thủy"},
      {"Thuỵ", "Thụy"},
      {"khoẻ", "khỏe"},
      {"Hoà Bình", "Hòa Bình"},
      {"HOÀ", "HÒA"},
      {"Thoả thuận", "Thỏa thuận"},
      {"hoà.", "hòa."},
      {"hoà2", "hòa2"},
      {"Uỷ ban", "Ủy ban"},
      {"Đảng uỷ", "Đảng ủy"},
      {"hoàñ", "hoàñ"},          // Any letter after the pair blocks the move.
      {"quý", "quý"},            // u belongs to qu-.
      {"Quỳnh", "Quỳnh"},
      {"QUÝ", "QUÝ"},
      {"hoàng", "hoàng"},        // The vowel pair is not syllable-final.
      {"Huỳnh", "Huỳnh"},
      {"khuỷu", "khuỷu"},
      {"hòa", "hòa"},            // Already new-style.
      {"hoè hoè", "hòe hòe"},
      {"Vie\u0302\u0323t Nam", "Việt Nam"},        // NFD input.
      {"Ho\u0300a", "Hòa"},                        // NFD, old-style.
      {"\u00D0a\u0300 Na\u0306\u0303ng", "Đà Nẵng"},  // Icelandic eth.
      {"\u00F0", "\u00F0"},                        // Small eth is left alone.
      {"2021 \u2013 2025", "2021 - 2025"},
      {"a\u2010b\u2011c\u2012d\u2014e\u2015f\u2212g\uFE58h\uFE63i\uFF0Dj", "a-b-c-d-e-f-g-h-i-j"},
      {"\u201CTự diễn biến\u201D", "\"Tự diễn biến\""},
      {"\u201Ea\u201C \u00ABb\u00BB", "\"a\" \"b\""},
      {"\u2018a\u2019", "'a'"},
      {"a\u00A0b\u2002c\u202Fd\u3000e\tf", "a b c d e f"},
      {"a   b", "a b"},
      {"a \r\n\r\n b", "a\nb"},
      {"a\rb", "a\nb"},
      {"a\u2028b\u2029c", "a\nb\nc"},
      {"Vi\u200Bệt\u200C\u200D\uFEFF\u2060 Nam", "Việt Nam"},
      {"a\x01" "b\x7F" "c\u0085d\u0090e", "abc\nde"},
      {"a \u200B b", "a b"},
      {"\xEF\xBF\xBD", "\uFFFD"},
      {"Việt Nam\u2026", "Việt Nam\u2026"},
      {"  \n Việt Nam \n ", "Việt Nam"},
      {"KH&CN;", "KH&CN;"},
      {"", ""},
      {" \t\n ", ""},
  };
  for (const auto& [source, expected] : cases) {
    CAPTURE(source);
    CHECK(NormalizedUtf8(source) == expected);
    CheckOffsetMap(source);
  }
}

TEST_CASE("Normalize is idempotent", "[normalize]") {
  for (const char* s : {"Hoà Bình – Thuỷ", "Vie\u0302\u0323t \u00A0 Nam\r\n\u201Cx\u201D", "quý hoàng"}) {
    const std::string once = NormalizedUtf8(s);
    CHECK(NormalizedUtf8(once) == once);
  }
}

TEST_CASE("Normalize maps composed characters to their first source code point", "[normalize]") {
  const NormalizedText n = Normalize("Vie\u0302\u0323t");
  CHECK(n.text == U"Việt");
  CHECK(n.to_source == std::vector<std::size_t>{0, 1, 2, 5, 6});

  const NormalizedText spaced = Normalize("  a \u200B\u00A0 b  ");
  CHECK(spaced.text == U"a b");
  CHECK(spaced.to_source == std::vector<std::size_t>{2, 3, 7, 10});

  const NormalizedText invalid = Normalize("a\xFF\xFE" "b");
  CHECK(invalid.text == U"a\uFFFD\uFFFDb");
  CHECK(invalid.to_source == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("Normalize maps every character of a run of words to its own source offset", "[normalize]") {
  // Words with single spaces go through in runs; whatever ends a run (a
  // second space, a mark, a character that is cleaned) must give the same
  // text and offsets as one character at a time.
  struct Case {
    const char* source;
    std::u32string text;
    std::vector<std::size_t> to_source;
  };
  const std::vector<Case> cases = {
      {"ab cd", U"ab cd", {0, 1, 2, 3, 4, 5}},
      {"ab  cd", U"ab cd", {0, 1, 2, 4, 5, 6}},
      {" ab ", U"ab", {1, 2, 4}},
      {"ae\u0301 x", U"a\u00E9 x", {0, 1, 3, 4, 5}},
      {"a \u0301b", U"a \u0301b", {0, 1, 1, 3, 4}},  // the mark joins the space's segment
      {"x\u2013y z", U"x-y z", {0, 1, 2, 3, 4, 5}},
      {"Hoà bình", U"Hòa bình", {0, 1, 2, 3, 4, 5, 6, 7, 8}},
      {"a\u00A0b c\td", U"a b c d", {0, 1, 2, 3, 4, 5, 6, 7}},
      {"Vi\u1EC7t\nNam", U"Vi\u1EC7t\nNam", {0, 1, 2, 3, 4, 5, 6, 7, 8}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.source);
    const NormalizedText n = Normalize(c.source);
    CHECK(n.text == c.text);
    CHECK(n.to_source == c.to_source);
  }
}

TEST_CASE("Normalize spans map back to the exact source characters", "[normalize]") {
  const std::string source =
      "Ngày 15/10, tại Trụ sở Trung ương Đảng, đồng chí Võ Văn Thưởng có cuộc hội đàm\n"
      "với đồng chí Bounthong Chitmany về Thoả thuận 2021–2025.";
  const std::u32string source32 = Utf8ToUtf32(source);
  const NormalizedText n = Normalize(source);
  for (const std::u32string& word :
       {std::u32string(U"Võ Văn Thưởng"), std::u32string(U"Bounthong Chitmany"),
        std::u32string(U"Ngày"), std::u32string(U"hội đàm")}) {
    const std::size_t b = n.text.find(word);
    REQUIRE(b != std::u32string::npos);
    const std::size_t e = b + word.size();
    CHECK(source32.substr(n.to_source[b], n.to_source[e] - n.to_source[b]) == word);
  }
  // The tone-moved word maps to its old spelling, the dash to itself.
  const std::size_t b = n.text.find(U"Thỏa");
  REQUIRE(b != std::u32string::npos);
  CHECK(source32.substr(n.to_source[b], n.to_source[b + 4] - n.to_source[b]) == U"Thoả");
  const std::size_t dash = n.text.find(U"2021-2025");
  REQUIRE(dash != std::u32string::npos);
  CHECK(source32[n.to_source[dash + 4]] == U'\u2013');
}

TEST_CASE("Normalize keeps the offset map valid on arbitrary input", "[normalize]") {
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\uFEFF", "\x01", "\x7F",
      "\xC2\x85", "e\u0302", "\u0323", "\u0301\u0301", "ạ", "Đ", "\u00D0", "\u2013", "\u201C",
      "oà", "uỷ", "q", "\xFF", "\xC3", "\xE1\xBA", "\xF0\x9F\x98\x80", "\xED\xA0\x80",
      "\u1100\u1161\u11A8", "\u0E81\u0EB2", "\u2126", "\u0344", ".", "&cn;", "-",
  };
  // A deterministic pseudo-random walk over the pieces.
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string source;
    const int len = static_cast<int>(next() % 12);
    for (int k = 0; k < len; ++k) source += pieces[next() % pieces.size()];
    CAPTURE(source);
    CheckOffsetMap(source);
    const NormalizedText n = Normalize(source);
    CHECK(Utf32ToUtf8(Normalize(Utf32ToUtf8(n.text)).text) == Utf32ToUtf8(n.text));
  }
}

TEST_CASE("Normalize of a long text equals the sum of its parts", "[normalize]") {
  // Long sources are decoded in chunks; repeating a piece with odd byte
  // lengths, stray continuation bytes and combining marks puts every kind
  // of character on a chunk boundary.
  for (const std::string& piece :
       {std::string("Việt \xE1\xBA" "a\x80\x80\x80\x80\x80" "b Hoà"),
        std::string("e\u0302\u0323\u0301x \xF0\x9F\x98\x80 \u00D0\xC3")}) {
    const NormalizedText one = Normalize(piece);
    std::string source;
    std::u32string expected;
    std::vector<std::size_t> expected_map;
    for (std::size_t offset = 0; source.size() < 100000; offset += one.to_source.back()) {
      source += piece + " ";
      if (!expected.empty()) {
        expected.push_back(U' ');
        expected_map.push_back(offset - 1);
      }
      expected += one.text;
      for (std::size_t k = 0; k + 1 < one.to_source.size(); ++k) {
        expected_map.push_back(offset + one.to_source[k]);
      }
      ++offset;  // The space.
    }
    expected_map.push_back(CountCodePoints(source));
    const NormalizedText all = Normalize(source);
    CHECK(all.text == expected);
    CHECK(all.to_source == expected_map);
  }
}

TEST_CASE("Character predicates follow ICU", "[normalize]") {
  CHECK(ToLower(U'Đ') == U'đ');
  CHECK(ToLower(U'Ỳ') == U'ỳ');
  CHECK(ToLower(U'A') == U'a');
  CHECK(ToLower(U'7') == U'7');
  CHECK(IsLetter(U'ệ'));
  CHECK(IsLetter(U'ກ'));  // Lao.
  CHECK_FALSE(IsLetter(U'1'));
  CHECK_FALSE(IsLetter(U'\u00D7'));
  CHECK(IsUpper(U'Ả'));
  CHECK(IsUpper(U'Đ'));
  CHECK_FALSE(IsUpper(U'ả'));
  CHECK_FALSE(IsUpper(U'ກ'));
}

}  // namespace
}  // namespace coopgraph::normalize

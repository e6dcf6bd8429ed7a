// UTF-8 <-> UTF-32: well-formed text round-trips; every ill-formed byte
// sequence (bad lead, lone continuation, overlong, surrogate, above U+10FFFF,
// truncated) becomes U+FFFD and is counted, never swallowing the next character.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "coopgraph/base/utf8.h"

namespace coopgraph {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

struct DecodeCase {
  const char* what;
  std::string bytes;
  std::u32string expected;
  std::size_t invalid;
};

TEST_CASE("Utf8ToUtf32 decodes well-formed and ill-formed input", "[base]") {
  const std::u32string R(1, kReplacement);
  const std::vector<DecodeCase> cases = {
      {"empty", "", U"", 0},
      {"ASCII", "Lào", U"Lào", 0},
      {"two-byte (à)", "\xc3\xa0", U"\u00e0", 0},
      {"three-byte precomposed (ệ)", "\xe1\xbb\x87", U"\u1ec7", 0},
      {"combining tone mark stays separate", "e\xcc\x81", U"e\u0301", 0},
      {"four-byte (emoji)", "\xf0\x9f\x98\x80", U"\U0001F600", 0},
      {"largest code point", "\xf4\x8f\xbf\xbf", U"\U0010FFFF", 0},
      {"NUL is a character", std::string("a\0b", 3), std::u32string(U"a\0b", 3), 0},
      {"lone continuation byte", "a\x80" "b", U"a" + R + U"b", 1},
      {"byte FF never appears in UTF-8", "\xff", R, 1},
      {"byte FE never appears in UTF-8", "x\xfe", U"x" + R, 1},
      {"lead byte followed by ASCII", "\xc3(", R + U"(", 1},
      {"overlong NUL (C0 80)", "\xc0\x80", R + R, 2},
      {"overlong slash (C0 AF)", "\xc0\xaf", R + R, 2},
      {"overlong slash, three bytes (E0 80 AF)", "\xe0\x80\xaf", R + R + R, 3},
      {"overlong, four bytes (F0 80 80 AF)", "\xf0\x80\x80\xaf", R + R + R + R, 4},
      {"high surrogate D800 (ED A0 80)", "\xed\xa0\x80", R + R + R, 3},
      {"low surrogate DFFF (ED BF BF)", "\xed\xbf\xbf", R + R + R, 3},
      {"above U+10FFFF (F4 90 80 80)", "\xf4\x90\x80\x80", R + R + R + R, 4},
      {"five-byte lead F8", "\xf8\x88\x80\x80\x80", R + R + R + R + R, 5},
      {"bad byte inside Vietnamese text", "H\xc3\xa0 N\xffi", U"Hà N" + R + U"i", 1},
      {"bad byte after eight ASCII bytes", "abcdefgh\xffijklmnop", U"abcdefgh" + R + U"ijklmnop", 1},
      {"truncated lead at the end of a long ASCII run", "abcdefghijklmno\xe1", U"abcdefghijklmno" + R, 1},
  };
  for (const DecodeCase& c : cases) {
    CAPTURE(c.what);
    std::size_t invalid = 99;
    CHECK(Utf8ToUtf32(c.bytes, &invalid) == c.expected);
    CHECK(invalid == c.invalid);
    CHECK(Utf8ToUtf32(c.bytes) == c.expected);  // the count is optional
    CHECK(IsValidUtf8(c.bytes) == (c.invalid == 0));
    CHECK(CountCodePoints(c.bytes) == c.expected.size());
  }
}

// A sequence cut short may become one U+FFFD or one per byte; either way the
// character after it survives and every U+FFFD is counted.
TEST_CASE("Utf8ToUtf32 keeps the character after a truncated sequence", "[base]") {
  const std::vector<std::string> truncated = {
      "\xc3", "\xe1\xbb", "\xe1", "\xf0\x9f\x98", "\xf0\x9f", "\xf0",
  };
  for (const std::string& cut : truncated) {
    for (const std::string& next : {std::string("A"), std::string("\xc3\xa0"), std::string("")}) {
      const std::string bytes = "x" + cut + next;
      CAPTURE(bytes);
      std::size_t invalid = 0;
      const std::u32string decoded = Utf8ToUtf32(bytes, &invalid);
      const std::u32string tail = Utf8ToUtf32(next);
      REQUIRE(decoded.size() >= 2 + tail.size());
      CHECK(decoded.front() == U'x');
      CHECK(decoded.substr(decoded.size() - tail.size()) == tail);
      const std::u32string middle = decoded.substr(1, decoded.size() - 1 - tail.size());
      CHECK(middle.find_first_not_of(kReplacement) == std::u32string::npos);
      CHECK(invalid == middle.size());
      CHECK_FALSE(IsValidUtf8(bytes));
      CHECK(CountCodePoints(bytes) == decoded.size());
    }
  }
}

struct EncodeCase {
  const char* what;
  std::u32string text;
  std::string expected;
};

TEST_CASE("Utf32ToUtf8 encodes code points; surrogates and out-of-range become U+FFFD", "[base]") {
  const std::string R = "\xef\xbf\xbd";
  const std::vector<EncodeCase> cases = {
      {"empty", U"", ""},
      {"ASCII", U"Viet Nam", "Viet Nam"},
      {"Vietnamese", U"Việt Nam – Lào", "Vi\xe1\xbb\x87t Nam \xe2\x80\x93 L\xc3\xa0o"},
      {"boundaries of each length", U"\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010FFFF",
       "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf"},
      {"lone high surrogate", std::u32string(1, 0xD800), R},
      {"lone low surrogate", std::u32string(1, 0xDFFF), R},
      {"above U+10FFFF", std::u32string(1, 0x110000), R},
      {"U+FFFD itself", std::u32string(1, kReplacement), R},
  };
  for (const EncodeCase& c : cases) {
    CAPTURE(c.what);
    CHECK(Utf32ToUtf8(c.text) == c.expected);
    std::string appended = ">";
    for (char32_t cp : c.text) AppendUtf8(cp, &appended);
    CHECK(appended == ">" + c.expected);
    CHECK(IsValidUtf8(Utf32ToUtf8(c.text)));
  }
}

TEST_CASE("valid UTF-8 round-trips through UTF-32 byte for byte", "[base]") {
  const std::vector<std::string> texts = {
      "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Campuchia",
      "Thủ đô Viêng Chăn (ວຽງຈັນ), ngày 29/5/2024 — 😀",
      "Đ đ Ð ð ơ ư ă â ê ô",
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    std::size_t invalid = 1;
    const std::u32string decoded = Utf8ToUtf32(text, &invalid);
    CHECK(invalid == 0);
    CHECK(Utf32ToUtf8(decoded) == text);
    CHECK(CountCodePoints(text) == decoded.size());
  }
}

TEST_CASE("decoding then encoding repairs ill-formed input into valid UTF-8", "[base]") {
  const std::string broken = "Hà N\xff\xfei \xc3\x28 \xc0\xaf \xed\xa0\x80 \xf0\x9f";
  const std::string repaired = Utf32ToUtf8(Utf8ToUtf32(broken));
  CHECK(IsValidUtf8(repaired));
  CHECK(repaired.rfind("Hà N\xef\xbf\xbd", 0) == 0);
}

TEST_CASE("SanitizeUtf8 replaces invalid bytes and NUL with U+FFFD", "[base]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Huỳnh Thành Đạt", "Huỳnh Thành Đạt"},
      {"", ""},
      {std::string("a\0b", 3), "a\uFFFDb"},
      {"\xC0\xAF", "\uFFFD\uFFFD"},      // overlong
      {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},  // surrogate
      {"tail \xE1", "tail \uFFFD"},
  };
  for (const auto& [in, out] : cases) CHECK(SanitizeUtf8(in) == out);
}

}  // namespace
}  // namespace coopgraph

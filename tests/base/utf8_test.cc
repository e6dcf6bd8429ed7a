// UTF-8 <-> UTF-32: well-formed text round-trips; every ill-formed byte
// sequence (bad lead, lone continuation, overlong, surrogate, above U+10FFFF,
// truncated) becomes U+FFFD and is counted, never swallowing the next character.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/utf8.h"

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

namespace coopgraph {
namespace {

constexpr std::size_t kNone = std::string::npos;

struct OffsetCase {
  const char* what;
  std::string bytes;
  std::size_t first_invalid;   // FirstInvalidUtf8, and RepairUtf8's
  std::size_t invalid;         // bytes RepairUtf8 replaces
  std::size_t valid_multibyte;
};

TEST_CASE("FirstInvalidUtf8 and RepairUtf8 give the offset of the first bad byte", "[base]") {
  const std::vector<OffsetCase> cases = {
      {"empty", "", kNone, 0, 0},
      {"ASCII only", "Ha Noi", kNone, 0, 0},
      {"Vietnamese", "Hà Nội", kNone, 0, 2},
      {"lone continuation at 1", "a\x80", 1, 1, 0},
      {"overlong C0 AF at 0", "\xc0\xaf", 0, 2, 0},
      {"overlong E0 80 AF after a letter", "\xc3\xa0\xe0\x80\xaf", 2, 3, 1},
      {"surrogate ED A0 80 after ten ASCII bytes", "0123456789\xed\xa0\x80", 10, 3, 0},
      {"above U+10FFFF", "\xf4\x90\x80\x80", 0, 4, 0},
      {"truncated three-byte sequence at the end", "Nội\xe1\xbb", 5, 2, 1},
      {"truncated four-byte sequence before ASCII", "\xf0\x9f\x98!", 0, 3, 0},
      {"valid four-byte then a bad byte", "\xf0\x9f\x98\x80\xff", 4, 1, 1},
  };
  for (const OffsetCase& c : cases) {
    CAPTURE(c.what);
    CHECK(FirstInvalidUtf8(c.bytes) == c.first_invalid);
    const Utf8Repair repair = RepairUtf8(c.bytes);
    CHECK(repair.first_invalid == c.first_invalid);
    CHECK(repair.invalid == c.invalid);
    CHECK(repair.valid_multibyte == c.valid_multibyte);
    CHECK(IsValidUtf8(repair.text));
    CHECK(repair.text == Utf32ToUtf8(Utf8ToUtf32(c.bytes)));  // one rule for both
    CHECK(ReplaceInvalidUtf8(c.bytes) == repair.text);
  }
}

TEST_CASE("DecodeUtf8At and Utf8CodePointBefore step one code point", "[base]") {
  const std::string text = "a\xc3\xa0\xe1\xbb\x87\xf0\x9f\x98\x80\xff" "b";  // a à ệ 😀 FF b
  const std::vector<std::pair<char32_t, std::size_t>> forward = {
      {U'a', 1}, {0xE0, 3}, {0x1EC7, 6}, {0x1F600, 10}, {0xFFFD, 11}, {U'b', 12}};
  std::size_t at = 0;
  for (const auto& [cp, next] : forward) {
    CHECK(DecodeUtf8At(text, &at) == cp);
    CHECK(at == next);
  }
  CHECK(Utf8CodePointBefore(text, 0) == 0);
  CHECK(Utf8CodePointBefore(text, 3) == 0xE0);
  CHECK(Utf8CodePointBefore(text, 6) == 0x1EC7);
  CHECK(Utf8CodePointBefore(text, 10) == 0x1F600);
  CHECK(Utf8SequenceStart(text, 8) == 6);   // inside the emoji
  CHECK(Utf8SequenceStart(text, 6) == 6);   // at a lead byte
  CHECK(Utf8Prefix("Hà Nội", 4) == "Hà N");
  CHECK(Utf8Prefix("Hà", 9) == "Hà");
}

struct Utf16Case {
  const char* what;
  std::string little_endian;  // the units as little-endian bytes
  std::string utf8;
  std::size_t invalid;
};

// The same units as big-endian bytes (an odd last byte stays where it is).
std::string Swapped(const std::string& bytes) {
  std::string out = bytes;
  for (std::size_t k = 0; k + 1 < out.size(); k += 2) std::swap(out[k], out[k + 1]);
  return out;
}

TEST_CASE("Utf16ToUtf8 decodes both byte orders; lone surrogates and odd bytes become U+FFFD", "[base]") {
  const std::string R = "\xEF\xBF\xBD";
  const std::vector<Utf16Case> cases = {
      {"empty", "", "", 0},
      {"ASCII", std::string("H\0a\0", 4), "Ha", 0},
      {"Vietnamese (Hà Nội)", std::string("H\0\xe0\0 \0N\0\xd9\x1e\x69\0", 12), "Hà Nội", 0},
      {"surrogate pair (U+1F600)", std::string("\x3d\xd8\x00\xde", 4), "\xf0\x9f\x98\x80", 0},
      {"NUL is a character", std::string("a\0\0\0b\0", 6), std::string("a\0b", 3), 0},
      {"lone high surrogate before a letter", std::string("\x3d\xd8x\0", 4), R + "x", 1},
      {"lone low surrogate", std::string("\x00\xdex\0", 4), R + "x", 1},
      {"high surrogate at the end", std::string("x\0\x3d\xd8", 4), "x" + R, 1},
      {"odd trailing byte", std::string("x\0y", 3), "x" + R, 1},
      {"a high surrogate cut by the end is one truncated sequence", std::string("x\0\x3d\xd8y", 5), "x" + R, 1},
  };
  for (const Utf16Case& c : cases) {
    CAPTURE(c.what);
    std::size_t invalid = 0;
    CHECK(Utf16ToUtf8(c.little_endian, Utf16Order::kLittleEndian, &invalid) == c.utf8);
    CHECK(invalid == c.invalid);
    invalid = 0;
    CHECK(Utf16ToUtf8(Swapped(c.little_endian), Utf16Order::kBigEndian, &invalid) == c.utf8);
    CHECK(invalid == c.invalid);
  }
}

TEST_CASE("AppendUtf16 encodes code points as UTF-16 units", "[base]") {
  const std::vector<std::pair<char32_t, std::u16string>> cases = {
      {U'a', u"a"}, {0x1EC7, u"\u1ec7"}, {0x1F600, u"\xd83d\xde00"}, {0x10FFFF, u"\xdbff\xdfff"},
      {0xD800, u"\xfffd"}, {0x110000, u"\xfffd"}};
  for (const auto& [cp, units] : cases) {
    CAPTURE(static_cast<std::uint32_t>(cp));
    std::u16string out;
    AppendUtf16(cp, &out);
    CHECK(out == units);
  }
}

TEST_CASE("a code point that is not a scalar value becomes U+FFFD", "[base]") {
  struct Case {
    char32_t cp, written;
  };
  const Case cases[] = {{U'a', U'a'},        {0xD7FF, 0xD7FF}, {0xD800, 0xFFFD},   {0xDFFF, 0xFFFD},
                        {0xE000, 0xE000},    {0x10FFFF, 0x10FFFF}, {0x110000, 0xFFFD}, {0, 0}};
  for (const Case& c : cases) {
    CAPTURE(static_cast<std::uint32_t>(c.cp));
    CHECK(ScalarValueOrReplacement(c.cp) == c.written);
  }
}

}  // namespace
}  // namespace coopgraph

#include "ingest/entities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/utf8.h"

namespace coopgraph::ingest {
namespace {

// Names of U+00A0..U+00FF in code point order (HTML 4 Latin-1 set).
constexpr const char* kLatin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity {
  const char* name;
  char32_t code_point;
};

// Other names common in Vietnamese news pages (HTML5 spelling).
constexpr NamedEntity kOtherNames[] = {
    {"quot", 0x22},     {"QUOT", 0x22},     {"amp", 0x26},      {"AMP", 0x26},
    {"apos", 0x27},     {"lt", 0x3C},       {"LT", 0x3C},       {"gt", 0x3E},
    {"GT", 0x3E},       {"Abreve", 0x102},  {"abreve", 0x103},  {"Dstrok", 0x110},
    {"dstrok", 0x111},  {"Itilde", 0x128},  {"itilde", 0x129},  {"OElig", 0x152},
    {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Utilde", 0x168},
    {"utilde", 0x169},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"hyphen", 0x2010}, {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122},
    {"larr", 0x2190},   {"rarr", 0x2192},   {"minus", 0x2212}};

// What browsers map &#128;..&#159; to (Windows-1252); 0 = keep as is.
constexpr char32_t kC1AsWindows1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

constexpr std::size_t kMaxNameLength = 8;

bool LookUpName(std::string_view name, EntityMode mode, char32_t* cp) {
  if (mode == EntityMode::kPlainText) {
    static constexpr NamedEntity kPlain[] = {{"amp", 0x26}, {"nbsp", 0xA0}, {"quot", 0x22},
                                             {"apos", 0x27}, {"lt", 0x3C},  {"gt", 0x3E}};
    for (const NamedEntity& e : kPlain) {
      if (name == e.name) { *cp = e.code_point; return true; }
    }
    return false;
  }
  for (std::size_t k = 0; k < std::size(kLatin1Names); ++k) {
    if (name == kLatin1Names[k]) { *cp = static_cast<char32_t>(0xA0 + k); return true; }
  }
  for (const NamedEntity& e : kOtherNames) {
    if (name == e.name) { *cp = e.code_point; return true; }
  }
  return false;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Parses "&#123;" / "&#x1EC7;" at text[i] == '&'. Returns bytes used or 0.
std::size_t ParseNumeric(std::string_view text, std::size_t i, char32_t* cp) {
  std::size_t j = i + 2;  // after "&#"
  const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
  if (hex) ++j;
  const std::size_t digits_begin = j;
  std::uint32_t value = 0;
  for (; j < text.size(); ++j) {
    const char c = text[j];
    int digit;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    else break;
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
  }
  if (j == digits_begin || j >= text.size() || text[j] != ';') return 0;
  if (value >= 0x80 && value <= 0x9F && kC1AsWindows1252[value - 0x80] != 0) {
    value = kC1AsWindows1252[value - 0x80];
  }
  *cp = value == 0 ? kReplacementCharacter : ScalarValueOrReplacement(value);
  return j + 1 - i;
}

}  // namespace

std::string DecodeEntities(std::string_view text, EntityMode mode) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text, i, amp - i);
    i = amp;
    char32_t cp = 0;
    std::size_t used = 0;
    if (amp + 1 < text.size() && text[amp + 1] == '#') {
      used = ParseNumeric(text, amp, &cp);
    } else {
      std::size_t j = amp + 1;
      while (j < text.size() && j - amp - 1 <= kMaxNameLength && IsAsciiAlnum(text[j])) ++j;
      if (j < text.size() && text[j] == ';' && j > amp + 1 &&
          LookUpName(text.substr(amp + 1, j - amp - 1), mode, &cp)) {
        used = j + 1 - amp;
      }
    }
    if (used == 0) {
      out.push_back('&');
      ++i;
      continue;
    }
    AppendUtf8(cp == 0xA0 ? U' ' : cp, &out);
    i += used;
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

std::string RepairAmpRemnants(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text, i, amp + 1 - i);
    i = amp + 1;
    if (!u_isalpha(static_cast<UChar32>(Utf8CodePointBefore(text, amp)))) continue;
    // An acronym of uppercase letters (Đ included) directly followed by ';'.
    std::size_t j = i;
    int letters = 0;
    while (j < text.size() && letters <= 10) {
      std::size_t next = j;
      const char32_t cp = DecodeUtf8At(text, &next);
      if (!u_isupper(static_cast<UChar32>(cp))) break;
      j = next;
      ++letters;
    }
    if (letters >= 1 && letters <= 10 && j < text.size() && text[j] == ';') {
      out.append(text, i, j - i);  // the acronym, without its ';'
      i = j + 1;
    }
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

}  // namespace coopgraph::ingest


#include "ingest/cleanup.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <bitset>
#include <optional>

#include "base/ascii.h"
#include "base/utf8.h"
#include "coopgraph/normalize/normalize.h"
#include "ingest/util.h"

namespace coopgraph::ingest {
namespace {

// Title heuristic limits, in code points. Headlines run to ~150.
constexpr std::size_t kMaxTitleLength = 200;
constexpr std::size_t kMaxTitleBeforeSeparator = 300;
constexpr int kHeadLines = 4;  // URL, dateline and title lines come first
constexpr std::size_t kMaxDateLineLength = 60;
constexpr std::size_t kMaxDateLineWords = 2;  // words without digits
constexpr std::size_t kMaxDateLabelWords = 4;  // "Cập nhật ngày:", "Ngày đăng:"
// Boilerplate is short; longer lines skip the (ICU) key computation.
constexpr std::size_t kMaxBoilerplateBytes = 256;
// Source line and byline limits.
constexpr std::size_t kSourceLineWindow = 3;  // among the last N text lines
constexpr std::size_t kMaxOutletWords = 8;
constexpr std::size_t kMaxOutletLength = 60;
constexpr std::size_t kMaxBylineWords = 5;
constexpr std::size_t kMaxBylineLength = 40;

// Spaces that scraped lines start or end with ("\u00A0" lines are common).
constexpr std::string_view kSpaces[] = {" ", "\t", "\v", "\f", "\xC2\xA0", "\xE2\x80\x87",
                                        "\xE2\x80\x8B", "\xE2\x80\xAF", "\xE3\x80\x80",
                                        "\xEF\xBB\xBF"};

std::size_t SpaceAt(std::string_view s, std::size_t i) {
  // Called for every byte of every line: most bytes start no space at all.
  static const std::bitset<256> kLeads = [] {
    std::bitset<256> leads;
    for (std::string_view sp : kSpaces) leads.set(static_cast<unsigned char>(sp[0]));
    return leads;
  }();
  if (i >= s.size() || !kLeads[static_cast<unsigned char>(s[i])]) return 0;
  for (std::string_view sp : kSpaces) {
    if (s.compare(i, sp.size(), sp) == 0) return sp.size();
  }
  return 0;
}

std::size_t SpaceBefore(std::string_view s, std::size_t end) {
  for (std::string_view sp : kSpaces) {
    if (end >= sp.size() && s.compare(end - sp.size(), sp.size(), sp) == 0) return sp.size();
  }
  return 0;
}

std::string_view Trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t n = SpaceAt(s, begin);
    if (n == 0) break;
    begin += n;
  }
  std::size_t end = s.size();
  while (end > begin) {
    const std::size_t n = SpaceBefore(s, end);
    if (n == 0) break;
    end -= n;
  }
  return s.substr(begin, end - begin);
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t begin = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > begin) words.push_back(s.substr(begin, i - begin));
  }
  return words;
}

bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends) {
    if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

bool IsSeparatorLine(std::string_view line) {
  std::size_t marks = 0;
  for (char c : line) {
    if (c == '-' || c == '=' || c == '_' || c == '*' || c == '~') ++marks;
    else if (c != ' ') return false;
  }
  return marks >= 3;
}

bool IsUrl(std::string_view s) {
  return StartsWithIgnoringAsciiCase(s, "http://") || StartsWithIgnoringAsciiCase(s, "https://") ||
         StartsWithIgnoringAsciiCase(s, "www.");
}

bool IsUrlLine(std::string_view line) {
  return IsUrl(line) && line.find(' ') == std::string_view::npos;
}

bool ContainsMarker(std::string_view line, const std::vector<std::string>& markers, const CleanupRules& rules) {
  if (markers.empty()) return false;
  const std::string key = rules.Key(line);
  return std::any_of(markers.begin(), markers.end(),
                     [&](const std::string& m) { return key.find(m) != std::string::npos; });
}

struct Line {
  std::string text;  // trimmed; empty for a blank line
};

bool IsText(const Line& line) { return !line.text.empty(); }

struct SourceLine {
  std::string outlet;
  std::string url;
};

// "Nguồn Nhân Dân: https://…", "Nguồn: Báo Nhân Dân", "(Theo TTXVN)".
std::optional<SourceLine> ParseSourceLine(std::string_view line, const CleanupRules& rules) {
  if (line.size() >= 2 && line.front() == '(' && line.back() == ')') {
    line = Trim(line.substr(1, line.size() - 2));
  }
  for (const std::string& marker : rules.source_markers) {
    const std::size_t marker_cps = CountCodePoints(marker);
    std::string_view head = Utf8Prefix(line, marker_cps);
    if (head.size() >= line.size() || rules.Key(head) != marker) continue;
    const char next = line[head.size()];
    if (next != ' ' && next != ':') continue;
    std::string_view rest = line.substr(head.size());
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    SourceLine source;
    std::string_view outlet = rest;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if ((i == 0 || rest[i - 1] == ' ' || rest[i - 1] == ':' || rest[i - 1] == '(') &&
          IsUrl(rest.substr(i))) {
        const std::size_t end = std::min(rest.find(' ', i), rest.size());
        source.url = std::string(rest.substr(i, end - i));
        while (!source.url.empty() && source.url.back() == ')') source.url.pop_back();
        outlet = rest.substr(0, i);
        break;
      }
    }
    outlet = Trim(outlet);
    while (!outlet.empty() && (outlet.back() == ':' || outlet.back() == '-' ||
                               outlet.back() == '(' || outlet.back() == ' ')) {
      outlet = Trim(outlet.substr(0, outlet.size() - 1));
    }
    const std::size_t words = Words(outlet).size();
    if (!outlet.empty() && outlet.back() == '.' && words <= 4) outlet.remove_suffix(1);
    if (outlet.find_first_of(",;.") != std::string_view::npos && outlet.find(' ') != std::string_view::npos) {
      continue;  // reads like a sentence ("Nguồn vốn ODA …, …")
    }
    std::size_t at = 0;
    const char32_t first = outlet.empty() ? 0 : DecodeUtf8At(outlet, &at);
    const bool looks_like_name = u_isupper(static_cast<UChar32>(first)) ||
                                 u_isdigit(static_cast<UChar32>(first)) ||
                                 (outlet.find('.') != std::string_view::npos && words == 1);
    if (!outlet.empty() && (!looks_like_name || words > kMaxOutletWords ||
                            CountCodePoints(outlet) > kMaxOutletLength)) {
      continue;
    }
    if (outlet.empty() && source.url.empty()) continue;
    source.outlet = std::string(outlet);
    return source;
  }
  return std::nullopt;
}

// "Khánh Linh", "TTXVN": a few capitalised words closing the article, with
// no final period (a short closing sentence keeps its period).
bool IsByline(std::string_view line) {
  if (line.size() > 4 * kMaxBylineLength || CountCodePoints(line) > kMaxBylineLength) return false;
  if (line.back() == '.') return false;
  const std::vector<std::string_view> words = Words(line);
  if (words.empty() || words.size() > kMaxBylineWords) return false;
  for (std::string_view word : words) {
    std::u32string cps = Utf8ToUtf32(word);
    if (!u_isupper(static_cast<UChar32>(cps[0]))) return false;
    for (char32_t cp : cps) {
      if (!u_isalpha(static_cast<UChar32>(cp)) && cp != U'-' && cp != U'.' &&
          u_getCombiningClass(static_cast<UChar32>(cp)) == 0) {
        return false;
      }
    }
  }
  return true;
}

bool EndsSentence(std::string_view line) {
  return EndsWithAny(line, {".", "!", "?", "\"", ")", "\xE2\x80\x9D", "\xE2\x80\xA6"});
}

// Index of the next text line at or after `i`, or lines.size().
std::size_t NextText(const std::vector<Line>& lines, std::size_t i) {
  while (i < lines.size() && !IsText(lines[i])) ++i;
  return i;
}

// A dateline such as "Thứ Năm, 30/05/2024 08:00 (GMT+7)", "Cập nhật:
// 2024-05-30" or "Cập nhật ngày: 01/03/2018 - 23:31": a full date, at most
// two words without digits besides a short label ending in ':', so a
// headline that mentions a date ("Hội nghị ngày 30/05/2024") stays a title.
bool IsDateLine(std::string_view line) {
  if (CountCodePoints(line) > kMaxDateLineLength || line.back() == '.') return false;
  std::size_t plain_words = 0;
  bool digit_seen = false;
  for (std::string_view word : Words(line)) {
    const bool digit = word.find_first_of("0123456789") != std::string_view::npos;
    const bool letter = std::any_of(word.begin(), word.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80) != 0;
    });
    if (letter && !digit) ++plain_words;
    digit_seen |= digit;
    // The words up to a colon before the date are its label.
    if (!digit_seen && word.back() == ':' && plain_words <= kMaxDateLabelWords) plain_words = 0;
  }
  return plain_words <= kMaxDateLineWords && NormalizeDate(line).size() == 10;
}

// "date 2024-06 Thời sự …": an ISO date, maybe after one label word, opening
// the first body line is a scraper's metadata: it is taken out as the date.
void TakeLeadingIsoDate(std::string* line, std::string* date) {
  std::size_t at = 0;
  const std::size_t space = line->find(' ');
  if (space != std::string::npos && space <= 16 && line->find_first_of("0123456789") > space) at = space + 1;
  const std::size_t end = std::min(line->find(' ', at), line->size());
  const std::string_view token = std::string_view(*line).substr(at, end - at);
  const bool iso = token.size() >= 7 && token[4] == '-' &&
                   std::all_of(token.begin(), token.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  const std::string found = iso ? NormalizeDate(token) : "";
  if (found.empty()) return;
  *date = found;
  line->erase(0, std::min(end + 1, line->size()));
}

// Head of a scraped .txt: "URL\n-----\nTitle\n-----\nBody", "Title\n\nBody",
// maybe with a dateline before or after the title. Among the first few text
// lines, a bare URL line gives the url and a dateline the date. The first
// other line is the title when a separator follows it, or when it is short
// (<= 200 code points), does not end like a sentence or a lead-in (. : ; ,),
// is not a photo caption, and more text follows. Taken lines leave the
// body, which starts after the title.
void TakeHead(std::vector<Line>* lines, const std::vector<bool>& separator_after,
              const CleanupRules& rules, ArticleParts* parts) {
  bool title_decided = false;
  std::size_t i = NextText(*lines, 0);
  for (int seen = 0; seen < kHeadLines && i < lines->size(); ++seen, i = NextText(*lines, i + 1)) {
    std::string& line = (*lines)[i].text;
    const bool more_text = NextText(*lines, i + 1) < lines->size();
    if (parts->url.empty() && IsUrlLine(line)) {
      parts->url = std::move(line);
    } else if (parts->date.empty() && more_text && IsDateLine(line)) {
      parts->date = NormalizeDate(line);
      line.clear();
    } else if (title_decided && parts->date.empty() && parts->byline.empty() && IsByline(line) &&
               NextText(*lines, i + 1) < lines->size() && IsDateLine((*lines)[NextText(*lines, i + 1)].text)) {
      parts->byline = std::move(line);  // "Title / Việt An / 27/10/2025, 09:55": the author before the dateline
    } else if (!title_decided) {
      title_decided = true;
      const std::size_t length = CountCodePoints(line);
      const bool by_separator = separator_after[i] && length <= kMaxTitleBeforeSeparator;
      const bool by_shape = length <= kMaxTitleLength && !EndsWithAny(line, {".", ":", ";", ","}) &&
                            !ContainsMarker(line, rules.caption_markers, rules);
      if (!more_text || !(by_separator || by_shape)) return;
      parts->title = std::move(line);
    } else {
      if (parts->date.empty()) TakeLeadingIsoDate(&line, &parts->date);
      return;  // the body starts here
    }
    line.clear();
  }
}

void TakeTail(std::vector<Line>* lines, const CleanupRules& rules, bool byline,
              ArticleParts* parts) {
  std::vector<std::size_t> text_lines;
  for (std::size_t i = 0; i < lines->size(); ++i) {
    if (IsText((*lines)[i])) text_lines.push_back(i);
  }
  const std::size_t window = std::min(kSourceLineWindow, text_lines.size());
  for (std::size_t k = 0; k < window; ++k) {
    const std::size_t index = text_lines[text_lines.size() - 1 - k];
    std::optional<SourceLine> source = ParseSourceLine((*lines)[index].text, rules);
    if (!source) continue;
    parts->outlet = source->outlet;
    if (parts->url.empty()) parts->url = source->url;
    (*lines)[index].text.clear();
    text_lines.erase(text_lines.end() - 1 - static_cast<std::ptrdiff_t>(k));
    break;
  }
  if (byline && text_lines.size() >= 2) {
    Line& last = (*lines)[text_lines.back()];
    if (IsByline(last.text) && EndsSentence((*lines)[text_lines[text_lines.size() - 2]].text)) {
      parts->byline = last.text;
      last.text.clear();
    }
  }
}

std::string StripLeadingToken(std::string_view line, const CleanupRules& rules) {
  const std::size_t space = std::min(line.find(' '), line.size());
  std::string_view first = line.substr(0, space);
  if (rules.tokens.empty() || first.size() > 64) return std::string(line);
  const std::string key = rules.Key(first);
  for (const std::string& token : rules.tokens) {
    if (key == token) return std::string(Trim(line.substr(space)));
  }
  return std::string(line);
}

}  // namespace

std::string CleanupRules::Key(std::string_view text) {
  std::string spaced;
  spaced.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = SpaceAt(text, i);
    if (n > 0 || text[i] == '\n' || text[i] == '\r') {
      if (!spaced.empty() && spaced.back() != ' ') spaced.push_back(' ');
      i += n > 0 ? n : 1;
    } else {
      spaced.push_back(text[i++]);
    }
  }
  if (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
  return normalize::MatchKey(spaced);
}

CleanupRules CompileRules(const std::vector<std::string>& lines) {
  CleanupRules rules;
  for (const std::string& raw : lines) {
    std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() != '@') {
      rules.boilerplate.insert(rules.Key(line));
      continue;
    }
    const std::size_t space = std::min(line.find(' '), line.size());
    const std::string directive = AsciiLower(line.substr(1, space - 1));
    const std::string value = rules.Key(Trim(line.substr(space)));
    if (value.empty()) continue;
    if (directive == "token") rules.tokens.push_back(value);
    else if (directive == "source") rules.source_markers.push_back(value);
    else if (directive == "caption") rules.caption_markers.push_back(value);
  }
  return rules;
}

ArticleParts CleanArticle(std::string_view text, const CleanupRules& rules, bool plain_text_head,
                          std::string_view known_title) {
  std::vector<Line> lines;
  std::vector<bool> separator_after;  // a separator line follows (blanks aside)
  std::size_t last_text = std::string_view::npos;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string line = StripLeadingToken(Trim(text.substr(begin, end - begin)), rules);
    begin = end + 1;
    if (IsSeparatorLine(line)) {
      if (last_text < lines.size()) separator_after[last_text] = true;
      line.clear();
    } else if (!line.empty() && line.size() <= kMaxBoilerplateBytes &&
               rules.boilerplate.count(rules.Key(line)) > 0) {
      line.clear();
    }
    if (!line.empty()) last_text = lines.size();
    lines.push_back(Line{std::move(line)});
    separator_after.push_back(false);
  }
  ArticleParts parts;
  if (plain_text_head) TakeHead(&lines, separator_after, rules, &parts);
  if (!known_title.empty()) {
    const std::size_t first = NextText(lines, 0);
    if (first < lines.size() && rules.Key(lines[first].text) == rules.Key(known_title)) {
      lines[first].text.clear();
    }
  }
  TakeTail(&lines, rules, /*byline=*/plain_text_head, &parts);

  std::string previous;
  bool pending_blank = false;
  for (const Line& line : lines) {
    if (!IsText(line)) {
      pending_blank = !parts.body.empty();
      continue;
    }
    if (line.text == previous) continue;  // the same caption scraped twice
    if (!parts.body.empty()) parts.body += pending_blank ? "\n\n" : "\n";
    parts.body += line.text;
    previous = line.text;
    pending_blank = false;
  }
  return parts;
}

}  // namespace coopgraph::ingest

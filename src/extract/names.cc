#include "names.h"

#include <algorithm>

#include "base/utf8.h"
#include "name_finder.h"

namespace coopgraph::extract::internal {

NameFinder::NameFinder(const Lexicon& lexicon, const TaggedSentence& s, std::vector<TradeName>* learned)
    : lex_(lexicon), s_(s), n_(s.size()), learned_(learned) {
  out_.credit.assign(n_, false);
  out_.owner.assign(n_, 0);
  in_place_.assign(n_, false);
  for (std::size_t i = 0; i < n_;) {
    bool is_country;
    int index;
    std::size_t len = PlaceAt(i, &is_country, &index);
    for (std::size_t q = i; q < i + len; ++q) in_place_[q] = true;
    i += len ? len : 1;
  }
}

SentenceNames NameFinder::Run() {
  MarkCredits();
  FindTitledPersons();
  FindOrganizations();
  FindBareNames();
  FindLearnedSurnames();
  GiveSideCountries();
  FindPlaces();
  return std::move(out_);
}

void NameFinder::MarkCredits() {
  for (std::size_t i = 0; i < n_; ++i) {
    int index = -1;
    std::size_t len = s_.MatchAt(i, PhraseType::kMarker, &index);
    if (!len || lex_.marker(index).role != MarkerRole::kCredit) continue;
    if (!s_[i].cap) continue;
    // To the end of the parenthesis or clause: "(Ảnh: Phạm Kiên/Vietnam+)", "Theo phóng viên TTXVN tại Vientiane,".
    std::size_t j = i;
    while (j < n_ && !s_[j].punct(')') && !s_[j].punct(',') && !s_[j].punct(';')) out_.credit[j++] = true;
    i = j;
  }
  // A dateline: a news outlet before a dash opens the article ("QĐND - Ngày 12/4, …",
  // "Báo Quảng Ninh - Sáng 9/7, …"): a known outlet, or a news-media head and
  // a few capitalised words.
  int known = -1, head = -1;
  const bool outlet = (s_.MatchAt(0, PhraseType::kKnownOrg, &known) &&
                       lex_.known_orgs()[known].category == OrgCategory::kNewsMedia) ||
                      (n_ > 0 && s_[0].cap && s_.MatchAt(0, PhraseType::kOrgHead, &head) &&
                       lex_.HeadCategory(head) == OrgCategory::kNewsMedia);
  const std::size_t longest = known >= 0 ? 4 : 8;
  for (std::size_t i = 1; outlet && i < n_ && i < longest; ++i) {
    if (s_[i].punct('-')) {
      for (std::size_t q = 0; q <= i; ++q) out_.credit[q] = true;
      break;
    }
    if (!s_[i].word() || (!s_[i].cap && !s_[i].acronym && known < 0)) break;
  }
}

bool NameFinder::TitleSeparator(std::size_t i) const {
  return i < n_ && (s_[i].punct(',') || s_[i].Has(GrammarRole::kTitleJoiner));
}

bool NameFinder::Free(std::size_t i) const {
  return i < n_ && !out_.credit[i] && out_.owner[i] == 0;
}

std::size_t NameFinder::PlaceAt(std::size_t i, bool* is_country, int* index) const {
  int country = -1, place = -1;
  std::size_t c = s_.MatchAt(i, PhraseType::kCountry, &country);
  std::size_t p = s_.MatchAt(i, PhraseType::kPlace, &place);
  if (c == 1 && p < 1 && LocalNameAt(i)) return 0;
  *is_country = c >= p && c > 0;
  *index = *is_country ? country : place;
  return std::max(c, p);
}

// "huyện Đức Thọ", "xã Nga Sơn": after an administrative unit, a country word
// followed by another Vietnamese syllable opens the name of a local place.
bool NameFinder::LocalNameAt(std::size_t i) const {
  if (i == 0 || i + 1 >= n_ || !s_[i + 1].cap || !s_[i + 1].word() || s_[i + 1].acronym ||
      !s_[i + 1].vietnamese_syllable || s_.MatchAt(i + 1, PhraseType::kOrgHead) || TitleHeadAt(i + 1, nullptr))
    return false;
  for (std::size_t back = 1; back <= 2 && back <= i; ++back)
    if (RoleLengthAt(s_, i - back, GrammarRole::kUnit) == back) return true;
  return false;
}

std::string NameFinder::PlaceCountryAt(std::size_t i, std::size_t* len) const {
  bool is_country;
  int index;
  *len = PlaceAt(i, &is_country, &index);
  if (!*len) return "";
  return is_country ? lex_.countries()[index].iso2 : lex_.places()[index].country;
}

std::size_t NameFinder::TitleHeadAt(std::size_t k, int* title_index) const {
  std::size_t j = k;
  while (j < n_) {
    int index = -1;
    std::size_t len = s_.MatchAt(j, PhraseType::kTitle, &index);
    if (!len) return 0;
    const TitleEntry& t = lex_.titles()[index];
    if (t.category != TitleCategory::kModifier) {
      // "Bộ Chính trị" is an organisation, not the title "Bộ" + …
      if (title_index) *title_index = index;
      return j + len - k;
    }
    j += len;
  }
  return 0;
}

// A title that is no form of address: "Anh", "Chị" inside a capitalised run are given
// names ("Lê Anh Tuấn"), "Bộ trưởng" ends the name.
bool NameFinder::PositionTitleAt(std::size_t j) const {
  int index = -1;
  return TitleHeadAt(j, &index) && lex_.titles()[index].category != TitleCategory::kHonorific;
}

bool NameFinder::FamilyRunAt(std::size_t k, std::size_t* end) const {
  if (k >= n_ || !s_[k].cap || !lex_.IsFamilyName(s_[k].key) || in_place_[k]) return false;
  std::size_t j = k + 1;
  while (j < n_ && j - k < 5 && s_[j].cap && !s_[j].acronym && !s_[j].hyphenated &&
         s_[j].vietnamese_syllable && (!MultiWordPlaceAt(j) || PlaceInsideName(k, j)) &&
         !s_.MatchAt(j, PhraseType::kTrigger) &&
         !s_.MatchAt(j, PhraseType::kMarker) && !PositionTitleAt(j)) {
    ++j;
  }
  if (j - k < 2) return false;
  if (j < n_ && s_[j].cap && s_[j].word() && !s_.MatchAt(j, PhraseType::kTrigger) &&
      !TitleHeadAt(j, nullptr))
    return false;  // part of a longer proper name
  *end = j;
  return true;
}

bool IsNameSized(std::string_view name) {
  std::size_t words = 1, code_points = 0;
  for (const char c : name) {
    words += c == ' ';
    code_points += !IsUtf8Continuation(c);
    if (words > kMaxNameWords || code_points > kMaxNameCodePoints) return false;
  }
  return true;
}

bool IsNameSized(const OrgSpan& org) {
  return IsNameSized(org.name) &&
         std::all_of(org.aliases.begin(), org.aliases.end(), [](const std::string& a) { return IsNameSized(a); });
}

std::size_t NameFinder::RunEnd(std::size_t k, Mode mode, std::size_t window) const {
  std::size_t j = k;
  bool after_unit = false;  // the last words were a known body, a country or a place
  while (j < n_) {
    if (out_.credit[j]) break;
    {
      std::size_t e;
      std::size_t figure = s_.MatchAt(j, PhraseType::kPublicFigure);
      // A full name ends a body's name ("Tập đoàn Sun Group Đặng Minh Trường"); two
      // name-like syllables go on it ("Tập đoàn Minh Long Phát") unless a unit or an
      // acronym closed the name before them ("Công ty ABC Lê Hùng").
      if (j > k && mode == Mode::kOrg &&
          (figure || (FamilyRunAt(j, &e) && (e - j >= 3 || after_unit || s_[j - 1].acronym))))
        break;
      if (j > k && mode == Mode::kOrg && TransliteratedName(j)) break;
      // In a title the name ends the run: "Bộ trưởng … Huỳnh Thành Đạt dẫn đầu …".
      if (mode == Mode::kTitle && (figure || FamilyRunAt(j, &e))) {
        // The longer reading: "Nguyễn Thị Thanh Tâm" beyond a figure "Nguyễn Thị Thanh".
        std::size_t run_end = FamilyRunAt(j, &e) ? e : j;
        j = std::max(j + figure, run_end);
        break;
      }
    }
    if (std::size_t len = s_.MatchAt(j, PhraseType::kKnownOrg)) {
      j += len;
      after_unit = true;
      continue;
    }
    // "Việt Nam tại Lào", "Liên minh châu Âu tại Việt Nam": a posting after a country or body.
    if (j > k && after_unit && s_[j].Has(GrammarRole::kLocation) && j + 1 < n_ && in_place_[j + 1]) {
      ++j;
      continue;
    }
    after_unit = false;
    if (s_[j].cap) {
      if (std::size_t len = s_.MatchAt(j, PhraseType::kOrgHead)) { j += len; continue; }
    }
    bool is_country = false;
    int idx = -1;
    std::size_t place_len = PlaceAt(j, &is_country, &idx);
    if (place_len && is_country) {
      j += place_len;
      after_unit = true;
      if (mode == Mode::kOrg) {
        // After a country only another country ("Việt Nam-Lào") or a posting ("tại Việt Nam") may follow.
        if (j + 1 < n_ && IsConnector(s_[j]) && s_.MatchAt(j + 1, PhraseType::kCountry)) continue;
        if (j + 1 < n_ && s_[j].punct('-') && in_place_[j + 1]) continue;  // "Mỹ - Á": a region too
        if (j + 1 < n_ && s_[j].Has(GrammarRole::kLocation) && in_place_[j + 1]) continue;
        // "Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị": the local chapter of a bilateral body.
        if (const std::size_t unit = RoleLengthAt(s_, j, GrammarRole::kUnit); unit && j + unit < n_ && in_place_[j + unit])
          continue;
        break;
      }
      continue;
    }
    if (s_[j].cap && (TitleHeadAt(j, nullptr) || s_.MatchAt(j, PhraseType::kTrigger))) break;
    if (place_len) {
      j += place_len;
      after_unit = true;
      continue;
    }
    const Tok& t = s_[j];
    // "Đoàn đại biểu …" is a delegation, not part of a name; after a foreign
    // name word such a syllable is the name's ("Chheang Ra").
    // "ông Cho Hyun-joon": a stop word opening a transliterated name is the name's.
    if (t.word() && t.cap && t.Has(GrammarRole::kOrgStop) && !s_.MatchAt(j, PhraseType::kOrgHead) &&
        !(j > k && NameLike(j - 1) && Foreign(j - 1)) &&
        !(mode == Mode::kTitle && j + 1 < n_ && NameLike(j + 1) && s_[j + 1].hyphenated && Foreign(j + 1)))
      break;
    if (t.word() && (t.cap || t.acronym)) { ++j; continue; }
    if (Initial(j)) { ++j; continue; }
    if (j > k && CompoundTail(j)) { ++j; continue; }
    if (j > k && j + 1 < n_ && (s_[j + 1].cap || s_[j + 1].acronym) && IsConnector(t)) {
      // "Bộ KH&CN và Bộ KH&CN Lào" are two bodies.
      if (mode == Mode::kOrg && (s_.MatchAt(j + 1, PhraseType::kOrgHead) || s_.MatchAt(j + 1, PhraseType::kKnownOrg)))
        break;
      ++j;
      continue;
    }
    if (t.punct('(') && j + 2 < n_ && s_[j + 1].acronym && s_[j + 2].punct(')') && mode == Mode::kTitle && j > k) {
      // "Trưởng Phái đoàn Liên minh châu Âu (EU) tại Việt Nam Julien Guerrier": the acronym
      // of the body; a posting and the name may follow.
      j += 3;
      after_unit = true;
      continue;
    }
    if (t.punct('(') && j + 2 < n_ && s_[j + 1].acronym && s_[j + 2].punct(')') && mode == Mode::kOrg) {
      // "(NDCM) Lào": a country may follow the acronym; the name ends there.
      j += 3;
      j += s_.MatchAt(j, PhraseType::kCountry);
      break;
    }
    // "Việt Nam tại Lào", "giữa Việt Nam và Lào": only right after a country or place.
    if ((t.Has(GrammarRole::kLocation) || t.Has(GrammarRole::kBetween)) &&
        j > k && (t.Has(GrammarRole::kBetween) || in_place_[j - 1]) && j + 1 < n_ &&
        in_place_[j + 1]) {
      ++j;
      continue;
    }
    // Lower-case words go on a name only inside a body's name ("Ủy ban nhân dân
    // thành phố …"), never after a person's name ("… Olivier Brochet trao Huân chương").
    const bool inside_body = j == k || lex_.IsOrgVocabulary(s_[j - 1].key) || in_place_[j - 1] || s_[j - 1].acronym;
    if (t.word() && !t.cap && window > 0 && inside_body) {
      std::size_t m = j;
      bool fields_joined = false;
      while (m < n_ && m - j < window && s_[m].word() && !s_[m].cap && !s_[m].acronym &&
             (!FunctionPhraseAt(m) || SpeechCompoundAt(m))) {
        if (window <= 3 && s_[m].Has(GrammarRole::kConjunction)) {
          if (mode != Mode::kTitle || !FieldConjunctionAt(m)) break;
          fields_joined = true;
        }
        ++m;
      }
      // "Bộ trưởng Giáo dục và nghiên cứu Đức": two fields of a title joined before its
      // country; "Đảng ủy và lãnh đạo Bộ …" are two bodies.
      if (fields_joined && !s_.MatchAt(m, PhraseType::kCountry)) m = j;
      if (m > j && m < n_ && (s_[m].cap || s_[m].acronym) && !TitleHeadAt(m, nullptr) &&
          !s_.MatchAt(m, PhraseType::kTrigger)) {
        j = m;
        continue;
      }
      // "Phó Chủ tịch UBND tỉnh;": a unit noun closing the name names the local body.
      const std::size_t unit = RoleLengthAt(s_, j, GrammarRole::kUnit);
      const std::size_t after = j + unit;
      if (unit && j > k && (s_[j - 1].acronym || s_[j - 1].cap) &&
          (after == n_ || !s_[after].word() || FunctionPhraseAt(after)))
        j = after;
    }
    break;
  }
  while (j > k && (IsConnector(s_[j - 1]) || s_[j - 1].Has(GrammarRole::kLocation)))
    --j;
  return j;
}

// "Công nghệ thông tin": a speech word ("thông tin") right after a lower-case
// word of a body's name, made of words that occur in organisation names
// ("Bộ Thông tin và Truyền thông"), is a noun of the name, not its verb.
bool NameFinder::SpeechCompoundAt(std::size_t i) const {
  if (i == 0 || s_[i - 1].cap || !lex_.IsOrgVocabulary(s_[i - 1].key)) return false;
  for (const Match& m : s_.MatchesAt(i)) {
    for (const auto& r : m.phrase->readings) {
      if (r.type != PhraseType::kGrammar || r.index != static_cast<int>(GrammarRole::kSpeech)) continue;
      for (std::size_t q = i; q < i + m.length; ++q)
        if (!lex_.IsOrgVocabulary(s_[q].key)) return false;
      return true;
    }
  }
  return false;
}

// "Bộ trưởng Giáo dục và nghiên cứu Đức": a conjunction between two fields of a body's
// name joins them when a word of organisation names follows it.
bool NameFinder::FieldConjunctionAt(std::size_t i) const {
  return i > 0 && i + 1 < n_ && s_[i].Has(GrammarRole::kConjunction) && s_[i + 1].word() && !s_[i + 1].cap &&
         lex_.IsOrgVocabulary(s_[i + 1].key) && lex_.IsOrgVocabulary(s_[i - 1].key);
}

bool NameFinder::FunctionPhraseAt(std::size_t i) const {
  if (s_[i].Has(GrammarRole::kOrgStop)) return true;
  for (const Match& m : s_.MatchesAt(i)) {
    for (const auto& r : m.phrase->readings) {
      if (r.type == PhraseType::kGrammar && (r.index == static_cast<int>(GrammarRole::kNameFiller) ||
                                             r.index == static_cast<int>(GrammarRole::kNameContainer)))
        continue;  // "về", "thành phố" may stand inside a name
      if (r.type == PhraseType::kGrammar && IsCueRole(r.index)) continue;
      if (r.type == PhraseType::kTrigger || r.type == PhraseType::kGrammar) return true;
      if (r.type != PhraseType::kMarker) continue;
      // "sáng 23/5" is a time of day; "sáng tạo" is a word.
      if (lex_.marker(r.index).role == MarkerRole::kDayPart &&
          !(i + m.length < n_ && s_[i + m.length].number >= 0))
        continue;
      return true;
    }
  }
  return false;
}

bool NameFinder::CompoundTail(std::size_t i) const {
  return i > 0 && i < n_ && s_[i].word() && !s_[i].cap && s_[i - 1].word() && s_[i - 1].cap &&
         !s_[i - 1].acronym && s_[i - 1].vietnamese_syllable && !FunctionPhraseAt(i) &&
         !PlaceEndsAt(i);
}

bool NameFinder::ContainerEndsAt(std::size_t i) const {
  // "trường THPT Nguyễn Huệ": a school level, a hospital grade between the noun and the name.
  if (i >= 2 && i <= n_ && s_[i - 1].acronym && ContainerEndsAt(i - 1)) return true;
  for (std::size_t back = 1; back <= 3 && back <= i && i <= n_; ++back) {
    for (const Match& m : s_.MatchesAt(i - back)) {
      if (m.length != back) continue;
      for (const auto& r : m.phrase->readings)
        if (r.type == PhraseType::kGrammar && r.index == static_cast<int>(GrammarRole::kNameContainer))
          return true;
    }
  }
  return false;
}

bool NameFinder::PlaceEndsAt(std::size_t i) const {
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    bool is_country;
    int index;
    if (PlaceAt(i - back, &is_country, &index) == back) return true;
  }
  return false;
}

bool NameFinder::TransliteratedName(std::size_t i) const {
  for (std::size_t j = i; j < n_ && j < i + 3 && s_[j].cap; ++j) {
    const std::u32string t = Utf8ToUtf32(s_[j].text);
    std::size_t dash = t.find(U'-');
    if (dash != std::u32string::npos && dash + 1 < t.size() && !normalize::IsUpper(t[dash + 1]) &&
        !lex_.IsOrgVocabulary(s_[j].key))
      return true;
  }
  return false;
}

bool NameFinder::NameLike(std::size_t i) const {
  const Tok& t = s_[i];
  if (Initial(i)) return true;
  return t.word() && t.cap && !t.acronym && !out_.credit[i];
}

// "Nguyễn Tân Cương": a place name right after a family name, with no
// capitalised word after it, is the person's given names.
bool NameFinder::PlaceInsideName(std::size_t family, std::size_t i) const {
  if (i != family + 1) return false;
  bool is_country;
  int index;
  const std::size_t len = PlaceAt(i, &is_country, &index);
  const std::size_t end = i + len;
  return len == 2 && !is_country && (end >= n_ || !s_[end].cap);
}

// A place name of two or more words at i ("Việt Nam" ends "Đoàn …"); a
// one-word country ("Đức") may be a syllable of a name.
bool NameFinder::MultiWordPlaceAt(std::size_t i) const {
  bool is_country;
  int index;
  return PlaceAt(i, &is_country, &index) >= 2;
}

// The dot of a Latin initial, or the initial itself: "Marc E. Knapper".
bool NameFinder::Initial(std::size_t i) const {
  auto letter = [&](std::size_t q) { return q < n_ && s_[q].word() && s_[q].cap && s_[q].text.size() == 1; };
  if (letter(i)) return i + 1 < n_ && s_[i + 1].punct('.');
  return s_[i].punct('.') && i > 0 && letter(i - 1) && i + 1 < n_ && s_[i + 1].cap;
}

bool NameFinder::Foreign(std::size_t i) const {
  return s_[i].hyphenated || !s_[i].vietnamese_syllable;
}

std::string NameFinder::TrimmedText(std::size_t first, std::size_t last) const {
  while (last > first && (s_[last - 1].shape == normalize::TokenShape::kPunct || IsConnector(s_[last - 1])))
    --last;
  return s_.Text(first, last);
}

std::string NameFinder::FirstCountry(std::size_t first, std::size_t last) const {
  for (std::size_t p = first; p < last; ++p) {
    if (p > first && s_[p - 1].Has(GrammarRole::kLocation)) continue;  // "tại Lào"
    std::size_t len;
    std::string c = PlaceCountryAt(p, &len);  // "Thủ tướng Lào", "Thống đốc bang California"
    if (len && !c.empty()) return c;
    if (len) p += len - 1;
  }
  return "";
}

void NameFinder::GiveSideCountries() {
  std::vector<std::pair<std::size_t, std::string>> sides;  // where a side begins, its country
  for (std::size_t i = 0; i < n_; ++i) {
    const std::size_t side = RoleLengthAt(s_, i, GrammarRole::kSide);
    if (!side || i + side >= n_) continue;
    // "Về phía Thái Lan, có …", "Phía Lào có …": a side opening a clause.
    if (i > 0 && s_[i - 1].word() && !s_[i - 1].Has(GrammarRole::kTopic) && !s_[i - 1].Has(GrammarRole::kSide))
      continue;
    int index = -1;
    if (s_.MatchAt(i + side, PhraseType::kCountry, &index)) sides.emplace_back(i, lex_.countries()[index].iso2);
  }
  for (auto& person : out_.persons) {
    if (!person.country.empty()) continue;
    for (const auto& [at, country] : sides)
      if (at < person.construct_first) person.country = country;
    if (!person.country.empty()) GiveCountryToBodies(person, person.country);  // "Bộ trưởng Thương mại X"
  }
}

void NameFinder::FindPlaces() {
  for (std::size_t i = 0; i < n_; ++i) {
    if (!Free(i)) continue;
    bool is_country;
    int index;
    if (std::size_t len = PlaceAt(i, &is_country, &index)) {
      out_.places.push_back({i, i + len, is_country, index});
      i += len - 1;
    }
  }
}

std::string ExpandedText(const Lexicon& lexicon, const TaggedSentence& s, std::size_t first,
                         std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    const std::string* expansion = s[i].acronym ? lexicon.Expansion(s[i].key) : nullptr;
    if (i > first && s[i].begin > s[i - 1].end) out += ' ';
    out += expansion ? *expansion : s[i].text;
  }
  return out;
}

SentenceNames FindNames(const Lexicon& lexicon, const TaggedSentence& s, std::vector<TradeName>* learned) {
  return NameFinder(lexicon, s, learned).Run();
}

}  // namespace coopgraph::extract::internal

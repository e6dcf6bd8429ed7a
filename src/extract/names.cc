#include "names.h"

#include <algorithm>

#include "coopgraph/base/utf8.h"

namespace coopgraph::extract::internal {
namespace {

bool IsConnector(const Tok& t) { return t.key == "và" || t.key == "về" || t.punct('-'); }

class NameFinder {
 public:
  NameFinder(const Lexicon& lexicon, const TaggedSentence& s) : lex_(lexicon), s_(s), n_(s.size()) {
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

  SentenceNames Run() {
    MarkCredits();
    FindTitledPersons();
    FindOrganizations();
    FindBareNames();
    FindPlaces();
    return std::move(out_);
  }

 private:
  enum class Mode { kOrg, kTitle };

  // A photo credit runs from its marker ("Ảnh:") to the end of the
  // parenthesis or sentence.
  void MarkCredits() {
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
    // A dateline: a news outlet before a dash opens the article ("QĐND - Ngày 12/4, …").
    for (std::size_t i = 0; i < n_ && i < 4; ++i) {
      if (!s_[i].punct('-')) continue;
      int known = -1;
      if (i > 0 && s_.MatchAt(0, PhraseType::kKnownOrg, &known) &&
          lex_.known_orgs()[known].category == OrgCategory::kNewsMedia)
        for (std::size_t q = 0; q <= i; ++q) out_.credit[q] = true;
      break;
    }
  }

  // "," or "kiêm" between two titles of one person.
  bool TitleSeparator(std::size_t i) const {
    return i < n_ && (s_[i].punct(',') || lex_.HasRole(s_[i].key, GrammarRole::kTitleJoiner));
  }

  bool Free(std::size_t i) const { return i < n_ && !out_.credit[i] && out_.owner[i] == 0; }

  // The longer of a country and a place name at i ("Lào Cai" is a province,
  // not "Lào"); 0 when neither.
  std::size_t PlaceAt(std::size_t i, bool* is_country, int* index) const {
    int country = -1, place = -1;
    std::size_t c = s_.MatchAt(i, PhraseType::kCountry, &country);
    std::size_t p = s_.MatchAt(i, PhraseType::kPlace, &place);
    *is_country = c >= p && c > 0;
    *index = *is_country ? country : place;
    return std::max(c, p);
  }

  // The country a country or place name at i belongs to, or "".
  std::string PlaceCountryAt(std::size_t i, std::size_t* len) const {
    bool is_country;
    int index;
    *len = PlaceAt(i, &is_country, &index);
    if (!*len) return "";
    return is_country ? lex_.countries()[index].iso2 : lex_.places()[index].country;
  }

  // Modifiers then a title; returns its length and the title's index.
  std::size_t TitleHeadAt(std::size_t k, int* title_index) const {
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

  bool FamilyRunAt(std::size_t k, std::size_t* end) const {
    if (k >= n_ || !s_[k].cap || !lex_.IsFamilyName(s_[k].key) || in_place_[k]) return false;
    std::size_t j = k + 1;
    while (j < n_ && j - k < 5 && s_[j].cap && !s_[j].acronym && !s_[j].hyphenated &&
           LooksVietnameseSyllable(s_[j].key) && !s_.MatchAt(j, PhraseType::kTrigger) &&
           !s_.MatchAt(j, PhraseType::kMarker) && !TitleHeadAt(j, nullptr)) {
      ++j;
    }
    if (j - k < 2) return false;
    if (j < n_ && s_[j].cap && s_[j].word() && !s_.MatchAt(j, PhraseType::kTrigger) &&
        !TitleHeadAt(j, nullptr))
      return false;  // part of a longer proper name
    *end = j;
    return true;
  }

  // The run of name-like tokens from k (see the extract README section).
  std::size_t RunEnd(std::size_t k, Mode mode, std::size_t window) const {
    std::size_t j = k;
    bool after_unit = false;  // the last words were a known body, a country or a place
    while (j < n_) {
      if (out_.credit[j]) break;
      {
        std::size_t e;
        std::size_t figure = s_.MatchAt(j, PhraseType::kPublicFigure);
        if (j > k && mode == Mode::kOrg && (figure || FamilyRunAt(j, &e))) break;
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
      if (j > k && after_unit && lex_.HasRole(s_[j].key, GrammarRole::kLocation) && j + 1 < n_ && in_place_[j + 1]) {
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
          if (j + 1 < n_ && lex_.HasRole(s_[j].key, GrammarRole::kLocation) && in_place_[j + 1]) continue;
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
      if (t.word() && t.cap && lex_.HasRole(t.key, GrammarRole::kOrgStop) && !s_.MatchAt(j, PhraseType::kOrgHead))
        break;  // "Đoàn đại biểu …" is a delegation, not part of a name
      if (t.word() && (t.cap || t.acronym)) { ++j; continue; }
      if (j > k && CompoundTail(j)) { ++j; continue; }
      if (j > k && j + 1 < n_ && (s_[j + 1].cap || s_[j + 1].acronym) && IsConnector(t)) {
        // "Bộ KH&CN và Bộ KH&CN Lào" are two bodies.
        if (mode == Mode::kOrg && (s_.MatchAt(j + 1, PhraseType::kOrgHead) || s_.MatchAt(j + 1, PhraseType::kKnownOrg)))
          break;
        ++j;
        continue;
      }
      if (t.punct('(') && j + 2 < n_ && s_[j + 1].acronym && s_[j + 2].punct(')') && mode == Mode::kOrg) {
        // "(NDCM) Lào": a country may follow the acronym; the name ends there.
        j += 3;
        j += s_.MatchAt(j, PhraseType::kCountry);
        break;
      }
      // "Việt Nam tại Lào", "giữa Việt Nam và Lào": only right after a country or place.
      if ((lex_.HasRole(t.key, GrammarRole::kLocation) || lex_.HasRole(t.key, GrammarRole::kBetween)) &&
          j > k && (lex_.HasRole(t.key, GrammarRole::kBetween) || in_place_[j - 1]) && j + 1 < n_ &&
          in_place_[j + 1]) {
        ++j;
        continue;
      }
      // Lower-case words go on a name only inside a body's name ("Ủy ban nhân dân
      // thành phố …"), never after a person's name ("… Olivier Brochet trao Huân chương").
      const bool inside_body = j == k || lex_.IsOrgVocabulary(s_[j - 1].key) || in_place_[j - 1] || s_[j - 1].acronym;
      if (t.word() && !t.cap && window > 0 && inside_body) {
        std::size_t m = j;
        while (m < n_ && m - j < window && s_[m].word() && !s_[m].cap && !s_[m].acronym &&
               !FunctionPhraseAt(m) && (window > 3 || s_[m].key != "và"))
          ++m;
        if (m > j && m < n_ && (s_[m].cap || s_[m].acronym) && !TitleHeadAt(m, nullptr) &&
            !s_.MatchAt(m, PhraseType::kTrigger)) {
          j = m;
          continue;
        }
      }
      break;
    }
    while (j > k && (IsConnector(s_[j - 1]) || lex_.HasRole(s_[j - 1].key, GrammarRole::kLocation)))
      --j;
    return j;
  }

  // A phrase of the lexicon that is not a name part (a marker, trigger or function word).
  bool FunctionPhraseAt(std::size_t i) const {
    if (lex_.HasRole(s_[i].key, GrammarRole::kOrgStop)) return true;
    for (const Match& m : s_.MatchesAt(i)) {
      for (const auto& r : m.phrase->readings) {
        if (r.type == PhraseType::kGrammar && (r.index == static_cast<int>(GrammarRole::kNameFiller) ||
                                               r.index == static_cast<int>(GrammarRole::kNameContainer)))
          continue;  // "về", "thành phố" may stand inside a name
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

  // A lower-case syllable right after a capitalised one belongs to the same
  // word of a proper name: "Hữu nghị", "Cách mạng", "Công nghệ".
  bool CompoundTail(std::size_t i) const {
    return i > 0 && i < n_ && s_[i].word() && !s_[i].cap && s_[i - 1].word() && s_[i - 1].cap &&
           !s_[i - 1].acronym && LooksVietnameseSyllable(s_[i - 1].key) && !FunctionPhraseAt(i) &&
           !PlaceEndsAt(i);
  }

  // True when a noun such as "đường", "nhà văn hóa" ends just before token i:
  // the name that follows names a thing.
  bool ContainerEndsAt(std::size_t i) const {
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

  // True when a country or place name ends just before token i ("Thủ tướng Lào chiều").
  bool PlaceEndsAt(std::size_t i) const {
    for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
      bool is_country;
      int index;
      if (PlaceAt(i - back, &is_country, &index) == back) return true;
    }
    return false;
  }

  // "Lee Jae-yong", "Thoong-xa-lit …": a capitalised word run holding a
  // hyphenated word with a lower-case part is a transliterated personal name.
  bool TransliteratedName(std::size_t i) const {
    for (std::size_t j = i; j < n_ && j < i + 3 && s_[j].cap; ++j) {
      const std::u32string t = Utf8ToUtf32(s_[j].text);
      std::size_t dash = t.find(U'-');
      if (dash != std::u32string::npos && dash + 1 < t.size() && !normalize::IsUpper(t[dash + 1]) &&
          !lex_.IsOrgVocabulary(s_[j].key))
        return true;
    }
    return false;
  }

  bool NameLike(std::size_t i) const {
    const Tok& t = s_[i];
    return t.word() && t.cap && !t.acronym && !out_.credit[i];
  }
  bool Foreign(std::size_t i) const {
    return s_[i].hyphenated || !LooksVietnameseSyllable(s_[i].key);
  }

  // Where a person's name begins inside the run [e, r); r when none.
  std::size_t NameStart(std::size_t e, std::size_t r, bool honorific) const {
    for (std::size_t p = e; p < r; ++p) {
      if (in_place_[p]) continue;  // "Thành phố Hồ Chí Minh" is a city
      std::size_t end;
      if (std::size_t len = s_.MatchAt(p, PhraseType::kPublicFigure); len && p + len == r) return p;
      if (FamilyRunAt(p, &end) && end == r) return p;
    }
    // A Vietnamese name first: "Tào Đức Thắng" holds the country word "Đức".
    for (std::size_t p = e; p < r; ++p) {
      std::size_t end;
      if (FamilyRunAt(p, &end) && end == r) return p;
    }
    std::size_t after_country = r;
    for (std::size_t p = e; p < r; ++p) {
      bool is_country;
      int index;
      if (std::size_t len = PlaceAt(p, &is_country, &index)) {
        after_country = p + len;
        p += len - 1;
      }
    }
    if (after_country < r && r - after_country <= 4) {
      bool ok = true;
      for (std::size_t q = after_country; q < r && ok; ++q) ok = NameLike(q);
      if (ok) return after_country;
    }
    // A foreign name: the longest tail of name-like words, one of them foreign.
    std::size_t p = r;
    bool foreign = false;
    const std::size_t longest = 6;  // "đồng chí Phăn Đuông Chít Vông Xa"
    while (p > e && r - p < longest && NameLike(p - 1) && !lex_.IsOrgVocabulary(s_[p - 1].key) &&
           !s_.MatchAt(p - 1, PhraseType::kOrgHead)) {
      --p;
      foreign = foreign || Foreign(p);
    }
    // Right after the title, two or more such words are a name even when each
    // looks Vietnamese: "Bộ trưởng Phăn Đuông Chít Vông Xa".
    if (p < r && (foreign || (p == e && (honorific || r - p >= 2)))) return p;
    return r;
  }

  std::string TrimmedText(std::size_t first, std::size_t last) const {
    while (last > first && (s_[last - 1].shape == normalize::TokenShape::kPunct || IsConnector(s_[last - 1])))
      --last;
    return s_.Text(first, last);
  }

  std::string FirstCountry(std::size_t first, std::size_t last) const {
    for (std::size_t p = first; p < last; ++p) {
      if (p > first && lex_.HasRole(s_[p - 1].key, GrammarRole::kLocation)) continue;  // "tại Lào"
      std::size_t len;
      std::string c = PlaceCountryAt(p, &len);  // "Thủ tướng Lào", "Thống đốc bang California"
      if (len && !c.empty()) return c;
      if (len) p += len - 1;
    }
    return "";
  }

  // Parses the title at k. Returns the index of the new TitleSpan, fills the
  // name range [*name_first, *name_last) (equal when there is no name).
  int ParseTitle(std::size_t k, std::size_t* name_first, std::size_t* name_last) {
    int title_index = -1;
    std::size_t head = TitleHeadAt(k, &title_index);
    const TitleEntry& entry = lex_.titles()[title_index];
    std::size_t e = k + head;
    bool honorific = entry.category == TitleCategory::kHonorific;
    std::size_t r, p;
    std::size_t q = e;
    while (q < n_ && q - e < 4 && s_[q].word() && !s_[q].cap && !FunctionPhraseAt(q)) ++q;
    if (!s_[k].cap && !honorific && q > e && (q == n_ || s_[q].punct(',') || s_[q].punct('.'))) {
      // A lower-case apposition reads to its comma: "…, chuyên gia kinh tế, …".
      r = p = q;
    } else {
      r = RunEnd(e, Mode::kTitle, 3);
      p = NameStart(e, r, honorific);
    }
    TitleSpan t;
    t.first = k;
    t.last = p;
    t.honorific_only = honorific && p == e;
    t.text = TrimmedText(k, p);
    t.country = FirstCountry(e, p);
    t.org = TitleOrg(entry, k, e, p, t.country);
    *name_first = p;
    *name_last = r;
    out_.titles.push_back(t);
    for (std::size_t q = k; q < p; ++q) out_.owner[q] = 2;
    return static_cast<int>(out_.titles.size()) - 1;
  }

  // The organisation a title names: a full name ("Thứ trưởng Bộ KH&CN") or a
  // field after a title that implies its head ("Bộ trưởng Công Thương").
  int TitleOrg(const TitleEntry& entry, std::size_t k, std::size_t e, std::size_t p,
               const std::string& country) {
    std::vector<OrgSpan> found;
    for (std::size_t q = k + 1; q < e; ++q) {
      if (s_.MatchAt(q, PhraseType::kOrgHead) || s_.MatchAt(q, PhraseType::kKnownOrg)) {
        // The first organisation word of the title starts its body.
        if (std::size_t end = OrgAt(q, &found); end && end <= p && !found.empty()) {
          AppendOrgs(std::move(found));
          return static_cast<int>(out_.orgs.size()) - 1;
        }
        return -1;
      }
    }
    if (std::size_t end = OrgAt(e, &found); end && end <= p && !found.empty()) {
      AppendOrgs(std::move(found));
      return static_cast<int>(out_.orgs.size()) - 1;
    }
    // Only a head ("Bộ" for "Bộ trưởng") is completed by a field; a full implied
    // body ("Chính phủ" for "Thủ tướng") is not named by the text.
    if (!entry.takes_org || !entry.implied_org_is_head) return -1;
    std::size_t field_end = p;
    for (std::size_t q = e; q < p; ++q) {
      if (s_.MatchAt(q, PhraseType::kCountry)) { field_end = q; break; }
    }
    if (field_end == e) return -1;
    if (entry.implied_org_key == s_[e].key) return -1;  // "Bộ trưởng Bộ …"
    OrgSpan org;
    org.first = e;
    org.last = p;
    org.surface = entry.implied_org + " " + TrimmedText(e, p);
    org.name = entry.implied_org + " " + ExpandedText(lex_, s_, e, field_end);
    org.country = country;
    org.category = OrgCategory::kGovernment;
    org.from_title = true;
    out_.orgs.push_back(std::move(org));
    return static_cast<int>(out_.orgs.size()) - 1;
  }

  void AddAppositives(PersonSpan* person) {
    std::size_t j = person->last;
    while (j + 1 < n_ && TitleSeparator(j) && TitleHeadAt(j + 1, nullptr)) {
      std::size_t nf, nl;
      std::size_t saved_titles = out_.titles.size();
      int t = ParseTitle(j + 1, &nf, &nl);
      if (nf != nl) {  // another person's title: undo and stop
        for (std::size_t q = out_.titles[t].first; q < out_.titles[t].last; ++q) out_.owner[q] = 0;
        out_.titles.resize(saved_titles);
        break;
      }
      person->titles.push_back(t);
      person->construct_last = nl;
      j = nl;
    }
  }

  void FindTitledPersons() {
    for (std::size_t k = 0; k < n_; ++k) {
      int title_index = -1;
      if (!Free(k) || !TitleHeadAt(k, &title_index)) continue;
      if (!s_[k].cap && lex_.titles()[title_index].category != TitleCategory::kHonorific) continue;
      const std::size_t head_end = k + TitleHeadAt(k, nullptr);
      if (std::max(s_.MatchAt(k, PhraseType::kOrgHead), s_.MatchAt(k, PhraseType::kKnownOrg)) > head_end - k)
        continue;  // "Đại sứ quán …" is a body, not the title "Đại sứ"
      if (ContainerEndsAt(head_end) || ContainerEndsAt(head_end + 1)) continue;  // "Nhà Văn hóa …" is a building
      if (k > 0 && (lex_.HasRole(s_[k - 1].key, GrammarRole::kPlural))) continue;  // "các Bộ trưởng"
      if (k > 0 && NameLike(k - 1) && out_.owner[k - 1] == 0 && !s_.MatchAt(k - 1, PhraseType::kGrammar) &&
          k - 1 != 0)
        continue;  // inside a longer proper name ("Lăng Chủ tịch …")
      std::size_t nf, nl;
      int t = ParseTitle(k, &nf, &nl);
      if (nf == nl && out_.titles[t].honorific_only) continue;
      PersonSpan person;
      person.first = nf;
      person.last = nl;
      person.construct_first = k;
      person.construct_last = nl;
      person.name = s_.Text(nf, nl);
      person.titles.push_back(t);
      // Titles chained before this one: "Phó Bí thư …, Bí thư Đảng ủy, Thứ trưởng … X".
      if (nf != nl) {
        for (int prev = t - 1; prev >= 0; --prev) {
          const TitleSpan& pt = out_.titles[prev];
          std::size_t first = person.construct_first;
          if (first < 2 || !TitleSeparator(first - 1) || pt.last + 1 != first) break;
          if (pt.honorific_only) break;
          person.titles.insert(person.titles.begin(), prev);
          person.construct_first = pt.first;
        }
      }
      for (std::size_t q = nf; q < nl; ++q) out_.owner[q] = 3;
      if (nf != nl) AddAppositives(&person);
      out_.persons.push_back(std::move(person));
      if (out_.persons.back().construct_last > k + 1) k = out_.persons.back().construct_last - 1;
    }
    // "X, …, làm Trưởng đoàn": the role belongs to X.
    for (auto& p : out_.persons) {
      if (p.first != p.last || p.construct_first < 2 || s_[p.construct_first - 1].key != "làm") continue;
      for (auto& q : out_.persons) {
        if (q.first == q.last) continue;
        std::size_t gap = p.construct_first - 1;
        if (q.construct_last == gap || (q.construct_last + 1 == gap && s_[q.construct_last].punct(','))) {
          for (int t : p.titles) q.titles.push_back(t);
          p.construct_first = q.construct_first;  // now part of q's chain
          break;
        }
      }
    }
    // Title-only mentions that are part of a named chain are not persons.
    std::vector<PersonSpan> kept;
    for (auto& p : out_.persons) {
      if (p.first == p.last) {
        bool chained = false;
        for (const auto& q : out_.persons)
          if (q.first != q.last && p.construct_first >= q.construct_first && p.construct_first < q.construct_last)
            chained = true;
        if (chained) continue;
      }
      kept.push_back(std::move(p));
    }
    out_.persons = std::move(kept);
  }

  // Organisation at i; appends the span(s) (several for a list) and returns the end.
  std::size_t OrgAt(std::size_t i, std::vector<OrgSpan>* found) const {
    int known = -1, head = -1;
    std::size_t known_len = s_.MatchAt(i, PhraseType::kKnownOrg, &known);
    std::size_t head_len = s_.MatchAt(i, PhraseType::kOrgHead, &head);
    if (!known_len && !head_len) return 0;
    if (!s_[i].cap && !s_[i].acronym) return 0;
    std::size_t start = i + std::max(known_len, head_len);
    if (known_len < head_len) known = -1;
    // "Hội nghị Trung ương" is a meeting, not the body "Hội".
    if (known < 0 && s_.MatchAt(i, PhraseType::kTrigger) > head_len) return 0;
    // "các Bộ: Công nghệ và Truyền thông, Công Thương, … của Lào"
    if (!known_len && start < n_ && s_[start].punct(':') && i > 0 &&
        lex_.HasRole(s_[i - 1].key, GrammarRole::kPlural)) {
      return ListAt(i, start, head, found);
    }
    // A complete known name goes on only with a country or more name words
    // ("Bộ KH&CN Lào"), never into a person's name after it.
    std::size_t run_end;
    const bool person_next = start < n_ && (FamilyRunAt(start, &run_end) || TransliteratedName(start) ||
                                            s_.MatchAt(start, PhraseType::kPublicFigure));
    // "Tập đoàn Sony": a head before a known body's own name is that body.
    if (known < 0 && head >= 0) {
      int inner = -1;
      std::size_t inner_len = s_.MatchAt(start, PhraseType::kKnownOrg, &inner);
      // Only a bare trade name: "Văn phòng Bộ Tư pháp" is an office of the ministry.
      if (inner_len && lex_.known_orgs()[inner].category == lex_.HeadCategory(head) &&
          !s_.MatchAt(start, PhraseType::kOrgHead)) {
        known = inner;
        known_len = inner_len;
        start += inner_len;
      }
    }
    const bool complete = known >= 0 && start < n_ && s_[start].word() && s_[start].cap && !s_[start].acronym &&
                          !in_place_[start] && (person_next || !lex_.IsOrgVocabulary(s_[start].key));
    bool descriptive = head >= 0 && (lex_.HeadCategory(head) == OrgCategory::kCommittee ||
                                     lex_.HeadCategory(head) == OrgCategory::kNgo ||
                                     lex_.HeadCategory(head) == OrgCategory::kResearch);
    std::size_t end = complete ? start : RunEnd(start, Mode::kOrg, descriptive ? 10 : 3);
    if (end == start && known < 0) return 0;
    OrgSpan org;
    org.first = i;
    org.last = end;
    // A parenthesised acronym: an alias of the body ("(Techcombank)"), or of a
    // field inside its name ("Bộ Khoa học và công nghệ (KH&CN)"); never part of the name.
    std::size_t name_end = end, paren = end;
    for (std::size_t q = start; q + 2 < end; ++q)
      if (s_[q].punct('(') && s_[q + 2].punct(')')) paren = q;
    std::string acronym;
    if (paren < end) {
      acronym = s_[paren + 1].text;
      if (paren + 3 == end) name_end = paren;
    }
    org.surface = paren < name_end ? s_.Text(i, paren) + " " + s_.Text(paren + 3, name_end) : s_.Text(i, name_end);
    org.name = paren < name_end ? ExpandedText(lex_, s_, i, paren) + " " + ExpandedText(lex_, s_, paren + 3, name_end)
                                : ExpandedText(lex_, s_, i, name_end);
    if (!acronym.empty()) {
      const std::string* expansion = lex_.Expansion(s_[paren + 1].key);
      std::string tail = expansion ? normalize::MatchKey(*expansion) : "";
      std::string whole = normalize::MatchKey(ExpandedText(lex_, s_, i, paren));
      if (tail.empty() || whole.size() < tail.size() || whole.compare(whole.size() - tail.size(), tail.size(), tail) != 0)
        org.aliases.push_back(acronym);
    }
    org.country = OrgCountry(i, name_end);
    if (known >= 0 && (name_end == start || paren == start)) {
      const KnownOrg& k = lex_.known_orgs()[known];
      org.known = known;
      org.name = k.name;
      if (org.country.empty()) org.country = k.country;
      org.category = k.category;
    } else {
      org.category = head >= 0 ? lex_.HeadCategory(head)
                               : lex_.known_orgs()[std::max(known, 0)].category;
    }
    if (org.surface != org.name) org.aliases.push_back(org.surface);
    // A body of another: "Đảng ủy Bộ KH&CN" belongs to "Bộ KH&CN".
    // The inner body runs to the end of the outer name; a company's legal
    // form and trade name ("Công ty TNHH Samsung …") are one body.
    if (known < 0 && org.category != OrgCategory::kCompany) {
      for (std::size_t q = start; q < name_end; ++q) {
        if (!s_[q].cap || !(s_.MatchAt(q, PhraseType::kOrgHead) || s_.MatchAt(q, PhraseType::kKnownOrg))) continue;
        std::vector<OrgSpan> inner;
        if (OrgAt(q, &inner) == name_end && !inner.empty()) {
          if (org.country.empty()) org.country = inner.back().country;
          found->push_back(std::move(inner.back()));
          org.parent = static_cast<int>(found->size()) - 1;  // relative; fixed by the caller
        }
        break;
      }
    }
    found->push_back(std::move(org));
    return end;
  }

  std::size_t ListAt(std::size_t i, std::size_t colon, int head, std::vector<OrgSpan>* found) const {
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t j = colon + 1;
    while (j < n_) {
      std::size_t b = j;
      while (j < n_ && (NameLike(j) || (j > b && CompoundTail(j)) ||
                        (s_[j].key == "và" && j + 1 < n_ && NameLike(j + 1) && j > b)) &&
             !s_.MatchAt(j, PhraseType::kCountry))
        ++j;
      if (j == b) break;
      items.push_back({b, j});
      if (j < n_ && s_[j].punct(',')) { ++j; continue; }
      break;
    }
    std::string country;
    std::size_t end = j;
    if (j < n_ && s_[j].key == "của") ++j;
    int idx = -1;
    if (std::size_t len = s_.MatchAt(j, PhraseType::kCountry, &idx)) {
      country = lex_.countries()[idx].iso2;
      end = j + len;
    }
    std::string head_text = s_[i].text;
    for (const auto& [b, e] : items) {
      OrgSpan org;
      org.first = b;
      org.last = e;
      org.surface = head_text + " " + s_.Text(b, e);
      org.name = head_text + " " + ExpandedText(lex_, s_, b, e);
      org.country = country;
      org.category = lex_.HeadCategory(head);
      found->push_back(std::move(org));
    }
    return items.empty() ? 0 : end;
  }

  std::string OrgCountry(std::size_t first, std::size_t last) const {
    std::vector<std::string> countries;
    bool joined = false;
    for (std::size_t p = first; p < last; ++p) {
      std::size_t len;
      std::string c = PlaceCountryAt(p, &len);
      if (!len) continue;
      if (p > first && (IsConnector(s_[p - 1]) || lex_.HasRole(s_[p - 1].key, GrammarRole::kBetween)) &&
          !countries.empty())
        joined = true;
      if (p > first && lex_.HasRole(s_[p - 1].key, GrammarRole::kBetween)) joined = true;
      if (!c.empty()) countries.push_back(c);
      p += len - 1;
    }
    if (countries.empty() || joined) return "";
    return countries.front();
  }

  void FindOrganizations() {
    for (std::size_t i = 0; i < n_; ++i) {
      if (!Free(i)) continue;
      if (i > 0 && lex_.HasRole(s_[i - 1].key, GrammarRole::kPlural) &&
          !(i + 1 < n_ && s_[i + 1].punct(':')) && !s_.MatchAt(i, PhraseType::kKnownOrg))
        continue;  // "hai Bộ", "các Văn phòng"
      std::vector<OrgSpan> found;
      std::size_t end = OrgAt(i, &found);
      if (!end) continue;
      AppendOrgs(std::move(found));
      for (std::size_t q = i; q < end; ++q) if (out_.owner[q] == 0) out_.owner[q] = 1;
      i = end - 1;
    }
  }

  void AppendOrgs(std::vector<OrgSpan> found) {
    const int base = static_cast<int>(out_.orgs.size());
    for (auto& org : found) {
      if (org.parent >= 0) org.parent += base;
      out_.orgs.push_back(std::move(org));
    }
  }

  void FindBareNames() {
    for (std::size_t i = 0; i < n_; ++i) {
      if (!Free(i) || !s_[i].cap) continue;
      if (i > 0 && (NameLike(i - 1) || CompoundTail(i - 1)) && out_.owner[i - 1] == 0) continue;
      if (ContainerEndsAt(i)) continue;
      if (s_.MatchAt(i, PhraseType::kPlace) || s_.MatchAt(i, PhraseType::kCountry)) continue;
      std::size_t end = 0;
      int figure = -1;
      if (std::size_t len = s_.MatchAt(i, PhraseType::kPublicFigure, &figure)) {
        end = i + len;
      } else if (!FamilyRunAt(i, &end)) {
        continue;
      }
      bool free = true;
      for (std::size_t q = i; q < end; ++q) free = free && Free(q);
      if (!free) continue;
      PersonSpan person;
      person.first = person.construct_first = i;
      person.last = person.construct_last = end;
      person.name = s_.Text(i, end);
      person.figure = figure;
      for (std::size_t q = i; q < end; ++q) out_.owner[q] = 3;
      AddAppositives(&person);
      out_.persons.push_back(std::move(person));
      i = end - 1;
    }
  }

  void FindPlaces() {
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

  const Lexicon& lex_;
  const TaggedSentence& s_;
  const std::size_t n_;
  SentenceNames out_;
  std::vector<bool> in_place_;  // token inside a country or place name
};

}  // namespace

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

SentenceNames FindNames(const Lexicon& lexicon, const TaggedSentence& s) {
  return NameFinder(lexicon, s).Run();
}

}  // namespace coopgraph::extract::internal

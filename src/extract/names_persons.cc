// Persons and their titles: titled names, appositions, bare Vietnamese names.
#include "name_finder.h"

#include <algorithm>

#include "base/utf8.h"

namespace coopgraph::extract::internal {

std::size_t NameFinder::NameStart(std::size_t e, std::size_t r, bool honorific) const {
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
  auto joined_dash = [&](std::size_t q) { return q > e && JoinedDashAt(q) && NameLike(q - 1); };
  std::size_t after_country = r;
  for (std::size_t p = e; p < r; ++p) {
    bool is_country;
    int index;
    if (std::size_t len = PlaceAt(p, &is_country, &index)) {
      // "Tỉnh trưởng tỉnh Phông-xa-lỳ": a province or city closing the run is the title's, no name.
      if (p + len == r && !is_country) return r;
      after_country = p + len;
      p += len - 1;
    }
  }
  if (after_country < r && r - after_country <= 4) {
    bool ok = true;
    for (std::size_t q = after_country; q < r && ok; ++q) ok = NameLike(q) || joined_dash(q);
    if (ok) return after_country;
  }
  // A foreign name: the longest tail of name-like words, one of them foreign.
  std::size_t p = r;
  bool foreign = false;
  const std::size_t longest = 6;  // "đồng chí Phăn Đuông Chít Vông Xa"
  // "ông Cho Hyun-joon": a common word opening a transliterated name is its family name.
  auto opens_transliteration = [&](std::size_t q) {
    return q == e && q + 1 < r && s_[q + 1].hyphenated && Foreign(q + 1);
  };
  while (p > e && r - p < longest &&
         ((NameLike(p - 1) &&
           (Initial(p - 1) || honorific || !lex_.IsOrgVocabulary(s_[p - 1].key) || opens_transliteration(p - 1)) &&
           !s_.MatchAt(p - 1, PhraseType::kOrgHead)) ||
          joined_dash(p - 1))) {
    --p;
    foreign = foreign || Foreign(p);
  }
  // "Chủ tịch Công ty Cross Border Ventures": a company word closes a trade name, not a name.
  if (p < r && CompanyWordAt(r - 1)) return r;
  // "Chủ tịch Tập đoàn Hyosung, …", "Chủ tịch Tập đoàn Lotte Shin Dong-bin": the
  // word right after an organisation head is that body's name.
  for (std::size_t q = e; p < r && q < p; ++q) {
    if (q + s_.MatchAt(q, PhraseType::kOrgHead) != p || !s_[q].cap) continue;
    if (r - p == 1) return r;
    ++p;
    break;
  }
  // Right after the title, two or more such words are a name even when each
  // looks Vietnamese: "Bộ trưởng Phăn Đuông Chít Vông Xa".
  if (p < r && (foreign || (p == e && (honorific || r - p >= 2)))) return p;
  // "Bộ trưởng Đạt": a position and a given name, the short form of a person
  // named in full elsewhere. A field of the title is a word of some body's name.
  if (p == e && r == e + 1 && !honorific && NameLike(e) && !s_[e].hyphenated && !in_place_[e] &&
      s_[e].vietnamese_syllable && !lex_.IsOrgVocabulary(s_[e].key) &&
      !lex_.IsFamilyName(s_[e].key))
    return e;
  return r;
}

std::size_t NameFinder::NameRunEnd(std::size_t e) const {
  const std::size_t longest = 6;  // "đồng chí Phăn Đuông Chít Vông Xa"
  std::size_t j = e;
  while (j < n_ && j - e < longest && !out_.credit[j] &&
         ((NameLike(j) && !PositionTitleAt(j) && !s_.MatchAt(j, PhraseType::kTrigger) &&
           !s_.MatchAt(j, PhraseType::kOrgHead)) ||
          (j > e && JoinedDashAt(j))))
    ++j;
  return j;
}

// "Jean-Paul", "Jean-Pierre": a dash written inside a word joins two parts of a name.
bool NameFinder::JoinedDashAt(std::size_t q) const {
  return q > 0 && q + 1 < n_ && s_[q].punct('-') && s_[q].begin == s_[q - 1].end && s_[q + 1].begin == s_[q].end;
}

std::size_t NameFinder::ChargeFieldEnd(std::size_t e) const {
  const std::size_t cue = e < n_ ? RoleLengthAt(s_, e, GrammarRole::kCharge) : 0;
  if (!cue) return e;
  const std::size_t longest = 8;  // "phụ trách văn hóa - xã hội và du lịch"
  std::size_t m = e + cue;
  while (m < n_ && m - e < longest && !s_[m].cap && !s_[m].acronym &&
         ((s_[m].word() && (!FunctionPhraseAt(m) || s_[m].Has(GrammarRole::kConjunction))) || s_[m].punct('-')))
    ++m;
  return m > e + cue && m < n_ && NameLike(m) ? m : e;
}

int NameFinder::ParseTitle(std::size_t k, std::size_t* name_first, std::size_t* name_last, bool name_follows) {
  int title_index = -1;
  std::size_t head = TitleHeadAt(k, &title_index);
  const TitleEntry& entry = lex_.titles()[title_index];
  // "Phó Thủ tướng phụ trách kinh tế X": the field an official is in charge of is the title's.
  std::size_t e = ChargeFieldEnd(k + head);
  bool honorific = entry.category == TitleCategory::kHonorific;
  std::size_t r, p;
  std::size_t q = e;
  while (q < n_ && q - e < 4 && s_[q].word() && !s_[q].cap && !FunctionPhraseAt(q)) ++q;
  if (!s_[k].cap && !honorific && q > e && (q == n_ || s_[q].punct(',') || s_[q].punct('.'))) {
    // A lower-case apposition reads to its comma: "…, chuyên gia kinh tế, …".
    r = p = q;
  } else {
    // A form of address is followed by a name only ("bà Loan nói", not a body's "Loan nói").
    r = honorific ? NameRunEnd(e) : RunEnd(e, Mode::kTitle, 3);
    p = NameStart(e, r, honorific);
  }
  if (!name_follows && p < r) {
    // "X - Chủ tịch Công ty Cross Border Ventures": the name came before the title, so the
    // words after it are the title's; only a Vietnamese name or known figure is another person.
    std::size_t end = 0;
    const bool person = (FamilyRunAt(p, &end) && end == r) || p + s_.MatchAt(p, PhraseType::kPublicFigure) == r;
    if (person) r = p; else p = r;
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

int NameFinder::TitleOrg(const TitleEntry& entry, std::size_t k, std::size_t e, std::size_t p,
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
  out_.orgs.push_back(std::move(org));
  return static_cast<int>(out_.orgs.size()) - 1;
}

void NameFinder::AddAppositives(PersonSpan* person) {
  std::size_t j = person->last;
  bool after_dash = false;  // "X - Trợ lý Chủ tịch Công ty Y": titles after a dash name no one else
  while (j < n_) {
    std::size_t start;
    if (j + 1 < n_ && (TitleSeparator(j) || s_[j].punct('-')) && TitleHeadAt(j + 1, nullptr) &&
        (s_[j + 1].cap || !s_[j].punct('-'))) {
      start = j + 1;
      after_dash = s_[j].punct('-') || (after_dash && !s_[j].punct(','));
    } else if (after_dash && s_[j].cap && TitleHeadAt(j, nullptr)) {
      start = j;
    } else {
      break;
    }
    std::size_t nf, nl;
    std::size_t saved_titles = out_.titles.size(), saved_orgs = out_.orgs.size();
    int t = ParseTitle(start, &nf, &nl, !after_dash);
    if (nf != nl) {  // another person's title: undo and stop
      for (std::size_t q = out_.titles[t].first; q < out_.titles[t].last; ++q) out_.owner[q] = 0;
      out_.titles.resize(saved_titles);
      out_.orgs.resize(saved_orgs);
      break;
    }
    person->titles.push_back(t);
    person->construct_last = nl;
    j = nl;
  }
}

std::size_t NameFinder::NameBeforeApposition(std::size_t k) const {
  if (k < 3 || !(s_[k - 1].punct('-') || s_[k - 1].punct(','))) return k;
  if (s_[k - 1].punct('-') && !s_[k].cap) return k;
  const std::size_t longest = 5;
  std::size_t b = k - 1;
  while (b > 0 && k - 1 - b < longest && NameLike(b - 1) && !Initial(b - 1) && Free(b - 1) && !in_place_[b - 1] &&
         !s_.MatchAt(b - 1, PhraseType::kOrgHead) && !s_.MatchAt(b - 1, PhraseType::kKnownOrg) &&
         !TitleHeadAt(b - 1, nullptr) && !s_.MatchAt(b - 1, PhraseType::kTrigger) &&
         !CompanyWordAt(b - 1) && !FunctionWordAt(s_, b - 1))
    --b;
  // Two words at least, opening a clause or a list item (not the tail of another name).
  if (k - 1 - b < 2 || (b > 0 && s_[b - 1].word() && (s_[b - 1].cap || s_[b - 1].acronym) &&
                        !FunctionWordAt(s_, b - 1)))
    return k;
  if (b > 0 && !s_[b - 1].word() && !s_[b - 1].punct(',') && !s_[b - 1].punct(':') && !s_[b - 1].punct(';') &&
      !s_[b - 1].punct('('))
    return k;
  // After a comma only a foreign name: capitalised Vietnamese words before a comma are
  // most often an adverbial ("Nhân dịp Quốc khánh, Chủ tịch …").
  if (s_[k - 1].punct(',')) {
    bool foreign = false;
    for (std::size_t q = b; q < k - 1; ++q) foreign = foreign || Foreign(q);
    if (!foreign) return k;
  }
  return b;
}

PersonSpan NameFinder::ClaimName(std::size_t first, std::size_t last) {
  PersonSpan person;
  person.first = person.construct_first = first;
  person.last = person.construct_last = last;
  person.name = s_.Text(first, last);
  for (std::size_t q = first; q < last; ++q) out_.owner[q] = 3;
  return person;
}

bool NameFinder::HonorificAt(std::size_t j) const {
  int index = -1;
  return TitleHeadAt(j, &index) && lex_.titles()[index].category == TitleCategory::kHonorific;
}

std::size_t NameFinder::ReadNameList(std::size_t j) {
  // "các ông, bà: …": more forms of address and a colon open the list.
  while (j < n_ && (s_[j].punct(',') || s_[j].punct(':') || HonorificAt(j))) j += HonorificAt(j) ? TitleHeadAt(j, nullptr) : 1;
  const std::size_t longest = 5;
  while (j < n_) {
    std::size_t e = j;
    while (e < n_ && e - j < longest && Free(e) && !in_place_[e] && !Initial(e) &&
           ((NameLike(e) && !s_.MatchAt(e, PhraseType::kOrgHead) && !s_.MatchAt(e, PhraseType::kKnownOrg) &&
             !TitleHeadAt(e, nullptr) && !CompanyWordAt(e)) ||
            (e > j && JoinedDashAt(e))))
      ++e;
    if (e - j < 2 || (e < n_ && NameLike(e))) return j;
    PersonSpan person = ClaimName(j, e);
    AddAppositives(&person);
    j = person.construct_last;
    out_.persons.push_back(std::move(person));
    // The next item: after a comma, a semicolon or "và", perhaps with its own form of address.
    if (j >= n_ || !(s_[j].punct(',') || s_[j].punct(';') || s_[j].Has(GrammarRole::kConjunction))) return j;
    ++j;
    while (j < n_ && HonorificAt(j) && !s_[j].cap) j += TitleHeadAt(j, nullptr);
  }
  return j;
}

void NameFinder::GiveFigureCountryToBodies(const PersonSpan& person) {
  int figure = -1;
  if (person.first == person.last ||
      person.first + s_.MatchAt(person.first, PhraseType::kPublicFigure, &figure) != person.last)
    return;
  GiveCountryToBodies(person, lex_.public_figures()[figure].country);
}

void NameFinder::GiveCountryToBodies(const PersonSpan& person, const std::string& country) {
  for (int t : person.titles) {
    const int org = out_.titles[t].org;
    if (org < 0 || !out_.orgs[org].country.empty() || out_.orgs[org].known >= 0) continue;
    const OrgCategory c = out_.orgs[org].category;
    if (c == OrgCategory::kGovernment || c == OrgCategory::kParty) out_.orgs[org].country = country;
  }
}

void NameFinder::FindTitledPersons() {
  for (std::size_t k = 0; k < n_; ++k) {
    int title_index = -1;
    if (!Free(k) || !TitleHeadAt(k, &title_index)) continue;
    // "Bà Rịa-Vũng Tàu" is a province, "xã Anh Sơn", "phố Bà Triệu" are places.
    if (s_[k].cap && (MultiWordPlaceAt(k) || ContainerEndsAt(k))) continue;
    // A lower-case position ("người phát ngôn Điện Kremlin X") introduces a person
    // only when a name follows it.
    const bool lower_position = !s_[k].cap && lex_.titles()[title_index].category != TitleCategory::kHonorific;
    const std::size_t head_end = k + TitleHeadAt(k, nullptr);
    if (std::max(s_.MatchAt(k, PhraseType::kOrgHead), s_.MatchAt(k, PhraseType::kKnownOrg)) > head_end - k)
      continue;  // "Đại sứ quán …" is a body, not the title "Đại sứ"
    if (ContainerEndsAt(head_end) || ContainerEndsAt(head_end + 1)) continue;  // "Nhà Văn hóa …" is a building
    // "các ông John Smith, Peter Brown và …": a list of names after a plural form of address.
    if (k > 0 && s_[k - 1].Has(GrammarRole::kPlural) &&
        lex_.titles()[title_index].category == TitleCategory::kHonorific) {
      k = ReadNameList(head_end) - 1;
      continue;
    }
    // "các Bộ trưởng", "cấp Bộ trưởng"
    if (k > 0 && (s_[k - 1].Has(GrammarRole::kPlural) || s_[k - 1].Has(GrammarRole::kLevel))) continue;
    if (k > 0 && out_.owner[k - 1] == 0 &&
        ((NameLike(k - 1) && !FunctionWordAt(s_, k - 1) && k - 1 != 0) ||
         (k >= 2 && s_[k - 2].cap && s_.MatchAt(k - 2, PhraseType::kTrigger) == 2)))
      continue;  // inside a longer proper name ("Lăng Chủ tịch …", "Hội nghị Bộ trưởng Ngoại giao ASEAN")
    if (const std::size_t b = NameBeforeApposition(k); b < k) {
      PersonSpan person = ClaimName(b, k - 1);
      AddAppositives(&person);
      if (!person.titles.empty()) {
        k = person.construct_last - 1;
        out_.persons.push_back(std::move(person));
        continue;
      }
      for (std::size_t q = b; q < k - 1; ++q) out_.owner[q] = 0;  // "X, Bộ trưởng Y": two persons
    }
    std::size_t nf, nl;
    const std::size_t orgs_before = out_.orgs.size();
    int t = ParseTitle(k, &nf, &nl);
    if (nf == nl && lower_position) {
      for (std::size_t q = out_.titles[t].first; q < out_.titles[t].last; ++q) out_.owner[q] = 0;
      out_.titles.pop_back();
      out_.orgs.resize(orgs_before);
      continue;
    }
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
    GiveFigureCountryToBodies(person);
    out_.persons.push_back(std::move(person));
    if (out_.persons.back().construct_last > k + 1) k = out_.persons.back().construct_last - 1;
  }
  // "X, …, làm Trưởng đoàn": the role belongs to X.
  for (auto& p : out_.persons) {
    if (p.first != p.last || p.construct_first < 2 || !s_[p.construct_first - 1].Has(GrammarRole::kActing)) continue;
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

void NameFinder::LearnSurname(const PersonSpan& person) {
  if (!learned_ || person.last - person.first < 2 || person.figure >= 0) return;
  bool foreign = false;
  for (std::size_t q = person.first; q < person.last; ++q) {
    if (!NameLike(q) && !s_[q].punct('-')) return;
    foreign = foreign || Foreign(q);
  }
  const std::size_t last = person.last - 1;
  if (!foreign || !NameLike(last) || Initial(last)) return;
  TradeName t;
  t.keys.push_back(s_[last].key);
  for (const auto& known : *learned_)
    if (known.person && known.keys == t.keys) return;
  t.name = person.name;
  t.person = true;
  learned_->push_back(std::move(t));
}

void NameFinder::FindLearnedSurnames() {
  if (!learned_) return;
  for (std::size_t i = 0; i < n_; ++i) {
    if (!Free(i) || !NameLike(i) || Initial(i) || in_place_[i] ||
        (i > 0 && NameLike(i - 1) && !FunctionWordAt(s_, i - 1)) ||
        (i + 1 < n_ && (NameLike(i + 1) || s_[i + 1].punct('-'))))
      continue;
    for (const auto& t : *learned_) {
      if (!t.person || t.keys.front() != s_[i].key) continue;
      PersonSpan person;
      person.first = person.construct_first = i;
      person.last = person.construct_last = i + 1;
      person.name = s_.Text(i, i + 1);
      out_.owner[i] = 3;
      AddAppositives(&person);
      out_.persons.push_back(std::move(person));
      break;
    }
  }
  for (const auto& p : out_.persons) LearnSurname(p);
}

void NameFinder::FindBareNames() {
  for (std::size_t i = 0; i < n_; ++i) {
    if (!Free(i) || !s_[i].cap) continue;
    // Inside a longer proper name ("Nhà Văn hóa Kaysone Phomvihane"); a full
    // Vietnamese name after a capitalised word still stands ("Tiền đạo Nguyễn Tiến Linh").
    std::size_t family_end = 0;
    const bool family = FamilyRunAt(i, &family_end);
    if (i > 0 && out_.owner[i - 1] == 0 && (NameLike(i - 1) || (CompoundTail(i - 1) && !family))) continue;
    if (ContainerEndsAt(i)) continue;
    if (in_place_[i]) continue;  // "TP Hồ Chí Minh" is a city
    // "Nậm Sum - Nông Cống": the second half of a hyphenated place or route.
    if (i >= 2 && s_[i - 1].punct('-') && s_[i - 2].cap && s_[i - 2].word() && !s_[i - 2].acronym &&
        out_.owner[i - 2] == 0)
      continue;
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

}  // namespace coopgraph::extract::internal

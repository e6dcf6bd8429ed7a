// Organisations: heads, known names, lists, parents and countries.
#include "name_finder.h"

#include <algorithm>

#include "base/utf8.h"

namespace coopgraph::extract::internal {

std::size_t NameFinder::OrgAt(std::size_t i, std::vector<OrgSpan>* found) const {
  int known = -1, head = -1;
  std::size_t known_len = s_.MatchAt(i, PhraseType::kKnownOrg, &known);
  std::size_t head_len = s_.MatchAt(i, PhraseType::kOrgHead, &head);
  if (!known_len && !head_len) return 0;
  if (!s_[i].cap && !s_[i].acronym) return 0;
  std::size_t start = i + std::max(known_len, head_len);
  if (known_len < head_len) known = -1;
  // "Hội nghị Trung ương" is a meeting, not the body "Hội".
  if (known < 0 && s_.MatchAt(i, PhraseType::kTrigger) > head_len) return 0;
  // "Bộ trưởng …" is a title, not the body "Bộ".
  if (known < 0 && TitleHeadAt(i, nullptr) > head_len) return 0;
  // "các Bộ: Công nghệ và Truyền thông, Công Thương, … của Lào"
  if (!known_len && start < n_ && s_[start].punct(':') && i > 0 &&
      s_[i - 1].Has(GrammarRole::kPlural)) {
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
  // "Chính phủ Việt Nam luôn coi …": a whole known name is not continued by ordinary words.
  const bool ends_known = known >= 0 && start < n_ && s_[start].word() && !s_[start].cap &&
                          !s_[start].acronym && !lex_.IsOrgVocabulary(s_[start].key);
  std::size_t end = complete || ends_known ? start : RunEnd(start, Mode::kOrg, descriptive ? 10 : 3);
  if (end == start && known < 0) return 0;
  // "Ban Giám hiệu cho biết": a board named alone refers back to the article's body.
  if (known < 0 && RoleLengthAt(s_, i, GrammarRole::kGenericBody) >= end - i) return 0;
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
  // No name, and no body inside it to look for (that search, repeated at each
  // head of a long run, would take time quadratic in its length).
  if (!IsNameSized(org.name)) return end;
  if (!acronym.empty()) {
    const std::string* expansion = lex_.Expansion(s_[paren + 1].key);
    std::string tail = expansion ? normalize::MatchKey(*expansion) : "";
    std::string whole = normalize::MatchKey(ExpandedText(lex_, s_, i, paren));
    if (tail.empty() || whole.size() < tail.size() || whole.compare(whole.size() - tail.size(), tail.size(), tail) != 0)
      org.aliases.push_back(acronym);
  }
  org.country = OrgCountry(i, name_end);
  // "Tập đoàn Hyosung (Hàn Quốc)": a country in brackets after the name is the body's.
  int bracketed = -1;
  if (org.country.empty() && end + 2 < n_ && s_[end].punct('(')) {
    const std::size_t len = s_.MatchAt(end + 1, PhraseType::kCountry, &bracketed);
    if (len && end + 1 + len < n_ && s_[end + 1 + len].punct(')')) org.country = lex_.countries()[bracketed].iso2;
  }
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
  // "Văn phòng đại diện X (tại Y)": the office stands for X, one actor.
  if (known < 0 && RoleLengthAt(s_, i, GrammarRole::kRepresentative) == start - i) {
    std::vector<OrgSpan> inner;
    if (std::size_t inner_end = OrgAt(start, &inner); inner_end && inner_end <= name_end && !inner.empty()) {
      org.aliases.push_back(inner.back().name);
      if (!inner.back().country.empty()) org.country = inner.back().country;  // not the posting's
    }
  }
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

std::size_t NameFinder::ListAt(std::size_t i, std::size_t colon, int head, std::vector<OrgSpan>* found) const {
  std::vector<std::pair<std::size_t, std::size_t>> items;
  std::size_t j = colon + 1;
  // "các Bộ: Kế hoạch và Đầu tư; Văn hóa, Thể thao và Du lịch; …": after a first item
  // closed by a semicolon, items are separated by semicolons and may hold commas.
  bool semicolons = false;
  auto joins_next = [&](std::size_t q) {
    return q + 1 < n_ && NameLike(q + 1) &&
           (s_[q].Has(GrammarRole::kConjunction) || s_[q].punct('-') || (semicolons && s_[q].punct(',')));
  };
  while (j < n_ && !TitleHeadAt(j, nullptr)) {
    std::size_t b = j;
    while (j < n_ && (NameLike(j) || (j > b && CompoundTail(j)) || (j > b && joins_next(j)) ||
                      (j > b && s_[j].word() && !s_[j].cap && lex_.IsOrgVocabulary(s_[j].key) &&
                       !FunctionPhraseAt(j))) &&
           !s_.MatchAt(j, PhraseType::kCountry))
      ++j;
    if (j == b) break;
    items.push_back({b, j});
    if (items.size() == 1 && j < n_ && s_[j].punct(';')) semicolons = true;
    if (j < n_ && s_[j].punct(semicolons ? ';' : ',')) { ++j; continue; }
    break;
  }
  std::string country;
  std::size_t end = j;
  if (j < n_ && s_[j].Has(GrammarRole::kPossessive)) ++j;
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

std::string NameFinder::OrgCountry(std::size_t first, std::size_t last) const {
  std::vector<std::string> countries;
  bool joined = false;
  for (std::size_t p = first; p < last; ++p) {
    std::size_t len;
    std::string c = PlaceCountryAt(p, &len);
    if (!len) continue;
    if (p > first && (IsConnector(s_[p - 1]) || s_[p - 1].Has(GrammarRole::kBetween)) &&
        !countries.empty())
      joined = true;
    if (p > first && s_[p - 1].Has(GrammarRole::kBetween)) joined = true;
    if (!c.empty()) countries.push_back(c);
    p += len - 1;
  }
  if (countries.empty() || joined) return "";
  return countries.front();
}

bool NameFinder::CompanyWordAt(std::size_t i) const {
  return i < n_ && s_[i].cap && s_[i].Has(GrammarRole::kCompanyWord);
}

std::size_t NameFinder::TradeNameAt(std::size_t i, std::vector<OrgSpan>* found) const {
  if (!NameLike(i) || Initial(i) || (i > 0 && NameLike(i - 1))) return 0;
  const std::size_t longest = 5;
  std::size_t j = i;
  while (j < n_ && j - i < longest && NameLike(j) && !Initial(j) && Free(j) && !TitleHeadAt(j, nullptr)) ++j;
  if (j - i < 2 || !CompanyWordAt(j - 1) || (j < n_ && NameLike(j))) return 0;
  OrgSpan org;
  org.first = i;
  org.last = j;
  org.surface = org.name = s_.Text(i, j);
  org.category = OrgCategory::kCompany;
  found->push_back(std::move(org));
  return j;
}

void NameFinder::FindOrganizations() {
  for (std::size_t i = 0; i < n_; ++i) {
    if (!Free(i)) continue;
    if (i > 0 && s_[i - 1].Has(GrammarRole::kPlural) &&
        !(i + 1 < n_ && s_[i + 1].punct(':')) && !s_.MatchAt(i, PhraseType::kKnownOrg))
      continue;  // "hai Bộ", "các Văn phòng"
    if (i > 0 && s_[i - 1].Has(GrammarRole::kLevel)) continue;  // "cấp Chính phủ"
    std::vector<OrgSpan> found;
    std::size_t end = OrgAt(i, &found);
    // "Turkish Airlines", "Big Box Retailer": a trade name closed by a company word.
    if (!end) end = TradeNameAt(i, &found);
    if (!end) end = LearnedTradeNameAt(i, &found);
    if (!end) continue;
    end = BranchAt(end, &found);
    AppendOrgs(std::move(found));
    for (std::size_t q = i; q < end; ++q) if (out_.owner[q] == 0) out_.owner[q] = 1;
    i = end - 1;
  }
  JoinRenamedBodies();
}

std::size_t NameFinder::BranchAt(std::size_t end, std::vector<OrgSpan>* found) const {
  if (found->empty() || end + 2 >= n_ || !s_[end].punct('-') || !s_[end + 1].cap) return end;
  const std::size_t len = RoleLengthAt(s_, end + 1, GrammarRole::kBranch);
  if (!len) return end;
  std::size_t j = end + 1 + len;
  bool is_country;
  int index;
  if (j + 1 < n_ && s_[j].Has(GrammarRole::kLocation) && in_place_[j + 1]) ++j;  // "tại Nghệ An"
  if (std::size_t place = PlaceAt(j, &is_country, &index)) {
    j += place;
  } else {
    while (j < n_ && NameLike(j) && !TitleHeadAt(j, nullptr)) ++j;  // "Chi nhánh Sài Gòn"
  }
  const OrgSpan& body = found->back();
  OrgSpan branch;
  branch.first = body.first;
  branch.last = j;
  branch.surface = branch.name = s_.Text(body.first, j);
  branch.country = body.country;
  branch.category = body.category;
  branch.parent = static_cast<int>(found->size()) - 1;  // relative; fixed by AppendOrgs
  found->push_back(std::move(branch));
  return j;
}

void NameFinder::LearnTradeName(const OrgSpan& org) {
  if (!learned_ || org.category != OrgCategory::kCompany || org.known >= 0) return;
  int head = -1;
  std::size_t q = org.first + s_.MatchAt(org.first, PhraseType::kOrgHead, &head);
  if (head < 0) return;
  // Past the legal form's lower-case words ("cổ phần") and acronyms ("TNHH").
  while (q < org.last && (!s_[q].cap || s_[q].acronym) && s_[q].word()) ++q;
  const std::size_t longest = 3;
  if (q >= org.last || org.last - q > longest) return;
  // A coined word ("Vari", "Vinamilk") or words no organisation name uses; "Điện lực"
  // and other words of organisation names describe, they are no trade name.
  bool coined = false, descriptive = false;
  for (std::size_t p = q; p < org.last; ++p) {
    if (!NameLike(p) || in_place_[p]) return;
    coined = coined || !s_[p].vietnamese_syllable;
    descriptive = descriptive || lex_.IsOrgVocabulary(s_[p].key);
  }
  if (descriptive && !coined) return;
  TradeName t;
  for (std::size_t p = q; p < org.last; ++p) t.keys.push_back(s_[p].key);
  for (const auto& known : *learned_)
    if (!known.person && known.keys == t.keys) return;
  t.name = org.name;
  t.country = org.country;
  learned_->push_back(std::move(t));
}

std::size_t NameFinder::LearnedTradeNameAt(std::size_t i, std::vector<OrgSpan>* found) const {
  if (!learned_ || !NameLike(i) || (i > 0 && NameLike(i - 1))) return 0;
  for (const auto& t : *learned_) {
    if (t.person) continue;
    const std::size_t end = i + t.keys.size();
    if (end > n_ || (end < n_ && NameLike(end))) continue;
    bool same = true;
    for (std::size_t k = 0; k < t.keys.size() && same; ++k) same = Free(i + k) && s_[i + k].key == t.keys[k];
    if (!same) continue;
    OrgSpan org;
    org.first = i;
    org.last = end;
    org.surface = s_.Text(i, end);
    org.name = t.name;
    org.aliases.push_back(org.surface);
    org.country = t.country;
    org.category = OrgCategory::kCompany;
    found->push_back(std::move(org));
    return end;
  }
  return 0;
}

void NameFinder::JoinRenamedBodies() {
  for (std::size_t a = 0; a < out_.orgs.size(); ++a) {
    std::size_t q = out_.orgs[a].last;
    if (q < n_ && s_[q].punct(',')) ++q;
    const std::size_t len = q < n_ ? RoleLengthAt(s_, q, GrammarRole::kRenamed) : 0;
    if (!len) continue;
    for (auto& b : out_.orgs) {
      if (b.first != q + len) continue;
      b.aliases.push_back(out_.orgs[a].name);
      if (b.country.empty()) b.country = out_.orgs[a].country;
      if (out_.orgs[a].surface != out_.orgs[a].name) b.aliases.push_back(out_.orgs[a].surface);
      break;
    }
  }
}

void NameFinder::AppendOrgs(std::vector<OrgSpan> found) {
  const int base = static_cast<int>(out_.orgs.size());
  for (auto& org : found) {
    LearnTradeName(org);
    if (org.parent >= 0) org.parent += base;
    out_.orgs.push_back(std::move(org));
  }
}

}  // namespace coopgraph::extract::internal

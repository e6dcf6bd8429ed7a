// Agreements of one sentence: kind, name, period, status, date and parties.
#include <algorithm>

#include "article.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::extract::internal {
namespace {

// True when a phrase of grammar role `role` ends just before token `end`
// ("trao đổi" before "Hiệp định").
bool RoleEndsAt(const TaggedSentence& s, std::size_t end, GrammarRole role) {
  for (std::size_t i = end >= 3 ? end - 3 : 0; i < end; ++i)
    if (RoleLengthAt(s, i, role) == end - i) return true;
  return false;
}

// "giai đoạn 2021-2025" at j: the tokens it takes (0 when none) and its years.
std::size_t PeriodAt(const TaggedSentence& s, std::size_t j, std::size_t last, int* start, int* end) {
  const std::size_t period = RoleLengthAt(s, j, GrammarRole::kPeriod);
  if (!period) return 0;
  const std::size_t y = j + period;
  if (y + 2 < last && y + 2 < s.size() && s[y].number >= 1900 && s[y + 1].punct('-') &&
      s[y + 2].number >= 1900) {
    *start = s[y].number;
    *end = s[y + 2].number;
    return period + 3;
  }
  return 0;
}

// A word that cannot end an agreement's name: "văn kiện hợp tác bao gồm", "Hiệp định giữa".
bool DanglingAt(const TaggedSentence& s, std::size_t i) {
  const Tok& t = s[i];
  if (!t.word()) return !t.punct(')') && t.number < 0;
  if (t.cap || t.acronym) return false;
  return FunctionWordAt(s, i) || t.Has(GrammarRole::kConjunction) || t.Has(GrammarRole::kTopic) ||
         t.Has(GrammarRole::kParties) || RoleLengthAt(s, i, GrammarRole::kClauseLink) ||
         RoleLengthAt(s, i, GrammarRole::kAmends) ||
         t.Has(GrammarRole::kYearWord) || t.Has(GrammarRole::kPeriod) || t.Has(GrammarRole::kDemonstrative);
}

// The end of a list item of documents ("… bao gồm: Hiệp định …; Bản ghi nhớ …"): the whole
// item names one, up to a parenthesis or a comma opening a lower-case clause.
std::size_t ListItemEnd(const TaggedSentence& s, std::size_t from, std::size_t last) {
  std::size_t q = from;
  // The next item's capitalised noun: after a comma, "và" or a lost ';' ("… KH&CN; Nghị định thư …"),
  // not after a word that makes it part of this one ("sửa đổi Hiệp định", "về Hiệp định").
  auto next_item_at = [&](std::size_t i) {
    const Tok& before = s[i - 1];
    return s[i].cap && s.MatchAt(i, PhraseType::kAgreementKind) && !RoleEndsAt(s, i, GrammarRole::kAmends) &&
           !before.Has(GrammarRole::kTopic) && !before.Has(GrammarRole::kParties) &&
           !before.Has(GrammarRole::kBetween) && !before.Has(GrammarRole::kPossessive) && !before.punct('-');
  };
  while (q < last && !s[q].punct('(') && !next_item_at(q) &&
         !(s[q].punct(',') && (q + 1 >= last || (s[q + 1].word() && !s[q + 1].cap && !s[q + 1].acronym))) &&
         !(s[q].punct('.') && q + 1 == last))
    ++q;
  return q;
}

// True when the lower-case word at i may stand in a party's noun phrase ("các cơ quan
// ngoại giao của …", "hai Học viện"): no grammar word but a determiner, a side noun or "của".
bool NounPhraseWordAt(const TaggedSentence& s, std::size_t i) {
  for (const Match& m : s.MatchesAt(i))
    for (const auto& r : m.phrase->readings) {
      if (r.type != PhraseType::kGrammar) continue;
      const auto role = static_cast<GrammarRole>(r.index);
      if (role != GrammarRole::kPlural && role != GrammarRole::kPossessive && role != GrammarRole::kSide &&
          role != GrammarRole::kPair && role != GrammarRole::kOrgStop && role != GrammarRole::kReference &&
          role != GrammarRole::kNameFiller)
        return false;
      // An org_stop word is a verb or preposition of the clause unless it also is a determiner.
      if (role == GrammarRole::kOrgStop && !s[i].Has(GrammarRole::kPlural) && !s[i].Has(GrammarRole::kPossessive) &&
          !s[i].Has(GrammarRole::kSide))
        return false;
    }
  return true;
}

}  // namespace

std::vector<int> ArticleReader::Signatories(const SentenceFacts& f, const Clause& c, std::size_t k,
                                             std::size_t j, std::size_t verb) const {
  const TaggedSentence& s = *f.tokens;
  // Before the verb, after the last comma ("Ngày 5/6, A và B đã ký …"), or after "do"
  // following the name ("… do A ký với B").
  std::size_t first = c.first, last = verb;
  if (verb >= j) {
    first = c.last;
    for (std::size_t q = j; q < verb && first == c.last; ++q)
      if (s[q].Has(GrammarRole::kLedBy)) first = q + 1;
    last = c.last;
  } else {
    for (std::size_t q = verb; q > c.first && first == c.first; --q)
      if (s[q - 1].punct(',')) first = q;
  }
  // "dưới sự chứng kiến của X", "X chứng kiến lễ ký", "X khẳng định sẽ ký": X does not sign.
  auto witness_or_speech = [&](std::size_t from, std::size_t to) {
    for (std::size_t q = from; q < to; ++q)
      if (PhraseRoleAt(s, q, GrammarRole::kWitness) || PhraseRoleAt(s, q, GrammarRole::kSpeech)) return true;
    return false;
  };
  std::vector<int> out;
  for (std::size_t p = 0; p < f.names.persons.size(); ++p) {
    const auto& span = f.names.persons[p];
    const std::size_t at = span.construct_first;
    if (f.person_mention[p] < 0 || at < first || at >= last || (at >= k && at < j)) continue;
    if (witness_or_speech(first, at) || (verb > at && witness_or_speech(span.construct_last, verb))) continue;
    if (std::find(out.begin(), out.end(), f.person_mention[p]) == out.end()) out.push_back(f.person_mention[p]);
  }
  return out;
}

PartialDate ArticleReader::SigningDate(const SentenceFacts& f, std::size_t first, std::size_t last,
                                       std::size_t k, std::size_t j) const {
  PartialDate date;
  std::size_t best = f.tokens->size();
  for (const auto& d : f.dates) {
    if (d.is_period || d.first < first || d.first >= last || (d.first >= k && d.first < j)) continue;
    const std::size_t distance = d.first >= j ? d.first - j : k - std::min(k, d.last);
    if (distance < best) {
      best = distance;
      date = Anchor(d.start, reference_);
    }
  }
  return date;
}

std::vector<int> ArticleReader::PartiesNamed(const SentenceFacts& f, const Clause& c, std::size_t from,
                                             std::size_t j) const {
  const TaggedSentence& s = *f.tokens;
  std::size_t giua = c.last;
  for (std::size_t q = from; q < j && giua == c.last; ++q)
    if (s[q].Has(GrammarRole::kParties)) giua = q;
  auto between = [&](std::size_t first) {
    return first > giua && first < j &&
           (s[first - 1].Has(GrammarRole::kBetween) || s[first - 1].Has(GrammarRole::kConjunction) ||
            s[first - 1].Has(GrammarRole::kPossessive) || s[first - 1].Has(GrammarRole::kSide) ||
            s[first - 1].punct(','));
  };
  std::vector<int> out;
  for (std::size_t o = 0; o < f.names.orgs.size(); ++o)
    if (f.org_mention[o] >= 0 && between(f.names.orgs[o].first)) out.push_back(f.org_mention[o]);
  // A city or country acting as a party: "giữa Thành phố Hà Nội và Thủ đô Viêng Chăn"; the country
  // of a body the text does not name as one ("giữa lực lượng cảnh sát biển Việt Nam và …").
  for (std::size_t p = 0; p < f.names.places.size(); ++p) {
    const int m = f.place_mention[p];
    const std::size_t first = f.names.places[p].first;
    const bool country_of_party = first > giua && first < j && f.names.owner[first] != 1 && m >= 0 &&
                                  out_.mentions[m].kind == MentionKind::kCountry;
    if (m >= 0 && (between(first) || country_of_party) && std::find(out.begin(), out.end(), m) == out.end())
      out.push_back(m);
  }
  return out;
}

std::vector<int> ArticleReader::SigningBodies(const SentenceFacts& f, const Clause& c, std::size_t from,
                                              std::size_t before, std::size_t j) const {
  const TaggedSentence& s = *f.tokens;
  // The subject of the signing follows the last comma, colon or quote ("Trao đổi với Báo X sau lễ
  // ký, Bộ trưởng cho biết: “… chúng ta ký hiệp định …”": Báo X signs nothing).
  for (std::size_t q = before; q > from; --q)
    if (s[q - 1].punct(',') || s[q - 1].punct(':') || s[q - 1].text == "“" || s[q - 1].punct('"')) {
      from = q;
      break;
    }
  // "với" right after the name ("ký hợp đồng … với Y").
  const std::size_t with =
      j < c.last && s[j].Has(GrammarRole::kBetween) && !s[j].Has(GrammarRole::kParties) ? j : c.last;
  std::vector<int> out;
  for (std::size_t o = 0; o < f.names.orgs.size(); ++o) {
    const auto& org = f.names.orgs[o];
    if (f.org_mention[o] < 0 || f.names.owner[org.first] != 1) continue;
    if ((org.first >= from && org.first < before) || org.first == with + 1) out.push_back(f.org_mention[o]);
  }
  // "Việt Nam và Hoa Kỳ đã ký …": countries sign for themselves (a city before is the place).
  if (!out.empty()) return out;
  for (std::size_t p = 0; p < f.names.places.size(); ++p) {
    const int m = f.place_mention[p];
    const std::size_t first = f.names.places[p].first;
    // Subjects only: first in the clause, after "và", a comma or a side noun not after a preposition
    // ("hai nước Đức và Việt Nam"; "với phía Việt Nam" is no subject).
    const bool side = first > from + 1 && s[first - 1].Has(GrammarRole::kSide) &&
                      !s[first - 2].Has(GrammarRole::kBetween) && !s[first - 2].Has(GrammarRole::kLocation);
    if (m >= 0 && out_.mentions[m].kind == MentionKind::kCountry && first >= from && first < before &&
        (first == from || s[first - 1].Has(GrammarRole::kConjunction) || s[first - 1].punct(',') || side))
      out.push_back(m);
  }
  return out;
}

void ArticleReader::AddAgreement(AgreementMention a, std::size_t kind_length, bool bare, bool bare_reference) {
  const bool has_period = a.period_start != 0;
  const std::string key = normalize::MatchKey(a.name);
  for (auto it = out_.agreements.rbegin(); it != out_.agreements.rend(); ++it) {
    AgreementMention& old = *it;
    const bool old_bare = TokenKeys(old.name).size() == kind_length;
    const bool status_fits = old.status == a.status || old.status == AgreementStatus::kMentioned ||
                             a.status == AgreementStatus::kMentioned;
    const bool same = normalize::MatchKey(old.name) == key ||
                      (old.kind == a.kind && has_period && old.period_start == a.period_start &&
                       old.period_end == a.period_end) ||
                      (old.kind == a.kind && bare) || (old.kind == a.kind && old_bare && status_fits);
    if (!same) continue;
    if (bare) return;  // an anaphoric "Thỏa thuận": keep what the full mention said
    if (old_bare) {
      old.name = a.name;
      old.evidence = a.evidence;
    }
    if (a.status != AgreementStatus::kMentioned &&
        (old.status == AgreementStatus::kMentioned || a.status == AgreementStatus::kToBeSigned))
      old.status = a.status;
    if (old.date.empty()) old.date = a.date;
    if (old.signatories.empty() && !a.signatories.empty()) {
      // Who signed says whose it is better than the meeting it was named at.
      old.signatories = a.signatories;
      old.parties = a.parties;
    }
    return;
  }
  if (!bare_reference) out_.agreements.push_back(std::move(a));
}

void ArticleReader::ReadAgreements(const SentenceFacts& f) {
  const TaggedSentence& s = *f.tokens;
  // True when a signing, to-be-signed or (unless `signing_only`) agreeing marker ends just before
  // `end` ("ký kết hợp tác …", "thông qua Tuyên bố chung"): what it acts on is made there.
  auto status_verb_ends_at = [&](std::size_t end, bool signing_only) {
    for (std::size_t i = end >= 3 ? end - 3 : 0; i < end; ++i)
      for (const Match& m : s.MatchesAt(i))
        if (i + m.length == end)
          for (const auto& r : m.phrase->readings) {
            if (r.type != PhraseType::kMarker) continue;
            const MarkerRole role = lex_.marker(r.index).role;
            if (role == MarkerRole::kSigned || role == MarkerRole::kToBeSigned) return true;
            if (!signing_only && role == MarkerRole::kAgreed) return true;
          }
    return false;
  };
  // The status the markers of [first, last) outside the name [k, j) give.
  auto status_of = [&](std::size_t first, std::size_t k, std::size_t j, std::size_t last, std::size_t* at) {
    auto has = [&](MarkerRole role, std::size_t* where) {
      return HasMarker(s, first, k, role, where) || HasMarker(s, j, last, role, where);
    };
    if (has(MarkerRole::kToBeSigned, at)) return AgreementStatus::kToBeSigned;
    if (has(MarkerRole::kSigned, at))
      return !s[*at].Has(GrammarRole::kPast) && HasMarker(s, first, *at, MarkerRole::kPlanned)
                 ? AgreementStatus::kToBeSigned
                 : AgreementStatus::kSigned;
    std::size_t unused = 0;
    if (has(MarkerRole::kImplemented, &unused)) return AgreementStatus::kImplemented;
    if (has(MarkerRole::kAgreed, &unused)) return AgreementStatus::kAgreed;
    if (has(MarkerRole::kProposed, &unused)) return AgreementStatus::kProposed;
    return AgreementStatus::kMentioned;
  };
  // "trao Biên bản ghi nhớ", "trao đổi các văn kiện": handed over once signed.
  auto handed_over = [&](std::size_t k) {
    return RoleEndsAt(s, k, GrammarRole::kHandover) ||
           (k > 0 && s[k - 1].Has(GrammarRole::kPlural) && RoleEndsAt(s, k - 1, GrammarRole::kHandover));
  };
  AgreementStatus sentence_group = AgreementStatus::kMentioned;  // of a group named in this sentence
  std::size_t item_end = s.size() + 1;  // where the last list item read ends
  for (const Clause& c : Clauses(s)) {
    // "năm 2024": a year, not a subject word.
    auto year_at = [&](std::size_t q) {
      return s[q].Has(GrammarRole::kYearWord) && q + 1 < c.last && s[q + 1].number >= 1900;
    };
    // "hợp tác" as a whole phrase of the clause: its length, else 0.
    auto cooperation_at = [&](std::size_t q) {
      const std::size_t co = RoleLengthAt(s, q, GrammarRole::kCooperation);
      return q + co <= c.last ? co : 0;
    };
    // "ứng phó với biến đổi khí hậu": a preposition before more lower-case
    // words is the subject's; before a name it introduces the parties, and
    // "giữa" always does.
    auto inner_preposition = [&](std::size_t q) {
      return s[q].Has(GrammarRole::kBetween) && !s[q].Has(GrammarRole::kParties) && q + 1 < c.last &&
             s[q + 1].word() && !s[q + 1].cap && !s[q + 1].acronym && !s[q + 1].Has(GrammarRole::kPlural) &&
             !s[q + 1].Has(GrammarRole::kOrgStop);
    };
    // "Việt Nam - EU", "A và B": a word or dash joining two names; not "… và Hiệp định …",
    // which starts a second agreement.
    auto joins = [&](std::size_t q) {
      return (s[q].Has(GrammarRole::kConjunction) || s[q].punct('-')) &&
             !s.MatchAt(q + 1, PhraseType::kAgreementKind);
    };
    // A word that ends a lower-case stretch of a name: a verb of the clause, a function word.
    auto clause_word_at = [&](std::size_t q) {
      return s.MatchAt(q, PhraseType::kMarker) || s.MatchAt(q, PhraseType::kTrigger) ||
             PhraseRoleAt(s, q, GrammarRole::kClauseLink) || PhraseRoleAt(s, q, GrammarRole::kAmends);
    };
    // The subject, in lower case: "… hợp tác phát triển điện khí", "về hợp tác đầu tư".
    auto take_subject = [&](std::size_t from) {
      std::size_t q = from;
      // "trong" (an org_stop) and "giai đoạn" end the subject before a period.
      // "mua 20 máy bay A321neo": a count before a lower-case noun is the subject's.
      auto count_at = [&](std::size_t i) {
        return s[i].number >= 0 && i > from && i + 1 < c.last && s[i + 1].word() && !s[i + 1].cap &&
               !s[i + 1].Has(GrammarRole::kOrgStop);
      };
      // "tàu bay 737 MAX mới": a model's number and letters after a lower-case noun.
      auto model_at = [&](std::size_t i) {
        return s[i].number >= 0 && i > from && s[i - 1].word() && !s[i - 1].cap && i + 1 < c.last &&
               s[i + 1].acronym;
      };
      while (q < c.last) {
        if (model_at(q)) {
          q += 2;
          continue;
        }
        if (!((s[q].word() || count_at(q)) && !s[q].cap && !PhraseRoleAt(s, q, GrammarRole::kPeriod) &&
              !year_at(q) && !clause_word_at(q) &&
              ((!s[q].Has(GrammarRole::kOrgStop) && !s[q].Has(GrammarRole::kBetween)) || inner_preposition(q))))
          break;
        ++q;
      }
      return q;
    };
    // True when token q is inside a place's name ("Thành phố Hà Nội").
    auto in_place = [&](std::size_t q) {
      return std::any_of(f.names.places.begin(), f.names.places.end(),
                         [q](const auto& p) { return p.first <= q && q < p.last; });
    };
    // "giữa các cơ quan ngoại giao của LB Nga và CHXHCN Việt Nam", "giữa hai Học viện",
    // "giữa VietJet với Tập đoàn Lufthansa": noun phrases joined by "và", "với" or a comma
    // before a name, up to a word of the clause. `from` is after "giữa".
    auto parties_end = [&](std::size_t from) {
      // "Thủ đô La Habana": a lower-case syllable of a phrase a capitalised word starts.
      auto phrase_syllable = [&](std::size_t q) {
        return q > from && s[q - 1].cap && !s.MatchesAt(q - 1).empty() && s.MatchesAt(q - 1).begin()->length >= 2;
      };
      auto party_word = [&](std::size_t q) {
        if (q >= c.last) return false;
        if (f.names.owner[q] == 1 || in_place(q)) return true;  // inside a body's or a place's name
        if (phrase_syllable(q)) return true;
        const Tok& t = s[q];
        if (!t.word() && t.number < 0) return false;
        if (clause_word_at(q) || s.MatchAt(q, PhraseType::kAgreementKind) || year_at(q)) return false;
        return t.cap || t.acronym || t.number >= 0 || NounPhraseWordAt(s, q);
      };
      std::size_t q = from, end = from;
      bool named_party = false;  // the current party has had its name: a lower-case word now ends it
      while (q < c.last) {
        if (party_word(q)) {
          const bool in_body = f.names.owner[q] == 1 || in_place(q) || phrase_syllable(q);
          const bool lower = !s[q].cap && !s[q].acronym && s[q].number < 0;
          if (lower && !in_body && named_party && !s[q].Has(GrammarRole::kPossessive)) break;
          named_party = (named_party || !lower || in_body) && !s[q].Has(GrammarRole::kPossessive);
          end = ++q;
          continue;
        }
        named_party = false;
        const bool joiner = s[q].Has(GrammarRole::kConjunction) || s[q].Has(GrammarRole::kBetween) ||
                            s[q].punct('-') || (s[q].punct(',') && q + 1 < c.last && (s[q + 1].cap || s[q + 1].acronym));
        if (q > from && joiner && party_word(q + 1) && !s.MatchAt(q + 1, PhraseType::kAgreementKind)) {
          ++q;
          continue;
        }
        break;
      }
      // "giữa X và Y": a trailing possessive or plural word is no party.
      while (end > from && !s[end - 1].cap && !s[end - 1].acronym && s[end - 1].number < 0 &&
             FunctionWordAt(s, end - 1))
        --end;
      // "giữa hai Chính phủ", "giữa hai Bộ": a bare head is the two sides, not a name ("giữa hai Học
      // viện Ngoại giao", "giữa hai Văn phòng Trung ương Đảng" are).
      if (end > from + 1 && s[from].Has(GrammarRole::kPair)) {
        if (from + 1 + s.MatchAt(from + 1, PhraseType::kOrgHead) == end) return from;
      }
      return end;
    };
    std::size_t read_end = c.first;     // where the last agreement read ends
    // True when "giữa" at q introduces parties.
    auto parties_follow = [&](std::size_t q) {
      return q < c.last && s[q].Has(GrammarRole::kParties) && parties_end(q + 1) > q + 1;
    };
    for (std::size_t k = c.first; k < c.last; ++k) {
      int kind = -1;
      std::size_t len = s.MatchAt(k, PhraseType::kAgreementKind, &kind);
      // "ký kết hợp tác chế tạo …": a signing of cooperation with no agreement noun.
      const bool unnamed_signing = !len && k > c.first && status_verb_ends_at(k, true) && cooperation_at(k);
      if (unnamed_signing) {
        len = cooperation_at(k);
        kind = static_cast<int>(AgreementKind::kAgreement);
      }
      if (!len) continue;
      // "Bộ Kế hoạch và Đầu tư": the whole phrase inside a body's name or a title.
      auto in_name = [&](std::size_t q) { return f.names.owner[q] == 1 || f.names.owner[q] == 2; };
      if (in_name(k) && in_name(k + len - 1)) continue;
      // "trong khuôn khổ hợp tác giữa …": the setting of an act, not a document.
      if (PhraseRoleAt(s, k, GrammarRole::kFrame) && k > 0 && s[k - 1].Has(GrammarRole::kOrgStop)) {
        k += len - 1;
        continue;
      }
      // "các văn kiện", "6 văn kiện hợp tác", "nhiều thỏa thuận": a group, not one agreement.
      if (k > 0 && (s[k - 1].Has(GrammarRole::kPlural) || (s[k - 1].number >= 0 && !unnamed_signing))) {
        std::size_t at = 0;
        AgreementStatus group = status_of(c.first, k, k + len, c.last, &at);
        if (group == AgreementStatus::kMentioned && handed_over(k)) group = AgreementStatus::kSigned;
        if (group != AgreementStatus::kMentioned) group_status_ = sentence_group = group;
        k += len - 1;
        continue;
      }
      std::size_t j = k + len;
      // "Bản ghi nhớ này", "thỏa thuận mới này", "văn kiện trên": one named before.
      {
        std::size_t q = j;
        if (const std::size_t co = cooperation_at(q)) q += co;
        if (q + 1 < c.last && s[q].word() && !s[q].cap && PhraseRoleAt(s, q + 1, GrammarRole::kDemonstrative)) ++q;
        const bool demonstrative = q < c.last && PhraseRoleAt(s, q, GrammarRole::kDemonstrative) &&
                                   !(q + 1 < c.last && s[q + 1].word() && !s[q + 1].cap && !FunctionWordAt(s, q + 1) &&
                                     !clause_word_at(q + 1));
        if (demonstrative && !out_.agreements.empty()) {
          std::size_t at = 0;
          const AgreementStatus status = status_of(c.first, k, q + 1, c.last, &at);
          AgreementMention* old = &out_.agreements.back();
          for (auto it = out_.agreements.rbegin(); it != out_.agreements.rend(); ++it)
            if (it->kind == static_cast<AgreementKind>(kind)) { old = &*it; break; }
          if (old->status == AgreementStatus::kMentioned) old->status = status;
          k = q;
          continue;
        }
        if (demonstrative) { k = q; continue; }
      }
      // "… bao gồm: Hiệp định …; Nghị định thư …": an item of a list of documents.
      // The first item follows a ':' after "gồm" or before a ';'; the next ones follow the last.
      const bool list_item =
          k == item_end || (k > 0 && s[k - 1].punct(';') && k - 1 == item_end) ||
          (k > 0 && s[k - 1].punct(':') &&
           (RoleEndsAt(s, k - 1, GrammarRole::kClauseLink) ||
            std::any_of(s.toks().begin() + k, s.toks().end(), [](const Tok& t) { return t.punct(';'); })));
      // The ':' opening the list, if any: the part before it says when and how its items were signed.
      std::size_t colon = 0;
      if (list_item)
        for (std::size_t q = k; q > 0 && !colon; --q)
          if (s[q - 1].punct(':')) colon = q - 1;
      bool cooperation = false, named = (s[k].cap && k > c.first) || list_item;
      bool says_cooperation = unnamed_signing;  // the kind phrase itself says "hợp tác"
      for (std::size_t q = k; q + 1 < k + len; ++q) {
        const std::size_t co = RoleLengthAt(s, q, GrammarRole::kCooperation);
        if (co && q + co <= k + len) says_cooperation = true;
      }
      AgreementMention a;
      if (says_cooperation) {
        // "thỏa thuận hợp tác chiến lược …" names one; "phương hướng hợp tác trong thời gian tới" does not.
        std::size_t end = take_subject(j);
        cooperation = end > j;
        j = end;
      } else if (j < c.last && s[j].word() && !s[j].cap && !cooperation_at(j) &&
                 (named || HasMarker(s, c.first, k, MarkerRole::kSigned) ||
                  HasMarker(s, c.first, k, MarkerRole::kToBeSigned) || (s[k].cap && parties_follow(take_subject(j))) ||
                  (k == c.first && (HasMarker(s, j, c.last, MarkerRole::kSigned) ||
                                    HasMarker(s, j, c.last, MarkerRole::kToBeSigned))))) {
        // A title ("Hiệp định tương trợ tư pháp về hình sự"), the object of a signing
        // ("ký hợp đồng mua bán điện", "Hiệp định … do A ký") or a subject before the parties
        // ("Hiệp định đối tác kinh tế giữa …", at the start of a sentence) is in lower case.
        std::size_t end = take_subject(j);
        cooperation = end > j;
        j = end;
      }
      if (unnamed_signing) {
        // "ký kết hợp tác sản xuất với Y": Y is the partner, not the subject.
        for (std::size_t q = k + len; q < j; ++q)
          if (s[q].Has(GrammarRole::kBetween)) j = q;
        if (j == k + len) continue;
      }
      std::size_t parties_to = 0;  // where the parties after "giữa" end
      while (j < c.last) {
        if (s[j].Has(GrammarRole::kParties)) {
          // "… giữa A và B"
          const std::size_t end = parties_end(j + 1);
          if (end == j + 1) break;
          j = parties_to = end;
          named = true;
          continue;
        }
        if (const std::size_t amends = RoleLengthAt(s, j, GrammarRole::kAmends)) {
          // "Nghị định thư sửa đổi Hiệp định vận tải hàng không năm 1994": the amended one is in the name.
          const std::size_t inner = s.MatchAt(j + amends, PhraseType::kAgreementKind);
          if (!inner || j + amends + inner > c.last) break;
          j = take_subject(j + amends + inner);
          named = true;
          continue;
        }
        const std::size_t co = cooperation_at(j);
        if (co || s[j].Has(GrammarRole::kTopic)) {
          // "… hợp tác phát triển điện khí", "Hiệp định về hợp tác đầu tư": the subject, in lower case.
          cooperation = true;
          j = take_subject(j + (co ? co : 1));
          continue;
        }
        if (year_at(j) && s[j + 1].number <= 2100) {
          j += 2;  // "Kế hoạch hợp tác quốc phòng năm 2024"
          continue;
        }
        if (PhraseRoleAt(s, j, GrammarRole::kPeriod)) {
          // "(trong) giai đoạn 2021-2025"
          const std::size_t period = PeriodAt(s, j, c.last, &a.period_start, &a.period_end);
          if (!period) break;
          j += period;
          continue;
        }
        const std::size_t field = RoleLengthAt(s, j, GrammarRole::kField);
        if (field && j + field <= c.last) {
          // "… trong lĩnh vực năng lượng và mỏ giữa …": the field ends before the parties.
          std::size_t m = j + field;
          while (m < c.last && s[m].word() && !s[m].cap && m - j < 10 && !s[m].Has(GrammarRole::kBetween) &&
                 !s[m].Has(GrammarRole::kOrgStop) && !clause_word_at(m))
            ++m;
          j = m;
          continue;
        }
        // "Chương trình Hành động thực hiện Tuyên bố chung …": in a capitalised title a verb
        // before another capitalised name is the title's.
        std::size_t verb = 0;
        if (j + 1 < c.last && HasMarker(s, j, j + 1, MarkerRole::kImplemented) &&
            std::any_of(s.toks().begin() + k + 1, s.toks().begin() + j, [](const Tok& t) { return t.cap; }))
          verb = s.MatchAt(j, PhraseType::kMarker);
        if (verb && j + verb < c.last && s[j + verb].cap) {
          j += verb;
          continue;
        }
        // "Việt Nam - EU": after a dash between names a known body is the other party of the name.
        const bool after_dash = named && j > k + len && s[j - 1].punct('-');
        // "Hiệp định cấp Chính phủ": a body after a lower-case word of a title is the title's.
        // At the start of a sentence only before its subject ("Hiệp định cấp Chính phủ về …").
        const std::size_t body = std::max(s.MatchAt(j, PhraseType::kKnownOrg), s.MatchAt(j, PhraseType::kOrgHead));
        const bool after_title_word =
            (named || (j + body < c.last && s[j + body].Has(GrammarRole::kTopic))) && j > k + len &&
            s[j - 1].word() && !s[j - 1].cap && !FunctionWordAt(s, j - 1) && !DanglingAt(s, j - 1);
        if (s[j].cap && s[j].word() && !s.MatchAt(j, PhraseType::kAgreementKind) &&
            ((!s.MatchAt(j, PhraseType::kOrgHead) && !s.MatchAt(j, PhraseType::kKnownOrg)) || after_dash ||
             after_title_word)) {
          ++j;
          named = true;
          continue;
        }
        // "Hữu nghị": a lower-case syllable completing a capitalised word; after a Vietnamese
        // word that is no name of its own, the title's subject ("Hiệp định Bảo hộ đầu tư").
        if (named && j != parties_to && s[j].word() && !s[j].cap && s[j - 1].cap && !s[j - 1].acronym &&
            !clause_word_at(j) && !FunctionWordAt(s, j) && !s[j].Has(GrammarRole::kOrgStop) &&
            !s[j].Has(GrammarRole::kParties)) {
          const bool subject = s[j - 1].vietnamese_syllable && f.names.owner[j - 1] == 0 && !in_place(j - 1);
          j = subject ? std::max(j + 1, take_subject(j)) : j + 1;
          continue;
        }
        if (joins(j) && j + 1 < c.last && s[j + 1].cap && j > k + len) { ++j; continue; }
        break;
      }
      if (list_item) j = item_end = std::max(j, ListItemEnd(s, j, c.last));
      while (j > k + len && DanglingAt(s, j - 1)) --j;
      if (!a.period_start)  // a list item read whole: its period
        for (std::size_t q = k + len; q < j && !a.period_start; ++q) PeriodAt(s, q, j, &a.period_start, &a.period_end);
      const bool has_period = a.period_start != 0;
      if (!named && !cooperation && !has_period) { k = j - 1; continue; }
      // A bare "Bản ghi nhớ" refers back to one named before, unless it is the object of a status
      // verb or handed over right there ("hai bên ký Biên bản hội đàm", "thông qua Tuyên bố chung").
      const bool bare_reference = j == k + len && !status_verb_ends_at(k, false) && !handed_over(k);
      a.kind = static_cast<AgreementKind>(kind);
      a.name = s.Text(k, j);
      std::size_t at = 0;
      // A signing or carrying out just before it ("thực hiện A, tiếp tục ký B"), else the clause's
      // strongest ("thống nhất Kế hoạch … sẽ được ký").
      a.status = status_of(read_end, k, k, k, &at);
      if (a.status == AgreementStatus::kMentioned || a.status == AgreementStatus::kAgreed ||
          a.status == AgreementStatus::kProposed)
        a.status = status_of(c.first, k, j, c.last, &at);
      if (a.status == AgreementStatus::kMentioned && list_item) {
        // A list's items take the status of the sentence introducing them, else of the group
        // named before it ("sẽ chứng kiến lễ ký các văn kiện hợp tác. Các văn kiện bao gồm: …").
        if (colon > 0) a.status = status_of(0, colon, colon, colon, &at);
        if (a.status == AgreementStatus::kMentioned) a.status = group_status_;
      }
      if (a.status == AgreementStatus::kMentioned && handed_over(k)) a.status = AgreementStatus::kSigned;
      // "… ký các văn kiện, gồm Bản ghi nhớ …, Thỏa thuận …": a member of the group named before.
      if (a.status == AgreementStatus::kMentioned) a.status = sentence_group;
      // "kỷ niệm 30 năm ký Hiệp ước …": the dates of the clause are the celebration's.
      bool anniversary = false;
      for (std::size_t q = c.first; q < k && !anniversary; ++q) anniversary = PhraseRoleAt(s, q, GrammarRole::kAnniversary);
      if (anniversary && a.status == AgreementStatus::kToBeSigned) a.status = AgreementStatus::kSigned;
      if (!anniversary && (a.status == AgreementStatus::kToBeSigned || a.status == AgreementStatus::kSigned)) {
        a.date = SigningDate(f, colon ? 0 : c.first, colon ? colon : c.last, k, j);
      }
      a.parties = PartiesNamed(f, c, k + len, j);
      if (a.parties.empty() &&
          (a.status == AgreementStatus::kSigned || a.status == AgreementStatus::kToBeSigned))
        a.parties = colon ? SigningBodies(f, c, 0, colon, j) : SigningBodies(f, c, c.first, k, j);
      if (!anniversary && (a.status == AgreementStatus::kSigned || a.status == AgreementStatus::kToBeSigned)) {
        a.signatories = Signatories(f, c, k, j, at);
        // "Bộ trưởng Bộ Y tế A và Bộ trưởng Y tế Lào B đã ký …": the bodies the signatories speak for.
        if (a.parties.empty()) a.parties = BodiesOf(a.signatories);
      }
      if (a.parties.empty() && focus_ >= 0) {
        for (const auto& p : out_.meetings[focus_].participants)
          if (out_.mentions[p.mention].kind == MentionKind::kOrganization) a.parties.push_back(p.mention);
      }
      // "Hai Bộ đã ký …", "hai bên ký …" with no body among the meeting's
      // attendees: the bodies its delegation heads (else its attendees) speak for.
      if (a.parties.empty() && focus_ >= 0 && NamesBothSides(s, c.first, c.last)) {
        a.parties = SideOrganizations(out_.meetings[focus_]);
      }
      a.evidence = EvidenceFor(f.index, s[k].begin, s[j - 1].end);
      AddAgreement(std::move(a), len, j - k == len, bare_reference);
      read_end = j;
      k = j - 1;
    }
  }
}

}  // namespace coopgraph::extract::internal

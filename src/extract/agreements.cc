// Agreements of one sentence: kind, name, period, status, date and parties.
#include <algorithm>

#include "article.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::extract::internal {

void ArticleReader::ReadAgreements(const SentenceFacts& f) {
  const TaggedSentence& s = *f.tokens;
  for (const Clause& c : Clauses(s)) {
    for (std::size_t k = c.first; k < c.last; ++k) {
      int kind = -1;
      std::size_t len = s.MatchAt(k, PhraseType::kAgreementKind, &kind);
      if (!len) continue;
      if (f.names.owner[k] == 1 || f.names.owner[k] == 2) continue;  // "Bộ Kế hoạch và Đầu tư"
      if (k > 0 && s[k - 1].Has(GrammarRole::kPlural)) { k += len - 1; continue; }
      std::size_t j = k + len;
      bool cooperation = false, named = s[k].cap && k > c.first;
      bool says_cooperation = false;  // the kind phrase itself says "hợp tác"
      for (std::size_t q = k; q + 1 < k + len; ++q) {
        const std::size_t co = RoleLengthAt(s, q, GrammarRole::kCooperation);
        if (co && q + co <= k + len) says_cooperation = true;
      }
      // "năm 2024": a year, not a subject word.
      auto year_at = [&](std::size_t q) {
        return s[q].Has(GrammarRole::kYearWord) && q + 1 < c.last && s[q + 1].number >= 1900;
      };
      // "hợp tác" as a whole phrase of the clause: its length, else 0.
      auto cooperation_at = [&](std::size_t q) {
        const std::size_t co = RoleLengthAt(s, q, GrammarRole::kCooperation);
        return q + co <= c.last ? co : 0;
      };
      AgreementMention a;
      // The subject, in lower case: "… hợp tác phát triển điện khí", "về hợp tác đầu tư".
      // "ứng phó với biến đổi khí hậu": a preposition before more lower-case
      // words is the subject's; before a name it introduces the parties.
      auto inner_preposition = [&](std::size_t q) {
        return s[q].Has(GrammarRole::kBetween) && q + 1 < c.last && s[q + 1].word() &&
               !s[q + 1].cap && !s[q + 1].acronym && !s[q + 1].Has(GrammarRole::kPlural) &&
               !s[q + 1].Has(GrammarRole::kOrgStop);
      };
      // "Việt Nam - EU", "A và B": a word or dash joining two names.
      auto joins = [&](std::size_t q) {
        return s[q].Has(GrammarRole::kConjunction) || s[q].punct('-');
      };
      auto take_subject = [&](std::size_t from) {
        std::size_t q = from, limit = from + 12;
        // "trong" (an org_stop) and "giai đoạn" end the subject before a period.
        // "mua 20 máy bay A321neo": a count before a lower-case noun is the subject's.
        auto count_at = [&](std::size_t i) {
          return s[i].number >= 0 && i > from && i + 1 < c.last && s[i + 1].word() && !s[i + 1].cap &&
                 !s[i + 1].Has(GrammarRole::kOrgStop);
        };
        while (q < c.last && q < limit && (s[q].word() || count_at(q)) && !s[q].cap &&
               !PhraseRoleAt(s, q, GrammarRole::kPeriod) && !year_at(q) &&
               !s.MatchAt(q, PhraseType::kMarker) && !s.MatchAt(q, PhraseType::kTrigger) &&
               ((!s[q].Has(GrammarRole::kOrgStop) && !s[q].Has(GrammarRole::kBetween)) ||
                inner_preposition(q)))
          ++q;
        return q;
      };
      if (says_cooperation) {
        // "thỏa thuận hợp tác chiến lược …" names one; "phương hướng hợp tác trong thời gian tới" does not.
        std::size_t end = take_subject(j);
        cooperation = end > j;
        j = end;
      } else if (j < c.last && s[j].word() && !s[j].cap && !cooperation_at(j) &&
                 ((s[k].cap && k > c.first) || HasMarker(s, c.first, k, MarkerRole::kSigned) ||
                  HasMarker(s, c.first, k, MarkerRole::kToBeSigned))) {
        // A title ("Hiệp định tương trợ tư pháp về hình sự") or the object of a
        // signing ("ký hợp đồng mua bán điện") names its subject in lower case.
        std::size_t end = take_subject(j);
        cooperation = end > j;
        j = end;
      }
      while (j < c.last) {
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
        if (const std::size_t period = RoleLengthAt(s, j, GrammarRole::kPeriod)) {
          // "(trong) giai đoạn 2021-2025"
          const std::size_t y = j + period;
          if (y + 2 <= c.last && y + 2 < s.size() && s[y].number >= 1900 && s[y + 1].punct('-') &&
              s[y + 2].number >= 1900) {
            a.period_start = s[y].number;
            a.period_end = s[y + 2].number;
            j = y + 3;
            continue;
          }
          break;
        }
        const std::size_t field = RoleLengthAt(s, j, GrammarRole::kField);
        if (field && j + field <= c.last) {
          // "… trong lĩnh vực năng lượng và mỏ giữa …": the field ends before the parties.
          std::size_t m = j + field;
          while (m < c.last && s[m].word() && !s[m].cap && m - j < 10 && !s[m].Has(GrammarRole::kBetween) &&
                 !s[m].Has(GrammarRole::kOrgStop) && !s.MatchAt(m, PhraseType::kMarker))
            ++m;
          j = m;
          continue;
        }
        // "Việt Nam - EU": after a dash between names a known body is the other party of the name.
        const bool after_dash = named && j > k + len && s[j - 1].punct('-');
        if (s[j].cap && s[j].word() &&
            ((!s.MatchAt(j, PhraseType::kOrgHead) && !s.MatchAt(j, PhraseType::kKnownOrg)) || after_dash)) {
          ++j;
          named = true;
          continue;
        }
        // "Hữu nghị": a lower-case syllable completing a capitalised word.
        if (named && s[j].word() && !s[j].cap && s[j - 1].cap && !s.MatchAt(j, PhraseType::kMarker) &&
            !FunctionWordAt(s, j) && !s[j].Has(GrammarRole::kOrgStop)) {
          ++j;
          continue;
        }
        if (joins(j) && j + 1 < c.last && s[j + 1].cap && j > k + len) { ++j; continue; }
        break;
      }
      while (j > k + len && joins(j - 1)) --j;
      bool has_period = a.period_start != 0;
      if (!named && !cooperation && !has_period) { k = j - 1; continue; }
      a.kind = static_cast<AgreementKind>(kind);
      a.name = s.Text(k, j);
      std::size_t at = 0;
      if (HasMarker(s, c.first, c.last, MarkerRole::kToBeSigned, &at)) a.status = AgreementStatus::kToBeSigned;
      else if (HasMarker(s, c.first, c.last, MarkerRole::kSigned, &at))
        a.status = !s[at].Has(GrammarRole::kPast) && HasMarker(s, c.first, at, MarkerRole::kPlanned)
                       ? AgreementStatus::kToBeSigned
                       : AgreementStatus::kSigned;
      else if (HasMarker(s, c.first, c.last, MarkerRole::kImplemented)) a.status = AgreementStatus::kImplemented;
      else if (HasMarker(s, c.first, c.last, MarkerRole::kAgreed)) a.status = AgreementStatus::kAgreed;
      else if (HasMarker(s, c.first, c.last, MarkerRole::kProposed)) a.status = AgreementStatus::kProposed;
      if (a.status == AgreementStatus::kToBeSigned || a.status == AgreementStatus::kSigned) {
        // The date of this clause nearest the agreement's name.
        std::size_t best = s.size();
        for (const auto& d : f.dates) {
          if (d.is_period || d.first < c.first || d.first >= c.last) continue;
          std::size_t distance = d.first >= j ? d.first - j : k - std::min(k, d.last);
          if (distance < best) {
            best = distance;
            a.date = Anchor(d.start, reference_);
          }
        }
      }
      // Parties: organisations after "giữa" in the sentence, else those of the meeting in focus.
      // Only after a "giữa" of this clause: "… giữa A và B".
      std::size_t giua = c.last;
      for (std::size_t q = j; q < c.last && giua == c.last; ++q)
        if (s[q].Has(GrammarRole::kParties)) giua = q;
      auto between = [&](std::size_t first) {
        return first > giua && first < c.last &&
               (s[first - 1].Has(GrammarRole::kBetween) ||
                s[first - 1].Has(GrammarRole::kConjunction));
      };
      for (std::size_t o = 0; o < f.names.orgs.size(); ++o) {
        if (f.org_mention[o] >= 0 && between(f.names.orgs[o].first)) a.parties.push_back(f.org_mention[o]);
      }
      // A city or country acting as a party: "giữa Thành phố Hà Nội và Thủ đô Viêng Chăn".
      for (std::size_t p = 0; p < f.names.places.size(); ++p) {
        if (f.place_mention[p] >= 0 && between(f.names.places[p].first)) a.parties.push_back(f.place_mention[p]);
      }
      if (a.parties.empty() &&
          (a.status == AgreementStatus::kSigned || a.status == AgreementStatus::kToBeSigned)) {
        // "A và B đã ký …": the subjects of the signing.
        for (std::size_t o = 0; o < f.names.orgs.size(); ++o) {
          if (f.names.orgs[o].first >= c.first && f.names.orgs[o].last <= k && f.org_mention[o] >= 0 &&
              f.names.owner[f.names.orgs[o].first] == 1)
            a.parties.push_back(f.org_mention[o]);
        }
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
      // One agreement per name (or kind and period) in an article.
      const std::string key = normalize::MatchKey(a.name);
      bool merged = false;
      for (auto it = out_.agreements.rbegin(); it != out_.agreements.rend(); ++it) {
        AgreementMention& old = *it;
        const bool bare = j - k == len, old_bare = TokenKeys(old.name).size() == len;
        const bool status_fits = old.status == a.status || old.status == AgreementStatus::kMentioned ||
                                 a.status == AgreementStatus::kMentioned;
        bool same = normalize::MatchKey(old.name) == key ||
                    (old.kind == a.kind && has_period && old.period_start == a.period_start &&
                     old.period_end == a.period_end) ||
                    (old.kind == a.kind && bare) ||
                    (old.kind == a.kind && old_bare && status_fits && !has_period);
        if (!same) continue;
        if (bare) {  // an anaphoric "Thỏa thuận": keep what the full mention said
          merged = true;
          break;
        }
        if (old_bare && !bare) {
          old.name = a.name;
          old.evidence = a.evidence;
        }
        if (a.status != AgreementStatus::kMentioned &&
            (old.status == AgreementStatus::kMentioned || a.status == AgreementStatus::kToBeSigned))
          old.status = a.status;
        if (old.date.empty()) old.date = a.date;
        merged = true;
        break;
      }
      if (!merged) out_.agreements.push_back(std::move(a));
      k = j - 1;
    }
  }
}

}  // namespace coopgraph::extract::internal

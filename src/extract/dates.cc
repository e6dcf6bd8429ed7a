#include "dates.h"

#include <algorithm>

namespace coopgraph::extract::internal {
namespace {

bool IsYear(int n) { return n >= 1900 && n <= 2100; }
bool IsMonth(int n) { return n >= 1 && n <= 12; }
bool IsDay(int n) { return n >= 1 && n <= 31; }
bool IsSep(const Tok& t) { return t.punct('/') || t.punct('-') || t.punct('.'); }

// Reads D{sep}M[{sep}Y] at i; returns tokens used (0 if none).
std::size_t ReadDayMonth(const TaggedSentence& s, std::size_t i, PartialDate* out) {
  if (i + 2 >= s.size()) return 0;
  const Tok& d = s[i];
  const Tok& sep = s[i + 1];
  const Tok& m = s[i + 2];
  if (!IsDay(d.number) || !IsSep(sep) || !IsMonth(m.number)) return 0;
  // Adjacent tokens only: "10/8" has no spaces inside.
  if (sep.begin != d.end || m.begin != sep.end) return 0;
  out->day = d.number;
  out->month = m.number;
  if (i + 4 < s.size() && IsSep(s[i + 3]) && IsYear(s[i + 4].number) &&
      s[i + 3].begin == m.end && s[i + 4].begin == s[i + 3].end) {
    out->year = s[i + 4].number;
    return 5;
  }
  return 3;
}

// Reads M{sep}Y at i ("9/2018").
std::size_t ReadMonthYear(const TaggedSentence& s, std::size_t i, PartialDate* out) {
  if (i + 2 >= s.size()) return 0;
  if (!IsMonth(s[i].number) || !IsSep(s[i + 1]) || !IsYear(s[i + 2].number)) return 0;
  out->month = s[i].number;
  out->year = s[i + 2].number;
  return 3;
}

// A word of grammar.tsv with `role` at i ("tháng", "năm", "và").
bool KeyIs(const TaggedSentence& s, std::size_t i, GrammarRole role) {
  return i < s.size() && RoleLengthAt(s, i, role) > 0;
}

// The date expressions of a sentence, before asides are marked.
std::vector<DateExpr> FindDateExprs(const TaggedSentence& s) {
  std::vector<DateExpr> out;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    DateExpr e;
    e.first = i;
    // "giai đoạn 2021 – 2025", "2021-2025"
    if (IsYear(s[i].number) && i + 2 < n && s[i + 1].punct('-') && IsYear(s[i + 2].number)) {
      e.first = (i > 1 && RoleLengthAt(s, i - 2, GrammarRole::kPeriod) == 2) ? i - 2 : i;
      e.last = i + 3;
      e.start.year = s[i].number;
      e.end.year = s[i + 2].number;
      e.is_period = true;
      out.push_back(e);
      i += 2;
      continue;
    }
    if (s[i].number < 0) continue;
    PartialDate d;
    // "tháng 9/2018", "tháng 6 năm 2017", "tháng 9"
    if (i > 0 && KeyIs(s, i - 1, GrammarRole::kMonthWord)) {
      if (std::size_t used = ReadMonthYear(s, i, &d)) {
        e.first = i - 1;
        e.last = i + used;
        e.start = d;
        out.push_back(e);
        i += used - 1;
        continue;
      }
      if (IsMonth(s[i].number)) {
        d.month = s[i].number;
        std::size_t last = i + 1;
        if (KeyIs(s, i + 1, GrammarRole::kYearWord) && i + 2 < n && IsYear(s[i + 2].number)) {
          d.year = s[i + 2].number;
          last = i + 3;
        }
        e.first = i - 1;
        e.last = last;
        e.start = d;
        out.push_back(e);
        i = last - 1;
        continue;
      }
    }
    // "ngày 5 tháng 6 năm 2023", "5 tháng 6"
    if (IsDay(s[i].number) && i + 2 < n && KeyIs(s, i + 1, GrammarRole::kMonthWord) && IsMonth(s[i + 2].number)) {
      e.first = (i > 0 && KeyIs(s, i - 1, GrammarRole::kDayWord)) ? i - 1 : i;
      e.start.day = s[i].number;
      e.start.month = s[i + 2].number;
      e.last = i + 3;
      if (i + 4 < n && KeyIs(s, i + 3, GrammarRole::kYearWord) && IsYear(s[i + 4].number)) {
        e.start.year = s[i + 4].number;
        e.last = i + 5;
      }
      out.push_back(e);
      i = e.last - 1;
      continue;
    }
    // "năm 2022"
    if (i > 0 && KeyIs(s, i - 1, GrammarRole::kYearWord) && IsYear(s[i].number)) {
      e.first = i - 1;
      e.last = i + 1;
      e.start.year = s[i].number;
      out.push_back(e);
      continue;
    }
    // Ranges: "28 và 29/5", "28– 29/6/2021", "4 đến 7/10"
    if (IsDay(s[i].number) && i + 2 < n &&
        (KeyIs(s, i + 1, GrammarRole::kConjunction) || s[i + 1].punct('-') || KeyIs(s, i + 1, GrammarRole::kUntil)) &&
        s[i + 2].number >= 0) {
      PartialDate second;
      if (std::size_t used = ReadDayMonth(s, i + 2, &second)) {
        if (second.day > s[i].number) {
          e.first = i;
          e.last = i + 2 + used;
          e.start = second;
          e.start.day = s[i].number;
          e.end = second;
          out.push_back(e);
          i = e.last - 1;
          continue;
        }
      }
    }
    if (std::size_t used = ReadDayMonth(s, i, &d)) {
      e.last = i + used;
      e.start = d;
      out.push_back(e);
      i += used - 1;
      continue;
    }
  }
  return out;
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// True when a marker phrase ("sáng nay", "hôm qua", "chiều") ends right before token `at`.
bool MarkerEndsAt(const TaggedSentence& s, std::size_t at) {
  for (std::size_t b = at >= 3 ? at - 3 : 0; b < at; ++b)
    for (const Match& m : s.MatchesAt(b))
      for (const auto& r : m.phrase->readings)
        if (r.type == PhraseType::kMarker && b + m.length == at) return true;
  return false;
}

// Sets DateExpr::aside: dates in parentheses, unless the parenthesis gives the
// day a time word before it points at ("Sáng nay (23/7), …"), and dates right
// after a "since" word ("kể từ ngày 1/7").
void MarkAsides(const TaggedSentence& s, std::vector<DateExpr>* dates) {
  std::vector<std::size_t> open(s.size(), kNone);  // the '(' a token stands in
  std::vector<bool> since_ends(s.size() + 1, false);
  std::size_t current = kNone;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i].punct('(')) current = i;
    else if (s[i].punct(')')) current = kNone;
    open[i] = current;
    if (std::size_t len = RoleLengthAt(s, i, GrammarRole::kSince)) since_ends[i + len] = true;
  }
  for (DateExpr& d : *dates) {
    const std::size_t at = d.first;
    const bool date_noun = at > 0 && (s[at - 1].Has(GrammarRole::kDayWord) || s[at - 1].Has(GrammarRole::kMonthWord));
    const bool since = since_ends[at] || (date_noun && since_ends[at - 1]);
    const bool parenthesized = open[at] != kNone && !MarkerEndsAt(s, open[at]);
    d.aside = since || parenthesized;
  }
}

// A day/month written in figures without a year ("23/7") is a date after a
// cue (a day word, a part of the day, "vào", "đến" …), a punctuation mark or
// at the start; after another word it is a fraction or a schedule ("chiếm
// 1/3 thị phần", "trực 24/7").
bool CuedDayMonth(const TaggedSentence& s, const DateExpr& d) {
  const bool figures = d.first + 1 < s.size() && s[d.first].number >= 0 && IsSep(s[d.first + 1]);
  if (!figures || d.start.year || d.first == 0 || !s[d.first - 1].word()) return true;
  const Tok& before = s[d.first - 1];
  return before.Has(GrammarRole::kDayWord) || before.Has(GrammarRole::kUntil) ||
         before.Has(GrammarRole::kConjunction) || before.Has(GrammarRole::kDateCue) ||
         (d.first >= 2 && RoleLengthAt(s, d.first - 2, GrammarRole::kDateCue) == 2) || MarkerEndsAt(s, d.first);
}

}  // namespace

std::vector<DateExpr> FindDates(const TaggedSentence& s) {
  std::vector<DateExpr> out = FindDateExprs(s);
  out.erase(std::remove_if(out.begin(), out.end(), [&](const DateExpr& d) { return !CuedDayMonth(s, d); }),
            out.end());
  MarkAsides(s, &out);
  return out;
}

const DateExpr* EventDate(const std::vector<DateExpr>& dates, std::size_t first, std::size_t last) {
  const DateExpr* found = nullptr;
  const DateExpr* before = nullptr;
  for (const DateExpr& d : dates) {
    if (d.is_period || d.aside || d.first >= last) continue;
    if (d.first < first) {
      if (d.start.month || !before || !before->start.month) before = &d;  // a bare year does not replace a day
      continue;
    }
    if (!found) {
      found = &d;
      continue;
    }
    // "từ ngày 11-13/7, sáng 13/7": the day, not the range.
    const PartialDate& a = found->start;
    const PartialDate& b = found->end;
    const PartialDate& day = d.start;
    if (!b.empty() && d.end.empty() && day.day && day.month == b.month && day.day >= a.day && day.day <= b.day &&
        (!day.year || !b.year || day.year == b.year))
      return &d;
  }
  // "Chiều 25/11, …; Hiệp định … năm 1994": a bare year of a later clause names no event's day.
  if (found && !found->start.month && before && before->start.day) return before;
  return found ? found : before;
}

PartialDate Within(const PartialDate& start, const PartialDate& end) {
  if (end.empty()) return start;
  PartialDate out = start;
  out.day = 0;
  if (end.month != start.month) out.month = 0;
  if (end.year && end.year != start.year) out = PartialDate();
  return out;
}

bool OpensClause(const TaggedSentence& s, const DateExpr& date) {
  std::size_t first = date.first, last = date.last;
  if (first > 0 && s[first - 1].punct('(') && last < s.size() && s[last].punct(')')) {  // "Sáng nay (23/7), …"
    --first;
    ++last;
  }
  if (date.aside || date.is_period || !date.start.day || last >= s.size() || !s[last].punct(',')) return false;
  // Back to the start, a comma or a dateline's dash ("QĐND - Sáng 9/7, …").
  std::size_t words = 0;
  for (std::size_t i = first; i-- > 0 && !s[i].punct(',') && !s[i].punct('-') && !s[i].punct(':');) {
    if (!s[i].word() || ++words > 2) return false;
  }
  // A dateline ("27/10/2025, 09:55") opens no report.
  for (std::size_t i = last + 1; i < s.size(); ++i)
    if (s[i].word()) return true;
  return false;
}

PartialDate Anchor(const PartialDate& date, const PartialDate& reference) {
  PartialDate out = date;
  if (out.year == 0 && reference.year != 0 && (out.month != 0 || out.day != 0)) {
    out.year = reference.year;
    out.year_inferred = true;
    // A day-month without a year is one near the article: "28/12" in January is last year's.
    const int ahead = out.month && reference.month ? out.month - reference.month : 0;
    if (ahead > 6) --out.year;
    if (ahead <= -10) ++out.year;
  }
  return out;
}

}  // namespace coopgraph::extract::internal

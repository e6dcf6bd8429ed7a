// Meetings of one sentence, read against the article so far.
#include <algorithm>

#include "article.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::extract::internal {
namespace {

// The most tokens a name or a phrase the rules look across may hold.
constexpr std::size_t kLongestName = 80;
// How far after a meeting word a "called off" or "postponed" word still speaks of it
// ("Chuyến thăm đã bị hoãn"), in tokens.
constexpr std::size_t kStatusWordsAfterTrigger = 5;

// One encounter is named from each side: "X tiếp Y đến chào xã giao" is a reception and a
// courtesy call, "buổi làm việc" and "cuộc gặp" the same meeting.
bool Encounter(MeetingKind k) {
  return k == MeetingKind::kMeeting || k == MeetingKind::kReception || k == MeetingKind::kCourtesyCall ||
         k == MeetingKind::kWorkingSession;
}

bool SameEvent(MeetingKind a, MeetingKind b) { return a == b || (Encounter(a) && Encounter(b)); }

// True when a phrase of `role` ends right before the meeting word at i, or before its
// classifier ("kết quả chuyến thăm", "trong khuôn khổ cuộc hội đàm").
bool PhraseEndsBefore(const TaggedSentence& s, std::size_t i, GrammarRole role) {
  constexpr std::size_t kLongestCue = 4;
  for (std::size_t q = i >= kLongestCue ? i - kLongestCue : 0; q < i; ++q) {
    const std::size_t end = q + RoleLengthAt(s, q, role);
    if (end == q) continue;
    if (end == i || (end + 1 == i && (s[end].Has(GrammarRole::kFrame) || s[end].Has(GrammarRole::kAnaphor))))
      return true;
  }
  return false;
}

bool Contains(const std::vector<Participant>& ps, int mention) {
  return std::any_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.mention == mention; });
}

}  // namespace

void ArticleReader::AddParticipant(std::size_t meeting, Participant p) {
  MeetingIndex& index = meeting_index_[meeting];
  if (!index.mentions.insert(p.mention).second) return;
  out_.meetings[meeting].participants.push_back(p);
  const Mention& mention = out_.mentions[p.mention];
  if (mention.kind != MentionKind::kPerson || mention.name.empty()) return;
  std::string key = normalize::MatchKey(mention.name);
  auto at = std::lower_bound(index.person_keys.begin(), index.person_keys.end(), key);
  if (at == index.person_keys.end() || *at != key) index.person_keys.insert(at, std::move(key));
}

void ArticleReader::MergeMeeting(MeetingMention m, bool another) {
  std::vector<std::string> mine;
  for (const auto& p : m.participants) {
    const Mention& mm = out_.mentions[p.mention];
    if (mm.kind == MentionKind::kPerson && !mm.name.empty()) mine.push_back(normalize::MatchKey(mm.name));
  }
  std::sort(mine.begin(), mine.end());
  mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
  for (std::size_t i = 0; i < out_.meetings.size(); ++i) {
    MeetingMention& old = out_.meetings[i];
    const auto& theirs = meeting_index_[i].person_keys;
    std::size_t shared = 0;
    for (const auto& n : mine) shared += std::binary_search(theirs.begin(), theirs.end(), n);
    bool same_kind = old.kind == m.kind;
    bool undated = m.start.empty() || old.start.empty();
    bool dates_fit = CompareAtCommonPrecision(old.start, m.start) == 0 || InDayRange(m.start, old.start, old.end);
    bool covers = shared > 0 && shared + 1 >= std::min(mine.size(), theirs.size()) &&
                  std::min(mine.size(), theirs.size()) >= 2;
    // The signings of one day in one report are one ceremony: "X chứng kiến lễ ký …" and
    // "Hiệp định … do A ký với B" put X, A and B in the same room.
    const bool one_ceremony = same_kind && m.kind == MeetingKind::kSigningCeremony && !another && dates_fit &&
                              m.status == old.status;
    // An undated mention of a meeting of the same kind with one of its persons refers back to it
    // ("X chủ trì buổi tiếp, làm việc với đoàn" under a photo).
    const bool referred = undated && SameEvent(old.kind, m.kind) && shared >= 1 && !another;
    if (!((same_kind && dates_fit && shared >= 2) || (undated && covers && shared >= 2) ||
          (same_kind && dates_fit && covers) || one_ceremony || referred)) {
      continue;
    }
    if (another && shared < mine.size() && shared < theirs.size()) continue;  // each has someone new
    if (old.start.empty() || (!old.end.empty() && m.end.empty() && !m.start.empty())) {
      old.start = m.start;
      old.end = m.end;
    }
    if (old.place < 0) old.place = m.place;
    if (m.status == EventStatus::kHeld && !undated) old.status = EventStatus::kHeld;
    for (const auto& p : m.participants) AddParticipant(i, p);
    for (auto& e : m.evidence) old.evidence.push_back(std::move(e));
    focus_ = static_cast<int>(i);
    return;
  }
  AppendMeeting(std::move(m));
  focus_ = static_cast<int>(out_.meetings.size()) - 1;
}

void ArticleReader::FoldUndatedRepeats() {
  std::vector<bool> folded(out_.meetings.size(), false);
  for (std::size_t i = 0; i < out_.meetings.size(); ++i) {
    const MeetingMention& early = out_.meetings[i];
    const auto& mine = meeting_index_[i].person_keys;
    if (!early.start.empty() || early.status != EventStatus::kHeld || mine.empty()) continue;
    for (std::size_t j = i + 1; j < out_.meetings.size(); ++j) {
      MeetingMention& later = out_.meetings[j];
      const auto& theirs = meeting_index_[j].person_keys;
      if (folded[j] || later.kind != early.kind || later.start.empty() || later.status != EventStatus::kHeld ||
          !std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end()))
        continue;
      for (const auto& p : early.participants) AddParticipant(j, p);
      later.evidence.insert(later.evidence.end(), early.evidence.begin(), early.evidence.end());
      if (later.place < 0) later.place = early.place;
      folded[i] = true;
      break;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out_.meetings.size(); ++i) {
    if (folded[i]) continue;
    if (kept != i) {  // a vector moved onto itself would be left empty
      out_.meetings[kept] = std::move(out_.meetings[i]);
      meeting_index_[kept] = std::move(meeting_index_[i]);
    }
    ++kept;
  }
  out_.meetings.resize(kept);
  meeting_index_.resize(kept);
}

void ArticleReader::AppendMeeting(MeetingMention m) {
  std::vector<Participant> participants = std::move(m.participants);
  m.participants.clear();
  out_.meetings.push_back(std::move(m));
  meeting_index_.emplace_back();
  for (const auto& p : participants) AddParticipant(out_.meetings.size() - 1, p);
}

bool ArticleReader::NamesBothSides(const TaggedSentence& s, std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i + 1 < last; ++i) {
    if (!PhraseRoleAt(s, i, GrammarRole::kPair)) continue;
    if (PhraseRoleAt(s, i + 1, GrammarRole::kSide) || s.MatchAt(i + 1, PhraseType::kOrgHead) > 0) return true;
  }
  return false;
}

std::vector<int> ArticleReader::BodiesOf(const std::vector<int>& persons) const {
  std::vector<int> out;
  for (int p : persons) {
    // One body per person: the one of the last title that names a body
    // ("Ủy viên Bộ Chính trị, Trưởng Ban Đối ngoại Trung ương": the Ban).
    int body = -1;
    for (const auto& title : out_.mentions[p].titles)
      if (title.organization >= 0) body = title.organization;
    if (body >= 0 && std::find(out.begin(), out.end(), body) == out.end()) out.push_back(body);
  }
  return out;
}

std::vector<int> ArticleReader::SideOrganizations(const MeetingMention& meeting) const {
  std::vector<int> out;
  for (const bool heads_only : {true, false}) {
    std::vector<int> persons;
    for (const auto& p : meeting.participants)
      if (!heads_only || p.head_of_delegation) persons.push_back(p.mention);
    out = BodiesOf(persons);
    if (!out.empty()) break;
  }
  return out;
}

bool ArticleReader::InAgreementName(const TaggedSentence& s, const Clause& c, std::size_t i, std::size_t first_colon,
                                    bool* listed) const {
  // The sentence lists documents: "ký 6 văn kiện gồm: Hiệp định …; Hợp đồng …".
  const bool list = first_colon < i;
  bool comma = false;
  // A name is never longer than kLongestName tokens: the look back stays linear on long lines.
  const std::size_t stop = i - c.first > kLongestName ? i - kLongestName : c.first;
  for (std::size_t k = i; k-- > stop;) {
    comma |= s[k].punct(',');
    const bool item_start = k == c.first || s[k - 1].punct(':');
    if (item_start && s.MatchAt(k, PhraseType::kAgreementKind)) {
      *listed = list;
      return list || !comma;
    }
    if (s[k].punct(':')) return false;
  }
  return false;
}

bool ArticleReader::PastMarkAfter(const SentenceFacts& f, const Clause& c, std::size_t from) const {
  const std::size_t last = std::min(c.last, from + kLongestName);
  for (const auto& d : f.dates)
    if (d.first >= from && d.first < last) return true;
  for (std::size_t q = from; q < last; ++q) {
    const std::size_t len = RoleLengthAt(*f.tokens, q, GrammarRole::kOrdinal);
    if (len && q + len < c.last && (*f.tokens)[q + len].number > 0) return true;
  }
  return false;
}

std::size_t ArticleReader::MainClauseStart(const TaggedSentence& s, const Clause& c, std::size_t trigger) const {
  const bool opener = RoleLengthAt(s, c.first, GrammarRole::kFollowing) ||
                      RoleLengthAt(s, c.first, GrammarRole::kSetting) ||
                      (c.first + 1 < c.last && s[c.first + 1].Has(GrammarRole::kFrame));
  if (!opener) return c.first;
  bool meeting = false;
  for (std::size_t q = c.first; q < trigger; ++q) {
    if (s[q].punct(',')) return meeting ? q + 1 : c.first;
    meeting |= s.MatchAt(q, PhraseType::kTrigger) > 0;
  }
  return c.first;
}

PartialDate ArticleReader::RelativeDate(const TaggedSentence& s, std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i < last; ++i) {
    for (const Match& m : s.MatchesAt(i)) {
      for (const auto& r : m.phrase->readings) {
        if (r.type != PhraseType::kMarker || lex_.marker(r.index).role != MarkerRole::kRelativeDate) continue;
        const Marker& marker = lex_.marker(r.index);
        PartialDate base = marker.from_publication ? out_.published
                                                   : (focus_ >= 0 ? out_.meetings[focus_].start : PartialDate());
        // "Cùng ngày" after a month-only plan ("vào tháng 11 tới") counts from the last day named.
        for (std::size_t q = out_.meetings.size(); !marker.from_publication && base.day == 0 && q-- > 0;)
          if (out_.meetings[q].start.day) base = out_.meetings[q].start;
        return AddDays(base, marker.day_offset);
      }
    }
  }
  return PartialDate();
}

void ArticleReader::ReadMeetings(const SentenceFacts& f) {
  if (f.caption) return;
  const TaggedSentence& s = *f.tokens;
  const SentenceNames& names = f.names;
  for (const auto& d : f.dates) {
    if (d.aside || d.is_period) continue;
    if (OpensClause(s, d) && !HasMarker(s, 0, s.size(), MarkerRole::kPlanned))
      lead_date_ = Within(Anchor(d.start, reference_), Anchor(d.end, reference_));
    break;
  }
  // An undated held meeting, made or extended by this clause, took place on the lead's day.
  auto lead_dated = [&](MeetingMention* m) {
    if (m->start.empty() && m->status == EventStatus::kHeld) m->start = lead_date_;
  };
  auto role_length = [&](std::size_t i, GrammarRole role) { return RoleLengthAt(s, i, role); };
  // "chuyển lời thăm hỏi tới Nhà vua …": the persons after a greeting are greeted, not met.
  std::vector<std::size_t> greetings;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (role_length(i, GrammarRole::kGreeting)) greetings.push_back(i);
  auto persons_in = [&](std::size_t first, std::size_t last) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < names.persons.size(); ++i) {
      if (f.person_mention[i] < 0) continue;
      const std::size_t at = names.persons[i].construct_first;
      if (at < first || at >= last) continue;
      if (std::any_of(greetings.begin(), greetings.end(), [&](std::size_t g) { return g >= first && g < at; }))
        continue;
      out.push_back(i);
    }
    return out;
  };
  auto kind_seen = [&](int kind) {
    return std::any_of(out_.meetings.begin(), out_.meetings.end(),
                       [&](const MeetingMention& m) { return m.kind == static_cast<MeetingKind>(kind); });
  };
  // To out_.meetings[meeting], or to the new meeting *m when meeting < 0.
  auto add_attendees = [&](MeetingMention* m, int meeting, const std::vector<std::size_t>& ps, std::size_t first,
                           std::size_t last) {
    for (std::size_t i : ps) {
      const PersonSpan& p = names.persons[i];
      bool head = false;
      std::size_t at = 0;
      if (HasMarker(s, p.construct_last, std::min(last, p.construct_last + 4), MarkerRole::kHeadOfDelegation, &at))
        head = true;
      if (p.construct_first > first && s[p.construct_first - 1].Has(GrammarRole::kLedBy)) {
        head = true;
        // "Đoàn đại biểu Bộ … Lào do Bộ trưởng X dẫn đầu": X belongs to the delegation's country.
        Mention& pm = out_.mentions[f.person_mention[i]];
        for (std::size_t o = names.orgs.size(); o-- > 0;) {
          if (names.orgs[o].last <= p.construct_first && names.orgs[o].first >= first &&
              f.org_mention[o] >= 0) {
            const Mention& om = out_.mentions[f.org_mention[o]];
            if (pm.country.empty()) pm.country = om.country;
            // "… Bộ Giáo dục và Thể thao Lào do Bộ trưởng X": X is that ministry's Bộ trưởng.
            for (TitleMention& t : pm.titles) {
              const TitleEntry* entry = lex_.TitleByKey(normalize::MatchKey(t.text));
              if (t.organization >= 0 || !entry || !entry->implied_org_is_head) continue;
              const std::string head = entry->implied_org + " ";
              if (om.surface.compare(0, head.size(), head) != 0) continue;
              t.text += " " + om.surface.substr(head.size());
              t.organization = f.org_mention[o];
              if (t.country.empty()) t.country = om.country;
            }
            break;
          }
        }
      }
      const Participant participant{f.person_mention[i], head};
      if (meeting >= 0) {
        AddParticipant(static_cast<std::size_t>(meeting), participant);
      } else if (!Contains(m->participants, participant.mention)) {
        m->participants.push_back(participant);
      }
    }
  };

  std::size_t first_colon = 0;
  while (first_colon < s.size() && !s[first_colon].punct(':')) ++first_colon;
  bool used = false;
  bool listing = false;  // the previous clause named attendees of the meeting in focus
  for (const Clause& c : Clauses(s)) {
    // The last meeting word of a clause is its predicate: "trong khuôn khổ
    // chuyến thăm …, đoàn đã có cuộc hội đàm với …".
    std::size_t trigger = s.size(), trigger_len = 0;
    int kind = -1;
    bool anaphoric = false;
    bool ceremony = false;  // the meeting word is a noun ("lễ ký kết"), not a verb ("ký")
    bool cited = false;  // "kết quả (của) Hội nghị …": a meeting cited, not reported
    bool kind_is_setting = false;  // the meeting word chosen so far is the clause's setting
    for (std::size_t i = c.first; i < c.last; ++i) {
      int k = -1;
      std::size_t len = s.MatchAt(i, PhraseType::kTrigger, &k);
      if (!len || names.owner[i] == 1 || names.owner[i] == 2 || names.credit[i]) continue;
      bool in_kind = false;  // "Biên bản hội đàm" names a document, not talks
      for (std::size_t b = i >= 2 ? i - 2 : 0; b < i && !in_kind; ++b) in_kind = b + s.MatchAt(b, PhraseType::kAgreementKind) > i;
      // Inside a listed document's name no meeting word is one; after a name opening the
      // clause, a signing is its predicate ("Hiệp định … do X ký với Y").
      bool listed = false;
      if (in_kind || (InAgreementName(s, c, i, first_colon, &listed) &&
                      (listed || static_cast<MeetingKind>(k) != MeetingKind::kSigningCeremony)))
        continue;
      // "Tại buổi làm việc, …": a meeting noun after "tại" at the start refers back.
      std::size_t noun_start = i;
      if (i > 0 && s[i - 1].Has(GrammarRole::kAnaphor)) noun_start = i - 1;
      bool noun = noun_start < i || s[i].Has(GrammarRole::kAnaphor);
      // The clause opens with the meeting: "Tại buổi làm việc, …", "Sau hội đàm, …",
      // "Phát biểu tại lễ ký kết, …". A bare meeting word ("Tại hội đàm") refers
      // back only to a meeting of its kind already reported.
      const std::size_t lead = c.first + role_length(c.first, GrammarRole::kSpeech);
      std::size_t opener = 0;
      if (lead < c.last && !role_length(lead, GrammarRole::kSequence))
        opener = std::max<std::size_t>(role_length(lead, GrammarRole::kFollowing),
                                       s[lead].Has(GrammarRole::kLocation) ? 1 : 0);
      const bool opens = opener > 0 && noun_start == lead + opener && (noun || kind_seen(k));
      // "… cũng tham dự buổi tiếp": an attendee of the meeting in focus.
      const bool attends = noun && kind_seen(k) &&
                           HasMarker(s, noun_start >= 2 ? noun_start - 2 : 0, noun_start, MarkerRole::kAlsoAttended);
      bool refers_back = opens || attends ||
                         (HasMarker(s, c.first, std::min(i, c.first + 3), MarkerRole::kAlsoAttended) &&
                          !persons_in(c.first, i).size());  // "Tham dự hội đàm có …"
      // A one-word verb needs an object: "tiếp Đoàn …", not "tiếp tục"; so does a verb of two
      // senses: "làm việc với …", not "làm việc chặt chẽ".
      const bool needs_object = len == 1 || RoleLengthAt(s, i, GrammarRole::kNeedsObject) == len;
      if (needs_object && !noun && !refers_back) {
        std::size_t j = i + len;
        auto place_at = [&](std::size_t q) {
          for (const auto& pl : names.places)
            if (pl.first == q) return true;
          return false;
        };
        bool object = j < s.size() && (names.owner[j] != 0 || s[j].Has(GrammarRole::kDelegation) ||
                                       s[j].Has(GrammarRole::kBetween) ||
                                       place_at(j) || (!s[j].cap && place_at(j + 1)) ||
                                       s.MatchAt(j, PhraseType::kAgreementKind));  // "ký hợp đồng"
        if (!object) continue;
      }
      for (std::size_t b = i >= 2 ? i - 2 : 0; b < i; ++b)
        if (s[b].Has(GrammarRole::kReference)) cited = true;
      // "đánh giá cao kết quả chuyến thăm … của X vào tháng 8", "kết quả Kỳ họp lần thứ 46": a
      // reference phrase before a meeting with a time or number of its own cites a past one
      // ("theo kết quả hội đàm giữa A và B" reports the talks of the day).
      if (!cited && PhraseEndsBefore(s, i, GrammarRole::kReference) && PastMarkAfter(f, c, i + len)) cited = true;
      // A signing inside a visit ("chuyến thăm …, nhân dịp này sẽ ký kết …") is
      // the agreement's, and a visit that frames the clause ("… đang có chuyến
      // thăm …") is the setting: an earlier meeting word stays the predicate.
      const bool framed = (i > 0 && s[i - 1].Has(GrammarRole::kFrame)) ||
                          s[i].Has(GrammarRole::kFrame);  // "chuyến thăm" is itself a trigger
      // "X hội đàm với Y nhân dịp Y thăm chính thức Việt Nam": a later visit is the occasion.
      const bool occasion = static_cast<MeetingKind>(k) == MeetingKind::kVisit && kind >= 0 &&
                            static_cast<MeetingKind>(kind) != MeetingKind::kVisit;
      // "Trong khuôn khổ chuyến thăm …, X chứng kiến lễ ký …": a meeting in an adverbial frame
      // is the setting, and any later meeting word is the predicate.
      bool setting = PhraseEndsBefore(s, i, GrammarRole::kSetting);
      // "X gặp Y nhân dịp tháp tùng Z tham dự Hội nghị …": after the predicate, a setting
      // phrase holds every later meeting word.
      for (std::size_t q = std::max(trigger + trigger_len, i > kLongestName ? i - kLongestName : 0);
           kind >= 0 && q < i && !setting; ++q)
        setting = RoleLengthAt(s, q, GrammarRole::kSetting) > 0;
      const bool secondary = static_cast<MeetingKind>(k) == MeetingKind::kSigningCeremony || framed || occasion;
      if ((secondary || setting) && kind >= 0 && !(kind_is_setting && !setting)) {
        i += len - 1;
        continue;
      }
      kind_is_setting = setting;
      trigger = i;
      trigger_len = len;
      kind = k;
      anaphoric = refers_back;
      ceremony = noun;
      i += len - 1;
    }
    // "Sau chuyến thăm Lào của X vào tháng 7, ngày 5/9, Y hội đàm với Z": a leading adverbial
    // holding another meeting is a setting; its persons and dates are not the predicate's.
    const std::size_t main_first = trigger < s.size() ? MainClauseStart(s, c, trigger) : c.first;
    auto ps = persons_in(main_first, c.last);
    // "X gặp Y nhân dịp tháp tùng Thủ tướng Z tham dự …": who comes after the setting is in it,
    // not in the meeting reported; a setting with a subject of its own ("nhân dịp Bộ trưởng Z
    // sang thăm") names the visitor, who is.
    for (std::size_t q = trigger + trigger_len; q < c.last; ++q) {
      const std::size_t len = RoleLengthAt(s, q, GrammarRole::kSetting);
      if (!len) continue;
      if (std::any_of(names.persons.begin(), names.persons.end(),
                      [&](const PersonSpan& p) { return p.construct_first == q + len; }))
        break;
      ps.erase(std::remove_if(ps.begin(), ps.end(), [&](std::size_t i) { return names.persons[i].construct_first > q; }),
               ps.end());
      break;
    }
    if (trigger == s.size()) {
      // No meeting word: a head of delegation, "Tham dự … có", or a speaker
      // joins the meeting in focus.
      // "Tham dự hội đàm có A, …; B, …", "Thành phần đoàn gồm: A - …; B - …": a list of
      // attendees goes on after ';', item by item, to the end of the sentence.
      const bool lists = listing || HasMarker(s, c.first, c.last, MarkerRole::kHeadOfDelegation) ||
                         HasMarker(s, c.first, c.last, MarkerRole::kAlsoAttended);
      bool joins = lists;
      // "Theo <person>, …": the person speaks about the meeting.
      if (s[c.first].Has(GrammarRole::kAttribution) && !ps.empty() && names.persons[ps[0]].construct_first == c.first + 1) joins = true;
      for (std::size_t i = c.first; i < c.last && !joins; ++i) joins = PhraseRoleAt(s, i, GrammarRole::kSpeech);
      listing = lists && focus_ >= 0 && !used;
      if (joins && focus_ >= 0 && !ps.empty() && !used) {
        add_attendees(&out_.meetings[focus_], focus_, ps, c.first, c.last);
        lead_dated(&out_.meetings[focus_]);
      }
      continue;
    }
    listing = anaphoric && focus_ >= 0;
    if (anaphoric && focus_ >= 0) {
      // "Tại buổi chào xã giao … chiều 29/5": the latest meeting of that kind.
      for (int i = static_cast<int>(out_.meetings.size()) - 1; i >= 0; --i) {
        if (out_.meetings[i].kind == static_cast<MeetingKind>(kind)) { focus_ = i; break; }
      }
      MeetingMention& target = out_.meetings[focus_];
      add_attendees(&target, focus_, ps, c.first, c.last);
      if (const DateExpr* d = EventDate(f.dates, c.first, c.last); d && d->end.empty()) {
        PartialDate day = Anchor(d->start, reference_);
        const bool inside = InDayRange(day, target.start, target.end);
        const bool finer =
            day.day && !target.start.day && target.end.empty() && CompareAtCommonPrecision(target.start, day) == 0;
        if (target.start.empty() || inside || finer) {
          target.start = day;
          target.end = PartialDate();
          if (day.day && target.status == EventStatus::kHeld) lead_date_ = day;  // "Tại buổi tiếp chiều 29/5, …"
        }
      }
      lead_dated(&target);
      target.evidence.push_back(SentenceEvidence(f));
      continue;
    }
    if (cited) continue;  // its persons did not attend because of this sentence
    // "Đại sứ X cho biết, Bộ trưởng Y dự kiến thăm …": X reports the meeting, Y makes it.
    for (std::size_t q = c.first; q < trigger; ++q) {
      const std::size_t len = role_length(q, GrammarRole::kSpeech);
      if (!len || q + len >= trigger || !s[q + len].punct(',')) continue;
      std::vector<std::size_t> makers;
      for (std::size_t i : ps)
        if (names.persons[i].construct_first > q) makers.push_back(i);
      if (!makers.empty() && names.persons[makers[0]].construct_first < trigger) ps = makers;
      break;
    }
    // "chuẩn bị cho chuyến thăm Nhật Bản của Thủ tướng X": X visits; the subject does not.
    if (static_cast<MeetingKind>(kind) == MeetingKind::kVisit) {
      for (std::size_t q = trigger + trigger_len; q < c.last && q < trigger + trigger_len + 5; ++q) {
        if (!role_length(q, GrammarRole::kPossessive)) continue;
        std::vector<std::size_t> visitors;
        for (std::size_t i : ps)
          if (names.persons[i].construct_first > trigger) visitors.push_back(i);
        if (!visitors.empty() && names.persons[visitors[0]].construct_first == q + 1) ps = visitors;
        break;
      }
    }
    // "gửi lời mời X sớm thăm …", "mời X sang thăm …": the invitee's visit is planned and the
    // inviter is not in it; "X nhận lời mời thăm …": X's visit is planned.
    const bool invited = InvitedVisit(f, c.first, trigger, &ps);
    MeetingMention m;
    m.kind = static_cast<MeetingKind>(kind);
    if (HasMarker(s, c.first, trigger, MarkerRole::kPlanned) || invited) m.status = EventStatus::kPlanned;
    // "hoãn chuyến thăm …", "cuộc hội đàm đã bị hủy": the clause before the meeting word, or
    // the few words after it (further on, "hủy" speaks of something else), or the whole
    // clause when the meeting opens it as its subject ("Cuộc gặp giữa A và B đã bị hủy").
    // A called-off meeting is no longer planned.
    const bool meeting_is_subject = trigger <= c.first + 1;
    const std::size_t status_end =
        meeting_is_subject ? c.last : std::min(c.last, trigger + trigger_len + kStatusWordsAfterTrigger);
    if (HasMarker(s, c.first, status_end, MarkerRole::kCancelled)) m.status = EventStatus::kCancelled;
    else if (HasMarker(s, c.first, status_end, MarkerRole::kPostponed)) m.status = EventStatus::kPostponed;
    if (invited) {
      // Not the meeting being reported: it keeps the focus, and a bare invitation is nothing.
      if (ps.empty()) continue;
      const int focus = focus_;
      add_attendees(&m, -1, ps, c.first, c.last);
      m.evidence.push_back(SentenceEvidence(f));
      AppendMeeting(std::move(m));
      focus_ = focus;
      used = true;
      continue;
    }
    // The subject of the sentence carries into later clauses ("X đến chào …; làm việc với …").
    if (ps.empty() && c.first > 0) ps = persons_in(0, c.first);
    add_attendees(&m, -1, ps, c.first, c.last);
    for (std::size_t o = 0; o < names.orgs.size(); ++o) {
      if (f.org_mention[o] < 0 || names.orgs[o].first < c.first || names.orgs[o].first >= c.last) continue;
      if (names.owner[names.orgs[o].first] == 2) continue;  // part of a title
      if (VenueAt(s, names, names.orgs[o].first, names.orgs[o].last)) continue;  // "tại trụ sở Bộ Ngoại giao"
      bool nested = false;
      for (const auto& other : names.orgs)
        if (&other != &names.orgs[o] && other.first <= names.orgs[o].first && other.last >= names.orgs[o].last &&
            (other.last - other.first) > (names.orgs[o].last - names.orgs[o].first))
          nested = true;
      if (!nested) m.participants.push_back({f.org_mention[o], false});
    }
    if (const DateExpr* d = EventDate(f.dates, main_first, c.last)) {
      m.start = Anchor(d->start, reference_);
      if (!d->end.empty()) m.end = Anchor(d->end, reference_);
    }
    bool relative = false;  // dated from another day: "chiều cùng ngày", "hôm qua"
    if (m.start.empty()) {
      m.start = RelativeDate(s, c.first, c.last);
      relative = !m.start.empty();
    }
    if (m.start.empty() && m.kind == MeetingKind::kSigningCeremony) {
      // "Tổng giám đốc A và B ký hợp đồng …": the signing of an agreement dated earlier.
      for (std::size_t q = c.first; q < c.last && m.start.empty(); ++q) {
        int agreement_kind = -1;
        if (!s.MatchAt(q, PhraseType::kAgreementKind, &agreement_kind)) continue;
        for (auto a = out_.agreements.rbegin(); a != out_.agreements.rend(); ++a)
          if (static_cast<int>(a->kind) == agreement_kind && !a->date.empty()) { m.start = a->date; break; }
      }
      // "Dự lễ ký kết có …" after "A và B đã ký … ngày …": the ceremony of the last signing dated.
      for (auto a = out_.agreements.rbegin(); anaphoric && m.start.empty() && a != out_.agreements.rend(); ++a)
        if (a->status == AgreementStatus::kSigned && !a->date.empty()) m.start = a->date;
    }
    for (std::size_t p = 0; p < names.places.size(); ++p) {
      std::size_t first = names.places[p].first;
      bool after_at = first > 0 && (s[first - 1].Has(GrammarRole::kLocation) ||
                                    (first > 1 && RoleLengthAt(s, first - 2, GrammarRole::kCapitalNoun) == 2) ||
                                    s[first - 1].punct(','));
      if (after_at && f.place_mention[p] >= 0) {
        m.place = f.place_mention[p];
        if (!names.places[p].is_country) break;
      }
    }
    bool has_person = false;
    for (const auto& p : m.participants) has_person |= out_.mentions[p.mention].kind == MentionKind::kPerson;
    if (!has_person && m.start.empty()) continue;
    // A body meeting alone ("Tập đoàn X họp với các nhà phân phối về giá …") relates no one:
    // without a person it takes two bodies, or a ceremony held.
    if (!has_person && m.participants.size() < 2 && m.kind != MeetingKind::kSigningCeremony) continue;
    // A signing with nobody named is the agreement's ("… đã ký kết giữa hai Bộ"), not a ceremony reported.
    // A dated ceremony ("… đã tổ chức lễ ký kết …") is one, with its attendees named later.
    if (!has_person && m.kind == MeetingKind::kSigningCeremony && !(ceremony && !m.start.empty())) continue;
    m.evidence.push_back(SentenceEvidence(f));
    // "Trước đó, …" starts another event.
    const bool sequel = PhraseRoleAt(s, c.first, GrammarRole::kSequence) ||
                        (c.first == 0 && PhraseRoleAt(s, 0, GrammarRole::kSequence));
    if (m.kind == MeetingKind::kMeeting && m.start.empty() && focus_ >= 0 && !sequel &&
        out_.meetings[focus_].status == m.status) {
      // An undated "gặp gỡ" in a report of a meeting is that meeting.
      for (const auto& p : m.participants) AddParticipant(static_cast<std::size_t>(focus_), p);
      out_.meetings[focus_].evidence.push_back(SentenceEvidence(f));
      used = true;
      continue;
    }
    // Dated from the event before it ("Cùng ngày, …"): another event.
    const bool another = sequel || relative;
    const bool dated = !m.start.empty();
    MergeMeeting(std::move(m), another);
    MeetingMention& placed = out_.meetings[focus_];
    bool former = false;  // "X từng thăm …": another, earlier occasion
    for (std::size_t q = c.first; q < trigger && !former; ++q) former = PhraseRoleAt(s, q, GrammarRole::kFormer);
    if (!sequel && !former) lead_dated(&placed);
    if (dated && placed.start.month && placed.status == EventStatus::kHeld) lead_date_ = Within(placed.start, placed.end);
    // "Dự lễ ký kết có A; B; C" with no ceremony reported before: the list goes on after ';'.
    used = !anaphoric;
    listing = anaphoric;
  }
}

}  // namespace coopgraph::extract::internal

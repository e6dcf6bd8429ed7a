// Private to extract: the state of one article while it is read.
#ifndef COOPGRAPH_SRC_EXTRACT_ARTICLE_H_
#define COOPGRAPH_SRC_EXTRACT_ARTICLE_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "coopgraph/extract/extract.h"
#include "dates.h"
#include "names.h"
#include "tokens.h"

namespace coopgraph::extract::internal {

// One sentence with what was found in it; spans map to article mentions.
struct SentenceFacts {
  std::size_t index = 0;
  const TaggedSentence* tokens = nullptr;
  SentenceNames names;
  std::vector<DateExpr> dates;
  bool caption = false;  // a photo caption: it reports no meeting of its own and dates none
  std::vector<int> org_mention;     // per names.orgs
  std::vector<int> person_mention;  // per names.persons
  std::vector<int> place_mention;   // per names.places
};

// A clause as a token range; sentences split at ';' — a sentence may report
// a call and a working session.
struct Clause {
  std::size_t first, last;
};

inline std::vector<Clause> Clauses(const TaggedSentence& s) {
  std::vector<Clause> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i].punct(';')) {
      if (start < i) out.push_back({start, i});
      start = i + 1;
    }
  }
  if (start < s.size()) out.push_back({start, s.size()});
  return out;
}

class ArticleReader {
 public:
  ArticleReader(const Lexicon& lexicon, const ingest::Document& doc);
  ExtractedArticle Run();

 private:
  void ReadMentions(SentenceFacts* f);
  // True when a photo credit ("Ảnh: …", "Photo: …") starts in tokens [first, last).
  bool CreditIn(const TaggedSentence& s, std::size_t first, std::size_t last) const;
  // True when a credit closes the sentence ("… - Ảnh: TTXVN", "… (Ảnh: TTXVN)"),
  // not when a dated report follows it.
  bool EndsWithCredit(const SentenceFacts& f) const;
  // Sets SentenceFacts::caption: a sentence a credit closes, or one a credit
  // follows on the same line.
  void MarkCaptions(const std::vector<normalize::Sentence>& sentences, std::vector<SentenceFacts>* facts) const;
  void ReadMeetings(const SentenceFacts& f);
  void ReadAgreements(const SentenceFacts& f);
  Evidence EvidenceFor(std::size_t sentence, std::size_t begin, std::size_t end) const;
  Evidence SentenceEvidence(const SentenceFacts& f) const;
  bool HasMarker(const TaggedSentence& s, std::size_t first, std::size_t last, MarkerRole role,
                 std::size_t* at = nullptr) const;
  int AddMention(Mention m);
  // True when a lexicon phrase at token i has grammar role `role`.
  bool PhraseRoleAt(const TaggedSentence& s, std::size_t i, GrammarRole role) const {
    return RoleLengthAt(s, i, role) > 0;
  }
  // True when the body at [first, last) is the place of the clause's event: named after a
  // location word, alone, after a building noun ("tại trụ sở Bộ …") or inside a venue.
  bool VenueAt(const TaggedSentence& s, const SentenceNames& names, std::size_t first, std::size_t last) const;
  // "gửi lời mời X sớm thăm …", "X nhận lời mời thăm …": true when an invitation in
  // [first, trigger) makes the clause's visit a planned one; `ps` becomes its visitors
  // (the invitees, or the subject accepting), never the inviter. An invitation opening the
  // clause ("Nhận lời mời của X, Y đã thăm …") frames a visit reported as made: false, and
  // `ps` keeps the persons after its comma.
  bool InvitedVisit(const SentenceFacts& f, std::size_t first, std::size_t trigger,
                    std::vector<std::size_t>* ps) const;
  // True when the meeting word at i follows the name of an agreement that opens the clause
  // or a list item ("…: Hiệp định cho phép thân nhân … được làm việc …; Hợp đồng …") with
  // no comma between, or any name of a list (the sentence has a ':' at first_colon < i);
  // `listed` says it is a list's.
  bool InAgreementName(const TaggedSentence& s, const Clause& c, std::size_t i, std::size_t first_colon,
                       bool* listed) const;
  // True when [from, c.last) dates or numbers the meeting named before it ("… vào tháng 8",
  // "Kỳ họp lần thứ 46"): a cited meeting so marked is a past one.
  bool PastMarkAfter(const SentenceFacts& f, const Clause& c, std::size_t from) const;
  // Where the clause's main part starts: after a leading adverbial that holds another meeting
  // ("Sau chuyến thăm … của X vào tháng 7, …", "Trong khuôn khổ Hội nghị …, …") and ends
  // before the predicate at `trigger`; else c.first.
  std::size_t MainClauseStart(const TaggedSentence& s, const Clause& c, std::size_t trigger) const;
  // The date a relative expression in [first, last) points at ("hôm qua"), or empty.
  PartialDate RelativeDate(const TaggedSentence& s, std::size_t first, std::size_t last) const;
  // Merges `m` into a meeting already read that it repeats, else adds it. `another`: the
  // report presents it as another event ("Cùng ngày, …", "Trước đó, …"), so a meeting
  // with other people on each side is not it.
  void MergeMeeting(MeetingMention m, bool another = false);
  // An undated held meeting told before the dated one of its kind that has all
  // its persons (the headline repeated in the body, the summary before the
  // lead) is that meeting: one meeting, one event.
  void FoldUndatedRepeats();
  // Adds `m` as a meeting of its own, indexing its participants.
  void AppendMeeting(MeetingMention m);
  // Adds a participant to out_.meetings[meeting] unless it is one already.
  void AddParticipant(std::size_t meeting, Participant p);
  // "hai bên", "hai nước", "hai Bộ" in [first, last): the two sides of a meeting.
  bool NamesBothSides(const TaggedSentence& s, std::size_t first, std::size_t last) const;
  // The organisation mentions a meeting's sides stand for: for each head of
  // delegation (else each person), the body of the last title naming one.
  std::vector<int> SideOrganizations(const MeetingMention& meeting) const;
  // The persons of clause `c` who sign the agreement named at [k, j), whose signing verb is at `verb`.
  std::vector<int> Signatories(const SentenceFacts& f, const Clause& c, std::size_t k, std::size_t j,
                               std::size_t verb) const;
  // The date in [first, last), outside the name [k, j), nearest the name.
  PartialDate SigningDate(const SentenceFacts& f, std::size_t first, std::size_t last, std::size_t k,
                          std::size_t j) const;
  // The bodies and places after the "giữa" in [from, j), the name's end ("… giữa A và B").
  std::vector<int> PartiesNamed(const SentenceFacts& f, const Clause& c, std::size_t from, std::size_t j) const;
  // The bodies (else countries) signing: in [from, before), or right after a "với" at the name's
  // end `j` in clause `c`.
  std::vector<int> SigningBodies(const SentenceFacts& f, const Clause& c, std::size_t from, std::size_t before,
                                 std::size_t j) const;
  // Adds `a` unless it repeats one already read (same name, same kind and period, or a bare
  // kind noun of `kind_length` tokens), which then takes what `a` adds. `bare_reference`: a
  // bare mention that refers back and is never new.
  void AddAgreement(AgreementMention a, std::size_t kind_length, bool bare, bool bare_reference);
  // For each person, the body of the last title that names one.
  std::vector<int> BodiesOf(const std::vector<int>& persons) const;

  const Lexicon& lex_;
  const ingest::Document& doc_;
  normalize::NormalizedText norm_;
  // Where each code point of the article text starts, in bytes (one more
  // entry for the end), so a quote is a copy of the text's own bytes. Empty
  // for text that is not valid UTF-8, whose quotes are re-encoded from
  // `source_decoded_` instead.
  std::vector<std::size_t> source_bytes_;
  std::u32string source_decoded_;
  std::size_t source_length_ = 0;  // in code points
  PartialDate reference_;  // fills missing years
  ExtractedArticle out_;
  int focus_ = -1;         // the meeting the text is talking about
  // The day of the report's lead ("Chiều 22/9, …"): the held meetings that the
  // following sentences describe without a date of their own took place then.
  PartialDate lead_date_;
  // The status of the last group of agreements named ("lễ ký các văn kiện"), which a
  // following list of them takes.
  AgreementStatus group_status_ = AgreementStatus::kMentioned;
  // Per meeting of out_.meetings: its participant mentions and the sorted
  // keys of its persons' names, kept as they grow, so that a meeting
  // reported by thousands of sentences (one long line) costs linear time.
  struct MeetingIndex {
    std::unordered_set<int> mentions;
    std::vector<std::string> person_keys;
  };
  std::vector<MeetingIndex> meeting_index_;
};

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_ARTICLE_H_

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
  void ReadMeetings(const SentenceFacts& f);
  void ReadAgreements(const SentenceFacts& f);
  Evidence EvidenceFor(std::size_t sentence, std::size_t begin, std::size_t end) const;
  Evidence SentenceEvidence(const SentenceFacts& f) const;
  bool HasMarker(const TaggedSentence& s, std::size_t first, std::size_t last, MarkerRole role,
                 std::size_t* at = nullptr) const;
  int AddMention(Mention m);
  // True when a lexicon phrase at token i has grammar role `role`.
  bool PhraseRoleAt(const TaggedSentence& s, std::size_t i, GrammarRole role) const;
  // The date a relative expression in [first, last) points at ("hôm qua"), or empty.
  PartialDate RelativeDate(const TaggedSentence& s, std::size_t first, std::size_t last) const;
  void MergeMeeting(MeetingMention m);
  // Adds a participant to out_.meetings[meeting] unless it is one already.
  void AddParticipant(std::size_t meeting, Participant p);
  // "hai bên", "hai nước", "hai Bộ" in [first, last): the two sides of a meeting.
  bool NamesBothSides(const TaggedSentence& s, std::size_t first, std::size_t last) const;
  // The organisation mentions a meeting's sides stand for: for each head of
  // delegation (else each person), the body of the last title naming one.
  std::vector<int> SideOrganizations(const MeetingMention& meeting) const;

  const Lexicon& lex_;
  const ingest::Document& doc_;
  normalize::NormalizedText norm_;
  std::u32string source_;
  PartialDate reference_;  // fills missing years
  ExtractedArticle out_;
  int focus_ = -1;         // the meeting the text is talking about
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

// Stage 3: reads one normalized article and returns its mentions (persons,
// organisations, countries, places) and facts (meetings, agreements), each
// with evidence pointing at the source characters.
#ifndef COOPGRAPH_EXTRACT_EXTRACT_H_
#define COOPGRAPH_EXTRACT_EXTRACT_H_

#include <memory>
#include <string>
#include <vector>

#include "coopgraph/extract/lexicon.h"
#include "coopgraph/extract/types.h"
#include "coopgraph/ingest/ingest.h"

namespace coopgraph::extract {

enum class MentionKind { kPerson, kOrganization, kCountry, kPlace };
// Their names in fact streams.
inline constexpr EnumName<MentionKind> kMentionKindNames[] = {{MentionKind::kPerson, "person"},
                                                              {MentionKind::kOrganization, "organization"},
                                                              {MentionKind::kCountry, "country"},
                                                              {MentionKind::kPlace, "place"}};

// A title as written before or after a person's name.
struct TitleMention {
  std::string text;       // "Bộ trưởng Khoa học và Công nghệ"
  int organization = -1;  // index of the organisation mention it names, or -1
  std::string country;    // iso2 the title names ("Thủ tướng Lào"), or empty
};

struct Mention {
  MentionKind kind = MentionKind::kPerson;
  std::string surface;               // the text as written (normalized)
  std::string name;                  // best full name; empty for a title-only person mention
  std::vector<std::string> aliases;  // other names the text gives (acronyms, expansions)
  std::string country;               // iso2 or empty
  OrgCategory category = OrgCategory::kGeneric;  // organisations
  std::vector<TitleMention> titles;  // persons
  int parent = -1;                   // organisations: index of the parent organisation mention
  int known_index = -1;              // index in Lexicon::known_orgs() / public_figures(), or -1
  Evidence evidence;
};

struct Participant {
  int mention = -1;  // person or organisation mention
  bool head_of_delegation = false;
};

struct MeetingMention {
  MeetingKind kind = MeetingKind::kMeeting;
  PartialDate start;
  PartialDate end;  // empty unless a range is given
  EventStatus status = EventStatus::kHeld;
  int place = -1;   // place or country mention
  std::vector<Participant> participants;
  std::vector<Evidence> evidence;  // the trigger sentence first, then sentences that add to it
};

struct AgreementMention {
  AgreementKind kind = AgreementKind::kAgreement;
  std::string name;        // "Thỏa thuận hợp tác giai đoạn 2021 – 2025"
  int period_start = 0;    // years, 0 when none
  int period_end = 0;
  AgreementStatus status = AgreementStatus::kMentioned;
  PartialDate date;        // signing date (done or planned)
  std::vector<int> parties;      // organisation, country or person mentions
  std::vector<int> signatories;  // person mentions
  Evidence evidence;
};

struct ExtractedArticle {
  std::string article_id;  // ingest::Document::id
  PartialDate published;   // from the document metadata, when known
  std::vector<Mention> mentions;
  std::vector<MeetingMention> meetings;
  std::vector<AgreementMention> agreements;
};

// Stateless apart from the shared immutable Lexicon; one Extractor may serve
// many threads at once.
class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
  ExtractedArticle Extract(const ingest::Document& document) const;

 private:
  std::shared_ptr<const Lexicon> lexicon_;
};

// Reads an ISO date at its precision (base/date.h).
using ::coopgraph::ParseIsoDate;

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_EXTRACT_EXTRACT_H_

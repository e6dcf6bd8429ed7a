// Value types produced by the extract stage and passed to resolve and graph.
#ifndef COOPGRAPH_EXTRACT_TYPES_H_
#define COOPGRAPH_EXTRACT_TYPES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

// A calendar date at the precision the text gives: year only, year and
// month, or a full date. 0 means unknown. A year taken from the publication
// date or from another date in the article is flagged `year_inferred`.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool year_inferred = false;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  // "2018-08-10", "2018-08", "2018", "--08-10" (month and day, no year), or "".
  std::string ToIso() const;
  friend bool operator==(const PartialDate& a, const PartialDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// Where a fact was read: the article, the sentence and the exact characters.
// `begin`/`end` are code-point offsets into ingest::Document::text.
struct Evidence {
  std::string article_id;
  std::size_t sentence = 0;  // 0-based sentence index in the article
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string quote;         // the source characters [begin, end)
};

enum class OrgCategory {
  kGeneric,
  kGovernment,   // ministries, offices, committees of state, embassies
  kParty,        // party bodies
  kCompany,
  kEducational,
  kResearch,
  kNewsMedia,
  kCommittee,    // joint and intergovernmental committees
  kNgo,          // associations, unions, funds
};

enum class MeetingKind {
  kMeeting,                // generic (gặp, họp, hội kiến)
  kTalks,                  // hội đàm
  kOnlineTalks,            // hội đàm trực tuyến
  kWorkingSession,         // làm việc
  kReception,              // tiếp, tiếp đón
  kCourtesyCall,           // chào xã giao, tiếp kiến
  kJointCommitteeSession,  // khóa họp, kỳ họp
  kVisit,                  // thăm
  kSigningCeremony,        // lễ ký kết
  kPhoneCall,              // điện đàm
  kConference,             // hội nghị, hội thảo, diễn đàn
};

enum class EventStatus { kHeld, kPlanned };

enum class AgreementKind {
  kAgreement,         // thỏa thuận
  kPlan,              // kế hoạch
  kProgram,           // chương trình
  kFrameworkProgram,  // khung chương trình, chương trình khung
  kTreaty,            // hiệp ước
  kAccord,            // hiệp định
  kMemorandum,        // biên bản ghi nhớ, bản ghi nhớ
  kProtocol,          // nghị định thư
  kContract,          // hợp đồng
  kJointStatement,    // tuyên bố chung
  kOrientation,       // phương hướng
};

enum class AgreementStatus { kSigned, kToBeSigned, kImplemented, kProposed, kAgreed, kMentioned };

inline constexpr int kMeetingKindCount = static_cast<int>(MeetingKind::kConference) + 1;
inline constexpr int kAgreementKindCount = static_cast<int>(AgreementKind::kOrientation) + 1;

// The one name of each kind ("Talks", "CooperationAgreement"): data files
// (triggers.tsv, agreement_kinds.tsv) and the graph vocabulary both use it.
std::string_view MeetingKindTerm(MeetingKind kind);
std::string_view AgreementKindTerm(AgreementKind kind);

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_EXTRACT_TYPES_H_

// Value types produced by the extract stage and passed to resolve and graph.
#ifndef COOPGRAPH_EXTRACT_TYPES_H_
#define COOPGRAPH_EXTRACT_TYPES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/date.h"
#include "coopgraph/base/enum_names.h"

namespace coopgraph::extract {

// Dates are coopgraph's one PartialDate (base/date.h), named here as the
// extract stage has always named them.
using ::coopgraph::PartialDate;

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

// The names of the categories in data files (known_orgs.tsv) and fact streams.
inline constexpr EnumName<OrgCategory> kOrgCategoryNames[] = {
    {OrgCategory::kGeneric, "generic"},         {OrgCategory::kGovernment, "government"},
    {OrgCategory::kParty, "party"},             {OrgCategory::kCompany, "company"},
    {OrgCategory::kEducational, "educational"}, {OrgCategory::kResearch, "research"},
    {OrgCategory::kNewsMedia, "news_media"},    {OrgCategory::kCommittee, "committee"},
    {OrgCategory::kNgo, "ngo"}};

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

// Whether the meeting took place: held (the default), announced for later,
// called off, or moved to a later date.
enum class EventStatus { kHeld, kPlanned, kCancelled, kPostponed };
inline constexpr int kEventStatusCount = static_cast<int>(EventStatus::kPostponed) + 1;
// Their names in fact streams.
inline constexpr EnumName<EventStatus> kMeetingStatusNames[] = {{EventStatus::kHeld, "held"},
                                                              {EventStatus::kPlanned, "planned"},
                                                              {EventStatus::kCancelled, "cancelled"},
                                                              {EventStatus::kPostponed, "postponed"}};

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
// Their names in fact streams.
inline constexpr EnumName<AgreementStatus> kAgreementStatusNames[] = {
    {AgreementStatus::kSigned, "signed"},     {AgreementStatus::kToBeSigned, "to_be_signed"},
    {AgreementStatus::kImplemented, "implemented"}, {AgreementStatus::kProposed, "proposed"},
    {AgreementStatus::kAgreed, "agreed"},     {AgreementStatus::kMentioned, "mentioned"}};

inline constexpr int kMeetingKindCount = static_cast<int>(MeetingKind::kConference) + 1;
inline constexpr int kAgreementKindCount = static_cast<int>(AgreementKind::kOrientation) + 1;
inline constexpr int kAgreementStatusCount = static_cast<int>(AgreementStatus::kMentioned) + 1;

// The one name of each kind ("Talks", "CooperationAgreement"): data files
// (triggers.tsv, agreement_kinds.tsv) and the graph vocabulary both use it.
std::string_view MeetingKindTerm(MeetingKind kind);
std::string_view AgreementKindTerm(AgreementKind kind);

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_EXTRACT_TYPES_H_

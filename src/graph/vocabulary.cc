#include "coopgraph/graph/vocabulary.h"

namespace coopgraph::graph {
namespace {

struct MeetingRow {
  MeetingKind kind;
  std::string_view label;
  std::string_view cameo;  // CAMEO event code
};

// CAMEO: 040 consult, 041 discuss by telephone, 042 make a visit,
// 043 host a visit, 044 meet at a third location, 046 engage in negotiation,
// 057 sign formal agreement.
constexpr MeetingRow kMeetingRows[] = {
    {MeetingKind::kMeeting, "meeting", "040"},
    {MeetingKind::kTalks, "talks", "046"},
    {MeetingKind::kOnlineTalks, "online talks", "046"},
    {MeetingKind::kWorkingSession, "working session", "040"},
    {MeetingKind::kReception, "reception", "043"},
    {MeetingKind::kCourtesyCall, "courtesy call", "042"},
    {MeetingKind::kJointCommitteeSession, "joint committee session", "046"},
    {MeetingKind::kVisit, "visit", "042"},
    {MeetingKind::kSigningCeremony, "signing ceremony", "057"},
    {MeetingKind::kPhoneCall, "phone call", "041"},
    {MeetingKind::kConference, "conference", "044"},
};

constexpr std::string_view kAgreementStatusTerms[] = {
    "Signed", "ToBeSigned", "Implemented", "Proposed", "Agreed", "Mentioned"};

constexpr std::string_view kRelationTerms[] = {
    "nationality", "memberOf", "parentOrganization", "country", "containedInPlace",
    "attendee", "location", "party", "signatory", "reportedIn"};

}  // namespace

std::string_view TypeTerm(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return "Person";
    case NodeKind::kOrganization: return "Organization";
    case NodeKind::kCountry: return "Country";
    case NodeKind::kPlace: return "Place";
    case NodeKind::kEvent: return "Event";
    case NodeKind::kAgreement: return "Agreement";
    case NodeKind::kArticle: return "NewsArticle";
  }
  return "Thing";
}

std::string_view OrganizationTypeTerm(OrgCategory category) {
  switch (category) {
    case OrgCategory::kGeneric: return "Organization";
    case OrgCategory::kGovernment: return "GovernmentOrganization";
    case OrgCategory::kParty: return "PoliticalParty";
    case OrgCategory::kCompany: return "Corporation";
    case OrgCategory::kEducational: return "EducationalOrganization";
    case OrgCategory::kResearch: return "ResearchOrganization";
    case OrgCategory::kNewsMedia: return "NewsMediaOrganization";
    case OrgCategory::kCommittee: return "GovernmentOrganization";
    case OrgCategory::kNgo: return "NGO";
  }
  return "Organization";
}

std::string_view MeetingKindLabel(MeetingKind kind) {
  return kMeetingRows[static_cast<int>(kind)].label;
}
std::string_view CameoCode(MeetingKind kind) { return kMeetingRows[static_cast<int>(kind)].cameo; }

std::string_view EventStatusTerm(EventStatus status) {
  static constexpr std::string_view kTerms[] = {"Held", "Planned", "Cancelled", "Postponed"};
  return kTerms[static_cast<int>(status)];
}
std::string_view AgreementStatusTerm(AgreementStatus status) {
  return kAgreementStatusTerms[static_cast<int>(status)];
}
std::string_view RelationTerm(Relation relation) {
  return kRelationTerms[static_cast<int>(relation)];
}

std::vector<std::string_view> AllProjectTerms() {
  std::vector<std::string_view> terms = {"Agreement", "Held", "Planned"};
  for (const auto& row : kMeetingRows) terms.push_back(MeetingKindTerm(row.kind));
  for (int i = 0; i < extract::kAgreementKindCount; ++i)
    terms.push_back(AgreementKindTerm(static_cast<AgreementKind>(i)));
  for (auto t : kAgreementStatusTerms) terms.push_back(t);
  return terms;
}

}  // namespace coopgraph::graph

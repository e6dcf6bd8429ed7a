// Who is not an attendee of a clause's meeting: the body that is its venue,
// and the inviter of a visit that is only planned.
#include <algorithm>

#include "article.h"

namespace coopgraph::extract::internal {

bool ArticleReader::VenueAt(const TaggedSentence& s, const SentenceNames& names, std::size_t first,
                            std::size_t last) const {
  auto after_location = [&](std::size_t b) { return b > 0 && s[b - 1].Has(GrammarRole::kLocation); };
  if (after_location(first)) return true;  // "tại Bộ Ngoại giao"
  for (std::size_t b = first >= 3 ? first - 3 : 0; b < first; ++b)  // "tại trụ sở Bộ Ngoại giao"
    if (RoleLengthAt(s, b, GrammarRole::kVenue) == first - b && after_location(b)) return true;
  for (const PlaceSpan& p : names.places)  // "tại Nhà Quốc hội", "tại Trụ sở Chính phủ"
    if (p.first <= first && p.last >= last && after_location(p.first)) return true;
  return false;
}

bool ArticleReader::InvitedVisit(const SentenceFacts& f, std::size_t first, std::size_t trigger,
                                 std::vector<std::size_t>* ps) const {
  const TaggedSentence& s = *f.tokens;
  const SentenceNames& names = f.names;
  for (std::size_t q = first; q < trigger; ++q) {
    const std::size_t len = RoleLengthAt(s, q, GrammarRole::kInvitation);
    const std::size_t accepted = RoleLengthAt(s, q, GrammarRole::kAcceptance);
    // "Nhận lời mời của X, Y đã thăm …", "Thực hiện … và theo lời mời của X, Y …": an
    // invitation with no subject before it frames the visit being reported; the subject
    // after the comma makes it.
    const bool opens = (len || accepted) &&
                       std::none_of(names.persons.begin(), names.persons.end(), [&](const PersonSpan& p) {
                         return p.construct_first >= first && p.construct_first < q;
                       });
    if (opens) {
      std::size_t comma = q + std::max(len, accepted);
      while (comma < trigger && !s[comma].punct(',')) ++comma;
      if (comma < trigger) {
        std::vector<std::size_t> subjects;
        for (std::size_t i : *ps)
          if (names.persons[i].construct_first > comma) subjects.push_back(i);
        *ps = subjects;
        return false;
      }
    }
    if (accepted && accepted >= len) {  // "X nhận lời mời thăm …": the subject visits
      std::vector<std::size_t> subjects;
      for (std::size_t i : *ps)
        if (names.persons[i].construct_first < q) subjects.push_back(i);
      *ps = subjects;
      return true;
    }
    if (!len) continue;
    // "lời mời của Thủ tướng X tới Tổng thống Y": X invites.
    std::size_t from = q + len;
    const std::size_t of = RoleLengthAt(s, from, GrammarRole::kPossessive);
    const std::size_t inviter = from + of;
    for (std::size_t i = 0; of && i < names.persons.size(); ++i)
      if (names.persons[i].construct_first == inviter) from = names.persons[i].construct_last;
    std::vector<std::size_t> invitees;
    for (std::size_t i = 0; i < names.persons.size(); ++i) {
      const std::size_t at = names.persons[i].construct_first;
      if (f.person_mention[i] >= 0 && at >= from && at < trigger) invitees.push_back(i);
    }
    // "mời X …", "lời mời … tới X", "mời sang thăm": not the "khách mời" of a clause.
    const bool direct = (!invitees.empty() && names.persons[invitees[0]].construct_first <= from + 1) ||
                        trigger <= q + len + 2;
    if (!direct) continue;
    *ps = invitees;
    return true;
  }
  return false;
}

}  // namespace coopgraph::extract::internal

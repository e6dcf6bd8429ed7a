// Stage 4: turns the mentions of many articles into entities (one per real
// person, organisation, country, place), events and agreements.
#ifndef COOPGRAPH_RESOLVE_RESOLVE_H_
#define COOPGRAPH_RESOLVE_RESOLVE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coopgraph/extract/extract.h"
#include "coopgraph/ingest/ingest.h"

namespace coopgraph::resolve {

using extract::MentionKind;

// A title held by a person, dated by the article that states it.
struct Role {
  std::string title;
  int organization = -1;  // entity index, or -1
  std::string article_id;
  std::string date;       // ISO publication date of the article, or empty
};

struct Entity {
  MentionKind kind = MentionKind::kPerson;
  std::string id;                    // stable path: "person/huynh-thanh-dat"
  std::string name;
  std::vector<std::string> alternate_names;
  std::string country;               // iso2, or empty
  std::string iso3;                  // countries: ISO 3166-1 alpha-3, when the knowledge has it
  extract::OrgCategory category = extract::OrgCategory::kGeneric;
  std::vector<Role> roles;           // persons
  int parent = -1;                   // organisations: entity index of the parent
  std::string wikidata;              // "Q123" when the gazetteer knows it
  std::vector<std::string> sources;  // article ids, sorted
  std::vector<extract::Evidence> evidence;  // the first mention in each article
  std::vector<std::string> merge_reasons;   // why mentions became this one entity
};

struct Attendance {
  int entity = -1;
  bool head_of_delegation = false;
};

// The date one report gives for an event.
struct ReportedDate {
  extract::PartialDate date;
  std::string article_id;
};

struct Event {
  std::string id;
  extract::MeetingKind kind = extract::MeetingKind::kMeeting;
  extract::PartialDate start;
  extract::PartialDate end;
  extract::EventStatus status = extract::EventStatus::kHeld;
  int place = -1;  // entity index of a place or country
  std::vector<Attendance> attendees;
  std::vector<std::string> sources;
  std::vector<extract::Evidence> evidence;
  // Every date the reports give, by article then date. `start` is the
  // earliest of the most precise ones; the others are kept, not dropped.
  std::vector<ReportedDate> reported_dates;
};

struct Agreement {
  std::string id;
  std::string name;
  extract::AgreementKind kind = extract::AgreementKind::kAgreement;
  int period_start = 0;
  int period_end = 0;
  extract::AgreementStatus status = extract::AgreementStatus::kMentioned;
  extract::PartialDate date;
  std::vector<int> parties;      // entity indexes
  std::vector<int> signatories;
  std::vector<std::string> sources;
  std::vector<extract::Evidence> evidence;
};

struct Article {
  std::string id;  // ingest::Document::id (content hash)
  std::string url, title, date_published, outlet, source_path;
  std::string text;  // ingest::Document::text, moved here from the document (set by Finish)
};

struct Resolution {
  std::vector<Article> articles;    // sorted by id
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Agreement> agreements;
};

struct ResolveOptions {
  std::string home_country = "VN";  // a bare national body ("Bộ KH&CN") belongs to it
};

// Accumulates articles; the result depends only on the set of articles added
// (they are processed in article-id order). Articles added in increasing id
// order are resolved as they come, so Finish has little left to do. Not
// thread safe.
class Resolver {
 public:
  Resolver(std::shared_ptr<const extract::Lexicon> lexicon, ResolveOptions options = {});
  ~Resolver();
  Resolver(const Resolver&) = delete;
  Resolver& operator=(const Resolver&) = delete;

  // Adds one article; an article whose id was added before is ignored. The
  // document's text is kept once, moved along to the Resolution (pass an
  // rvalue: the article text is never copied on its way to the graph).
  void Add(ingest::Document document, extract::ExtractedArticle extracted);
  // The resolution of every article added. Call once: the resolver is empty afterwards.
  Resolution Finish();

 private:
  struct Pending;
  class Builder;
  std::shared_ptr<const extract::Lexicon> lexicon_;
  ResolveOptions options_;
  std::map<std::string, std::unique_ptr<Pending>> articles_;  // by id
  // Fed every article so far while they came in id order; null once one did not.
  std::unique_ptr<Builder> in_order_;
};

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_RESOLVE_RESOLVE_H_

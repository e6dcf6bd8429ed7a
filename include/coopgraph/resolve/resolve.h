// Stage 4: turns the mentions of many articles into entities (one per real
// person, organisation, country, place), events and agreements.
#ifndef COOPGRAPH_RESOLVE_RESOLVE_H_
#define COOPGRAPH_RESOLVE_RESOLVE_H_

#include <memory>
#include <string>
#include <vector>

#include "coopgraph/base/status.h"
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

// Resolves articles as they are added, in increasing id order, so the result
// depends only on the set of articles (callers sort by id; pipeline::Build
// does) and nothing of an article is kept once it is resolved: memory grows
// with the entities, meetings and agreements, not with the articles' text.
// Not thread safe.
class Resolver {
 public:
  Resolver(std::shared_ptr<const extract::Lexicon> lexicon, ResolveOptions options = {});
  ~Resolver();
  Resolver(const Resolver&) = delete;
  Resolver& operator=(const Resolver&) = delete;

  // Resolves one article. An article with the id of the last one added is
  // ignored (the id is the hash of the text: the same article). Errors:
  // kInvalidArgument naming both ids when `document.id` is below the last
  // id added; the resolver is unchanged.
  Status Add(const ingest::Document& document, const extract::ExtractedArticle& extracted);
  // The resolution of every article added. Call once: the resolver is empty afterwards.
  Resolution Finish();

 private:
  class Builder;
  std::shared_ptr<const extract::Lexicon> lexicon_;
  ResolveOptions options_;
  std::string last_id_;
  std::unique_ptr<Builder> builder_;
};

}  // namespace coopgraph::resolve

#endif  // COOPGRAPH_RESOLVE_RESOLVE_H_

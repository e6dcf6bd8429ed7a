#include "coopgraph/resolve/resolve.h"

#include <algorithm>
#include <unordered_map>

#include "coopgraph/normalize/normalize.h"
#include "extract/lexicon.h"
#include "ids.h"
#include "resolve/facts.h"
#include "resolve/organizations.h"
#include "resolve/persons.h"
#include "resolve/registry.h"

namespace coopgraph::resolve {

using extract::ExtractedArticle;
using extract::Mention;

// One resolution: the registry the resolvers share, places here, then the
// article's organisations, persons, meetings and agreements in that order.
class Resolver::Builder {
 public:
  // The registry refers to both: they outlive the builder (Resolver's members).
  Builder(const extract::Lexicon& lexicon, const ResolveOptions& options)
      : reg_(lexicon, options), organizations_(reg_), persons_(reg_) {}

  void AddArticle(const Article& article, const ExtractedArticle& x) {
    reg_.r.articles.push_back(article);
    reg_.article = &reg_.r.articles.back();
    reg_.ent.assign(x.mentions.size(), -1);
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
      const Mention& m = x.mentions[i];
      if (m.kind == MentionKind::kCountry || m.kind == MentionKind::kPlace) reg_.ent[i] = Place(m);
    }
    organizations_.ResolveArticle(x);
    persons_.ResolveArticle(x);
    for (const auto& meeting : x.meetings) {
      if (auto event = EventOf(meeting, reg_.ent, article.id)) reg_.r.events.push_back(std::move(*event));
    }
    for (const auto& a : x.agreements) reg_.r.agreements.push_back(AgreementOf(a, reg_.ent, article.id));
  }

  Resolution Finish() {
    for (auto& e : reg_.r.entities) {
      if (e.kind == MentionKind::kPerson && e.country.empty() && reg_.names.LooksVietnamese(e.name))
        e.country = reg_.options.home_country;
      std::sort(e.sources.begin(), e.sources.end());
      e.sources.erase(std::unique(e.sources.begin(), e.sources.end()), e.sources.end());
    }
    // Every country an entity belongs to is a node with its name, even when no
    // article named it on its own.
    for (std::size_t i = 0, n = reg_.r.entities.size(); i < n; ++i) {
      const std::string iso = reg_.r.entities[i].country;
      if (iso.empty() || reg_.keys.count("C|" + iso)) continue;
      const auto* c = reg_.lex.CountryByIso(iso);
      int id = reg_.NewEntity(MentionKind::kCountry, c ? c->name_vi : iso, iso);
      if (c && !c->name_en.empty()) reg_.r.entities[id].alternate_names.push_back(c->name_en);
      reg_.r.entities[id].sources = reg_.r.entities[i].sources;
      reg_.keys.emplace("C|" + iso, id);
    }
    for (auto& e : reg_.r.entities) {
      if (e.kind != MentionKind::kCountry) continue;
      if (const auto* c = reg_.lex.CountryByIso(e.country)) e.iso3 = c->iso3;
    }
    MergeEvents(&reg_.r);
    MergeAgreements(&reg_.r);
    AssignIds(&reg_.r);
    return std::move(reg_.r);
  }

 private:
  int Place(const Mention& m) {
    std::string key = (m.kind == MentionKind::kCountry ? "C|" + m.country : "L|" + reg_.names.Loose(m.name));
    int id;
    if (auto it = reg_.keys.find(key); it != reg_.keys.end()) {
      id = it->second;
    } else {
      id = reg_.NewEntity(m.kind, m.name, m.country);
      reg_.keys.emplace(key, id);
      if (m.kind == MentionKind::kCountry) {
        if (const auto* c = reg_.lex.CountryByIso(m.country)) AddUnique(&reg_.r.entities[id].alternate_names, c->name_en);
      }
    }
    reg_.Touch(id, m, "same name");
    return id;
  }

  Registry reg_;
  Organizations organizations_;
  Persons persons_;
};

Resolver::Resolver(std::shared_ptr<const extract::Lexicon> lexicon, ResolveOptions options)
    : lexicon_(std::move(lexicon)),
      options_(std::move(options)),
      builder_(std::make_unique<Builder>(*lexicon_, options_)) {}

Resolver::~Resolver() = default;

Status Resolver::Add(const ingest::Document& document, const ExtractedArticle& extracted) {
  if (!last_id_.empty() && document.id <= last_id_) {
    if (document.id == last_id_) return Status::Ok();
    return InvalidArgumentError("article " + document.id + " added after " + last_id_ +
                                ": articles are resolved in increasing id order");
  }
  last_id_ = document.id;
  builder_->AddArticle({document.id, document.url, document.title, document.date_published, document.outlet,
                        document.source_path},
                       extracted);
  return Status::Ok();
}

Resolution Resolver::Finish() {
  Resolution resolution = builder_->Finish();
  builder_ = std::make_unique<Builder>(*lexicon_, options_);  // empty again, ready for other articles
  last_id_.clear();
  return resolution;
}

}  // namespace coopgraph::resolve

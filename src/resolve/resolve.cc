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

struct Resolver::Pending {
  Article article;
  ExtractedArticle extracted;
};

Resolver::Resolver(std::shared_ptr<const extract::Lexicon> lexicon, ResolveOptions options)
    : lexicon_(std::move(lexicon)), options_(std::move(options)) {}

// One resolution: the registry the resolvers share, places here, then the
// article's organisations, persons, meetings and agreements in that order.
class Resolver::Builder {
 public:
  Builder(const extract::Lexicon& lex, const ResolveOptions& options)
      : reg_(lex, options), organizations_(reg_), persons_(reg_) {}

  void AddArticle(const Article& article, const ExtractedArticle& x) {
    // The text stays with the pending article until Finish moves it here.
    reg_.r.articles.push_back({article.id, article.url, article.title, article.date_published, article.outlet,
                               article.source_path, std::string()});
    reg_.article = &article;
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

Resolver::~Resolver() = default;

void Resolver::Add(ingest::Document document, ExtractedArticle extracted) {
  if (articles_.count(document.id)) return;
  const bool next_in_order = articles_.empty() || articles_.rbegin()->first < document.id;
  auto p = std::make_unique<Pending>();
  p->article = {std::move(document.id),     std::move(document.url),         std::move(document.title),
                std::move(document.date_published), std::move(document.outlet), std::move(document.source_path),
                std::move(document.text)};
  p->extracted = std::move(extracted);
  const std::string& id = p->article.id;
  const Pending& added = *articles_.emplace(id, std::move(p)).first->second;
  if (articles_.size() == 1) in_order_ = std::make_unique<Builder>(*lexicon_, options_);
  if (!next_in_order) in_order_.reset();
  if (in_order_) in_order_->AddArticle(added.article, added.extracted);
}

Resolution Resolver::Finish() {
  std::unique_ptr<Builder> builder = std::move(in_order_);
  if (builder == nullptr) {
    builder = std::make_unique<Builder>(*lexicon_, options_);
    for (const auto& [id, p] : articles_) builder->AddArticle(p->article, p->extracted);
  }
  Resolution resolution = builder->Finish();
  // Both in id order: each article's text moves, once, to its resolved article.
  auto pending = articles_.begin();
  for (Article& article : resolution.articles) article.text = std::move((pending++)->second->article.text);
  articles_.clear();
  return resolution;
}

}  // namespace coopgraph::resolve

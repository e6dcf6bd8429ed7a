#include "coopgraph/graph/build.h"

#include <algorithm>

#include "coopgraph/graph/vocabulary.h"

namespace coopgraph::graph {

std::string ArticleNodeId(const std::string& content_hash) { return "article/" + content_hash; }

namespace {

std::vector<std::string> ArticleIds(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(ArticleNodeId(id));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Evidence> WithArticleIds(std::vector<Evidence> evidence) {
  for (auto& e : evidence) e.article_id = ArticleNodeId(e.article_id);
  return evidence;
}

}  // namespace

KnowledgeGraph BuildGraph(resolve::Resolution r) {
  KnowledgeGraph g;
  // Nodes are large: growing the vertex store would move every one again.
  // Countries named only by ISO code come on top; a few.
  g.Reserve(r.articles.size() + r.entities.size() + r.events.size() + r.agreements.size() + 64);
  for (auto& a : r.articles) {
    Node n;
    n.id = ArticleNodeId(a.id);
    n.name = a.title.empty() ? a.source_path : a.title;
    n.info = ArticleInfo{a.url, a.title, a.date_published, a.outlet, a.source_path, a.id};
    g.AddNode(std::move(n));
  }
  std::vector<Vertex> vertex(r.entities.size());
  for (std::size_t i = 0; i < r.entities.size(); ++i) {
    auto& e = r.entities[i];  // evidence and aliases are moved out; ids and names are read later
    Node n;
    n.id = e.id;
    n.name = e.name;
    n.alternate_names = std::move(e.alternate_names);
    std::sort(n.alternate_names.begin(), n.alternate_names.end());
    if (!e.wikidata.empty()) n.same_as.push_back("http://www.wikidata.org/entity/" + e.wikidata);
    n.merge_reasons = std::move(e.merge_reasons);
    n.sources = ArticleIds(e.sources);
    n.evidence = WithArticleIds(std::move(e.evidence));
    switch (e.kind) {
      case resolve::MentionKind::kPerson: n.info = PersonInfo{}; break;
      case resolve::MentionKind::kOrganization: n.info = OrganizationInfo{e.category}; break;
      case resolve::MentionKind::kCountry: n.info = CountryInfo{e.country, e.iso3}; break;
      case resolve::MentionKind::kPlace: n.info = PlaceInfo{}; break;
    }
    vertex[i] = g.AddNode(std::move(n));
  }
  // The node of a country (ids are "country/" + the lower-case ISO code); one
  // is added when no article named the country itself.
  auto country_vertex = [&](const std::string& iso) -> std::optional<Vertex> {
    if (iso.empty()) return std::nullopt;
    std::string id = "country/" + iso;
    for (std::size_t c = 8; c < id.size(); ++c) id[c] = static_cast<char>(std::tolower(static_cast<unsigned char>(id[c])));
    if (auto v = g.Find(id)) return v;
    Node n;
    n.id = id;
    n.name = iso;
    n.info = CountryInfo{iso, ""};
    return g.AddNode(std::move(n));
  };
  for (std::size_t i = 0; i < r.entities.size(); ++i) {
    const auto& e = r.entities[i];
    auto country = e.kind == resolve::MentionKind::kCountry ? std::nullopt : country_vertex(e.country);
    switch (e.kind) {
      case resolve::MentionKind::kPerson: {
        if (country) g.AddEdge(vertex[i], *country, {Relation::kNationality, "", "", {}});
        auto& info = std::get<PersonInfo>(g.mutable_node(vertex[i]).info);
        for (const auto& role : e.roles) {
          Role out{role.title, role.organization >= 0 ? r.entities[role.organization].id : "", role.date,
                   ArticleNodeId(role.article_id)};
          info.roles.push_back(out);
          if (role.organization >= 0)
            g.AddEdge(vertex[i], vertex[role.organization], {Relation::kMemberOf, role.title, role.date, {}});
        }
        break;
      }
      case resolve::MentionKind::kOrganization:
        if (country) g.AddEdge(vertex[i], *country, {Relation::kCountry, "", "", {}});
        if (e.parent >= 0) g.AddEdge(vertex[i], vertex[e.parent], {Relation::kParentOrganization, "", "", {}});
        break;
      case resolve::MentionKind::kPlace:
        if (country) g.AddEdge(vertex[i], *country, {Relation::kContainedIn, "", "", {}});
        break;
      case resolve::MentionKind::kCountry:
        break;
    }
  }
  for (auto& ev : r.events) {
    Node n;
    n.id = ev.id;
    n.name = std::string(MeetingKindLabel(ev.kind));
    n.sources = ArticleIds(ev.sources);
    n.evidence = WithArticleIds(std::move(ev.evidence));
    EventInfo info;
    info.kind = ev.kind;
    info.cameo_code = std::string(CameoCode(ev.kind));
    info.start_date = ev.start.ToIso();
    info.end_date = ev.end.ToIso();
    info.date_inferred = ev.start.year_inferred;
    info.status = ev.status;
    for (const auto& reported : ev.reported_dates) {
      if (reported.date == ev.start) continue;
      // The reports disagree: every report's date is kept, the chosen one too.
      for (const auto& each : ev.reported_dates) info.conflicting_dates.emplace_back(each.date.ToIso(), ArticleNodeId(each.article_id));
      break;
    }
    n.info = info;
    Vertex v = g.AddNode(std::move(n));
    std::vector<std::string> names;
    for (const auto& a : ev.attendees) {
      g.AddEdge(v, vertex[a.entity],
                {Relation::kAttendee, a.head_of_delegation ? "head of delegation" : "", info.start_date, {}});
      if (r.entities[a.entity].kind == resolve::MentionKind::kPerson) names.push_back(r.entities[a.entity].name);
    }
    if (!names.empty()) {
      std::string label = g.node(v).name + ":";
      for (std::size_t k = 0; k < names.size() && k < 3; ++k) label += (k ? ", " : " ") + names[k];
      g.mutable_node(v).name = label;
    }
    if (ev.place >= 0) g.AddEdge(v, vertex[ev.place], {Relation::kLocation, "", "", {}});
    for (const auto& s : ev.sources)
      if (auto a = g.Find(ArticleNodeId(s))) g.AddEdge(v, *a, {Relation::kReportedIn, "", "", {}});
  }
  for (auto& ag : r.agreements) {
    Node n;
    n.id = ag.id;
    n.name = ag.name;
    n.sources = ArticleIds(ag.sources);
    n.evidence = WithArticleIds(std::move(ag.evidence));
    AgreementInfo info;
    info.kind = ag.kind;
    if (ag.period_start) info.period_start = std::to_string(ag.period_start);
    if (ag.period_end) info.period_end = std::to_string(ag.period_end);
    info.status = ag.status;
    info.signing_date = ag.date.ToIso();
    n.info = info;
    Vertex v = g.AddNode(std::move(n));
    for (int p : ag.parties) g.AddEdge(v, vertex[p], {Relation::kParty, "", "", {}});
    for (int p : ag.signatories) g.AddEdge(v, vertex[p], {Relation::kSignatory, "", "", {}});
    for (const auto& s : ag.sources)
      if (auto a = g.Find(ArticleNodeId(s))) g.AddEdge(v, *a, {Relation::kReportedIn, "", "", {}});
  }
  return g;
}

}  // namespace coopgraph::graph

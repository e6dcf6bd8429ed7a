// The property-graph view every tabular writer shares: which columns a node
// and an edge have, in which order nodes and edges are written, and how
// dates become time spells.
#include "exporters/property_graph.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "base/ascii.h"
#include "base/utf8.h"
#include "coopgraph/base/date.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/text.h"

namespace coopgraph::exporters::internal {
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;

Value Text(std::string_view text) {
  if (text.empty()) return {};
  return {SanitizeUtf8(text)};
}

Value List(const std::set<std::string>& items) {
  Value out;
  for (const auto& item : items)
    if (!item.empty()) out.push_back(SanitizeUtf8(item));
  return out;
}

Value Bool(bool value) { return {value ? "true" : "false"}; }

std::string Join(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

constexpr NodeKind kPerson = NodeKind::kPerson, kCountry = NodeKind::kCountry, kEvent = NodeKind::kEvent,
                   kAgreement = NodeKind::kAgreement, kArticle = NodeKind::kArticle;

std::vector<Column> NodeColumns() {
  using T = ValueType;
  return {
      {"name", T::kString, {}},
      {"alternateName", T::kStringList, {}},
      {"kind", T::kString, {}},
      {"type", T::kString, {}},
      {"label", T::kString, {}},
      {"country", T::kStringList, {}},
      {"sameAs", T::kStringList, {}},
      {"sources", T::kStringList, {}},
      {"sourceCount", T::kInt, {}},
      {"jobTitle", T::kStringList, {kPerson}},
      {"identifier", T::kString, {kCountry, kArticle}},
      {"startDate", T::kDate, {kEvent}},
      {"endDate", T::kDate, {kEvent}},
      {"meetingKind", T::kString, {kEvent}},
      {"cameoCode", T::kString, {kEvent}},
      {"status", T::kString, {kEvent, kAgreement}},
      {"dateInferred", T::kBool, {kEvent}},
      {"agreementKind", T::kString, {kAgreement}},
      {"periodStart", T::kDate, {kAgreement}},
      {"periodEnd", T::kDate, {kAgreement}},
      {"signingDate", T::kDate, {kAgreement}},
      {"url", T::kString, {kArticle}},
      {"datePublished", T::kDate, {kArticle}},
      {"publisher", T::kString, {kArticle}},
  };
}

std::vector<Column> FullEdgeColumns() {
  return {{"relation", ValueType::kString, {}},
          {"role", ValueType::kString, {}},
          {"date", ValueType::kDate, {}},
          {"label", ValueType::kString, {}}};
}

std::vector<Column> MeetingEdgeColumns() {
  return {{"relation", ValueType::kString, {}},   {"meeting", ValueType::kString, {}},
          {"meetingKind", ValueType::kString, {}}, {"date", ValueType::kDate, {}},
          {"place", ValueType::kString, {}},       {"sources", ValueType::kStringList, {}},
          {"weight", ValueType::kDouble, {}},      {"label", ValueType::kString, {}}};
}

// The countries of a node as ISO codes (ids when a country has none).
std::set<std::string> CountryCodes(const KnowledgeGraph& kg, Vertex v) {
  std::set<std::string> codes;
  auto code = [&](Vertex c) {
    const Node& country = kg.node(c);
    const auto& iso = std::get<graph::CountryInfo>(country.info).iso_code;
    codes.insert(iso.empty() ? country.id : iso);
  };
  const NodeKind kind = kg.node(v).kind();
  if (kind == NodeKind::kCountry) code(v);
  for (Relation r : {Relation::kNationality, Relation::kCountry, Relation::kContainedIn}) {
    for (Vertex t : graph::Targets(kg, v, r))
      if (kg.node(t).kind() == NodeKind::kCountry && kind != NodeKind::kCountry) code(t);
  }
  return codes;
}

std::vector<std::string> Labels(const Node& node) {
  std::vector<std::string> labels{std::string(graph::TypeTerm(node.kind()))};
  std::string specific;
  if (const auto* org = std::get_if<graph::OrganizationInfo>(&node.info)) {
    specific = std::string(graph::OrganizationTypeTerm(org->category));
  } else if (const auto* event = std::get_if<graph::EventInfo>(&node.info)) {
    specific = std::string(graph::MeetingKindTerm(event->kind));
  } else if (const auto* agreement = std::get_if<graph::AgreementInfo>(&node.info)) {
    specific = std::string(graph::AgreementKindTerm(agreement->kind));
  }
  if (!specific.empty() && specific != labels.front()) labels.push_back(specific);
  return labels;
}

PropertyNode MakeNode(const KnowledgeGraph& kg, Vertex v, const std::vector<Column>& columns) {
  const Node& node = kg.node(v);
  PropertyNode out;
  out.id = SanitizeUtf8(node.id);
  out.kind = node.kind();
  out.labels = Labels(node);
  out.label = SanitizeUtf8(Join(LabelLines(node), " "));
  if (const auto country = CountryOf(kg, v); country && *country != v) out.parent = SanitizeUtf8(kg.node(*country).id);
  out.values.resize(columns.size());
  auto set = [&](std::string_view column, Value value) { out.values[ColumnIndex(columns, column)] = std::move(value); };
  set("name", Text(node.name));
  std::set<std::string> alternates(node.alternate_names.begin(), node.alternate_names.end());
  alternates.erase(node.name);
  set("alternateName", List(alternates));
  set("kind", Text(out.labels.front()));
  set("type", Text(out.labels.back()));
  set("label", Text(out.label));
  set("country", List(CountryCodes(kg, v)));
  set("sameAs", List({node.same_as.begin(), node.same_as.end()}));
  std::set<std::string> sources(node.sources.begin(), node.sources.end());
  for (const auto& ev : node.evidence) sources.insert(ev.article_id);
  if (node.kind() == NodeKind::kArticle) sources.clear();
  set("sources", List(sources));
  set("sourceCount", {std::to_string(sources.size())});
  std::visit(
      [&](const auto& info) {
        using Info = std::decay_t<decltype(info)>;
        if constexpr (std::is_same_v<Info, graph::PersonInfo>) {
          std::set<std::string> titles;
          for (const auto& role : info.roles) titles.insert(role.title);
          const auto& g = kg.graph();
          for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
            if (g[*e].relation == Relation::kMemberOf) titles.insert(g[*e].role);
          set("jobTitle", List(titles));
        } else if constexpr (std::is_same_v<Info, graph::CountryInfo>) {
          set("identifier", Text(info.iso_code));
        } else if constexpr (std::is_same_v<Info, graph::EventInfo>) {
          set("startDate", Text(info.start_date));
          set("endDate", Text(info.end_date));
          set("meetingKind", Text(graph::MeetingKindLabel(info.kind)));
          set("cameoCode", Text(info.cameo_code.empty() ? graph::CameoCode(info.kind) : info.cameo_code));
          set("status", Text(graph::EventStatusTerm(info.status)));
          set("dateInferred", Bool(info.date_inferred));
          out.spell = SpellOf(info.start_date, info.end_date);
        } else if constexpr (std::is_same_v<Info, graph::AgreementInfo>) {
          set("agreementKind", Text(graph::AgreementKindTerm(info.kind)));
          set("status", Text(graph::AgreementStatusTerm(info.status)));
          set("periodStart", Text(info.period_start));
          set("periodEnd", Text(info.period_end));
          set("signingDate", Text(info.signing_date));
        } else if constexpr (std::is_same_v<Info, graph::ArticleInfo>) {
          set("identifier", Text(info.content_hash));
          set("url", Text(info.url));
          set("datePublished", Text(info.date_published));
          set("publisher", Text(info.outlet));
        }
      },
      node.info);
  return out;
}

std::vector<Vertex> SortedById(const KnowledgeGraph& kg, std::vector<Vertex> vertices) {
  std::sort(vertices.begin(), vertices.end(), [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });
  return vertices;
}

void AddFullEdges(const KnowledgeGraph& kg, const std::vector<Vertex>& order, PropertyGraph* out) {
  std::vector<OutEdge> edges;
  for (Vertex v : order) {
    SortedOutEdges(kg, v, &edges);
    const auto* event = std::get_if<graph::EventInfo>(&kg.node(v).info);
    for (const auto& [edge, head] : edges) {
      PropertyEdge e;
      e.source = SanitizeUtf8(kg.node(v).id);
      e.target = SanitizeUtf8(kg.node(head).id);
      e.type = std::string(graph::RelationTerm(edge->relation));
      if (event != nullptr) e.spell = SpellOf(event->start_date, event->end_date);
      std::string label = e.type;
      if (!edge->role.empty()) label += " (" + edge->role + ")";
      e.values = {Text(e.type), Text(edge->role), Text(edge->date), Text(label)};
      out->edges.push_back(std::move(e));
    }
  }
}

void AddMeetingEdges(const KnowledgeGraph& kg, const graph::Projection& p, PropertyGraph* out) {
  for (const auto& [pair, events] : p.meetings) {
    for (Vertex event : SortedById(kg, events)) {
      const Node& meeting = kg.node(event);
      const auto& info = std::get<graph::EventInfo>(meeting.info);
      std::string place;
      for (Vertex l : graph::Targets(kg, event, Relation::kLocation)) place = kg.node(l).name;
      std::set<std::string> sources;
      for (Vertex a : graph::Targets(kg, event, Relation::kReportedIn)) sources.insert(kg.node(a).id);
      PropertyEdge e;
      e.source = SanitizeUtf8(kg.node(p.actors[pair.first]).id);
      e.target = SanitizeUtf8(kg.node(p.actors[pair.second]).id);
      e.type = "met";
      e.spell = SpellOf(info.start_date, info.end_date);
      const std::string kind(graph::MeetingKindLabel(info.kind));
      e.values = {Text("met"),         Text(meeting.id), Text(kind),   Text(info.start_date), Text(place),
                  List(sources), {"1.0"},          Text(Join(LabelLines(meeting), " "))};
      out->edges.push_back(std::move(e));
    }
  }
}

// The first and last day an ISO date at its precision covers.
std::optional<std::pair<PartialDate, PartialDate>> Covers(std::string_view iso) {
  if (XsdDateType(iso) == nullptr) return std::nullopt;
  const PartialDate date = ParseIsoDate(iso);
  const int parts = iso.size() >= 10 ? 3 : iso.size() >= 7 ? 2 : 1;
  if (PrecisionOf(date) != parts || (date.day && !IsValidDate(date.year, date.month, date.day))) return std::nullopt;
  PartialDate first = date, last = date;
  first.month = date.month ? date.month : 1;
  first.day = date.day ? date.day : 1;
  last.month = date.month ? date.month : 12;
  last.day = date.day ? date.day : DaysInMonth(last.year, last.month);
  return std::make_pair(first, last);
}

}  // namespace

void SortedOutEdges(const KnowledgeGraph& kg, Vertex v, std::vector<OutEdge>* edges) {
  const auto& g = kg.graph();
  edges->clear();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) edges->push_back({&g[*e], boost::target(*e, g)});
  std::sort(edges->begin(), edges->end(), [&](const OutEdge& a, const OutEdge& b) {
    return std::tie(a.edge->relation, kg.node(a.head).id, a.edge->role, a.edge->date) <
           std::tie(b.edge->relation, kg.node(b.head).id, b.edge->role, b.edge->date);
  });
}

std::string ColumnId(const char* scope, const Column& column) {
  return std::string(1, scope[0]) + "_" + column.name;
}

std::size_t ColumnIndex(const std::vector<Column>& columns, std::string_view name) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return i;
  return columns.size();  // not reached: callers name existing columns
}

std::optional<Spell> SpellOf(std::string_view start, std::string_view end) {
  const auto first = Covers(start);
  if (!first) return std::nullopt;
  Spell spell{first->first.ToIso(), first->second.ToIso()};
  if (const auto last = Covers(end)) {
    const std::string until = last->second.ToIso();
    if (until >= spell.start) spell.end = until;
  }
  return spell;
}

std::optional<Vertex> CountryOf(const KnowledgeGraph& kg, Vertex v) {
  const Node& node = kg.node(v);
  if (node.kind() == NodeKind::kCountry) return v;
  std::optional<Relation> relation;
  if (node.kind() == NodeKind::kPerson) relation = Relation::kNationality;
  if (node.kind() == NodeKind::kOrganization) relation = Relation::kCountry;
  if (node.kind() == NodeKind::kPlace) relation = Relation::kContainedIn;
  if (!relation) return std::nullopt;
  std::optional<Vertex> best;
  for (Vertex t : graph::Targets(kg, v, *relation)) {
    if (kg.node(t).kind() != NodeKind::kCountry) continue;
    if (!best || kg.node(t).id < kg.node(*best).id) best = t;
  }
  return best;
}

std::vector<std::string> LabelLines(const Node& node) {
  const auto* event = std::get_if<graph::EventInfo>(&node.info);
  std::vector<std::string> lines;
  if (!node.name.empty()) {
    lines.push_back(node.name);
  } else if (event != nullptr) {
    lines.emplace_back(graph::MeetingKindLabel(event->kind));
  } else {
    lines.push_back(node.id);
  }
  if (event == nullptr) return lines;
  // A meeting not held (planned, cancelled, postponed) says so wherever its label is shown.
  if (event->status != graph::EventStatus::kHeld)
    lines.push_back("(" + AsciiLower(graph::EventStatusTerm(event->status)) + ")");
  if (event->start_date.empty()) return lines;
  lines.push_back(DescribeDate(event->start_date, event->date_inferred));
  std::vector<std::string> others;  // dates other reports give
  for (const auto& reported : event->conflicting_dates) {
    if (reported.first != event->start_date && std::find(others.begin(), others.end(), reported.first) == others.end())
      others.push_back(reported.first);
  }
  for (const auto& other : others) lines.push_back("(also reported: " + DescribeDate(other) + ")");
  return lines;
}

PropertyGraph ToPropertyGraph(const KnowledgeGraph& kg, graph::ProjectionKind projection) {
  PropertyGraph out;
  out.node_columns = NodeColumns();
  std::vector<Vertex> order;
  if (projection == graph::ProjectionKind::kMeetings) {
    const graph::Projection p = graph::MeetingsProjection(kg, [&](Vertex v) {
      const NodeKind kind = kg.node(v).kind();
      return kind == NodeKind::kPerson || kind == NodeKind::kOrganization;
    });
    out.directed = false;
    out.edge_columns = MeetingEdgeColumns();
    order = p.actors;  // in id order already
    AddMeetingEdges(kg, p, &out);
  } else {
    for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) order.push_back(*v);
    order = SortedById(kg, std::move(order));
    out.edge_columns = FullEdgeColumns();
    AddFullEdges(kg, order, &out);
  }
  for (Vertex v : order) {
    out.nodes.push_back(MakeNode(kg, v, out.node_columns));
    if (const auto country = CountryOf(kg, v); country && *country != v) {
      const Node& c = kg.node(*country);
      out.parent_labels[SanitizeUtf8(c.id)] = SanitizeUtf8(c.name.empty() ? c.id : c.name);
    }
  }
  for (std::size_t i = 0; i < out.edges.size(); ++i) out.edges[i].id = "e" + std::to_string(i);
  return out;
}

}  // namespace coopgraph::exporters::internal

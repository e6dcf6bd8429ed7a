// JSON-LD: one document with the context inline and every node in @graph.
// Shapes are documented in schema/README.md.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::NodeIri;
using internal::SanitizeUtf8;
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>>;

static const std::string kContext =
#include "context.inc"
;

// The vocabulary a term belongs to: schema.org terms are written bare (the
// context's @vocab), project terms with the "cg:" prefix.
std::string ProjectTerm(std::string_view local) { return "cg:" + std::string(local); }

std::string TypeKey(NodeKind kind) {
  std::string term(graph::TypeTerm(kind));
  return kind == NodeKind::kAgreement ? ProjectTerm(term) : term;
}

std::string RelationKey(Relation relation) {
  std::string term(graph::RelationTerm(relation));
  switch (relation) {
    case Relation::kCountry:
    case Relation::kParty:
    case Relation::kSignatory:
    case Relation::kReportedIn:
      return ProjectTerm(term);
    default:
      return term;  // nationality, memberOf, parentOrganization, containedInPlace, …
  }
}

void Str(Writer& w, std::string_view text) {
  const std::string clean = SanitizeUtf8(text);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void Key(Writer& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// A date as a typed literal at its precision ("2018-08" is an xsd:gYearMonth).
void DateValue(Writer& w, std::string_view iso) {
  const char* type = internal::XsdDateType(iso);
  if (type == nullptr) return Str(w, iso);
  w.StartObject();
  w.Key("@value");
  Str(w, iso);
  w.Key("@type");
  w.String(type);
  w.EndObject();
}

void OptionalDate(Writer& w, std::string_view key, std::string_view iso) {
  if (iso.empty()) return;
  Key(w, key);
  DateValue(w, iso);
}

void OptionalString(Writer& w, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  Key(w, key);
  Str(w, value);
}

void StringArray(Writer& w, std::string_view key, const std::set<std::string>& values) {
  if (values.empty()) return;
  Key(w, key);
  w.StartArray();
  for (const auto& v : values) Str(w, v);
  w.EndArray();
}

// A dated title: from PersonInfo::roles and from titled memberOf edges.
using RoleEntry = std::tuple<std::string, std::string, std::string, std::string>;  // title, org IRI, date, source IRI

// What the out-edges of one node say, grouped and sorted for writing.
struct Outgoing {
  std::map<std::string, std::set<std::string>> refs;           // property -> target IRIs
  std::set<std::pair<std::string, std::string>> participation;  // (attendee IRI, role)
  std::set<std::string> titles;
  std::set<RoleEntry> roles;
};

Outgoing CollectOutgoing(const KnowledgeGraph& kg, Vertex v) {
  Outgoing out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    const graph::Edge& edge = g[*e];
    const std::string target = NodeIri(kg.node(boost::target(*e, g)).id);
    out.refs[RelationKey(edge.relation)].insert(target);
    if (edge.role.empty()) continue;
    if (edge.relation == Relation::kAttendee) out.participation.emplace(target, edge.role);
    if (edge.relation == Relation::kMemberOf) {
      out.titles.insert(edge.role);
      if (edge.evidence.empty()) out.roles.emplace(edge.role, target, edge.date, "");
      for (const auto& ev : edge.evidence) {
        out.roles.emplace(edge.role, target, edge.date, NodeIri(ev.article_id));
      }
    }
  }
  return out;
}

void WriteRoles(Writer& w, const std::set<RoleEntry>& roles) {
  if (roles.empty()) return;
  w.Key("cg:role");
  w.StartArray();
  for (const auto& [title, org, date, source] : roles) {
    w.StartObject();
    w.Key("@type");
    w.String("cg:Role");
    w.Key("cg:title");
    Str(w, title);
    OptionalString(w, "cg:organization", org);
    OptionalDate(w, "cg:statedOn", date);
    OptionalString(w, "prov:wasDerivedFrom", source);
    w.EndObject();
  }
  w.EndArray();
}

void WriteParticipation(Writer& w, const std::set<std::pair<std::string, std::string>>& entries) {
  if (entries.empty()) return;
  w.Key("cg:participation");
  w.StartArray();
  for (const auto& [attendee, role] : entries) {
    w.StartObject();
    w.Key("@type");
    w.String("cg:Participation");
    w.Key("cg:participant");
    Str(w, attendee);
    w.Key("cg:participantRole");
    Str(w, role);
    w.EndObject();
  }
  w.EndArray();
}

// Web Annotation style: the article as oa:hasSource, the characters as a
// position selector plus a quote selector.
void WriteEvidence(Writer& w, const std::vector<graph::Evidence>& evidence) {
  if (evidence.empty()) return;
  using Key5 = std::tuple<std::string, std::size_t, std::size_t, std::size_t, std::string>;
  std::set<Key5> sorted;
  for (const auto& ev : evidence) {
    sorted.emplace(ev.article_id, ev.begin, ev.end, ev.sentence, ev.quote);
  }
  w.Key("cg:evidence");
  w.StartArray();
  for (const auto& [article, begin, end, sentence, quote] : sorted) {
    w.StartObject();
    w.Key("@type");
    w.String("oa:SpecificResource");
    w.Key("oa:hasSource");
    Str(w, NodeIri(article));
    w.Key("cg:sentenceIndex");
    w.Uint64(sentence);
    w.Key("oa:hasSelector");
    w.StartArray();
    w.StartObject();
    w.Key("@type");
    w.String("oa:TextPositionSelector");
    w.Key("oa:start");
    w.Uint64(begin);
    w.Key("oa:end");
    w.Uint64(end);
    w.EndObject();
    w.StartObject();
    w.Key("@type");
    w.String("oa:TextQuoteSelector");
    w.Key("oa:exact");
    Str(w, quote);
    w.EndObject();
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteTypes(Writer& w, const Node& node) {
  std::vector<std::string> types;
  switch (node.kind()) {
    case NodeKind::kOrganization: {
      const auto& info = std::get<graph::OrganizationInfo>(node.info);
      types.emplace_back(graph::OrganizationTypeTerm(info.category));
      break;
    }
    case NodeKind::kEvent: {
      const auto& info = std::get<graph::EventInfo>(node.info);
      types.push_back(ProjectTerm(graph::MeetingKindTerm(info.kind)));
      break;
    }
    case NodeKind::kAgreement: {
      const auto& info = std::get<graph::AgreementInfo>(node.info);
      types.push_back(ProjectTerm(graph::AgreementKindTerm(info.kind)));
      break;
    }
    default:
      break;
  }
  // The generic type too, so consumers that know only schema.org find the node.
  const std::string generic = TypeKey(node.kind());
  if (std::find(types.begin(), types.end(), generic) == types.end()) {
    types.insert(types.begin(), generic);
  }
  w.Key("@type");
  w.StartArray();
  for (const auto& t : types) Str(w, t);
  w.EndArray();
}

void WriteKindProperties(Writer& w, const Node& node, const Outgoing& out) {
  switch (node.kind()) {
    case NodeKind::kPerson: {
      std::set<std::string> titles = out.titles;
      // The dated roles of PersonInfo are the record; a memberOf edge adds a
      // role only when no recorded role has its title and organisation.
      std::set<RoleEntry> roles;
      std::set<std::pair<std::string, std::string>> recorded;
      for (const auto& role : std::get<graph::PersonInfo>(node.info).roles) {
        if (role.title.empty()) continue;
        titles.insert(role.title);
        std::string org = role.organization_id.empty() ? "" : NodeIri(role.organization_id);
        recorded.emplace(role.title, org);
        roles.emplace(role.title, org, role.date, role.article_id.empty() ? "" : NodeIri(role.article_id));
      }
      for (const auto& role : out.roles) {
        if (!recorded.count({std::get<0>(role), std::get<1>(role)})) roles.insert(role);
      }
      StringArray(w, "jobTitle", titles);
      WriteRoles(w, roles);
      break;
    }
    case NodeKind::kCountry:
      OptionalString(w, "identifier", std::get<graph::CountryInfo>(node.info).iso_code);
      break;
    case NodeKind::kEvent: {
      const auto& info = std::get<graph::EventInfo>(node.info);
      OptionalDate(w, "startDate", info.start_date);
      OptionalDate(w, "endDate", info.end_date);
      w.Key("cg:meetingKind");
      Str(w, ProjectTerm(graph::MeetingKindTerm(info.kind)));
      w.Key("cg:cameoCode");
      Str(w, info.cameo_code.empty() ? graph::CameoCode(info.kind) : info.cameo_code);
      w.Key("cg:status");
      Str(w, ProjectTerm(graph::EventStatusTerm(info.status)));
      w.Key("cg:dateInferred");
      w.Bool(info.date_inferred);
      WriteParticipation(w, out.participation);
      break;
    }
    case NodeKind::kAgreement: {
      const auto& info = std::get<graph::AgreementInfo>(node.info);
      w.Key("cg:agreementKind");
      Str(w, ProjectTerm(graph::AgreementKindTerm(info.kind)));
      OptionalDate(w, "cg:periodStart", info.period_start);
      OptionalDate(w, "cg:periodEnd", info.period_end);
      w.Key("cg:status");
      Str(w, ProjectTerm(graph::AgreementStatusTerm(info.status)));
      OptionalDate(w, "cg:signingDate", info.signing_date);
      break;
    }
    case NodeKind::kArticle: {
      const auto& info = std::get<graph::ArticleInfo>(node.info);
      OptionalString(w, "url", info.url);
      OptionalString(w, "identifier", info.content_hash);
      OptionalString(w, "headline", info.title);
      OptionalDate(w, "datePublished", info.date_published);
      OptionalString(w, "publisher", info.outlet);  // the outlet's name, not an Organization node
      OptionalString(w, "cg:sourcePath", info.source_path);
      break;
    }
    case NodeKind::kOrganization:
    case NodeKind::kPlace:
      break;
  }
}

void WriteNode(Writer& w, const KnowledgeGraph& kg, Vertex v) {
  const Node& node = kg.node(v);
  const Outgoing out = CollectOutgoing(kg, v);
  w.StartObject();
  w.Key("@id");
  Str(w, NodeIri(node.id));
  WriteTypes(w, node);
  OptionalString(w, "name", node.name);
  std::set<std::string> alternates(node.alternate_names.begin(), node.alternate_names.end());
  alternates.erase(node.name);
  alternates.erase("");
  StringArray(w, "alternateName", alternates);
  StringArray(w, "sameAs", std::set<std::string>(node.same_as.begin(), node.same_as.end()));
  StringArray(w, "cg:mergeReason", std::set<std::string>(node.merge_reasons.begin(), node.merge_reasons.end()));
  WriteKindProperties(w, node, out);
  for (const auto& [key, targets] : out.refs) StringArray(w, key, targets);
  if (node.kind() != NodeKind::kArticle) {
    std::set<std::string> sources;
    for (const auto& id : node.sources) sources.insert(NodeIri(id));
    for (const auto& ev : node.evidence) sources.insert(NodeIri(ev.article_id));
    StringArray(w, "prov:wasDerivedFrom", sources);
  }
  WriteEvidence(w, node.evidence);
  w.EndObject();
}

const rapidjson::Document& ParsedContext() {
  static const rapidjson::Document* const doc = [] {
    auto* d = new rapidjson::Document;
    d->Parse(kContext.c_str());  // checked byte for byte against schema/ by a test
    return d;
  }();
  return *doc;
}

}  // namespace

const std::string& JsonLdContext() { return kContext; }

std::string ToJsonLd(const KnowledgeGraph& kg) {
  std::vector<Vertex> order;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) order.push_back(*v);
  std::sort(order.begin(), order.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });

  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("@context");
  const rapidjson::Document& context = ParsedContext();
  if (context.IsObject() && context.HasMember("@context")) {
    context["@context"].Accept(w);
  } else {
    w.StartObject();
    w.EndObject();
  }
  w.Key("@graph");
  w.StartArray();
  for (Vertex v : order) WriteNode(w, kg, v);
  w.EndArray();
  w.EndObject();
  buffer.Put('\n');  // the newline goes in before the one copy out of the buffer
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace coopgraph::exporters

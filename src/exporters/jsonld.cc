// The JSON-LD codec's writer: one document with the context inline and every
// node in @graph.
// Shapes are documented in schema/README.md.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <memory>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/ordered_parallel.h"
#include "base/utf8.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/json_line.h"
#include "exporters/jsonld.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::NodeIri;
// Nodes are written compact, one per line: a diff of two graphs shows the
// nodes that changed, and lines can be written on several threads.
using Writer = internal::JsonLine;

static const std::string kContext =
#include "context.inc"
;

using internal::ProjectTerm;
using internal::TypeKey;

// A date as a typed literal at its precision ("2018-08" is an xsd:gYearMonth).
template <typename W>
void DateValue(W& w, std::string_view iso) {
  const char* type = internal::XsdDateType(iso);
  if (type == nullptr) return w.String(iso);
  w.StartObject();
  w.Key("@value");
  w.String(iso);
  w.Key("@type");
  w.String(type);
  w.EndObject();
}

template <typename W>
void OptionalDate(W& w, std::string_view key, std::string_view iso) {
  if (iso.empty()) return;
  w.Key(key);
  DateValue(w, iso);
}

template <typename W>
void OptionalString(W& w, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  w.Key(key);
  w.String(value);
}

template <typename W>
void StringArray(W& w, std::string_view key, const std::set<std::string>& values) {
  if (values.empty()) return;
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) w.String(v);
  w.EndArray();
}

// A country's ISO codes as its schema:identifier values: "VN" alone, or
// ["VN", "VNM"] (the reader tells them apart by length).
template <typename W>
void WriteCountryCodes(W& w, const graph::CountryInfo& info) {
  if (info.iso3.empty() || info.iso_code.empty()) {
    OptionalString(w, "identifier", info.iso_code.empty() ? info.iso3 : info.iso_code);
    return;
  }
  w.Key("identifier");
  w.StartArray();
  w.String(info.iso_code);
  w.String(info.iso3);
  w.EndArray();
}

// A dated title: from PersonInfo::roles and from titled memberOf edges.
using RoleEntry = std::tuple<std::string, std::string, std::string, std::string>;  // title, org IRI, date, source IRI

// An IRI with its JSON string literal, both made once: nodes refer to each
// other many times, and most of the file is references.
struct Iri {
  std::string text;
  std::string json;  // quoted and escaped
};

bool IriLess(const Iri* a, const Iri* b) { return a->text < b->text; }
bool IriEqual(const Iri* a, const Iri* b) { return a->text == b->text; }

class IriTable {
 public:
  explicit IriTable(const KnowledgeGraph& kg) : kg_(kg), iris_(kg.node_count()) {
    for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) iris_[*v] = Make(kg.node(*v).id);
  }
  const Iri& operator[](Vertex v) const { return iris_[v]; }
  // The IRI of a node id; ids of nodes outside the graph are encoded on first use.
  const Iri& OfId(const std::string& id) const {
    if (const auto v = kg_.Find(id)) return iris_[*v];
    std::lock_guard<std::mutex> lock(outside_mutex_);
    auto it = outside_.find(id);
    if (it == outside_.end()) it = outside_.emplace(id, Make(id)).first;
    return it->second;  // map nodes stay put
  }

 private:
  static Iri Make(std::string_view id) {
    Iri iri{NodeIri(id), ""};
    internal::AppendJsonString(iri.text, &iri.json);
    return iri;
  }

  const KnowledgeGraph& kg_;
  std::vector<Iri> iris_;
  mutable std::mutex outside_mutex_;
  mutable std::map<std::string, Iri> outside_;
};

// A node as a rapidjson value instead of text, for writers that walk the
// document's structure (N-Quads). Strings are sanitized as AppendJsonString
// sanitizes them, so both say the same.
class ValueWriter {
 public:
  explicit ValueWriter(rapidjson::Document* handler) : handler_(*handler) {}

  void StartObject() {
    Open();
    handler_.StartObject();
  }
  void EndObject() { handler_.EndObject(Close()); }
  void StartArray() {
    Open();
    handler_.StartArray();
  }
  void EndArray() { handler_.EndArray(Close()); }
  void Key(std::string_view key) { handler_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()), true); }
  void String(std::string_view text) {
    Count();
    const bool clean = IsValidUtf8(text) && text.find('\0') == std::string_view::npos;
    const std::string sanitized = clean ? std::string() : SanitizeUtf8(text);
    const std::string_view value = clean ? text : std::string_view(sanitized);
    handler_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()), true);
  }
  void Bool(bool value) {
    Count();
    handler_.Bool(value);
  }
  void Uint64(std::uint64_t value) {
    Count();
    handler_.Uint64(value);
  }

 private:
  void Count() {
    if (!members_.empty()) ++members_.back();
  }
  void Open() {
    Count();
    members_.push_back(0);
  }
  rapidjson::SizeType Close() {
    const rapidjson::SizeType n = members_.back();
    members_.pop_back();
    return n;
  }

  rapidjson::Document& handler_;
  std::vector<rapidjson::SizeType> members_;  // per open container: values in it so far
};

void WriteIri(Writer& w, const Iri& iri) { w.StringLiteral(iri.json); }
void WriteIri(ValueWriter& w, const Iri& iri) { w.String(iri.text); }

// What the out-edges of one node say, grouped and sorted for writing.
struct Outgoing {
  std::vector<std::pair<std::string_view, const Iri*>> refs;  // (property, target), sorted, unique
  std::set<std::pair<std::string, std::string>> participation;     // (attendee IRI, role)
  std::set<std::string> titles;
  std::set<RoleEntry> roles;
};

Outgoing CollectOutgoing(const KnowledgeGraph& kg, const IriTable& iris, Vertex v) {
  Outgoing out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    const graph::Edge& edge = g[*e];
    const Iri& target = iris[boost::target(*e, g)];
    out.refs.emplace_back(internal::RelationKey(edge.relation), &target);
    if (edge.role.empty()) continue;
    if (edge.relation == Relation::kAttendee) out.participation.emplace(target.text, edge.role);
    if (edge.relation == Relation::kMemberOf) {
      out.titles.insert(edge.role);
      if (edge.evidence.empty()) out.roles.emplace(edge.role, target.text, edge.date, "");
      for (const auto& ev : edge.evidence) {
        out.roles.emplace(edge.role, target.text, edge.date, iris.OfId(ev.article_id).text);
      }
    }
  }
  using Ref = std::pair<std::string_view, const Iri*>;
  std::sort(out.refs.begin(), out.refs.end(), [](const Ref& a, const Ref& b) {
    return a.first != b.first ? a.first < b.first : IriLess(a.second, b.second);
  });
  out.refs.erase(std::unique(out.refs.begin(), out.refs.end(),
                             [](const Ref& a, const Ref& b) { return a.first == b.first && IriEqual(a.second, b.second); }),
                 out.refs.end());
  return out;
}

template <typename W>
void WriteRoles(W& w, const std::set<RoleEntry>& roles) {
  if (roles.empty()) return;
  w.Key("cg:role");
  w.StartArray();
  for (const auto& [title, org, date, source] : roles) {
    w.StartObject();
    w.Key("@type");
    w.String("cg:Role");
    w.Key("cg:title");
    w.String(title);
    OptionalString(w, "cg:organization", org);
    OptionalDate(w, "cg:statedOn", date);
    OptionalString(w, "prov:wasDerivedFrom", source);
    w.EndObject();
  }
  w.EndArray();
}

template <typename W>
void WriteParticipation(W& w, const std::set<std::pair<std::string, std::string>>& entries) {
  if (entries.empty()) return;
  w.Key("cg:participation");
  w.StartArray();
  for (const auto& [attendee, role] : entries) {
    w.StartObject();
    w.Key("@type");
    w.String("cg:Participation");
    w.Key("cg:participant");
    w.String(attendee);
    w.Key("cg:participantRole");
    w.String(role);
    w.EndObject();
  }
  w.EndArray();
}

// One evidence object, Web Annotation style: the article as oa:hasSource,
// the characters as a position selector plus a quote selector.
template <typename W>
void WriteEvidenceObject(W& w, const Iri& source, const graph::Evidence& ev, std::string*) {
  w.StartObject();
  w.Key("@type");
  w.String("oa:SpecificResource");
  w.Key("oa:hasSource");
  WriteIri(w, source);
  w.Key("cg:sentenceIndex");
  w.Uint64(ev.sentence);
  w.Key("oa:hasSelector");
  w.StartArray();
  w.StartObject();
  w.Key("@type");
  w.String("oa:TextPositionSelector");
  w.Key("oa:start");
  w.Uint64(ev.begin);
  w.Key("oa:end");
  w.Uint64(ev.end);
  w.EndObject();
  w.StartObject();
  w.Key("@type");
  w.String("oa:TextQuoteSelector");
  w.Key("oa:exact");
  w.String(ev.quote);
  w.EndObject();
  w.EndArray();
  w.EndObject();
}

// The same object as text, composed from fixed pieces around the four values
// (the bytes JsonLine would write, checked by a test): most of a graph's
// bytes are evidence.
void WriteEvidenceObject(Writer& w, const Iri& source, const graph::Evidence& ev, std::string* object) {
  object->assign(R"({"@type":"oa:SpecificResource","oa:hasSource":)");
  *object += source.json;
  *object += R"(,"cg:sentenceIndex":)";
  internal::AppendUint64(ev.sentence, object);
  *object += R"(,"oa:hasSelector":[{"@type":"oa:TextPositionSelector","oa:start":)";
  internal::AppendUint64(ev.begin, object);
  *object += R"(,"oa:end":)";
  internal::AppendUint64(ev.end, object);
  *object += R"(},{"@type":"oa:TextQuoteSelector","oa:exact":)";
  internal::AppendJsonString(ev.quote, object);
  *object += "}]}";
  w.StringLiteral(*object);
}

template <typename W>
void WriteEvidence(W& w, const IriTable& iris, const std::vector<graph::Evidence>& evidence) {
  if (evidence.empty()) return;
  // Sorted and unique without copying the quotes (whole sentences, often).
  auto key = [](const graph::Evidence* e) { return std::tie(e->article_id, e->begin, e->end, e->sentence, e->quote); };
  std::vector<const graph::Evidence*> sorted;
  sorted.reserve(evidence.size());
  for (const auto& ev : evidence) sorted.push_back(&ev);
  std::sort(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
  sorted.erase(std::unique(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return key(a) == key(b); }),
               sorted.end());
  w.Key("cg:evidence");
  w.StartArray();
  std::string scratch;
  for (const graph::Evidence* ev : sorted) WriteEvidenceObject(w, iris.OfId(ev->article_id), *ev, &scratch);
  w.EndArray();
}

template <typename W>
void WriteTypes(W& w, const Node& node) {
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
  for (const auto& t : types) w.String(t);
  w.EndArray();
}

template <typename W>
void WriteKindProperties(W& w, const IriTable& iris, const Node& node, const Outgoing& out) {
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
        std::string org = role.organization_id.empty() ? "" : iris.OfId(role.organization_id).text;
        recorded.emplace(role.title, org);
        roles.emplace(role.title, org, role.date, role.article_id.empty() ? "" : iris.OfId(role.article_id).text);
      }
      for (const auto& role : out.roles) {
        if (!recorded.count({std::get<0>(role), std::get<1>(role)})) roles.insert(role);
      }
      StringArray(w, "jobTitle", titles);
      WriteRoles(w, roles);
      break;
    }
    case NodeKind::kCountry:
      WriteCountryCodes(w, std::get<graph::CountryInfo>(node.info));
      break;
    case NodeKind::kEvent: {
      const auto& info = std::get<graph::EventInfo>(node.info);
      OptionalDate(w, "startDate", info.start_date);
      OptionalDate(w, "endDate", info.end_date);
      w.Key("cg:meetingKind");
      w.String(ProjectTerm(graph::MeetingKindTerm(info.kind)));
      w.Key("cg:cameoCode");
      w.String(info.cameo_code.empty() ? graph::CameoCode(info.kind) : info.cameo_code);
      w.Key("cg:status");
      w.String(ProjectTerm(graph::EventStatusTerm(info.status)));
      w.Key("cg:dateInferred");
      w.Bool(info.date_inferred);
      if (!info.conflicting_dates.empty()) {
        w.Key("cg:reportedDate");
        w.StartArray();
        for (const auto& [date, article] : info.conflicting_dates) {
          w.StartObject();
          w.Key("@type");
          w.String("cg:DateReport");
          OptionalDate(w, "startDate", date);
          w.Key("prov:wasDerivedFrom");
          WriteIri(w, iris.OfId(article));
          w.EndObject();
        }
        w.EndArray();
      }
      WriteParticipation(w, out.participation);
      break;
    }
    case NodeKind::kAgreement: {
      const auto& info = std::get<graph::AgreementInfo>(node.info);
      w.Key("cg:agreementKind");
      w.String(ProjectTerm(graph::AgreementKindTerm(info.kind)));
      OptionalDate(w, "cg:periodStart", info.period_start);
      OptionalDate(w, "cg:periodEnd", info.period_end);
      w.Key("cg:status");
      w.String(ProjectTerm(graph::AgreementStatusTerm(info.status)));
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

template <typename W>
void WriteNode(W& w, const KnowledgeGraph& kg, const IriTable& iris, Vertex v) {
  const Node& node = kg.node(v);
  const Outgoing out = CollectOutgoing(kg, iris, v);
  w.StartObject();
  w.Key("@id");
  WriteIri(w, iris[v]);
  WriteTypes(w, node);
  OptionalString(w, "name", node.name);
  std::set<std::string> alternates(node.alternate_names.begin(), node.alternate_names.end());
  alternates.erase(node.name);
  alternates.erase("");
  StringArray(w, "alternateName", alternates);
  StringArray(w, "sameAs", std::set<std::string>(node.same_as.begin(), node.same_as.end()));
  StringArray(w, "cg:mergeReason", std::set<std::string>(node.merge_reasons.begin(), node.merge_reasons.end()));
  WriteKindProperties(w, iris, node, out);
  for (std::size_t i = 0; i < out.refs.size();) {
    const std::string_view key = out.refs[i].first;
    w.Key(key);
    w.StartArray();
    for (; i < out.refs.size() && out.refs[i].first == key; ++i) WriteIri(w, *out.refs[i].second);
    w.EndArray();
  }
  if (node.kind() != NodeKind::kArticle) {
    std::vector<const Iri*> sources;
    sources.reserve(node.sources.size() + node.evidence.size());
    for (const auto& id : node.sources) sources.push_back(&iris.OfId(id));
    for (const auto& ev : node.evidence) sources.push_back(&iris.OfId(ev.article_id));
    // One IRI object per id: duplicates (a node's evidence repeats its
    // articles, often thousands of times) go by address before the few left
    // are sorted by text.
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    std::sort(sources.begin(), sources.end(), IriLess);
    sources.erase(std::unique(sources.begin(), sources.end(), IriEqual), sources.end());
    if (!sources.empty()) {
      w.Key("prov:wasDerivedFrom");
      w.StartArray();
      for (const Iri* iri : sources) WriteIri(w, *iri);
      w.EndArray();
    }
  }
  WriteEvidence(w, iris, node.evidence);
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

// The nodes in document order: by id.
std::vector<Vertex> DocumentOrder(const KnowledgeGraph& kg) {
  std::vector<Vertex> order;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) order.push_back(*v);
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });
  return order;
}

}  // namespace

const std::string& JsonLdContext() { return kContext; }

namespace internal {

const rapidjson::Value& JsonLdContextValue() {
  static const rapidjson::Value empty(rapidjson::kObjectType);
  const rapidjson::Document& context = ParsedContext();
  return context.IsObject() && context.HasMember("@context") ? context["@context"] : empty;
}

Status ForEachJsonLdNode(const KnowledgeGraph& kg, const JsonLdNodeSink& sink) {
  const IriTable iris(kg);
  for (Vertex v : DocumentOrder(kg)) {
    rapidjson::Document node;
    auto generate = [&](rapidjson::Document& handler) {
      ValueWriter w(&handler);
      WriteNode(w, kg, iris, v);
      return true;
    };
    node.Populate(generate);
    if (Status s = sink(node); !s.ok()) return s;
  }
  return Status::Ok();
}

Status WriteJsonLd(const KnowledgeGraph& kg, unsigned threads, const JsonLdSink& sink) {
  const std::vector<Vertex> order = DocumentOrder(kg);
  const IriTable iris(kg);

  {
    rapidjson::StringBuffer head;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(head);
    w.SetIndent(' ', 1);
    JsonLdContextValue().Accept(w);
    const std::string text = "{\n \"@context\": " + std::string(head.GetString(), head.GetSize()) +
                             (order.empty() ? ",\n \"@graph\": []\n}\n" : ",\n \"@graph\": [\n");
    if (Status s = sink(text); !s.ok()) return s;
  }
  if (order.empty()) return Status::Ok();

  // Runs of nodes are written into their own chunks on `threads` threads and
  // handed to the sink in node order as soon as they and every chunk before
  // them are done, so the bytes are the same for any number of threads and
  // the sink's work overlaps the writing.
  constexpr std::size_t kNodesPerChunk = 64;
  const std::size_t chunks = (order.size() + kNodesPerChunk - 1) / kNodesPerChunk;
  auto write_chunk = [&](std::size_t chunk) {
    std::string piece;
    const std::size_t end = std::min(order.size(), (chunk + 1) * kNodesPerChunk);
    for (std::size_t i = chunk * kNodesPerChunk; i < end; ++i) {
      Writer w(&piece);
      WriteNode(w, kg, iris, order[i]);
      piece += i + 1 < order.size() ? ",\n" : "\n";
    }
    return piece;
  };
  auto hand_on = [&sink](std::size_t, std::string piece) { return sink(piece); };
  if (Status s = OrderedParallel(chunks, threads, write_chunk, hand_on); !s.ok()) return s;
  return sink(" ]\n}\n");
}

}  // namespace internal

std::string ToJsonLd(const KnowledgeGraph& kg, unsigned threads) {
  std::string out;
  const Status appended = internal::WriteJsonLd(kg, threads, [&out](std::string_view piece) {
    out += piece;
    return Status::Ok();
  });
  (void)appended;  // appending to a string does not fail
  return out;
}

}  // namespace coopgraph::exporters

// The JSON-LD codec's reader: the document that ToJsonLd writes (shapes in
// schema/README.md) back into the typed graph.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/base/enum_names.h"
#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using Value = rapidjson::Value;
using internal::NodeIdOf;

// Sets *out to the enumerator of E whose term is `term`, trying values
// 0..count-1; false when none is.
template <typename E, typename TermOf>
bool FromTerm(std::string_view term, int count, TermOf term_of, E* out) {
  const std::optional<E> value = EnumWithTerm<E>(term_of, count, term);
  if (value) *out = *value;
  return value.has_value();
}

std::string_view WithoutPrefix(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix ? s.substr(prefix.size()) : s;
}

// Reads one node; collects what goes wrong as a message naming the node.
class NodeReader {
 public:
  explicit NodeReader(const Value& node) : node_(node) {}

  const std::string& error() const { return error_; }

  std::string String(const char* key) {
    auto it = node_.FindMember(key);
    if (it == node_.MemberEnd()) return "";
    return StringOf(it->value, key);
  }

  // A date: a typed literal {"@value": …} or a plain string.
  std::string Date(const Value& v, const char* key) {
    if (v.IsObject()) {
      auto value = v.FindMember("@value");
      if (value != v.MemberEnd()) return StringOf(value->value, key);
    }
    return StringOf(v, key);
  }
  std::string Date(const char* key) {
    auto it = node_.FindMember(key);
    return it == node_.MemberEnd() ? "" : Date(it->value, key);
  }

  std::vector<std::string> Strings(const char* key) { return Strings(node_, key); }
  std::vector<std::string> Strings(const Value& object, const char* key) {
    std::vector<std::string> out;
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return out;
    if (!it->value.IsArray()) {
      out.push_back(StringOf(it->value, key));
      return out;
    }
    for (const auto& v : it->value.GetArray()) out.push_back(StringOf(v, key));
    return out;
  }

  // (first, second) from an array of objects, each a string or a typed
  // literal; entries without both are skipped.
  std::vector<std::pair<std::string, std::string>> Pairs(const char* array, const char* first, const char* second) {
    std::vector<std::pair<std::string, std::string>> out;
    const Value* entries = Array(array);
    if (!entries) return out;
    for (const auto& entry : entries->GetArray()) {
      if (!entry.IsObject()) continue;
      auto a = entry.FindMember(first);
      auto b = entry.FindMember(second);
      if (a == entry.MemberEnd() || b == entry.MemberEnd()) continue;
      out.emplace_back(Date(a->value, first), Date(b->value, second));
    }
    return out;
  }

  const Value* Array(const char* key) {
    auto it = node_.FindMember(key);
    if (it == node_.MemberEnd()) return nullptr;
    if (!it->value.IsArray()) {
      Fail(std::string(key) + " is not an array");
      return nullptr;
    }
    return &it->value;
  }

  std::string StringOf(const Value& v, const char* key) {
    // A file not written by coopgraph may hold invalid UTF-8 or "\u0000":
    // the graph holds what the writers would write.
    if (v.IsString()) return SanitizeUtf8(std::string_view(v.GetString(), v.GetStringLength()));
    Fail(std::string(key) + " is not a string");
    return "";
  }

  std::size_t Number(const Value& object, const char* key) {
    auto it = object.FindMember(key);
    if (it != object.MemberEnd() && it->value.IsUint64()) return static_cast<std::size_t>(it->value.GetUint64());
    Fail(std::string(key) + " is not a number");
    return 0;
  }

  void Fail(const std::string& message) {
    if (error_.empty()) error_ = message;
  }

 private:
  const Value& node_;
  std::string error_;
};

// A node of `kind` with its kind's properties unset.
void SetKind(NodeKind kind, Node* node) {
  switch (kind) {
    case NodeKind::kPerson: node->info = graph::PersonInfo{}; break;
    case NodeKind::kOrganization: node->info = graph::OrganizationInfo{}; break;
    case NodeKind::kCountry: node->info = graph::CountryInfo{}; break;
    case NodeKind::kPlace: node->info = graph::PlaceInfo{}; break;
    case NodeKind::kEvent: node->info = graph::EventInfo{}; break;
    case NodeKind::kAgreement: node->info = graph::AgreementInfo{}; break;
    case NodeKind::kArticle: node->info = graph::ArticleInfo{}; break;
  }
}

// The kind and its refinement from @type: the generic type (the writer's
// TypeKey) or an organisation's category term comes first, then the
// category, meeting kind or agreement kind.
bool ReadTypes(const std::vector<std::string>& types, Node* node) {
  using graph::AgreementKind;
  using graph::MeetingKind;
  using graph::OrgCategory;
  std::function<std::string(NodeKind)> type_key = internal::TypeKey;
  std::function<std::string_view(OrgCategory)> category_term = graph::OrganizationTypeTerm;
  std::function<std::string_view(MeetingKind)> meeting_term = graph::MeetingKindTerm;
  std::function<std::string_view(AgreementKind)> agreement_term = graph::AgreementKindTerm;
  for (const std::string& type : types) {
    NodeKind kind;
    OrgCategory category;
    if (FromTerm(type, static_cast<int>(OrgCategory::kNgo) + 1, category_term, &category)) {
      node->info = graph::OrganizationInfo{category};
    } else if (FromTerm(type, internal::kNodeKindCount, type_key, &kind)) {
      SetKind(kind, node);
    } else {
      continue;
    }
    // The refinements that follow the generic type.
    for (const std::string& refinement : types) {
      const std::string_view local = WithoutPrefix(refinement, "cg:");
      if (auto* info = std::get_if<graph::OrganizationInfo>(&node->info)) {
        FromTerm(refinement, static_cast<int>(OrgCategory::kNgo) + 1, category_term, &info->category);
      } else if (auto* event = std::get_if<graph::EventInfo>(&node->info)) {
        FromTerm(local, static_cast<int>(MeetingKind::kConference) + 1, meeting_term, &event->kind);
      } else if (auto* agreement = std::get_if<graph::AgreementInfo>(&node->info)) {
        FromTerm(local, static_cast<int>(AgreementKind::kOrientation) + 1, agreement_term, &agreement->kind);
      }
    }
    return true;
  }
  return false;
}

void ReadKindProperties(NodeReader& r, const Value& json, Node* node) {
  using graph::AgreementStatus;
  using graph::EventStatus;
  if (auto* person = std::get_if<graph::PersonInfo>(&node->info)) {
    if (const Value* roles = r.Array("cg:role")) {
      for (const auto& role : roles->GetArray()) {
        if (!role.IsObject()) continue;
        graph::Role out;
        auto it = role.FindMember("cg:title");
        if (it != role.MemberEnd()) out.title = r.StringOf(it->value, "cg:title");
        if ((it = role.FindMember("cg:organization")) != role.MemberEnd())
          out.organization_id = NodeIdOf(r.StringOf(it->value, "cg:organization"));
        if ((it = role.FindMember("cg:statedOn")) != role.MemberEnd()) out.date = r.Date(it->value, "cg:statedOn");
        if ((it = role.FindMember("prov:wasDerivedFrom")) != role.MemberEnd())
          out.article_id = NodeIdOf(r.StringOf(it->value, "prov:wasDerivedFrom"));
        person->roles.push_back(std::move(out));
      }
    }
  } else if (auto* country = std::get_if<graph::CountryInfo>(&node->info)) {
    // "VN", or ["VN", "VNM"]: alpha-2 and alpha-3 told apart by length.
    for (std::string& code : r.Strings("identifier")) (code.size() == 3 ? country->iso3 : country->iso_code) = std::move(code);
  } else if (auto* event = std::get_if<graph::EventInfo>(&node->info)) {
    event->start_date = r.Date("startDate");
    event->end_date = r.Date("endDate");
    event->cameo_code = r.String("cg:cameoCode");
    std::function<std::string_view(EventStatus)> status_term = graph::EventStatusTerm;
    FromTerm(WithoutPrefix(r.String("cg:status"), "cg:"), extract::kEventStatusCount, status_term, &event->status);
    auto inferred = json.FindMember("cg:dateInferred");
    event->date_inferred = inferred != json.MemberEnd() && inferred->value.IsTrue();
    for (auto& [date, source] : r.Pairs("cg:reportedDate", "startDate", "prov:wasDerivedFrom")) {
      event->conflicting_dates.emplace_back(std::move(date), NodeIdOf(source));
    }
  } else if (auto* agreement = std::get_if<graph::AgreementInfo>(&node->info)) {
    agreement->period_start = r.Date("cg:periodStart");
    agreement->period_end = r.Date("cg:periodEnd");
    agreement->signing_date = r.Date("cg:signingDate");
    std::function<std::string_view(AgreementStatus)> status_term = graph::AgreementStatusTerm;
    FromTerm(WithoutPrefix(r.String("cg:status"), "cg:"), static_cast<int>(AgreementStatus::kMentioned) + 1,
             status_term, &agreement->status);
  } else if (auto* article = std::get_if<graph::ArticleInfo>(&node->info)) {
    article->url = r.String("url");
    article->content_hash = r.String("identifier");
    article->title = r.String("headline");
    article->date_published = r.Date("datePublished");
    article->outlet = r.String("publisher");
    article->source_path = r.String("cg:sourcePath");
  }
}

void ReadEvidence(NodeReader& r, Node* node) {
  const Value* evidence = r.Array("cg:evidence");
  if (!evidence) return;
  for (const auto& item : evidence->GetArray()) {
    if (!item.IsObject()) continue;
    graph::Evidence ev;
    auto source = item.FindMember("oa:hasSource");
    if (source != item.MemberEnd()) ev.article_id = NodeIdOf(r.StringOf(source->value, "oa:hasSource"));
    ev.sentence = r.Number(item, "cg:sentenceIndex");
    auto selectors = item.FindMember("oa:hasSelector");
    if (selectors != item.MemberEnd() && selectors->value.IsArray()) {
      for (const auto& selector : selectors->value.GetArray()) {
        if (!selector.IsObject()) continue;
        if (selector.HasMember("oa:start")) {
          ev.begin = r.Number(selector, "oa:start");
          ev.end = r.Number(selector, "oa:end");
        }
        auto exact = selector.FindMember("oa:exact");
        if (exact != selector.MemberEnd()) ev.quote = r.StringOf(exact->value, "oa:exact");
      }
    }
    node->evidence.push_back(std::move(ev));
  }
}

// One memberOf edge per title the person's roles give it in that
// organisation (as the graph builder makes them), else one without a title.
void AddMembership(KnowledgeGraph& kg, graph::Vertex person, graph::Vertex organization) {
  bool titled = false;
  if (const auto* info = std::get_if<graph::PersonInfo>(&kg.node(person).info)) {
    const std::vector<graph::Role> roles = info->roles;  // AddEdge may move the graph's storage
    for (const graph::Role& role : roles) {
      if (role.organization_id != kg.node(organization).id) continue;
      kg.AddEdge(person, organization, graph::Edge{Relation::kMemberOf, role.title, role.date, {}});
      titled = true;
    }
  }
  if (!titled) kg.AddEdge(person, organization, graph::Edge{Relation::kMemberOf, "", "", {}});
}

}  // namespace

StatusOr<KnowledgeGraph> ParseJsonLd(std::string_view jsonld, const std::string& name, const ReadProgress& progress) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(jsonld.data(), jsonld.size());  // no recursion: any nesting depth
  if (doc.HasParseError()) {
    return DataLossError(name + ":" + std::to_string(LineOf(jsonld, doc.GetErrorOffset())) + ": not JSON (" +
                         rapidjson::GetParseError_En(doc.GetParseError()) + ")");
  }
  if (!doc.IsObject() || !doc.HasMember("@graph") || !doc["@graph"].IsArray()) {
    return DataLossError(name + ": not a coopgraph graph (no \"@graph\" array)");
  }
  const auto& nodes = doc["@graph"].GetArray();
  // Two passes over the nodes (nodes, then relations): 2n steps, told about
  // a hundred times.
  const std::size_t steps = 2 * std::size_t{nodes.Size()};
  const std::size_t every = std::max<std::size_t>(1, steps / 100);
  std::size_t step = 0;
  auto advance = [&] {
    if (progress && ++step % every == 0) progress(step, steps);
  };
  KnowledgeGraph kg;
  std::vector<std::pair<const Value*, graph::Vertex>> read;
  for (rapidjson::SizeType index = 0; index < nodes.Size(); ++index) {
    const Value& json = nodes[index];
    const std::string where = name + ": @graph[" + std::to_string(index) + "]";
    if (!json.IsObject()) return DataLossError(where + ": not an object");
    NodeReader r(json);
    Node node;
    node.id = NodeIdOf(r.String("@id"));
    if (node.id.empty()) return DataLossError(where + ": no @id");
    if (!ReadTypes(r.Strings("@type"), &node)) return DataLossError(where + " (" + node.id + "): unknown @type");
    node.name = r.String("name");
    node.alternate_names = r.Strings("alternateName");
    node.same_as = r.Strings("sameAs");
    node.merge_reasons = r.Strings("cg:mergeReason");
    ReadKindProperties(r, json, &node);
    if (node.kind() != NodeKind::kArticle) {
      for (const std::string& iri : r.Strings("prov:wasDerivedFrom")) node.sources.push_back(NodeIdOf(iri));
    }
    ReadEvidence(r, &node);
    if (!r.error().empty()) return DataLossError(where + " (" + node.id + "): " + r.error());
    if (kg.Find(node.id)) return DataLossError(where + ": a second node with id " + node.id);
    read.emplace_back(&json, kg.AddNode(std::move(node)));
    advance();
  }
  // Relations once every node exists; the roles and dates they carry come
  // from the participation entries and the node's own facts.
  for (const auto& [json, v] : read) {
    NodeReader r(*json);
    const Node& node = kg.node(v);
    // (attendee id, role)
    auto participation = r.Pairs("cg:participation", "cg:participant", "cg:participantRole");
    for (auto& entry : participation) entry.first = NodeIdOf(entry.first);
    const auto* event = std::get_if<graph::EventInfo>(&node.info);
    const std::string event_date = event ? event->start_date : "";
    for (int each = 0; each < internal::kRelationCount; ++each) {
      const auto relation = static_cast<Relation>(each);
      const std::string& key = internal::RelationKey(relation);
      for (const std::string& iri : r.Strings(key.c_str())) {
        const std::string target_id = NodeIdOf(iri);
        const auto target = kg.Find(target_id);
        if (!target) {
          return DataLossError(name + " (" + node.id + "): " + key + " names " + target_id +
                               ", which is not in the graph");
        }
        if (relation == Relation::kMemberOf) {
          AddMembership(kg, v, *target);
          continue;
        }
        if (relation != Relation::kAttendee) {
          kg.AddEdge(v, *target, graph::Edge{relation, "", "", {}});
          continue;
        }
        bool with_role = false;  // one attendee edge per role the meeting gives it
        for (const auto& [who, role] : participation) {
          if (who != target_id) continue;
          kg.AddEdge(v, *target, graph::Edge{relation, role, event_date, {}});
          with_role = true;
        }
        if (!with_role) kg.AddEdge(v, *target, graph::Edge{relation, "", event_date, {}});
      }
    }
    if (!r.error().empty()) return DataLossError(name + " (" + node.id + "): " + r.error());
    advance();
  }
  if (progress) progress(steps, steps);
  return kg;
}

StatusOr<KnowledgeGraph> ReadJsonLd(const std::string& path, const ReadProgress& progress) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  // A graph file that is not there is a usage error, like a missing article path.
  if (!bytes.ok() && bytes.status().code() == StatusCode::kNotFound) return InvalidArgumentError(bytes.status().message());
  if (!bytes.ok()) return bytes.status();
  return ParseJsonLd(*bytes, path, progress);
}

}  // namespace coopgraph::exporters

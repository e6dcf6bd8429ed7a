// Articles stored in a coopgraph JSON-LD graph (NewsArticle nodes with their
// articleBody), so a graph can grow by adding articles to it.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "coopgraph/base/files.h"
#include "coopgraph/ingest/ingest.h"
#include "ingest/util.h"

namespace coopgraph::ingest {
namespace {

constexpr std::string_view kArticleIdPrefix = "https://w3id.org/coopgraph/id/article/";

bool HasType(const rapidjson::Value& node, std::string_view type) {
  auto it = node.FindMember("@type");
  if (it == node.MemberEnd()) return false;
  auto is = [&](const rapidjson::Value& v) {
    return v.IsString() && std::string_view(v.GetString(), v.GetStringLength()) == type;
  };
  if (is(it->value)) return true;
  if (!it->value.IsArray()) return false;
  return std::any_of(it->value.Begin(), it->value.End(), is);
}

// A string member, or the "@value" of a typed literal; "" when absent.
// Sets *ok = false when the member is there with another shape.
std::string Literal(const rapidjson::Value& node, const char* key, bool* ok) {
  auto it = node.FindMember(key);
  if (it == node.MemberEnd()) return "";
  const rapidjson::Value* v = &it->value;
  if (v->IsObject()) {
    auto value = v->FindMember("@value");
    v = value == v->MemberEnd() ? nullptr : &value->value;
  }
  if (v == nullptr || !v->IsString()) {
    *ok = false;
    return "";
  }
  return std::string(v->GetString(), v->GetStringLength());
}


}  // namespace

StatusOr<std::vector<Document>> ReadGraphArticles(const std::string& path) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(bytes->data(), bytes->size());  // no recursion: any nesting depth
  if (doc.HasParseError()) {
    return DataLossError(path + ":" + std::to_string(LineOf(*bytes, doc.GetErrorOffset())) + ": not JSON (" +
                         rapidjson::GetParseError_En(doc.GetParseError()) + " at byte " +
                         std::to_string(doc.GetErrorOffset()) + ")");
  }
  if (!doc.IsObject() || !doc.HasMember("@graph") || !doc["@graph"].IsArray()) {
    return DataLossError(path + ": not a coopgraph graph (no \"@graph\" array)");
  }
  std::vector<Document> out;
  std::size_t index = 0;
  for (const auto& node : doc["@graph"].GetArray()) {
    ++index;
    if (!node.IsObject() || !HasType(node, "NewsArticle")) continue;
    const std::string where = path + ": @graph[" + std::to_string(index - 1) + "]";
    bool ok = true;
    Document d;
    const std::string iri = Literal(node, "@id", &ok);
    d.id = Literal(node, "identifier", &ok);
    d.url = Literal(node, "url", &ok);
    d.title = Literal(node, "headline", &ok);
    d.date_published = Literal(node, "datePublished", &ok);
    d.outlet = Literal(node, "publisher", &ok);
    d.source_path = Literal(node, "cg:sourcePath", &ok);
    d.text = Literal(node, "articleBody", &ok);
    if (!ok) return DataLossError(where + " (" + iri + "): an article property is not a string");
    if (!node.HasMember("articleBody")) {
      return DataLossError(where + " (" + iri + "): the article has no articleBody, so it cannot be "
                           "read again; rebuild the graph from its sources");
    }
    if (d.id.empty() || iri != std::string(kArticleIdPrefix) + d.id) {
      return DataLossError(where + " (" + iri + "): identifier \"" + d.id + "\" does not match the article id");
    }
    if (!IsValidUtf8(d.text)) return DataLossError(where + " (" + iri + "): articleBody is not UTF-8");
    if (ContentId(d.text) != d.id) {
      return DataLossError(where + " (" + iri + "): articleBody does not hash to the identifier (edited?)");
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace coopgraph::ingest

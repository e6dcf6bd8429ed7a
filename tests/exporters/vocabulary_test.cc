// The schema files agree with the code: every project term is defined in
// schema/vocabulary.jsonld and the compiled-in context is schema/context.jsonld.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

rapidjson::Document ParseFile(const std::string& path) {
  const StatusOr<std::string> text = ReadFileBytes(path);
  REQUIRE(text.ok());
  rapidjson::Document doc;
  doc.Parse(text->c_str(), text->size());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

const rapidjson::Document& Vocabulary() {
  static const rapidjson::Document doc = ParseFile(COOPGRAPH_SCHEMA_DIR "/vocabulary.jsonld");
  return doc;
}

const rapidjson::Value* Term(const std::string& compact) {
  for (const auto& node : Vocabulary()["@graph"].GetArray()) {
    if (node["@id"].GetString() == compact) return &node;
  }
  return nullptr;
}

std::string EnglishLabel(const rapidjson::Value& term) {
  for (const auto& label : term["rdfs:label"].GetArray()) {
    if (std::string(label["@language"].GetString()) == "en") return label["@value"].GetString();
  }
  return "";
}

// Every "cg:" key, @type and vocabulary value in a JSON-LD tree.
void CollectProjectTerms(const rapidjson::Value& v, std::set<std::string>* terms) {
  auto add = [&](const rapidjson::Value& s) {
    if (s.IsString() && std::string(s.GetString()).rfind("cg:", 0) == 0) terms->insert(s.GetString());
  };
  if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      add(m.name);
      const std::string key = m.name.GetString();
      if (key == "@type" || key == "cg:meetingKind" || key == "cg:agreementKind" ||
          key == "cg:status") {
        if (m.value.IsArray()) {
          for (const auto& t : m.value.GetArray()) add(t);
        } else {
          add(m.value);
        }
      }
      CollectProjectTerms(m.value, terms);
    }
  } else if (v.IsArray()) {
    for (const auto& x : v.GetArray()) CollectProjectTerms(x, terms);
  }
}

TEST_CASE("schema/vocabulary.jsonld defines every project term", "[exporters]") {
  for (std::string_view term : graph::AllProjectTerms()) {
    INFO(term);
    CHECK(Term("cg:" + std::string(term)) != nullptr);
  }
}

TEST_CASE("schema/vocabulary.jsonld agrees with the meeting kind table", "[exporters]") {
  for (int k = 0; k <= static_cast<int>(graph::MeetingKind::kConference); ++k) {
    const auto kind = static_cast<graph::MeetingKind>(k);
    const rapidjson::Value* term = Term("cg:" + std::string(graph::MeetingKindTerm(kind)));
    REQUIRE(term != nullptr);
    CHECK(std::string((*term)["cg:cameoCode"].GetString()) == graph::CameoCode(kind));
    CHECK(EnglishLabel(*term) == graph::MeetingKindLabel(kind));
  }
}

TEST_CASE("every cg: term the exporter writes is defined", "[exporters]") {
  std::set<std::string> used;
  const std::string jsonld = ToJsonLd(testing::SampleGraph());
  rapidjson::Document doc;
  doc.Parse(jsonld.c_str(), jsonld.size());
  REQUIRE_FALSE(doc.HasParseError());
  CollectProjectTerms(doc, &used);
  CHECK(used.size() > 20);
  for (const auto& term : used) {
    INFO(term);
    CHECK(Term(term) != nullptr);
  }
}

TEST_CASE("the compiled-in context is schema/context.jsonld byte for byte", "[exporters]") {
  const StatusOr<std::string> file = ReadFileBytes(COOPGRAPH_SCHEMA_DIR "/context.jsonld");
  REQUIRE(file.ok());
  CHECK(JsonLdContext() == *file);
}

}  // namespace
}  // namespace coopgraph::exporters

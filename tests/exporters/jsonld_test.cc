#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/jsonld.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

using testing::SampleGraph;
using testing::SampleOptions;
using testing::TempDir;

const std::string kBase = kIdBase;

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  INFO("parse error " << doc.GetParseError() << " at " << doc.GetErrorOffset());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

const rapidjson::Value& NodeById(const rapidjson::Document& doc, const std::string& id) {
  for (const auto& node : doc["@graph"].GetArray()) {
    if (node["@id"].GetString() == kBase + id) return node;
  }
  FAIL("no node " << id);
  throw;  // unreachable
}

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace_back(v.GetString());
  return out;
}

TEST_CASE("ToJsonLd embeds the schema context and writes absolute ids sorted", "[exporters]") {
  const rapidjson::Document doc = Parse(ToJsonLd(SampleGraph()));
  const rapidjson::Document schema = Parse(*ReadFileBytes(COOPGRAPH_SCHEMA_DIR "/context.jsonld"));
  REQUIRE(doc.HasMember("@context"));
  CHECK(doc["@context"] == schema["@context"]);
  std::vector<std::string> ids;
  for (const auto& node : doc["@graph"].GetArray()) ids.emplace_back(node["@id"].GetString());
  CHECK(ids == std::vector<std::string>{
                   kBase + "agreement/g1", kBase + "article/a1", kBase + "country/la",
                   kBase + "country/vn", kBase + "event/m1", kBase + "org/most",
                   kBase + "person/a", kBase + "person/b", kBase + "place/vientiane"});
}

TEST_CASE("ToJsonLd gives the same bytes for the same graph", "[exporters]") {
  const std::string first = ToJsonLd(SampleGraph());
  CHECK(first == ToJsonLd(SampleGraph()));
  SampleOptions reversed;
  reversed.reverse_insertion = true;
  CHECK(first == ToJsonLd(SampleGraph(reversed)));
}

// Enough nodes for many chunks of the parallel writer.
graph::KnowledgeGraph ManyPersons(int count) {
  graph::KnowledgeGraph g;
  for (int i = 0; i < count; ++i) {
    graph::Node n;
    n.id = "person/p" + std::to_string(i);
    n.name = "Person " + std::to_string(i);
    n.info = graph::PersonInfo{};
    g.AddNode(std::move(n));
  }
  return g;
}

TEST_CASE("WriteJsonLd hands on the document in order and stops at the sink's first error", "[exporters]") {
  const graph::KnowledgeGraph kg = ManyPersons(1000);
  const std::string whole = ToJsonLd(kg, 1);
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    std::string joined;
    std::size_t pieces = 0;
    const Status written = internal::WriteJsonLd(kg, threads, [&](std::string_view piece) {
      joined += piece;
      ++pieces;
      return Status::Ok();
    });
    REQUIRE(written.ok());
    CHECK(joined == whole);
    CHECK(pieces > 3);  // head, many chunks, tail

    std::size_t calls = 0;
    const Status failed = internal::WriteJsonLd(kg, threads, [&](std::string_view) {
      return ++calls == 3 ? IoError("out/graph.jsonld: disk full") : Status::Ok();
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message() == "out/graph.jsonld: disk full");
    CHECK(calls == 3);
  }
}

TEST_CASE("ToJsonLd writes persons with titles, nationality and dated roles", "[exporters]") {
  const rapidjson::Document doc = Parse(ToJsonLd(SampleGraph()));
  const auto& a = NodeById(doc, "person/a");
  CHECK(Strings(a["@type"]) == std::vector<std::string>{"Person"});
  CHECK(std::string(a["name"].GetString()) == "Huỳnh Thành Đạt");
  CHECK(Strings(a["jobTitle"]) == std::vector<std::string>{
                                      "Bộ trưởng", "Bộ trưởng Khoa học và Công nghệ",
                                      "Ủy viên Trung ương Đảng"});
  CHECK(Strings(a["nationality"]) == std::vector<std::string>{kBase + "country/vn"});
  CHECK(Strings(a["memberOf"]) == std::vector<std::string>{kBase + "org/most"});
  CHECK(Strings(a["prov:wasDerivedFrom"]) == std::vector<std::string>{kBase + "article/a1"});
  const auto& roles = a["cg:role"];
  REQUIRE(roles.Size() == 3);
  const auto& minister = roles[1];  // sorted by title
  CHECK(std::string(minister["@type"].GetString()) == "cg:Role");
  CHECK(std::string(minister["cg:title"].GetString()) == "Bộ trưởng Khoa học và Công nghệ");
  CHECK(std::string(minister["cg:organization"].GetString()) == kBase + "org/most");
  CHECK(std::string(minister["cg:statedOn"]["@value"].GetString()) == "2024-05-30");
  CHECK(std::string(minister["cg:statedOn"]["@type"].GetString()) == "xsd:date");
  CHECK(std::string(minister["prov:wasDerivedFrom"].GetString()) == kBase + "article/a1");

  const auto& org = NodeById(doc, "org/most");
  CHECK(Strings(org["@type"]) == std::vector<std::string>{"Organization", "GovernmentOrganization"});
  CHECK(Strings(org["alternateName"]) == std::vector<std::string>{"Bộ KH&CN"});
  CHECK(Strings(org["cg:country"]) == std::vector<std::string>{kBase + "country/vn"});
  const auto& vn = NodeById(doc, "country/vn");
  CHECK(std::string(vn["identifier"].GetString()) == "VN");
  const auto& place = NodeById(doc, "place/vientiane");
  CHECK(Strings(place["containedInPlace"]) == std::vector<std::string>{kBase + "country/la"});
}

TEST_CASE("ToJsonLd writes events with typed dates, attendees and evidence", "[exporters]") {
  const rapidjson::Document doc = Parse(ToJsonLd(SampleGraph()));
  const auto& m = NodeById(doc, "event/m1");
  CHECK(Strings(m["@type"]) == std::vector<std::string>{"Event", "cg:Talks"});
  CHECK(std::string(m["startDate"]["@value"].GetString()) == "2024-05-29");
  CHECK(std::string(m["startDate"]["@type"].GetString()) == "xsd:date");
  CHECK_FALSE(m.HasMember("endDate"));
  CHECK(std::string(m["cg:meetingKind"].GetString()) == "cg:Talks");
  CHECK(std::string(m["cg:cameoCode"].GetString()) == "046");
  CHECK(std::string(m["cg:status"].GetString()) == "cg:Held");
  CHECK(m["cg:dateInferred"].IsFalse());
  // The reports disagree on the date: each report's date is shown with its article.
  const auto& reported = m["cg:reportedDate"];
  REQUIRE(reported.Size() == 2);
  CHECK(std::string(reported[1]["@type"].GetString()) == "cg:DateReport");
  CHECK(std::string(reported[1]["startDate"]["@value"].GetString()) == "2024-05-30");
  CHECK(std::string(reported[1]["prov:wasDerivedFrom"].GetString()) == kBase + "article/a1");
  CHECK(Strings(m["attendee"]) == std::vector<std::string>{
                                      kBase + "org/most", kBase + "person/a", kBase + "person/b"});
  CHECK(Strings(m["location"]) == std::vector<std::string>{kBase + "place/vientiane"});
  CHECK(Strings(m["cg:reportedIn"]) == std::vector<std::string>{kBase + "article/a1"});
  const auto& participation = m["cg:participation"];
  REQUIRE(participation.Size() == 2);
  CHECK(std::string(participation[0]["cg:participant"].GetString()) == kBase + "person/a");
  CHECK(std::string(participation[0]["cg:participantRole"].GetString()) == "head of delegation");

  const auto& evidence = m["cg:evidence"];
  REQUIRE(evidence.Size() == 1);
  CHECK(std::string(evidence[0]["@type"].GetString()) == "oa:SpecificResource");
  CHECK(std::string(evidence[0]["oa:hasSource"].GetString()) == kBase + "article/a1");
  CHECK(evidence[0]["cg:sentenceIndex"].GetUint64() == 4);
  const auto& selectors = evidence[0]["oa:hasSelector"];
  REQUIRE(selectors.Size() == 2);
  CHECK(std::string(selectors[0]["@type"].GetString()) == "oa:TextPositionSelector");
  CHECK(selectors[0]["oa:start"].GetUint64() == 900);
  CHECK(selectors[0]["oa:end"].GetUint64() == 910);
  CHECK(std::string(selectors[1]["@type"].GetString()) == "oa:TextQuoteSelector");
  CHECK(std::string(selectors[1]["oa:exact"].GetString()) == "hội đàm với Bộ trưởng \"Phut\"");
}

TEST_CASE("ToJsonLd writes agreements and articles", "[exporters]") {
  const rapidjson::Document doc = Parse(ToJsonLd(SampleGraph()));
  const auto& g1 = NodeById(doc, "agreement/g1");
  CHECK(Strings(g1["@type"]) ==
        std::vector<std::string>{"cg:Agreement", "cg:MemorandumOfUnderstanding"});
  CHECK(std::string(g1["cg:agreementKind"].GetString()) == "cg:MemorandumOfUnderstanding");
  CHECK(std::string(g1["cg:periodStart"]["@type"].GetString()) == "xsd:gYear");
  CHECK(std::string(g1["cg:periodEnd"]["@value"].GetString()) == "2026");
  CHECK(std::string(g1["cg:signingDate"]["@type"].GetString()) == "xsd:gYearMonth");
  CHECK(std::string(g1["cg:status"].GetString()) == "cg:Signed");
  CHECK(Strings(g1["cg:party"]) ==
        std::vector<std::string>{kBase + "country/la", kBase + "org/most"});
  CHECK(Strings(g1["cg:signatory"]) == std::vector<std::string>{kBase + "person/a"});
  REQUIRE(g1["cg:evidence"].Size() == 2);
  CHECK(g1["cg:evidence"][0]["cg:sentenceIndex"].GetUint64() == 2);  // sorted by position

  const auto& article = NodeById(doc, "article/a1");
  CHECK(Strings(article["@type"]) == std::vector<std::string>{"NewsArticle"});
  CHECK(std::string(article["url"].GetString()) == "https://example.org/tin/a1");
  CHECK(std::string(article["identifier"].GetString()) == "c88c3577a02e23b8");
  CHECK(std::string(article["headline"].GetString()) == "Việt Nam và Lào tăng cường hợp tác");
  CHECK(std::string(article["datePublished"]["@value"].GetString()) == "2024-05-30");
  CHECK(std::string(article["publisher"].GetString()) == "Báo Ví Dụ");
  CHECK(std::string(article["cg:sourcePath"].GetString()) == "data/a1.txt");
  CHECK_FALSE(article.HasMember("prov:wasDerivedFrom"));
}

TEST_CASE("ToJsonLd stays valid UTF-8 JSON for any name", "[exporters]") {
  struct Case {
    std::string name;
    std::string written;
  };
  const std::vector<Case> cases = {
      {"plain \"quoted\" \\ back", "plain \"quoted\" \\ back"},
      {"line\nbreak\ttab\x01", "line\nbreak\ttab\x01"},
      {std::string("nul\0byte", 8), "nul\xEF\xBF\xBD" "byte"},
      {"bad \xFF\xFE bytes", "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"},
      {"cut \xE1\xBB", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"</script><script>alert(1)</script>", "</script><script>alert(1)</script>"},
  };
  for (const auto& c : cases) {
    SampleOptions options;
    options.person_b_name = c.name;
    options.person_b_role = c.name;
    const rapidjson::Document doc = Parse(ToJsonLd(SampleGraph(options)));
    const auto& b = NodeById(doc, "person/b");
    CHECK(std::string(b["name"].GetString(), b["name"].GetStringLength()) == c.written);
  }
}

// A real JSON-LD processor, offline: expand + flatten + RDF, then look at
// the person's nationality and at every key and type (none may be dropped).
constexpr const char* kPyldCheck = R"PY(
import json, sys
from pyld import jsonld
def refuse(url, options=None):
    raise RuntimeError('remote load refused: ' + url)
doc = json.load(open(sys.argv[1], encoding='utf-8'))
opts = {'documentLoader': refuse}
flat = {n['@id']: n for n in jsonld.flatten(doc, None, opts)}
S = 'http://schema.org/'
a = flat['https://w3id.org/coopgraph/id/person/a']
for ref in a[S + 'nationality']:
    country = flat[ref['@id']]
    print('nationality', ref['@id'], country[S + 'identifier'][0]['@value'])
m = flat['https://w3id.org/coopgraph/id/event/m1']
print('types', ' '.join(sorted(m['@type'])))
print('startDate', m[S + 'startDate'][0]['@value'], m[S + 'startDate'][0]['@type'])
def walk(v, keys, types):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == '@type':
                types.update(x if isinstance(x, list) else [x])
            elif k != '@context':
                keys.add(k)
            if k != '@context':
                walk(x, keys, types)
    elif isinstance(v, list):
        for x in v:
            walk(x, keys, types)
keys, types = set(), set()
walk(doc, keys, types)
ctx = doc['@context']
for k in sorted(keys - {'@id', '@graph', '@value', '@type'}):
    if not jsonld.expand({'@context': ctx, k: 'x'}, opts):
        print('dropped key', k)
for t in sorted(types):
    iri = jsonld.expand({'@context': ctx, '@type': t}, opts)[0]['@type'][0]
    if not iri.startswith('http'):
        print('relative type', t)
quads = jsonld.to_rdf(doc, dict(opts, format='application/n-quads'))
print('quads', len(quads.splitlines()))
)PY";

TEST_CASE("a JSON-LD processor (pyld) reads what ToJsonLd writes", "[exporters]") {
  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "graph.jsonld", ToJsonLd(SampleGraph())).ok());
  REQUIRE(WriteFileAtomically(dir / "check.py", kPyldCheck).ok());
  const std::string command = "/usr/bin/python3 " + (dir / "check.py") + " " +
                              (dir / "graph.jsonld") + " > " + (dir / "out.txt") + " 2>&1";
  const int rc = std::system(command.c_str());
  const std::string out = ReadFileBytes(dir / "out.txt").ok() ? *ReadFileBytes(dir / "out.txt") : "";
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out.find("nationality " + kBase + "country/vn VN\n") != std::string::npos);
  CHECK(out.find("types http://schema.org/Event https://w3id.org/coopgraph/vocab#Talks\n") !=
        std::string::npos);
  CHECK(out.find("startDate 2024-05-29 http://www.w3.org/2001/XMLSchema#date\n") !=
        std::string::npos);
  CHECK(out.find("dropped key") == std::string::npos);
  CHECK(out.find("relative type") == std::string::npos);
  CHECK(out.find("quads ") != std::string::npos);
}


TEST_CASE("NodeIri puts ids under the id base, encoding what IRIs forbid; NodeIdOf reads them back",
          "[exporters]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"person/huynh-thanh-dat", "https://w3id.org/coopgraph/id/person/huynh-thanh-dat"},
      {"place/hà-nội", "https://w3id.org/coopgraph/id/place/hà-nội"},
      {"org/a b#c?d%e", "https://w3id.org/coopgraph/id/org/a%20b%23c%3Fd%25e"},
      {"x/<\"{}|\\^`>", "https://w3id.org/coopgraph/id/x/%3C%22%7B%7D%7C%5C%5E%60%3E"},
      {"x/\n", "https://w3id.org/coopgraph/id/x/%0A"},
      {"x/\xEF\xBF\xBE", "https://w3id.org/coopgraph/id/x/%EF%BF%BE"},
  };
  for (const auto& [id, iri] : cases) {
    CAPTURE(id);
    CHECK(internal::NodeIri(id) == iri);
    CHECK(internal::NodeIdOf(iri) == id);
  }
}

TEST_CASE("the nodes handed to other writers are the nodes ToJsonLd writes, member for member", "[exporters]") {
  const graph::KnowledgeGraph kg = SampleGraph();
  const std::string document = ToJsonLd(kg, 2);
  std::vector<std::string> written;
  const Status status = internal::ForEachJsonLdNode(kg, [&](const rapidjson::Value& node) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    node.Accept(w);
    written.emplace_back(buffer.GetString(), buffer.GetSize());
    return Status::Ok();
  });
  REQUIRE(status.ok());
  REQUIRE(written.size() == kg.node_count());
  REQUIRE(written.size() > 5);
  std::string expected_lines;
  for (std::size_t i = 0; i < written.size(); ++i) expected_lines += written[i] + (i + 1 < written.size() ? ",\n" : "\n");
  const std::size_t begin = document.find("\"@graph\": [\n") + 12;
  CHECK(document.substr(begin, document.size() - begin - std::string(" ]\n}\n").size()) == expected_lines);
}

TEST_CASE("a sink's error stops the walk over the nodes", "[exporters]") {
  std::size_t seen = 0;
  const Status status = internal::ForEachJsonLdNode(SampleGraph(), [&](const rapidjson::Value&) {
    return ++seen == 2 ? IoError("full") : Status::Ok();
  });
  CHECK(status.message() == "full");
  CHECK(seen == 2);
}

}  // namespace
}  // namespace coopgraph::exporters

// Specification of the query API over a graph file: reading it back, finding
// what a user names, and who met whom.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../exporters/exporters_test_util.h"
#include "coopgraph/base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

using graph::NodeKind;

// The committed graph of the sample corpus (a pipeline test keeps it equal
// to what the run command writes).
const std::string kSampleGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";

const graph::KnowledgeGraph& Sample() {
  static const graph::KnowledgeGraph kg = [] {
    auto loaded = LoadGraph(kSampleGraph);
    if (!loaded.ok()) FAIL(loaded.status().ToString());
    return std::move(*loaded);
  }();
  return kg;
}

TEST_CASE("a graph read back from its JSON-LD writes the same bytes", "[query]") {
  const std::string file = ReadFileBytes(kSampleGraph).value();
  CHECK(exporters::ToJsonLd(Sample()) == file);
  CHECK(Sample().CountKind(NodeKind::kPerson) == 14);

  // The exporters' sample: hostile names, roles, conflicting dates, evidence.
  const std::string sample = exporters::ToJsonLd(exporters::testing::SampleGraph());
  auto reread = ParseGraph(sample, "sample");
  REQUIRE(reread.ok());
  CHECK(exporters::ToJsonLd(*reread) == sample);
}

TEST_CASE("a file that is not a coopgraph graph is refused with its name and line", "[query]") {
  CHECK(ParseGraph("{\n\"@graph\": [\n{\"@id\": ]}", "g.jsonld").status().message().find("g.jsonld:3: not JSON") !=
        std::string::npos);
  CHECK(ParseGraph("[]", "g.jsonld").status().code() == StatusCode::kDataLoss);
  CHECK(ParseGraph(R"({"@graph": [{"@id": "https://w3id.org/coopgraph/id/x", "@type": "Thing"}]})", "g")
            .status()
            .message()
            .find("unknown @type") != std::string::npos);
  CHECK(ParseGraph(R"({"@graph": [{"@id": "https://w3id.org/coopgraph/id/p", "@type": ["Person"],
                       "nationality": ["https://w3id.org/coopgraph/id/country/zz"]}]})",
                   "g")
            .status()
            .message()
            .find("country/zz, which is not in the graph") != std::string::npos);
  CHECK(LoadGraph("/nonexistent/graph.jsonld").status().code() == StatusCode::kNotFound);
}

TEST_CASE("a name finds its node by name, alias, key without diacritics or unique prefix", "[query]") {
  struct Case {
    std::string asked, id;
  };
  const std::vector<Case> cases = {
      {"Huỳnh Thành Đạt", "person/huynh-thanh-dat"},
      {"Huynh Thanh Dat", "person/huynh-thanh-dat"},
      {"huỳnh thành đạt", "person/huynh-thanh-dat"},
      {"person/huynh-thanh-dat", "person/huynh-thanh-dat"},
      {"Boviengkham", "person/boviengkham-vongdara"},
      {"Bộ KH&CN Lào", "organization/bo-khoa-hoc-va-cong-nghe-lao"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.asked);
    auto v = FindEntity(Sample(), c.asked);
    REQUIRE(v.ok());
    CHECK(Sample().node(*v).id == c.id);
  }
  auto ambiguous = FindEntity(Sample(), "Bộ Khoa học");
  CHECK(ambiguous.status().code() == StatusCode::kInvalidArgument);
  CHECK(ambiguous.status().message().find("organization/bo-khoa-hoc-va-cong-nghe-viet-nam") != std::string::npos);
  auto unknown = FindEntity(Sample(), "Huynh Thanh Dan");
  CHECK(unknown.status().code() == StatusCode::kNotFound);
  CHECK(unknown.status().message().find("closest: Huỳnh Thành Đạt") != std::string::npos);
}

TEST_CASE("who met a person: every counterpart with the meeting's date, kind and source", "[query]") {
  WhoMetFilter filter;
  filter.persons = {"Huynh Thanh Dat"};
  auto pairs = WhoMet(Sample(), filter);
  REQUIRE(pairs.ok());
  std::set<std::string> met, dates;
  for (const MetPair& p : *pairs) {
    CHECK(p.first_name == "Huỳnh Thành Đạt");
    CHECK_FALSE(p.sources.empty());
    CHECK_FALSE(p.evidence.empty());
    met.insert(p.second);
    dates.insert(p.date);
  }
  std::set<std::string> expected;
  for (const char* name : {"Boviengkham Vongdara", "Phut Simmalavong", "Sonexay Siphandone"})
    expected.insert(Sample().node(FindEntity(Sample(), name).value()).id);
  CHECK(met == expected);
  // The article gives no year for these meetings: the dates say so.
  CHECK(dates == std::set<std::string>{"--05-28", "--05-29"});
}

TEST_CASE("who met whom within dates, in a country, through an organisation", "[query]") {
  WhoMetFilter all;
  const auto everyone = WhoMet(Sample(), all).value();
  WhoMetFilter dated;
  dated.from = "2021";
  dated.to = "2021-12-31";
  const auto in_2021 = WhoMet(Sample(), dated).value();
  REQUIRE_FALSE(in_2021.empty());
  CHECK(in_2021.size() < everyone.size());
  for (const MetPair& p : in_2021) CHECK(p.date.rfind("2021", 0) == 0);

  WhoMetFilter by_org;
  by_org.organization = "Bộ KH&CN Lào";
  const auto with_lao_ministry = WhoMet(Sample(), by_org).value();
  REQUIRE_FALSE(with_lao_ministry.empty());
  CHECK(with_lao_ministry.size() < everyone.size());

  WhoMetFilter by_country;
  by_country.country = "Lào";
  const auto with_lao = WhoMet(Sample(), by_country).value();
  REQUIRE_FALSE(with_lao.empty());
  CHECK(with_lao.size() < everyone.size());

  WhoMetFilter unknown;
  unknown.persons = {"Nobody Atall"};
  CHECK(WhoMet(Sample(), unknown).status().code() == StatusCode::kNotFound);
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

TEST_CASE("who-met rows as a table, JSON and CSV", "[query]") {
  MetPair p;
  p.date = "2024-05-29";
  p.first = "person/a";
  p.first_name = "Huỳnh Thành Đạt";
  p.second = "person/b";
  p.second_name = "Phut \"Simmalavong\"";
  p.meeting = "event/m";
  p.kind = "talks";
  p.sources = {"article/x", "article/y"};
  p.evidence = "Hai bên hội đàm, trao đổi\nvề hợp tác.";
  const std::string table = FormatWhoMet({p}, Format::kTable);
  CHECK(table.rfind("date        person           met", 0) == 0);
  CHECK(table.find("2024-05-29  Huỳnh Thành Đạt  Phut \"Simmalavong\"") != std::string::npos);
  CHECK(table.find("trao đổi về hợp tác.") != std::string::npos);  // one line per row

  const std::string csv = FormatWhoMet({p}, Format::kCsv);
  CHECK(csv == "date,person,person_id,met,met_id,meeting,kind,place,sources,evidence\n"
               "2024-05-29,Huỳnh Thành Đạt,person/a,\"Phut \"\"Simmalavong\"\"\",person/b,event/m,talks,,"
               "article/x article/y,\"Hai bên hội đàm, trao đổi\nvề hợp tác.\"\n");

  rapidjson::Document json;
  json.Parse(FormatWhoMet({p}, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  REQUIRE(json.Size() == 1);
  CHECK(std::string(json[0]["met"].GetString()) == "Phut \"Simmalavong\"");
  CHECK(json[0]["sources"].Size() == 2);
  CHECK(FormatWhoMet({}, Format::kJson) == "[]\n");
}

}  // namespace
}  // namespace coopgraph::query

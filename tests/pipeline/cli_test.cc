// The coopgraph binary as a user meets it: exit codes (0 done, 1 nothing
// found or output not writable, 2 usage error, 3 input data error; the whole
// contract in cli_contract_test.cc), messages on stderr, and files in --out.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <random>
#include <set>
#include <string>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::ReadAll;
using testing::RunCli;
using testing::TempDir;

// Names of the Person nodes in a JSON-LD graph document.
std::set<std::string> PersonNames(const std::string& jsonld) {
  rapidjson::Document doc;
  doc.Parse(jsonld.data(), jsonld.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("@graph"));
  std::set<std::string> names;
  for (const auto& node : doc["@graph"].GetArray()) {
    if (!node.HasMember("@type") || !node.HasMember("name")) continue;
    const auto& type = node["@type"];
    bool person = type.IsString() && std::string(type.GetString()) == "Person";
    if (type.IsArray()) {
      for (const auto& t : type.GetArray()) person |= t.IsString() && std::string(t.GetString()) == "Person";
    }
    if (person && node["name"].IsString()) names.insert(node["name"].GetString());
  }
  return names;
}

// Bytes that no text decoder should accept: NULs and control bytes throughout.
std::string RandomBinary(std::size_t size) {
  std::mt19937 rng(20240312);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(byte(rng));
  bytes[0] = '\0';
  return bytes;
}

TEST_CASE("a missing input path is a usage error naming the path", "[pipeline]") {
  TempDir tmp;
  auto run = RunCli({"build", "--no-svg", "--out", tmp.Sub("out"), "/nonexistent"}, tmp);
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Contains("/nonexistent"));
  CHECK_FALSE(testing::fs::exists(tmp.Sub("out/graph.jsonld")));
}

TEST_CASE("bad files among good ones are warnings, and the good article is in the graph",
          "[pipeline]") {
  TempDir tmp;
  const std::string good = tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string empty = tmp.Write("in/empty.txt", "");
  // Invalid lead byte, a lone continuation, an overlong and a surrogate.
  const std::string broken = tmp.Write("in/broken.txt", "Hà N\xff\xfei \xc3\x28 \xc0\xaf \xed\xa0\x80\n");
  const std::string binary = tmp.Write("in/random.txt", RandomBinary(4096));
  const std::string out = tmp.Sub("out");

  auto run = RunCli({"build", "--out", out, tmp.Sub("in")}, tmp);
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  for (const std::string& bad : {empty, broken, binary}) {
    CHECK_THAT(run.err, Contains("warning: " + bad));
  }
  CHECK_THAT(run.err, !Contains("warning: " + good));

  const std::string jsonld = ReadAll(out + "/graph.jsonld");
  const auto people = PersonNames(jsonld);
  CHECK(people.count("Bùi Thanh Sơn") == 1);
  CHECK(people.count("Prak Sokhonn") == 1);
  CHECK_THAT(ReadAll(out + "/graph.dot"), Contains("Bùi Thanh Sơn"));
  CHECK(testing::fs::file_size(out + "/graph.svg") > 0);
}

TEST_CASE("an output directory that cannot be created is a runtime failure with a message",
          "[pipeline]") {
  TempDir tmp;
  const std::string input = tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string file = tmp.Write("regular", "not a directory\n");

  SECTION("--out under a regular file") {
    auto run = RunCli({"build", "--no-svg", "--out", file + "/out", input}, tmp);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Contains(file + "/out"));
  }
  SECTION("--out where nobody may create a directory, root included") {
    auto run = RunCli({"build", "--no-svg", "--out", "/sys/coopgraph_test_out", input}, tmp);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Contains("/sys/coopgraph_test_out: cannot create directory"));
  }
  SECTION("--out a directory that cannot hold files, root included") {
    auto run = RunCli({"build", "--no-svg", "--out", "/proc/self", input}, tmp);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Contains("/proc/self/articles.jsonl: cannot create"));
  }
  SECTION("--out naming a regular file") {
    auto run = RunCli({"build", "--no-svg", "--out", file, input}, tmp);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Contains(file));
    CHECK(ReadAll(file) == "not a directory\n");
  }
}

TEST_CASE("help exits 0 and describes the build command", "[pipeline]") {
  TempDir tmp;
  auto top = RunCli({"--help"}, tmp);
  CHECK(top.exit_code == 0);
  CHECK_THAT(top.out, Contains("build"));

  auto build = RunCli({"build", "--help"}, tmp);
  CHECK(build.exit_code == 0);
  for (const char* option : {"--out", "--threads", "--no-svg", "--data"}) {
    CHECK_THAT(build.out, Contains(option));
  }
}

TEST_CASE("usage errors exit 2 with a message on stderr", "[pipeline]") {
  TempDir tmp;
  const std::string input = tmp.Write("in/good.txt", testing::GoodArticle());
  SECTION("an unknown option") {
    auto run = RunCli({"build", "--bogus", input}, tmp);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("--bogus"));
  }
  SECTION("no subcommand") {
    auto run = RunCli({}, tmp);
    CHECK(run.exit_code == 2);
    CHECK_FALSE(run.err.empty());
  }
  SECTION("build without paths") {
    auto run = RunCli({"build", "--out", tmp.Sub("out")}, tmp);
    CHECK(run.exit_code == 2);
    CHECK_FALSE(run.err.empty());
  }
  SECTION("a thread count that is not a number") {
    auto run = RunCli({"build", "--threads", "many", input}, tmp);
    CHECK(run.exit_code == 2);
    CHECK_FALSE(run.err.empty());
  }
}

TEST_CASE("a successful build prints a one-line summary and writes three files", "[pipeline]") {
  TempDir tmp;
  const std::string input = tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string out = tmp.Sub("out");
  auto run = RunCli({"build", "--threads", "1", "--out", out, input}, tmp);
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Contains("1 articles"));
  CHECK_THAT(run.err, !Contains("warning:"));
  for (const char* name : {"graph.jsonld", "graph.dot", "graph.svg"}) {
    CHECK(testing::fs::is_regular_file(out + "/" + name));
  }

  // --no-svg writes the other two only.
  const std::string out2 = tmp.Sub("out2");
  REQUIRE(RunCli({"build", "--no-svg", "--out", out2, input}, tmp).exit_code == 0);
  CHECK(testing::fs::is_regular_file(out2 + "/graph.jsonld"));
  CHECK_FALSE(testing::fs::exists(out2 + "/graph.svg"));
}

}  // namespace
}  // namespace coopgraph::pipeline

namespace coopgraph::pipeline {
namespace {

TEST_CASE("query who-met answers from a graph file, and names what it cannot find", "[pipeline]") {
  testing::TempDir tmp;
  const std::string graph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";
  const auto found =
      testing::RunCli({"query", "--graph", graph, "--format", "json", "who-met", "--person", "Huynh Thanh Dat"}, tmp);
  INFO(found.err);
  CHECK(found.exit_code == 0);
  for (const char* name : {"Sonexay Siphandone", "Phut Simmalavong", "Boviengkham Vongdara", "--05-28", "--05-29"}) {
    CHECK(found.out.find(name) != std::string::npos);
  }
  const auto unknown = testing::RunCli({"query", "--graph", graph, "who-met", "--person", "Nobody Atall"}, tmp);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("no entity named \"Nobody Atall\"; closest:") != std::string::npos);
  const auto missing = testing::RunCli({"query", "--graph", tmp.Sub("none.jsonld"), "who-met"}, tmp);
  CHECK(missing.exit_code == 2);  // a path that does not exist is a usage error
  CHECK(missing.err.find("none.jsonld") != std::string::npos);
  CHECK(testing::RunCli({"query", "--format", "xml", "who-met"}, tmp).exit_code == 2);

  const auto path = testing::RunCli(
      {"query", "--graph", graph, "--format", "csv", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--via", "person"}, tmp);
  CHECK(path.exit_code == 0);
  CHECK(path.out.rfind("path,step,from,from_id,to,to_id,meeting,kind,status,date,date_text,place,source,evidence\n"
                       "1,1,Trần Văn Tùng,person/tran-van-tung,Boviengkham Vongdara,",
                       0) == 0);
  const auto central = testing::RunCli(
      {"query", "--graph", graph, "--format", "csv", "central", "--measure", "betweenness", "--type", "person",
       "--top", "2"},
      tmp);
  CHECK(central.exit_code == 0);
  CHECK(central.out.rfind("rank,name,id,score\n1,Huỳnh Thành Đạt,person/huynh-thanh-dat,", 0) == 0);
  CHECK(central.out.find("\n2,Boviengkham Vongdara,") != std::string::npos);
  CHECK(testing::RunCli({"query", "--graph", graph, "path", "Trần Văn Tùng", "Nobody Atall"}, tmp).exit_code == 1);
}

}  // namespace
}  // namespace coopgraph::pipeline

// Growing a graph: `build --graph OLD.jsonld PATH...` adds articles to a graph
// written before, and gives the bytes that building every article at once
// gives; articles already in the graph change nothing.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::FirstDifference;
using testing::ReadAll;
using testing::RunCli;
using testing::RunResult;
using testing::TempDir;

const std::string kRoot = COOPGRAPH_SOURCE_DATA_DIR "/..";
const std::string kA = "data/sample/000_fcf38daca2cc3136.txt";
const std::string kB = "data/sample/001_d0d9b3e50441874e.txt";
const std::string kC = "data/sample/002_c88c3577a02e23b8.txt";
const std::string kD = "data/sample/003_e5388cc7fb59f897.txt";
const std::string kE = "data/sample/004_fd7dfbe791117c3d.txt";

RunResult Run(std::initializer_list<std::string> args, const TempDir& tmp) {
  RunResult run = RunCli(args, tmp, kRoot);
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  return run;
}

void CheckSameGraph(const TempDir& tmp, const std::string& a, const std::string& b) {
  for (const char* name : {"/graph.jsonld", "/graph.dot"}) {
    CAPTURE(name);
    const std::string left = ReadAll(tmp.Sub(a + name));
    REQUIRE_FALSE(left.empty());
    CHECK(FirstDifference(left, ReadAll(tmp.Sub(b + name))) == "");
  }
}

TEST_CASE("adding articles to a graph gives the bytes of building them all at once", "[pipeline]") {
  TempDir tmp;
  Run({"build", "--no-svg", "--out", tmp.Sub("all"), kA, kB, kC, kD, kE}, tmp);
  Run({"build", "--no-svg", "--out", tmp.Sub("first"), kA, kB, kC}, tmp);
  Run({"build", "--no-svg", "--threads", "1", "--graph", tmp.Sub("first/graph.jsonld"), "--out", tmp.Sub("grown"),
       kD, kE},
      tmp);
  CheckSameGraph(tmp, "all", "grown");

  SECTION("adding the same articles again changes nothing") {
    const RunResult again =
        Run({"build", "--no-svg", "--graph", tmp.Sub("grown/graph.jsonld"), "--out", tmp.Sub("again"), kD, kE}, tmp);
    CHECK(again.err.find("2 input article(s) already in") != std::string::npos);
    CheckSameGraph(tmp, "all", "again");
  }
  SECTION("a graph can be grown in its own directory, and in any order") {
    Run({"build", "--no-svg", "--out", tmp.Sub("inplace"), kE}, tmp);
    Run({"build", "--no-svg", "--graph", tmp.Sub("inplace/graph.jsonld"), "--out", tmp.Sub("inplace"), kA, kD}, tmp);
    Run({"build", "--no-svg", "--graph", tmp.Sub("inplace/graph.jsonld"), "--out", tmp.Sub("inplace"), kC, kB}, tmp);
    CheckSameGraph(tmp, "all", "inplace");
  }
  SECTION("a graph alone is rebuilt to the same bytes") {
    Run({"build", "--no-svg", "--graph", tmp.Sub("all/graph.jsonld"), "--out", tmp.Sub("rebuilt")}, tmp);
    CheckSameGraph(tmp, "all", "rebuilt");
  }
}

TEST_CASE("a graph that cannot be read again is refused with the reason", "[pipeline]") {
  TempDir tmp;
  Run({"build", "--no-svg", "--out", tmp.Sub("g"), kA}, tmp);
  const std::string good = ReadAll(tmp.Sub("g/graph.jsonld"));
  const std::string bodies = ReadAll(tmp.Sub("g/articles.jsonl"));
  struct Case {
    std::string name, graph;
    std::optional<std::string> bodies;  // none: no body file beside the graph
    std::string file, message;          // the file the message names, and what it says
  };
  std::string edited = bodies;
  edited.replace(edited.find("\"text\":\"") + 8, 1, "X");
  const std::vector<Case> cases = {
      {"not JSON", "{\n \"@graph\": [\n{\"@id\": }\n]}", bodies, "graph.jsonld", ":3: not JSON"},
      {"not a graph", "[1, 2]", bodies, "graph.jsonld", "no \"@graph\" array"},
      {"no body file", good, std::nullopt, "articles.jsonl", "article bodies are not beside it"},
      {"an article without its body", good, "", "articles.jsonl", "its body is not in"},
      {"an edited body", good, edited, "articles.jsonl:1", "does not hash to its id"},
      {"a body file that is not JSON", good, "{\"id\": \n", "articles.jsonl:1", "not JSON"},
      {"a cut-off body file", good, bodies.substr(0, bodies.size() - 1), "articles.jsonl:1", "cut off"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const std::string path = tmp.Write(c.name + "/graph.jsonld", c.graph);
    if (c.bodies) tmp.Write(c.name + "/articles.jsonl", *c.bodies);
    const RunResult run = RunCli({"build", "--no-svg", "--graph", path, "--out", tmp.Sub("out"), kB}, tmp, kRoot);
    CHECK(run.exit_code == 3);  // input data error
    CHECK(run.err.find(tmp.Sub(c.name + "/" + c.file)) != std::string::npos);
    CHECK(run.err.find(c.message) != std::string::npos);
  }
  const RunResult missing = RunCli({"build", "--graph", tmp.Sub("none.jsonld"), kB}, tmp, kRoot);
  CHECK(missing.exit_code == 2);  // a missing graph file is a usage error
  CHECK(missing.err.find("none.jsonld") != std::string::npos);
}

}  // namespace
}  // namespace coopgraph::pipeline

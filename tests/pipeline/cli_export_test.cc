// `coopgraph export` as a user meets it: every format from the committed
// sample graph, the exit codes (0 done, 1 output not writable, 2 usage
// error, 3 not a graph) and one line on stderr.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::ReadAll;
using testing::RunCli;
using testing::TempDir;

const std::string kGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";

TEST_CASE("export writes every format from a graph.jsonld", "[pipeline]") {
  TempDir tmp;
  for (const char* format : {"graphml", "gexf", "cyjs", "nquads", "jsonld", "dot"}) {
    CAPTURE(format);
    const std::string out = tmp / (std::string("g.") + format);
    auto run = RunCli({"export", "--graph", kGraph, "--format", format, "--out", out}, tmp);
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.err, Contains(std::string("coopgraph export: ") + format + " (full) -> " + out));
    CHECK(testing::fs::file_size(out) > 1000);
  }
  CHECK(ReadAll(tmp / "g.jsonld") == ReadAll(kGraph));  // what build wrote, byte for byte
  CHECK(ReadAll(tmp / "g.dot") == ReadAll(COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.dot"));
  auto csv = RunCli({"export", "--graph", kGraph, "--format", "csv", "--projection", "meetings", "--out", tmp / "neo4j"}, tmp);
  INFO("stderr: " << csv.err);
  CHECK(csv.exit_code == 0);
  CHECK_THAT(csv.err, Contains("(3 files)"));
  CHECK(testing::fs::exists(tmp / "neo4j/rels_MET.csv"));
  // The default graph is output/graph.jsonld, from the directory it runs in.
  auto from_root = RunCli({"export", "--format", "gexf", "--out", tmp / "root.gexf"}, tmp,
                          COOPGRAPH_SOURCE_DATA_DIR "/..");
  CHECK(from_root.exit_code == 0);
}

TEST_CASE("export usage errors exit 2, unwritable outputs 1, bad graphs 3, each with one message", "[pipeline]") {
  TempDir tmp;
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  const std::string out = tmp / "x";
  tmp.Write("not-a-graph.jsonld", "{\"@graph\": 3}");
  tmp.Write("file", "x");
  const Case cases[] = {
      {{"export", "--graph", kGraph, "--format", "xml", "--out", out}, 2, "unknown --format \"xml\""},
      {{"export", "--graph", kGraph, "--format", "gexf", "--projection", "who", "--out", out}, 2, "unknown --projection \"who\""},
      {{"export", "--graph", kGraph, "--format", "dot", "--projection", "meetings", "--out", out}, 2,
       "the meetings projection is written as graphml, gexf, cyjs or csv, not dot"},
      {{"export", "--graph", kGraph, "--out", out}, 2, "--format is required"},
      {{"export", "--graph", kGraph, "--format", "gexf"}, 2, "--out is required"},
      {{"export", "--graph", tmp / "missing.jsonld", "--format", "gexf", "--out", out}, 2, "missing.jsonld"},
      {{"export", "--graph", kGraph, "--format", "gexf", "--out", tmp.path().string()}, 2, "is a directory"},
      {{"export", "--graph", tmp / "not-a-graph.jsonld", "--format", "gexf", "--out", out}, 3, "not-a-graph.jsonld"},
      {{"export", "--graph", kGraph, "--format", "csv", "--out", tmp / "file"}, 1, "exists and is not a directory"},
  };
  for (const Case& c : cases) {
    std::string command;
    for (const auto& a : c.args) command += " " + a;
    CAPTURE(command);
    std::string shell = testing::ShellQuote(COOPGRAPH_BINARY);
    for (const auto& a : c.args) shell += " " + testing::ShellQuote(a);
    auto run = testing::RunShell(shell, tmp);
    CHECK(run.exit_code == c.exit_code);
    CHECK_THAT(run.err, Contains(c.message));
    CHECK_FALSE(testing::fs::exists(out));
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

// The same inputs give the same bytes: across runs, across thread counts, and
// against the committed output/ (which must be what the run command writes).
#include <catch2/catch.hpp>

#include <string>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::FirstDifference;
using testing::ReadAll;
using testing::RunCli;
using testing::TempDir;

// The repository root: the parent of data/.
const std::string kRoot = COOPGRAPH_SOURCE_DATA_DIR "/..";

// Builds data/sample as the run command does (from the root, relative path,
// since articles record the path they were read from) into `out`.
void BuildSample(const TempDir& tmp, const std::string& out, const std::string& threads = "") {
  auto run = threads.empty() ? RunCli({"build", "--out", out, "data/sample"}, tmp, kRoot)
                             : RunCli({"build", "--threads", threads, "--out", out, "data/sample"}, tmp, kRoot);
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
}

TEST_CASE("two builds of the sample corpus are byte-identical", "[pipeline]") {
  TempDir tmp;
  BuildSample(tmp, tmp.Sub("a"));
  BuildSample(tmp, tmp.Sub("b"));
  for (const char* name : {"graph.jsonld", "graph.dot"}) {
    CAPTURE(name);
    const std::string a = ReadAll(tmp.Sub(std::string("a/") + name));
    REQUIRE_FALSE(a.empty());
    CHECK(FirstDifference(a, ReadAll(tmp.Sub(std::string("b/") + name))) == "");
  }
}

TEST_CASE("builds with one and with two threads write byte-identical graphs", "[pipeline]") {
  TempDir tmp;
  BuildSample(tmp, tmp.Sub("t1"), "1");
  BuildSample(tmp, tmp.Sub("t2"), "2");
  for (const char* name : {"graph.jsonld", "graph.dot"}) {
    CAPTURE(name);
    const std::string one = ReadAll(tmp.Sub(std::string("t1/") + name));
    REQUIRE_FALSE(one.empty());
    CHECK(FirstDifference(one, ReadAll(tmp.Sub(std::string("t2/") + name))) == "");
  }
}

// output/ is regenerated with `coopgraph build --out output data/sample` from
// the repository root; this fails when someone changes the extractor or the
// data files and forgets to regenerate it.
TEST_CASE("the committed output/ is what the run command writes", "[pipeline]") {
  TempDir tmp;
  BuildSample(tmp, tmp.Sub("out"));
  for (const char* name : {"graph.jsonld", "graph.dot"}) {
    CAPTURE(name);
    const std::string committed_path = kRoot + "/output/" + name;
    INFO("regenerate with: coopgraph build --out output data/sample (from the repository root)");
    REQUIRE(testing::fs::is_regular_file(committed_path));
    CHECK(FirstDifference(ReadAll(tmp.Sub(std::string("out/") + name)), ReadAll(committed_path)) == "");
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

// The same inputs give the same bytes: across runs, across thread counts, and
// against the committed output/ (which must be what the run command writes).
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "common/generated_corpus.h"

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

TEST_CASE("builds with 1, 2 and 4 threads write byte-identical graphs", "[pipeline]") {
  TempDir tmp;
  BuildSample(tmp, tmp.Sub("t1"), "1");
  for (const char* threads : {"2", "4"}) {
    BuildSample(tmp, tmp.Sub(std::string("t") + threads), threads);
    for (const char* name : {"graph.jsonld", "graph.dot"}) {
      CAPTURE(threads, name);
      const std::string one = ReadAll(tmp.Sub(std::string("t1/") + name));
      REQUIRE_FALSE(one.empty());
      CHECK(FirstDifference(one, ReadAll(tmp.Sub(std::string("t") + threads + "/" + name))) == "");
    }
  }
}

TEST_CASE("a generated corpus gives byte-identical graphs on every run and at 1, 2 and 4 threads",
          "[pipeline]") {
  TempDir tmp;
  const std::string corpus = coopgraph::testing::WriteGeneratedCorpus(tmp, "corpus", 40);
  std::map<std::string, std::string> first;  // name -> bytes of the first build
  for (const char* threads : {"1", "2", "4", "4"}) {  // the second "4": another run
    const std::string out = tmp.Sub(std::string("out") + threads);
    auto run = RunCli({"build", "--threads", threads, "--out", out, corpus}, tmp);
    REQUIRE(run.exit_code == 0);
    for (const char* name : {"graph.jsonld", "graph.dot", "graph.svg"}) {
      CAPTURE(threads, name);
      const std::string bytes = ReadAll(out + "/" + name);
      REQUIRE_FALSE(bytes.empty());
      if (first.count(name) == 0) first[name] = bytes;
      CHECK(FirstDifference(first[name], bytes) == "");
    }
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

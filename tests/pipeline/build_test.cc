// pipeline::Build, the library call behind `coopgraph build`: its errors,
// its summary, and what it leaves in out_dir.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "coopgraph/pipeline/build.h"
#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::TempDir;

BuildOptions Options(std::vector<std::string> inputs, std::string out_dir) {
  BuildOptions options;
  options.inputs = std::move(inputs);
  options.out_dir = std::move(out_dir);
  options.data_dir = COOPGRAPH_SOURCE_DATA_DIR;
  options.write_svg = false;
  options.threads = 1;
  return options;
}

bool Names(const std::vector<Warning>& warnings, const std::string& file) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const Warning& w) { return w.file == file && !w.message.empty(); });
}

TEST_CASE("Build rejects bad arguments before writing anything", "[pipeline]") {
  TempDir tmp;
  const std::string out = tmp.Sub("out");
  const std::string good = tmp.Write("in/good.txt", testing::GoodArticle());

  SECTION("no inputs") {
    auto result = Build(Options({}, out));
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == StatusCode::kInvalidArgument);
  }
  SECTION("an input that does not exist, among good ones") {
    const std::string missing = tmp.Sub("in/missing.txt");
    auto result = Build(Options({good, missing}, out));
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == StatusCode::kInvalidArgument);
    CHECK_THAT(result.status().message(), Contains(missing));
  }
  SECTION("a data directory that does not exist") {
    BuildOptions options = Options({good}, out);
    options.data_dir = tmp.Sub("no-data");
    auto result = Build(options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == StatusCode::kInvalidArgument);  // a bad --data: a usage error
    CHECK_THAT(result.status().message(), Contains(options.data_dir));
  }
  CHECK_FALSE(testing::fs::exists(out));
}

TEST_CASE("Build writes the graph and reports bad files as warnings", "[pipeline]") {
  TempDir tmp;
  tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string empty = tmp.Write("in/empty.txt", "");
  const std::string binary = tmp.Write("in/blob.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 11) +
                                                         std::string(512, '\0'));
  const std::string out = tmp.Sub("out");

  auto result = Build(Options({tmp.Sub("in")}, out));
  REQUIRE(result.ok());
  CHECK(result->articles == 1);
  CHECK(result->persons >= 2);
  CHECK(result->meetings >= 1);
  CHECK(result->warnings.size() == 2);
  CHECK(Names(result->warnings, empty));
  CHECK(Names(result->warnings, binary));

  std::vector<std::string> written = result->written;
  std::sort(written.begin(), written.end());
  CHECK(written == std::vector<std::string>{out + "/articles.jsonl", out + "/graph.dot", out + "/graph.jsonld"});
  for (const std::string& path : written) CHECK(testing::fs::file_size(path) > 0);
}

TEST_CASE("Build fails with kIoError when out_dir cannot be a directory", "[pipeline]") {
  TempDir tmp;
  const std::string good = tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string file = tmp.Write("regular", "x");

  for (const std::string& out : {file, file + "/out"}) {
    CAPTURE(out);
    auto result = Build(Options({good}, out));
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == StatusCode::kIoError);
    CHECK_THAT(result.status().message(), Contains(out));
  }
}

TEST_CASE("Build reports progress up to the total whatever the thread count", "[pipeline]") {
  TempDir tmp;
  const std::string sample = COOPGRAPH_SOURCE_DATA_DIR "/sample";
  for (unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    BuildOptions options = Options({sample}, tmp.Sub("out" + std::to_string(threads)));
    options.threads = threads;
    options.progress = [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); };
    auto result = Build(options);
    REQUIRE(result.ok());
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.back() == std::make_pair(result->articles, result->articles));
    for (const auto& [done, total] : calls) CHECK(done <= total);
  }
}

TEST_CASE("Build output does not depend on the thread count", "[pipeline]") {
  TempDir tmp;
  const std::string sample = COOPGRAPH_SOURCE_DATA_DIR "/sample";
  std::vector<std::string> jsonld, dot;
  for (unsigned threads : {1u, 2u, 5u, 16u}) {
    BuildOptions options = Options({sample}, tmp.Sub("t" + std::to_string(threads)));
    options.threads = threads;
    REQUIRE(Build(options).ok());
    jsonld.push_back(testing::ReadAll(options.out_dir + "/graph.jsonld"));
    dot.push_back(testing::ReadAll(options.out_dir + "/graph.dot"));
  }
  REQUIRE_FALSE(jsonld[0].empty());
  for (std::size_t i = 1; i < jsonld.size(); ++i) {
    CHECK(testing::FirstDifference(jsonld[i], jsonld[0]) == "");
    CHECK(testing::FirstDifference(dot[i], dot[0]) == "");
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters_test_util.h"

namespace coopgraph::exporters {
namespace {

namespace fs = std::filesystem;
using testing::SampleGraph;
using testing::TempDir;

TEST_CASE("WriteAll writes graph.jsonld, graph.dot and graph.svg", "[exporters]") {
  TempDir tmp;
  const std::string dir = tmp / "out/nested";  // created on the way
  const auto kg = SampleGraph();
  const StatusOr<WriteReport> report = WriteAll(kg, dir, WriteOptions{});
  REQUIRE(report.ok());
  CHECK(report->written == std::vector<std::string>{dir + "/graph.jsonld", dir + "/graph.dot",
                                                    dir + "/graph.svg"});
  CHECK(report->notices.empty());
  CHECK(ReadFileBytes(dir + "/graph.jsonld").value() == ToJsonLd(kg));
  CHECK(ReadFileBytes(dir + "/graph.dot").value() == ToDot(kg, ReaderDotOptions()));
  CHECK(ReadFileBytes(dir + "/graph.svg").value().find("<svg") != std::string::npos);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    ++files;
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
  }
  CHECK(files == 3);
  // Rewriting replaces the files in place.
  REQUIRE(WriteAll(kg, dir, WriteOptions{}).ok());
}

TEST_CASE("WriteAll skips the SVG of a large graph unless forced", "[exporters]") {
  TempDir tmp;
  WriteOptions options;
  options.svg_node_limit = 3;
  const StatusOr<WriteReport> skipped = WriteAll(SampleGraph(), tmp / "a", options);
  REQUIRE(skipped.ok());
  CHECK(skipped->written.size() == 2);
  REQUIRE(skipped->notices.size() == 1);
  CHECK(skipped->notices[0].rfind("graph.svg skipped: 9 nodes > 3", 0) == 0);
  CHECK_FALSE(fs::exists(tmp / "a/graph.svg"));

  options.force_svg = true;
  const StatusOr<WriteReport> forced = WriteAll(SampleGraph(), tmp / "b", options);
  REQUIRE(forced.ok());
  CHECK(forced->notices.empty());
  CHECK(fs::exists(tmp / "b/graph.svg"));

  WriteOptions no_svg;
  no_svg.write_svg = false;
  const StatusOr<WriteReport> none = WriteAll(SampleGraph(), tmp / "c", no_svg);
  REQUIRE(none.ok());
  CHECK(none->written.size() == 2);
  CHECK(none->notices.empty());
  CHECK_FALSE(fs::exists(tmp / "c/graph.svg"));
}

TEST_CASE("WriteAll writes an empty graph", "[exporters]") {
  TempDir tmp;
  const StatusOr<WriteReport> report = WriteAll(graph::KnowledgeGraph(), tmp / "empty", {});
  REQUIRE(report.ok());
  CHECK(report->written.size() == 3);
  CHECK(ReadFileBytes(tmp / "empty/graph.jsonld").value().find("\"@graph\": []") !=
        std::string::npos);
}

TEST_CASE("WriteAll fails with kIoError when the directory cannot exist", "[exporters]") {
  TempDir tmp;
  REQUIRE(WriteFileAtomically(tmp / "file", "x").ok());
  for (const std::string& dir : {tmp / "file", tmp / "file/sub"}) {
    INFO(dir);
    const StatusOr<WriteReport> report = WriteAll(SampleGraph(), dir, WriteOptions{});
    REQUIRE_FALSE(report.ok());
    CHECK(report.status().code() == StatusCode::kIoError);
    CHECK(report.status().message().find(dir) != std::string::npos);
  }
  CHECK(ReadFileBytes(tmp / "file").value() == "x");
}

}  // namespace
}  // namespace coopgraph::exporters

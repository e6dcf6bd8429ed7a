#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <string>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/ingest/ingest.h"
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

namespace coopgraph::exporters {
namespace {

TEST_CASE("article bodies are written beside the graph, content-addressed, and read back exactly", "[exporters]") {
  testing::TempDir tmp;
  const std::string dir = tmp / "out";
  // Texts that JSON must escape: quotes, backslashes, controls, line breaks, U+2028, markup.
  std::vector<std::string> texts = {"Hà Nội, 30/5 \"trích\" \\ \t\r\n\x01 kết thúc", "<script>x</script>\xe2\x80\xa8 ok",
                                    "một dòng"};
  std::vector<std::pair<std::string, std::string>> bodies;
  for (const std::string& text : texts) bodies.emplace_back(ingest::ContentId(text), text);
  std::sort(bodies.begin(), bodies.end());
  auto writer = ArticleBodyWriter::Open(dir);
  REQUIRE(writer.ok());
  for (const auto& [id, text] : bodies) REQUIRE((*writer)->Add(id, text).ok());
  CHECK((*writer)->Add(bodies.back().first, bodies.back().second).ok());  // the same article again: skipped
  const Status late = (*writer)->Add(bodies.front().first, bodies.front().second);
  CHECK(late.code() == StatusCode::kInvalidArgument);
  CHECK_FALSE(fs::exists(dir + "/articles.jsonl"));  // nothing is in place before the graph is
  WriteOptions options;
  options.write_svg = false;
  options.bodies = writer->get();
  const StatusOr<WriteReport> report = WriteAll(SampleGraph(), dir, options);
  REQUIRE(report.ok());
  CHECK(report->written.back() == dir + "/articles.jsonl");
  CHECK(ArticleBodiesBeside(dir + "/graph.jsonld") == dir + "/articles.jsonl");
  const std::string file = ReadFileBytes(dir + "/articles.jsonl").value();
  CHECK(std::count(file.begin(), file.end(), '\n') == 3);  // one line each, the repeat skipped
  const auto read = ReadArticleBodies(dir + "/articles.jsonl");
  REQUIRE(read.ok());
  CHECK(read->size() == 3);
  for (const auto& [id, text] : bodies) CHECK(read->at(id) == text);
  CHECK(ReadArticleBodies(dir + "/none.jsonl").status().code() == StatusCode::kNotFound);
}

}  // namespace
}  // namespace coopgraph::exporters

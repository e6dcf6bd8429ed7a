// Names and labels stay within the limits of the programs that read the
// outputs: a long run of capitalised words on one line is no organisation
// name, and Graphviz's own parser reads the graph.dot (it rejects a quoted
// string over 16 KB).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <string>

#include "base/files.h"
#include "coopgraph/pipeline/build.h"
#include "exporters/graphviz_session.h"
#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::TempDir;

std::size_t CodePoints(const std::string& text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST_CASE("a one-line article of one organisation-like phrase gives no giant name, and dot reads the graph",
          "[pipeline][hostile]") {
  TempDir tmp;
  // 9 MB without sentence punctuation: before the bound, one organisation
  // "name" of the whole line, a graph.dot Graphviz refused, and a search for
  // bodies inside it that took minutes per megabyte (now seconds in all).
  const std::string phrase = "Trung tâm Nghiên cứu Phát triển Công nghệ Sinh học Quốc gia ";
  std::string line = "Bộ trưởng Bùi Thanh Sơn hội đàm với ";
  line.reserve((9 << 20) + phrase.size());
  while (line.size() < (9 << 20)) line += phrase;
  BuildOptions options;
  options.inputs = {tmp.Write("in/one_line.txt", line + "\n")};
  options.out_dir = tmp.Sub("out");
  options.data_dir = COOPGRAPH_SOURCE_DATA_DIR;
  options.write_svg = false;
  options.threads = 1;
  const auto summary = Build(options);
  REQUIRE(summary.ok());
  CHECK(summary->persons == 1);  // the real name on the line is still read

  const auto jsonld = ReadFileBytes(options.out_dir + "/graph.jsonld");
  REQUIRE(jsonld.ok());
  rapidjson::Document doc;
  doc.Parse(jsonld->data(), jsonld->size());
  REQUIRE_FALSE(doc.HasParseError());
  for (const auto& node : doc["@graph"].GetArray()) {
    if (!node.HasMember("name")) continue;
    const std::string name = node["name"].GetString();
    CAPTURE(name.substr(0, 200));
    CHECK(CodePoints(name) <= 300);
  }

  const auto dot = ReadFileBytes(options.out_dir + "/graph.dot");
  REQUIRE(dot.ok());
  exporters::internal::GraphvizSession session;
  Agraph_t* graph = exporters::internal::ReadDot(*dot);
  INFO("Graphviz: " << session.TakeMessages());
  CHECK(graph != nullptr);
  if (graph != nullptr) agclose(graph);
}

}  // namespace
}  // namespace coopgraph::pipeline

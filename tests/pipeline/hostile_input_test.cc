// The coopgraph binary on input scraped from a hostile web: markup and DOT
// syntax inside articles, a 10 MB line, 100,000 nested elements, NUL bytes,
// legacy and broken encodings, 10,000 tiny files. No crash, no hang
// (`timeout` ends a run that takes minutes: exit 124), memory bounded, a
// warning naming each bad file, and outputs their consumers accept.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "common/hostile_text.h"
#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::GoodArticle;
using testing::ReadAll;
using testing::RunShell;
using testing::ShellQuote;
using testing::TempDir;

// Generous: a run that needs this long is stuck (the slowest, sanitized, takes seconds).
const std::string kTimeout = "timeout -s KILL 300 ";

testing::RunResult RunCliBounded(const std::string& args, const TempDir& tmp) {
  return RunShell(kTimeout + ShellQuote(COOPGRAPH_BINARY) + " " + args, tmp);
}

std::string Repeat(const std::string& piece, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out += piece;
  return out;
}

void CheckValidJson(const std::string& path) {
  const std::string text = ReadAll(path);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  INFO(path << ": parse error " << doc.GetParseError() << " at " << doc.GetErrorOffset());
  CHECK_FALSE(doc.HasParseError());
}

// `dot` (parse and lay out), or for a large graph `nop`: Graphviz's parser
// without the layout, which takes seconds there.
void CheckDotAccepts(const std::string& path, const TempDir& tmp, bool layout = true) {
  auto dot = RunShell((layout ? "/usr/bin/dot -Tcanon -o /dev/null " : "/usr/bin/nop ") + ShellQuote(path), tmp);
  INFO("dot: " << dot.err);
  CHECK(dot.exit_code == 0);
  CHECK(dot.err.empty());
}

// The sentence of an article read by the extractor, in Windows-1258 (tones as combining marks).
const char* kWindows1258 =
    "Chi\xEA\xCCu 12/3/2024, ta\xF2i Ha\xCC N\xF4\xF2i, B\xF4\xF2 tr\xFD\xF5\xD2ng B\xF4\xF2 Ngoa\xF2i giao "
    "Bu\xCCi Thanh S\xF5n \xF0" "a\xDE h\xF4\xF2i \xF0" "a\xCCm v\xF5\xECi Ngoa\xF2i tr\xFD\xF5\xD2ng Campuchia "
    "Prak Sokhonn.\n";

TEST_CASE("a directory of hostile files builds without a crash, with a warning naming each bad file",
          "[pipeline][hostile]") {
  TempDir tmp;
  const std::string good = GoodArticle();
  tmp.Write("in/script.html",
            "<html><head><title>\"Tin\" &lt;script&gt;alert(1)&lt;/script&gt;</title>"
            "<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\"></head>"
            "<body><script>alert(3)</script><article><p>" + good +
                "</p><p>&lt;script&gt;alert(4)&lt;/script&gt; }; node [label=\"x\"] {\"a\": [1]}, a;b,\"c\" "
                "C:\\dir\\ \x01\x1b[31m</p></article></body></html>");
  tmp.Write("in/dot_syntax.txt", std::string("Bộ trưởng \"}; node [label=\\\"x\\\"]\" Bùi Thanh Sơn hội đàm.\n") + good);
  std::string one_line = good;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  tmp.Write("in/long_line.txt", Repeat(one_line, 10 << 20));
  tmp.Write("in/one_word.txt", std::string(1 << 20, 'a'));  // one 1 MB token
  // One 1 MB sentence dense with meeting words, settings and agreement names: the rules that
  // look back or ahead for them stay linear (once quadratic: minutes).
  tmp.Write("in/meeting_words.txt",
            Repeat("Trong khuôn khổ Hiệp định về hợp tác ký với Bộ Ngoại giao làm việc với Đoàn đại biểu "
                   "kết quả hội đàm lần thứ 4 nhân dịp ",
                   1 << 20));
  tmp.Write("in/nested.html", Repeat("<div>", 100000) + "<p>" + good + "</p>" + Repeat("</div>", 100001));
  tmp.Write("in/nested.json", Repeat("[", 100000) + Repeat("]", 100000));
  tmp.Write("in/nested_text.json", "{\"text\": \"x\", \"title\": " + Repeat("[", 100000) + Repeat("]", 100000) + "}");
  tmp.Write("in/nul.txt", std::string("Hà Nội\0Lào\0", 14) + good);
  tmp.Write("in/windows1258.txt", kWindows1258);
  tmp.Write("in/broken_utf8.txt", "Bộ trưởng Bùi Thanh S\xFF\xFEơn \xC0\xAF hội đàm.\n" + good);
  tmp.Write("in/escapes.json",
            "{\"text\": \"Bộ trưởng\\u0000 Bùi Thanh Sơn \\ud800 hội đàm\\u001b[2J với Ngoại trưởng Lào.\", "
            "\"title\": \"</script><script>alert(5)</script>\", \"url\": \"https://x.vn/\\\"><script>\"}");
  tmp.Write("in/\"quoted\" <script> name.txt", good);
  const std::string out = tmp.Sub("out");

  auto run = RunCliBounded("build --threads 2 --out " + ShellQuote(out) + " " + ShellQuote(tmp.Sub("in")), tmp);
  INFO("stderr: " << run.err.substr(0, 4000));
  REQUIRE(run.exit_code >= 0);
  REQUIRE(run.exit_code < 128);
  CHECK(run.exit_code == 0);
  const std::vector<std::pair<const char*, const char*>> warnings = {
      {"nul.txt", "looks binary"},
      {"windows1258.txt", "decoded as Windows-1258"},
      {"broken_utf8.txt", "invalid UTF-8 sequence(s) replaced with U+FFFD"},
      {"nested.json#1", "record 1 is not a JSON object"},
  };
  for (const auto& [file, what] : warnings) {
    const std::string prefix = "warning: " + tmp.Sub("in/") + file + ": ";
    const auto at = run.err.find(prefix);
    REQUIRE(at != std::string::npos);
    CHECK_THAT(run.err.substr(at, run.err.find('\n', at) - at), Contains(what));
  }
  CHECK(coopgraph::testing::ChildrenPeakRssMb() < 3000);

  CheckValidJson(out + "/graph.jsonld");
  CheckDotAccepts(out + "/graph.dot", tmp);
  CHECK(ReadAll(out + "/graph.dot").find("<script") == std::string::npos);
  const std::string svg = ReadAll(out + "/graph.svg");
  REQUIRE_FALSE(svg.empty());
  CHECK(svg.find("<script") == std::string::npos);
  // The article text is kept, as JSON text, in the body file.
  CHECK_THAT(ReadAll(out + "/articles.jsonl"), Contains("<script>alert(4)</script>"));
}

TEST_CASE("a directory of 10,000 tiny files builds, naming each empty one", "[pipeline][hostile]") {
  TempDir tmp;
  std::size_t empty = 0;
  for (int i = 0; i < 10000; ++i) {
    const std::string name = "in/" + std::to_string(i / 1000) + "/" + std::to_string(i) + ".txt";
    switch (i % 4) {
      case 0: tmp.Write(name, ""); ++empty; break;
      case 1: tmp.Write(name, "x"); break;
      case 2: tmp.Write(name, "Tin số " + std::to_string(i) + ": Bộ trưởng Bùi Thanh Sơn hội đàm.\n"); break;
      default: tmp.Write(name, "Tin " + std::to_string(i) + "\n"); break;
    }
  }
  auto run = RunCliBounded("build --no-svg --out " + ShellQuote(tmp.Sub("out")) + " " + ShellQuote(tmp.Sub("in")), tmp);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Contains("warning: " + tmp.Sub("in/0/0.txt") + ": empty, skipped"));
  CHECK_THAT(run.err, Contains("warning: " + tmp.Sub("in/9/9996.txt") + ": empty, skipped"));
  CHECK_THAT(run.err, Contains("5001 articles"));  // "x" once: its 2,499 copies are warned about
  CHECK_THAT(run.err, Contains("warning: " + tmp.Sub("in/9/9997.txt") + ": same text as " + tmp.Sub("in/0/1.txt")));
  CHECK(coopgraph::testing::ChildrenPeakRssMb() < 3000);
  CheckValidJson(tmp.Sub("out/graph.jsonld"));
  CheckDotAccepts(tmp.Sub("out/graph.dot"), tmp, /*layout=*/false);
}

TEST_CASE("special files among the inputs are named and not read: no wait on a FIFO, no endless device",
          "[pipeline][hostile]") {
  TempDir tmp;
  tmp.Write("in/good.txt", GoodArticle());
  REQUIRE(::mkfifo(tmp.Sub("in/pipe.txt").c_str(), 0600) == 0);
  std::filesystem::create_symlink("/dev/zero", tmp.Sub("in/zero.txt"));
  std::filesystem::create_symlink(tmp.Sub("nowhere.txt"), tmp.Sub("in/broken.txt"));
  for (const std::string& inputs :
       {ShellQuote(tmp.Sub("in")), ShellQuote(tmp.Sub("in/pipe.txt")) + " /dev/zero /dev/urandom " +
                                       ShellQuote(tmp.Sub("in/zero.txt")) + " " + ShellQuote(tmp.Sub("in/good.txt"))}) {
    CAPTURE(inputs);
    auto run = RunCliBounded("build --no-svg --out " + ShellQuote(tmp.Sub("out")) + " " + inputs, tmp);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.err, Contains("warning: " + tmp.Sub("in/pipe.txt") + ": a FIFO, not read"));
    CHECK_THAT(run.err, Contains(tmp.Sub("in/zero.txt") + ": a character device, not read"));
    CHECK_THAT(run.err, Contains("1 articles"));
  }
  auto in_dir = RunCliBounded("build --no-svg --out " + ShellQuote(tmp.Sub("out")) + " " + ShellQuote(tmp.Sub("in")), tmp);
  CHECK_THAT(in_dir.err, Contains(tmp.Sub("in/broken.txt") + ": a broken symbolic link, not read"));
}

TEST_CASE("query neighbors --dot draws a graph of hostile names that dot accepts", "[pipeline][hostile]") {
  TempDir tmp;
  const std::string graph = tmp.Sub("hostile.jsonld");
  REQUIRE(WriteFileAtomically(graph, exporters::ToJsonLd(coopgraph::testing::HostileGraph())).ok());
  const std::size_t rows = coopgraph::testing::HostileTexts().size();
  for (std::size_t i = 0; i < rows; ++i) {
    const std::string id = coopgraph::testing::CleanText(coopgraph::testing::HostilePersonId(i));
    INFO(coopgraph::testing::HostileTexts()[i].what);
    const std::string dot = tmp.Sub("ego" + std::to_string(i) + ".dot");
    auto run = testing::RunCli({"query", "--graph", graph, "--format", "json", "neighbors", id, "--dot", dot}, tmp);
    CHECK(run.exit_code == 0);
    CheckDotAccepts(dot, tmp);
    auto entity = testing::RunCli({"query", "--graph", graph, "--format", "table", "entity", id}, tmp);
    CHECK(entity.exit_code == 0);
    CHECK(entity.out.find('\x1b') == std::string::npos);
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

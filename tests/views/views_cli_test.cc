// `coopgraph render` and `coopgraph report` as a user meets them: files
// written, exit codes (0 done, 1 nothing found or not writable, 2 usage error), messages.
#include <catch2/catch.hpp>

#include <string>

#include "../pipeline/pipeline_test_util.h"

namespace coopgraph::views {
namespace {

using Catch::Contains;
using pipeline::testing::ReadAll;
using pipeline::testing::RunCli;
using TempDir = coopgraph::testing::TempDir;

const std::string kGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";

TEST_CASE("coopgraph render writes SVG, PNG and PDF, of a period or one actor", "[views][render]") {
  TempDir tmp;
  const auto png = RunCli({"render", "--graph", kGraph, "--out", tmp / "g.png"}, tmp);  // format from the extension
  INFO(png.err);
  CHECK(png.exit_code == 0);
  CHECK_THAT(png.err, Contains("png diagram -> " + (tmp / "g.png")));
  CHECK(ReadAll(tmp / "g.png").compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);

  const auto pdf = RunCli({"render", "--graph", kGraph, "--format", "pdf", "--focus", "Huynh Thanh Dat", "--depth",
                           "1", "--out", tmp / "ego.out"},
                          tmp);
  CHECK(pdf.exit_code == 0);
  CHECK(ReadAll(tmp / "ego.out").rfind("%PDF-", 0) == 0);

  const auto svg = RunCli({"render", "--graph", kGraph, "--from", "2018", "--to", "2018-12-31", "--layout", "neato",
                           "--out", tmp / "2018.svg"},
                          tmp);
  CHECK(svg.exit_code == 0);
  const std::string text = ReadAll(tmp / "2018.svg");
  CHECK_THAT(text, Contains("2018&#45;08&#45;10"));
  CHECK_FALSE(text.find("2021&#45;06&#45;23") != std::string::npos);
}

TEST_CASE("coopgraph render --summary draws the country summary", "[views][render]") {
  TempDir tmp;
  const auto run = RunCli({"render", "--graph", kGraph, "--summary", "--out", tmp / "summary.svg"}, tmp);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  const std::string svg = ReadAll(tmp / "summary.svg");
  CHECK_THAT(svg, Contains(">Country summary of the whole graph</text>"));
  CHECK_THAT(svg, Contains(">Việt Nam</text>"));
  CHECK_THAT(svg, Contains("all years: "));
  const auto dated = RunCli({"render", "--graph", kGraph, "--summary", "--from", "2018", "--to", "2018", "--out",
                             tmp / "summary2018.svg"},
                            tmp);
  CHECK(dated.exit_code == 0);
  CHECK_THAT(ReadAll(tmp / "summary2018.svg"), Contains("dated from 2018 up to 2018"));
}

TEST_CASE("coopgraph render and report refuse bad arguments with a message", "[views][render][report]") {
  TempDir tmp;
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"render", "--graph", kGraph}, 2, "--out is required"},
      {{"render", "--format", "gif", "--out", tmp / "g.gif"}, 2, "gif"},
      {{"render", "--layout", "circo", "--out", tmp / "g.svg"}, 2, "circo"},
      {{"render", "--depth", "2", "--out", tmp / "g.svg"}, 2, "--focus"},
      {{"render", "--graph", kGraph, "--from", "28.5.2024", "--out", tmp / "g.svg"}, 2, "--from \"28.5.2024\": not a date"},
      {{"render", "--graph", kGraph, "--focus", "Nobody Atall", "--out", tmp / "g.svg"}, 1, "no entity named"},
      {{"render", "--graph", tmp / "none.jsonld", "--out", tmp / "g.svg"}, 2, "none.jsonld"},
      {{"render", "--graph", kGraph, "--out", tmp / "no/dir/g.svg"}, 1, "no/dir/g.svg"},
      {{"report", "--graph", kGraph}, 2, "--out is required"},
      {{"report", "--graph", tmp / "none.jsonld", "--out", tmp / "r.html"}, 2, "none.jsonld"},
  };
  for (const auto& c : cases) {
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    INFO("coopgraph " << line);
    std::string command = pipeline::testing::ShellQuote(COOPGRAPH_BINARY);
    for (const auto& a : c.args) command += " " + pipeline::testing::ShellQuote(a);
    const auto run = pipeline::testing::RunShell(command, tmp);
    CHECK(run.exit_code == c.exit_code);
    CHECK_THAT(run.err, Contains(c.message));
  }
  CHECK_FALSE(pipeline::testing::fs::exists(tmp / "g.svg"));
  CHECK_FALSE(pipeline::testing::fs::exists(tmp / "r.html"));
}

TEST_CASE("coopgraph render names the Graphviz plugin it lacks and how to register it", "[views][render]") {
  TempDir tmp;
  TempDir no_plugins;  // Graphviz looks for its plugins and their config6a here
  const auto run = pipeline::testing::RunShell(
      "GVBINDIR=" + pipeline::testing::ShellQuote(no_plugins.path().string()) + " " +
          pipeline::testing::ShellQuote(COOPGRAPH_BINARY) + " render --graph " + pipeline::testing::ShellQuote(kGraph) +
          " --format png --out " + pipeline::testing::ShellQuote(tmp / "g.png"),
      tmp);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Contains("Graphviz has no \"dot\" layout plugin (it has: none)"));
  CHECK_THAT(run.err, Contains("run") && Contains("`dot -c` as root"));
  CHECK_FALSE(pipeline::testing::fs::exists(tmp / "g.png"));
}

TEST_CASE("coopgraph report writes one HTML page", "[views][report]") {
  TempDir tmp;
  const auto run = RunCli({"report", "--graph", kGraph, "--title", "Việt Nam – Lào", "--out", tmp / "r.html"}, tmp);
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.err, Contains("report -> " + (tmp / "r.html")));
  const std::string html = ReadAll(tmp / "r.html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, Contains("<title>Việt Nam – Lào</title>"));
  const auto help = RunCli({"--help"}, tmp);
  CHECK_THAT(help.out, Contains("render"));
  CHECK_THAT(help.out, Contains("report"));
}

}  // namespace
}  // namespace coopgraph::views

// The command line's contract, through the real binary: one exit code per
// kind of error in every subcommand (0 done, 1 nothing found or no such name,
// 2 usage error, 3 input data error), options before or after a subcommand,
// enumerated values in any case, dates in the accepted forms only, and
// messages that name the flag to fix.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::fs::exists;
using testing::ReadAll;
using testing::RunResult;
using testing::ShellQuote;
using testing::TempDir;

const std::string kGraph = COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld";
constexpr const char* kDateForms = "YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, MM/YYYY";

// Runs coopgraph with `args`, each quoted for the shell.
RunResult Run(const std::vector<std::string>& args, const TempDir& tmp, const std::string& env = "") {
  std::string command = env.empty() ? "" : env + " ";
  command += ShellQuote(COOPGRAPH_BINARY);
  for (const std::string& a : args) command += " " + ShellQuote(a);
  return testing::RunShell(command, tmp);
}

std::string Line(const std::vector<std::string>& args) {
  std::string line = "coopgraph";
  for (const std::string& a : args) line += " " + a;
  return line;
}

// `args` with "{graph}" replaced by `graph` and "{out}" by `out`.
std::vector<std::string> With(std::vector<std::string> args, const std::string& graph, const std::string& out) {
  for (std::string& a : args) {
    if (a == "{graph}") a = graph;
    if (a.rfind("{out}", 0) == 0) a = out + a.substr(5);
  }
  return args;
}

// Every subcommand that reads a graph, as a command that succeeds on the sample graph.
struct Subcommand {
  std::string name;
  std::vector<std::string> args;
};
const std::vector<Subcommand>& GraphSubcommands() {
  static const std::vector<Subcommand> subcommands = {
      {"query who-met", {"query", "who-met", "--graph", "{graph}"}},
      {"query path", {"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--graph", "{graph}"}},
      {"query central", {"query", "central", "--graph", "{graph}"}},
      {"query timeline", {"query", "timeline", "Tran Van Tung", "--graph", "{graph}"}},
      {"query entity", {"query", "entity", "Tran Van Tung", "--graph", "{graph}"}},
      {"query neighbors", {"query", "neighbors", "Tran Van Tung", "--graph", "{graph}"}},
      {"query agreements", {"query", "agreements", "--graph", "{graph}"}},
      {"render", {"render", "--graph", "{graph}", "--out", "{out}.svg"}},
      {"report", {"report", "--graph", "{graph}", "--out", "{out}.html"}},
      {"export", {"export", "--graph", "{graph}", "--format", "gexf", "--out", "{out}.gexf"}},
  };
  return subcommands;
}

TEST_CASE("the same error gives the same exit code in every subcommand that reads a graph", "[pipeline][cli]") {
  TempDir tmp;
  const std::string not_json = tmp.Write("not-json.jsonld", "{\"@graph\": [");
  const std::string not_a_graph = tmp.Write("not-a-graph.jsonld", "{\"@graph\": 3}");
  struct ErrorClass {
    std::string name;
    std::string graph;
    std::vector<std::string> extra;  // appended after the subcommand's own arguments
    int exit_code;
  };
  const std::vector<ErrorClass> classes = {
      {"done", kGraph, {}, 0},
      {"an unknown flag", kGraph, {"--bogus"}, 2},
      {"a flag without its value", kGraph, {"--graph"}, 2},
      {"a graph file that does not exist", tmp / "none.jsonld", {}, 2},
      {"a graph path that is a directory", tmp.path().string(), {}, 2},
      {"a graph file that is not JSON", not_json, {}, 3},
      {"a JSON file that is not a coopgraph graph", not_a_graph, {}, 3},
  };
  for (const Subcommand& subcommand : GraphSubcommands()) {
    for (const ErrorClass& error : classes) {
      std::vector<std::string> args = With(subcommand.args, error.graph, tmp / "out");
      args.insert(args.end(), error.extra.begin(), error.extra.end());
      CAPTURE(subcommand.name, error.name, Line(args));
      const RunResult run = Run(args, tmp);
      CHECK(run.exit_code == error.exit_code);
      if (error.exit_code != 0) CHECK_FALSE(run.err.empty());
      if (error.exit_code == 3) CHECK_THAT(run.err, Contains(error.graph));
    }
  }
}

TEST_CASE("no such name, nothing found and an unwritable output exit 1 in every subcommand", "[pipeline][cli]") {
  TempDir tmp;
  const std::string regular = tmp.Write("regular", "a file, not a directory\n");
  const std::string unwritable = regular + "/out";  // under a file: no one can write it, root included
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"query", "who-met", "--graph", kGraph, "--person", "Nobody Atall"}, "no entity named \"Nobody Atall\""},
      {{"query", "path", "Trần Văn Tùng", "Nobody Atall", "--graph", kGraph}, "no entity named \"Nobody Atall\""},
      {{"query", "timeline", "Nobody Atall", "--graph", kGraph}, "no entity named"},
      {{"query", "entity", "Nobody Atall", "--graph", kGraph}, "no entity named"},
      {{"query", "neighbors", "Nobody Atall", "--graph", kGraph}, "no entity named"},
      {{"query", "agreements", "--party", "Nobody Atall", "--graph", kGraph}, "no entity named"},
      {{"render", "--focus", "Nobody Atall", "--graph", kGraph, "--out", tmp / "g.svg"}, "no entity named"},
      {{"query", "who-met", "--graph", kGraph, "--from", "2030"}, "no meetings found"},
      {{"render", "--from", "2030", "--graph", kGraph, "--out", tmp / "g.svg"}, "nothing to draw"},
      {{"export", "--from", "2030", "--graph", kGraph, "--format", "gexf", "--out", tmp / "g.gexf"}, "nothing written"},
      {{"render", "--graph", kGraph, "--out", unwritable + ".svg"}, regular},
      {{"report", "--graph", kGraph, "--out", unwritable + ".html"}, regular},
      {{"export", "--graph", kGraph, "--format", "gexf", "--out", unwritable + ".gexf"}, regular},
      {{"query", "neighbors", "Tran Van Tung", "--dot", unwritable + ".dot", "--graph", kGraph}, regular},
  };
  for (const Case& c : cases) {
    CAPTURE(Line(c.args));
    const RunResult run = Run(c.args, tmp);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Contains(c.message));
  }
  for (const char* file : {"g.svg", "g.gexf"}) CHECK_FALSE(exists(tmp / file));  // nothing written
}

TEST_CASE("an ambiguous name is a usage error listing the candidates, in every subcommand", "[pipeline][cli]") {
  TempDir tmp;
  const std::vector<std::vector<std::string>> cases = {
      {"query", "who-met", "--person", "Bo"}, {"query", "path", "Bo", "Huỳnh Thành Đạt"},
      {"query", "timeline", "Bo"},           {"query", "entity", "Bo"},
      {"query", "neighbors", "Bo"},          {"query", "agreements", "--party", "Bo"},
      {"render", "--focus", "Bo", "--out", tmp / "g.svg"},
  };
  for (std::vector<std::string> args : cases) {
    args.insert(args.end(), {"--graph", kGraph});
    CAPTURE(Line(args));
    const RunResult run = Run(args, tmp);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("\"Bo\" is ambiguous") && Contains("Boviengkham Vongdara"));
  }
  CHECK_FALSE(exists(tmp / "g.svg"));
}

TEST_CASE("build follows the same contract", "[pipeline][cli]") {
  TempDir tmp;
  const std::string article = tmp.Write("in/good.txt", testing::GoodArticle());
  const std::string not_a_graph = tmp.Write("not-a-graph.jsonld", "[1, 2]");
  // A knowledge directory whose countries.tsv has a row without a name.
  const std::string bad_data = tmp / "bad-data";
  testing::fs::copy(COOPGRAPH_SOURCE_DATA_DIR, bad_data, testing::fs::copy_options::recursive);
  tmp.Write("bad-data/countries.tsv", "# iso2, iso3, vietnamese_name, english_name, aliases\nZZ\n");
  const std::string out = tmp / "out";
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"build", "--no-svg", "--out", out, article}, 0, "1 articles"},
      {{"build", "--no-svg", "--out", out, tmp / "none.txt"}, 2, "none.txt"},
      {{"build", "--no-svg", "--out", out}, 2, "give article paths"},
      {{"build", "--bogus", "--out", out, article}, 2, "--bogus"},
      {{"build", "--threads", "many", "--out", out, article}, 2, "--threads"},
      {{"build", "--no-svg", "--graph", tmp / "none.jsonld", "--out", out, article}, 2, "none.jsonld"},
      {{"build", "--no-svg", "--data", tmp / "no-data", "--out", out, article}, 2, "no-data"},
      {{"build", "--no-svg", "--home-country", "XX", "--out", out, article}, 2, "--home-country \"XX\""},
      {{"build", "--no-svg", "--home-country", "VNM", "--out", out, article}, 2, "--home-country \"VNM\""},
      {{"build", "--no-svg", "--date", "2024/03/12", "--out", out, article}, 2, "--date \"2024/03/12\""},
      {{"build", "--no-svg", "--graph", not_a_graph, "--out", out, article}, 3, not_a_graph},
      {{"build", "--no-svg", "--data", bad_data, "--out", out, article}, 3, "countries.tsv"},
      {{"build", "--no-svg", "--out", "/proc/self", article}, 1, "/proc/self/articles.jsonl"},
  };
  for (const Case& c : cases) {
    CAPTURE(Line(c.args));
    const RunResult run = Run(c.args, tmp);
    CHECK(run.exit_code == c.exit_code);
    CHECK_THAT(run.err, Contains(c.message));
  }
}

TEST_CASE("coopgraph --help states the exit codes, --version the version", "[pipeline][cli]") {
  TempDir tmp;
  const RunResult help = Run({"--help"}, tmp);
  CHECK(help.exit_code == 0);
  for (const char* line : {"0  done", "1  nothing found", "2  usage error", "3  input data error"})
    CHECK_THAT(help.out, Contains(line));

  const RunResult version = Run({"--version"}, tmp);
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("coopgraph ", 0) == 0);
  CHECK(version.out.find_first_of("0123456789") == 10);  // "coopgraph 0.1.0"
  CHECK(Run({"query", "--version"}, tmp).out == version.out);
}

TEST_CASE("options may stand before or after the subcommand", "[pipeline][cli]") {
  TempDir tmp;
  const std::vector<std::vector<std::string>> spellings = {
      {"query", "--graph", kGraph, "--format", "json", "who-met", "--person", "Huynh Thanh Dat"},
      {"query", "who-met", "--person", "Huynh Thanh Dat", "--graph", kGraph, "--format", "json"},  // as README writes it
      {"query", "--format", "json", "who-met", "--graph", kGraph, "--person", "Huynh Thanh Dat"},
  };
  const RunResult first = Run(spellings.front(), tmp);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out, Contains("Sonexay Siphandone"));
  for (const auto& args : spellings) {
    CAPTURE(Line(args));
    const RunResult run = Run(args, tmp);
    CHECK(run.exit_code == 0);
    CHECK(run.out == first.out);
  }
  const RunResult path =
      Run({"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--via", "person", "--format", "csv", "--graph", kGraph}, tmp);
  CHECK(path.exit_code == 0);
  CHECK(path.out.rfind("path,step,from", 0) == 0);
}

TEST_CASE("enumerated values are read in any case, and a wrong one lists the valid ones by flag", "[pipeline][cli]") {
  TempDir tmp;
  SECTION("any case gives the same answer") {
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> same = {
        {{"query", "central", "--format", "CSV", "--measure", "PageRank", "--type", "PERSON", "--projection", "Meetings"},
         {"query", "central", "--format", "csv", "--measure", "pagerank", "--type", "person", "--projection", "meetings"}},
        {{"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--via", "Person", "--format", "Json"},
         {"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--via", "person", "--format", "json"}},
        {{"query", "agreements", "--status", "signed", "--format", "csv"},
         {"query", "agreements", "--status", "Signed", "--format", "csv"}},
    };
    for (const auto& [mixed, lower] : same) {
      std::vector<std::string> a = mixed, b = lower;
      a.insert(a.end(), {"--graph", kGraph});
      b.insert(b.end(), {"--graph", kGraph});
      CAPTURE(Line(a));
      const RunResult x = Run(a, tmp), y = Run(b, tmp);
      CHECK(x.exit_code == 0);
      CHECK(x.out == y.out);
      CHECK_FALSE(x.out.empty());
    }
    CHECK(Run({"render", "--graph", kGraph, "--format", "SVG", "--layout", "Neato", "--out", tmp / "g.svg"}, tmp)
              .exit_code == 0);
    CHECK(ReadAll(tmp / "g.svg").find("<svg") != std::string::npos);
    CHECK(Run({"export", "--graph", kGraph, "--format", "GraphML", "--projection", "MEETINGS", "--out", tmp / "g.graphml"},
              tmp)
              .exit_code == 0);
  }
  SECTION("an unknown value is a usage error naming the flag and the valid values") {
    struct Case {
      std::vector<std::string> args;
      std::string message;
    };
    const std::vector<Case> cases = {
        {{"query", "who-met", "--format", "xml"}, "--format \"xml\" (known: table, json, csv)"},
        {{"query", "central", "--measure", "fame"},
         "--measure \"fame\" (known: degree, betweenness, closeness, pagerank, eigenvector)"},
        {{"query", "central", "--type", "country"}, "--type \"country\" (known: person, org, all)"},
        {{"query", "central", "--projection", "typed"}, "--projection \"typed\" (known: full, meetings)"},
        {{"query", "path", "a", "b", "--via", "people"}, "--via \"people\" (known: person, org, all)"},
        {{"query", "agreements", "--status", "sealed"},
         "--status \"sealed\" (known: Signed, ToBeSigned, Implemented, Proposed, Agreed, Mentioned)"},
        {{"render", "--layout", "circo", "--out", tmp / "g.svg"}, "--layout \"circo\" (known: dot, neato, sfdp)"},
        {{"render", "--format", "gif", "--out", tmp / "g"}, "--format \"gif\" (known: svg, png, pdf)"},
        {{"export", "--format", "xml", "--out", tmp / "g"}, "--format \"xml\" (known: graphml, gexf, cyjs, csv"},
    };
    for (const Case& c : cases) {
      std::vector<std::string> args = c.args;
      args.insert(args.end(), {"--graph", kGraph});
      CAPTURE(Line(args));
      const RunResult run = Run(args, tmp);
      CHECK(run.exit_code == 2);
      CHECK_THAT(run.err, Contains(c.message));
      for (const char* internal : {"query format", "image format", "export format", "actor type", "unknown measure"})
        CHECK_THAT(run.err, !Contains(internal));
    }
  }
}

TEST_CASE("render writes the format --out names or refuses: never SVG bytes in a .jpg", "[pipeline][cli][render]") {
  TempDir tmp;
  struct Case {
    std::vector<std::string> args;
    std::string file;
    int exit_code;
    std::string message_or_magic;
  };
  const std::vector<Case> cases = {
      {{"--out", tmp / "g.jpg"}, "g.jpg", 2, "--out extension \"jpg\" (known: svg, png, pdf)"},
      {{"--out", tmp / "g.jpeg"}, "g.jpeg", 2, "(known: svg, png, pdf)"},
      {{"--format", "svg", "--out", tmp / "h.jpg"}, "h.jpg", 2, "--out \"" + (tmp / "h.jpg") + "\" is a .jpg file, but --format is svg"},
      {{"--format", "png", "--out", tmp / "g.svg"}, "g.svg", 2, "--out \"" + (tmp / "g.svg") + "\" is a .svg file, but --format is png"},
      {{"--out", tmp / "G.PNG"}, "G.PNG", 0, "\x89PNG"},
      {{"--out", tmp / "g.pdf"}, "g.pdf", 0, "%PDF-"},
      {{"--format", "png", "--out", tmp / "diagram"}, "diagram", 0, "\x89PNG"},
      {{"--format", "pdf", "--out", tmp / "ego.out"}, "ego.out", 0, "%PDF-"},  // not an image's extension: --format says
      {{"--format", "svg", "--out", tmp / "g.gif"}, "g.gif", 2, "--format is svg"},
      {{"--out", tmp / "plain"}, "plain", 0, "<?xml"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"render", "--graph", kGraph};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CAPTURE(Line(args));
    const RunResult run = Run(args, tmp);
    CHECK(run.exit_code == c.exit_code);
    if (c.exit_code == 0) {
      CHECK(ReadAll(tmp / c.file).rfind(c.message_or_magic, 0) == 0);
    } else {
      CHECK_THAT(run.err, Contains(c.message_or_magic));
      CHECK_FALSE(exists(tmp / c.file));
    }
  }
}

TEST_CASE("an empty answer prints its empty shape, says so on stderr and exits 1", "[pipeline][cli][query]") {
  TempDir tmp;
  const std::map<std::string, std::string> shapes = {
      {"json", "[]"}, {"csv", "person,person_id,met,met_id,meeting,kind,status,date,date_text,place,source,evidence\n"}};
  for (const auto& [format, shape] : shapes) {
    CAPTURE(format);
    const RunResult run = Run({"query", "who-met", "--graph", kGraph, "--format", format, "--from", "2030"}, tmp);
    CHECK(run.exit_code == 1);
    CHECK(run.out.rfind(shape, 0) == 0);
    CHECK_THAT(run.err, Contains("no meetings found"));
  }
  const RunResult agreements =
      Run({"query", "agreements", "--graph", kGraph, "--format", "csv", "--party", "Sonexay Siphandone"}, tmp);
  CHECK(agreements.exit_code == 1);
  CHECK(agreements.out == "name,kind,status,period,date,date_text,parties,node,source\n");
  CHECK_THAT(agreements.err, Contains("no agreements found"));
  const RunResult to_be_signed =
      Run({"query", "agreements", "--graph", kGraph, "--format", "csv", "--status", "tobesigned"}, tmp);
  CHECK(to_be_signed.exit_code == 0);  // rows: found
  const RunResult proposed = Run({"query", "agreements", "--graph", kGraph, "--format", "csv", "--status", "proposed"}, tmp);
  CHECK(proposed.exit_code == 1);  // none in the sample
  CHECK_THAT(proposed.err, Contains("no agreements found"));
}

TEST_CASE("the --depth option is validated from 0 to 10", "[pipeline][cli]") {
  TempDir tmp;
  for (const std::string depth : {"-1", "11", "1000", "two"}) {
    CAPTURE(depth);
    const RunResult render =
        Run({"render", "--graph", kGraph, "--focus", "Tran Van Tung", "--depth", depth, "--out", tmp / "g.svg"}, tmp);
    CHECK(render.exit_code == 2);
    CHECK_THAT(render.err, Contains("--depth"));
    const RunResult neighbors = Run({"query", "neighbors", "Tran Van Tung", "--depth", depth, "--graph", kGraph}, tmp);
    CHECK(neighbors.exit_code == 2);
    CHECK_THAT(neighbors.err, Contains("--depth"));
  }
  CHECK_FALSE(exists(tmp / "g.svg"));
  CHECK(Run({"query", "neighbors", "Tran Van Tung", "--depth", "10", "--graph", kGraph}, tmp).exit_code == 0);
}

TEST_CASE("counts that cannot be are usage errors naming the flag", "[pipeline][cli]") {
  TempDir tmp;
  const std::vector<std::vector<std::string>> cases = {
      {"query", "central", "--top", "0"},
      {"query", "central", "--top", "-3"},
      {"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--max-hops", "0"},
      {"query", "path", "Trần Văn Tùng", "Huỳnh Thành Đạt", "--max-hops", "-1"},
  };
  for (std::vector<std::string> args : cases) {
    const std::string flag = args[args.size() - 2];
    args.insert(args.end(), {"--graph", kGraph});
    CAPTURE(Line(args));
    const RunResult run = Run(args, tmp);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains(flag));
  }
}

TEST_CASE("the --home-country option is a two-letter code countries.tsv knows, in any case", "[pipeline][cli]") {
  TempDir tmp;
  const std::string article = tmp.Write("in/good.txt", testing::GoodArticle());
  REQUIRE(Run({"build", "--no-svg", "--home-country", "vn", "--out", tmp / "lower", article}, tmp).exit_code == 0);
  REQUIRE(Run({"build", "--no-svg", "--out", tmp / "default", article}, tmp).exit_code == 0);
  CHECK(ReadAll(tmp / "lower/graph.jsonld") == ReadAll(tmp / "default/graph.jsonld"));
  REQUIRE(Run({"build", "--no-svg", "--home-country", "LA", "--out", tmp / "lao", article}, tmp).exit_code == 0);
  for (const std::string bad : {"", "V", "XX", "VNM", "Việt Nam"}) {
    CAPTURE(bad);
    const RunResult run = Run({"build", "--no-svg", "--home-country", bad, "--out", tmp / "bad", article}, tmp);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Contains("--home-country"));
  }
  CHECK_FALSE(exists(tmp / "bad/graph.jsonld"));
}

TEST_CASE("date options accept YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY and MM/YYYY, in every subcommand",
          "[pipeline][cli]") {
  TempDir tmp;
  SECTION("equivalent forms give the same answer") {
    const std::vector<std::pair<std::string, std::string>> same = {
        {"10/08/2018", "2018-08-10"}, {"10/8/2018", "2018-08-10"}, {"08/2018", "2018-08"}, {"8/2018", "2018-08"}};
    for (const auto& [form, iso] : same) {
      CAPTURE(form);
      const RunResult a = Run({"query", "who-met", "--graph", kGraph, "--format", "csv", "--from", form, "--to", form}, tmp);
      const RunResult b = Run({"query", "who-met", "--graph", kGraph, "--format", "csv", "--from", iso, "--to", iso}, tmp);
      CHECK(a.exit_code == 0);
      CHECK(a.out == b.out);
      CHECK_THAT(a.out, Contains("Trần Văn Tùng"));
    }
    CHECK(Run({"query", "who-met", "--graph", kGraph, "--from", "2018", "--to", "2018"}, tmp).exit_code == 0);
  }
  SECTION("anything else is a usage error naming the flag and the accepted forms") {
    const std::vector<std::string> bad = {"2018/08/10", "10-08-2018", "Aug 2018", "2018-13", "31/02/2018", "18", "yesterday"};
    const std::vector<std::vector<std::string>> commands = {
        {"query", "who-met", "--graph", kGraph, "{flag}", "{date}"},
        {"render", "--graph", kGraph, "--out", tmp / "g.svg", "{flag}", "{date}"},
        {"export", "--graph", kGraph, "--format", "gexf", "--out", tmp / "g.gexf", "{flag}", "{date}"},
    };
    for (const std::string& date : bad) {
      for (const std::string flag : {"--from", "--to"}) {
        for (std::vector<std::string> args : commands) {
          for (std::string& a : args) a = a == "{flag}" ? flag : a == "{date}" ? date : a;
          CAPTURE(Line(args));
          const RunResult run = Run(args, tmp);
          CHECK(run.exit_code == 2);
          CHECK_THAT(run.err, Contains(flag + " \"" + date + "\""));
          CHECK_THAT(run.err, Contains(kDateForms));
        }
      }
    }
    CHECK_FALSE(exists(tmp / "g.svg"));
    CHECK_FALSE(exists(tmp / "g.gexf"));
  }
  SECTION("a period that ends before it starts is a usage error in every subcommand") {
    const std::vector<std::vector<std::string>> commands = {
        {"query", "who-met", "--graph", kGraph, "--from", "2020", "--to", "31/12/2018"},
        {"render", "--graph", kGraph, "--out", tmp / "g.svg", "--from", "2020", "--to", "31/12/2018"},
        {"export", "--graph", kGraph, "--format", "gexf", "--out", tmp / "g.gexf", "--from", "2020", "--to", "31/12/2018"},
    };
    for (const auto& args : commands) {
      CAPTURE(Line(args));
      const RunResult run = Run(args, tmp);
      CHECK(run.exit_code == 2);
      CHECK_THAT(run.err, Contains("--from 2020 is after --to 2018-12-31"));
    }
  }
  SECTION("build --date takes the same forms") {
    const std::string article = tmp.Write("in/undated.txt", "Hợp tác\n\nBộ trưởng Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Campuchia Prak Sokhonn.\n");
    for (const std::string form : {"2024-03-12", "12/03/2024", "12/3/2024", "2024-03", "03/2024", "2024"}) {
      CAPTURE(form);
      CHECK(Run({"build", "--no-svg", "--date", form, "--out", tmp / "out", article}, tmp).exit_code == 0);
    }
    const RunResult bad = Run({"build", "--no-svg", "--date", "12.03.2024", "--out", tmp / "out", article}, tmp);
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Contains(kDateForms));
  }
}

TEST_CASE("export --from/--to writes the dated subgraph", "[pipeline][cli][export]") {
  TempDir tmp;
  REQUIRE(Run({"export", "--graph", kGraph, "--format", "jsonld", "--from", "2018", "--to", "31/12/2018", "--out",
               tmp / "2018.jsonld"},
              tmp)
              .exit_code == 0);
  const std::string period = ReadAll(tmp / "2018.jsonld");
  CHECK_THAT(period, Contains("2018-08-10"));
  CHECK_FALSE(period.find("2021-06-23") != std::string::npos);
  CHECK(period.size() < ReadAll(kGraph).size());
}

TEST_CASE("a query's stderr stays empty when it is not a terminal (no progress), and --wide is accepted",
          "[pipeline][cli][query]") {
  TempDir tmp;
  const RunResult plain = Run({"query", "central", "--graph", kGraph, "--format", "table"}, tmp);
  CHECK(plain.exit_code == 0);
  CHECK(plain.err.empty());
  const RunResult wide = Run({"query", "central", "--wide", "--graph", kGraph, "--format", "table"}, tmp, "COLUMNS=40");
  CHECK(wide.exit_code == 0);
  CHECK(wide.out == plain.out);  // --wide: every cell whole, whatever $COLUMNS says
}

}  // namespace
}  // namespace coopgraph::pipeline

// The report in its real consumer: headless Chromium opens it with no
// console message, runs its search box, and its screenshot shows the diagram.
// Skipped (with a warning) when Chromium is absent, unless CI is set.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>

#include "../pipeline/pipeline_test_util.h"
#include "common/text_search.h"
#include "base/files.h"
#include "coopgraph/views/report.h"
#include "views_test_util.h"

namespace coopgraph::views {
namespace {

using pipeline::testing::RunResult;
using pipeline::testing::RunShell;
using pipeline::testing::ShellQuote;
using TempDir = coopgraph::testing::TempDir;
using coopgraph::testing::Count;

std::string FindChromium() {
  FILE* pipe = ::popen("command -v chromium || command -v chromium-browser", "r");
  if (pipe == nullptr) return "";
  char line[4096] = {0};
  std::string path = std::fgets(line, sizeof line, pipe) ? line : "";
  ::pclose(pipe);
  while (!path.empty() && (path.back() == '\n' || path.back() == ' ')) path.pop_back();
  return path;
}

// Chromium's headless run of `url`, with its own profile in `dir`; page
// console messages go to stderr as "…:CONSOLE…" lines.
RunResult Chromium(const std::string& chromium, const TempDir& dir, const std::string& args, const std::string& url) {
  const std::string command = "timeout 60 " + ShellQuote(chromium) +
                              " --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check"
                              " --disable-extensions --hide-scrollbars --enable-logging=stderr --v=0 --user-data-dir=" +
                              ShellQuote(dir / "profile") + " " + args + " " + ShellQuote(url);
  return RunShell(command, dir);
}

std::string ConsoleLines(const std::string& err) {
  std::istringstream lines(err);
  std::string line, console;
  while (std::getline(lines, line))
    if (line.find("CONSOLE") != std::string::npos) console += line + "\n";
  return console;
}


TEST_CASE("Chromium opens the report with no console message and shows the diagram", "[views][report][chromium]") {
  const std::string chromium = FindChromium();
  if (chromium.empty()) {
    if (std::getenv("CI") == nullptr) {
      WARN("chromium is not installed (scripts/install-deps.sh installs it): the report is not opened in a browser");
      return;
    }
    FAIL("chromium is required under CI (scripts/install-deps.sh installs Debian's chromium)");
  }
  TempDir dir;

  // The console is watched: a page that logs is seen to log.
  const std::string canary = dir.Write("canary.html", "<!DOCTYPE html><title>c</title><script>"
                                                      "console.error('canary-7f3a')</script>");
  const RunResult logged = Chromium(chromium, dir, "--dump-dom", "file://" + canary);
  REQUIRE(logged.exit_code == 0);
  REQUIRE(ConsoleLines(logged.err).find("canary-7f3a") != std::string::npos);

  // The sample graph with a person named in hostile markup.
  const std::string report = dir / "report.html";
  REQUIRE(WriteHtmlReport(testing::SampleWithHostilePerson(), report,
                          testing::WithBodies(testing::SampleBodiesWithHostile()))
              .ok());

  // The DOM after the page's script ran, with a search given in the URL.
  const RunResult dom = Chromium(chromium, dir, "--dump-dom", "file://" + report + "#search=sonexay");
  INFO("chromium stderr:\n" << dom.err);
  REQUIRE(dom.exit_code == 0);
  CHECK(ConsoleLines(dom.err).empty());  // no error, no blocked fetch, no script of the article's
  CHECK(dom.out.find("<title>coopgraph report</title>") != std::string::npos);  // no injected script ran
  CHECK(dom.out.find("pwned</title>") == std::string::npos);
  CHECK(Count(dom.out, "<script") == 1);
  CHECK(dom.out.find("<svg") != std::string::npos);
  CHECK(Count(dom.out, "class=\"node") > 60);
  // The search box filtered the tables: Sonexay Siphandone's rows only (diacritics ignored).
  std::smatch shown;
  REQUIRE(std::regex_search(dom.out, shown, std::regex("id=\"search-count\">(\\d+) of (\\d+) rows<")));
  CHECK(std::stoi(shown[1]) >= 3);
  CHECK(std::stoi(shown[1]) < std::stoi(shown[2]) / 4);
  CHECK(std::regex_search(dom.out, std::regex("<tr id=\"n\\d+\"><td><strong>Sonexay Siphandone</strong>")));
  CHECK(std::regex_search(dom.out, std::regex("<tr id=\"n\\d+\" hidden=\"\"><td><strong>Huỳnh Thành Đạt</strong>")));

  // Typed without diacritics, a Vietnamese name is found: the page folds with
  // the C++ folding table it carries.
  const RunResult folded = Chromium(chromium, dir, "--dump-dom", "file://" + report + "#search=HUYNH%20thanh%20dat");
  REQUIRE(folded.exit_code == 0);
  CHECK(ConsoleLines(folded.err).empty());
  CHECK(std::regex_search(folded.out, std::regex("<tr id=\"n\\d+\"><td><strong>Huỳnh Thành Đạt</strong>")));
  CHECK(std::regex_search(folded.out, std::regex("<tr id=\"n\\d+\" hidden=\"\"><td><strong>Sonexay Siphandone</strong>")));

  // The search covers the evidence: a place named only in an article's sentence is found there.
  const RunResult in_evidence = Chromium(chromium, dir, "--dump-dom", "file://" + report + "#search=savannakhet");
  REQUIRE(in_evidence.exit_code == 0);
  CHECK(ConsoleLines(in_evidence.err).empty());
  REQUIRE(std::regex_search(in_evidence.out, shown, std::regex("id=\"search-count\">(\\d+) of (\\d+) rows<")));
  CHECK(std::stoi(shown[1]) >= 1);
  CHECK(std::regex_search(in_evidence.out, std::regex("<li id=\"ev-\\d+\"><blockquote>[^\\n]*Savannakhet")));
  CHECK_FALSE(std::regex_search(in_evidence.out, std::regex("<tr id=\"n\\d+\"><td>")));  // no table row matches

  // The first screen shows the diagram: the fill colours of persons and meetings.
  const std::string shot = dir / "shot.png";
  const RunResult screen = Chromium(chromium, dir, "--screenshot=" + ShellQuote(shot) + " --window-size=1280,1000",
                                    "file://" + report);
  REQUIRE(screen.exit_code == 0);
  CHECK(ConsoleLines(screen.err).empty());
  const std::string count_colours =
      "/usr/bin/python3 -c " +
      ShellQuote("import sys\nfrom PIL import Image\nim = Image.open(sys.argv[1]).convert('RGB')\n"
                 "near = lambda p, c: all(abs(a - b) <= 6 for a, b in zip(p, c))\n"
                 "px = list(im.getdata())\n"
                 "print(im.size[0], im.size[1], sum(near(p, (207, 226, 243)) for p in px),\n"
                 "      sum(near(p, (244, 204, 204)) for p in px), sum(p != (255, 255, 255) for p in px))\n") +
      " " + ShellQuote(shot);
  const RunResult colours = RunShell(count_colours, dir);
  INFO("python: " << colours.out << colours.err);
  REQUIRE(colours.exit_code == 0);
  std::istringstream counts(colours.out);
  std::size_t width = 0, height = 0, person = 0, meeting = 0, inked = 0;
  counts >> width >> height >> person >> meeting >> inked;
  CHECK(width == 1280);
  CHECK(height == 1000);
  CHECK(person > 1000);   // person ellipses (#cfe2f3)
  CHECK(meeting > 1000);  // meeting diamonds (#f4cccc)
  CHECK(inked > width * height / 20);
}

}  // namespace
}  // namespace coopgraph::views

// Shared by the pipeline tests: a temp directory, file helpers, and a runner
// for the coopgraph binary that captures its exit code, stdout and stderr
// (through common/run.h, which every test that runs a program uses).
#ifndef COOPGRAPH_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_
#define COOPGRAPH_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_

#include <sys/resource.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>

#include "common/run.h"
#include "common/temp_dir.h"

namespace coopgraph::pipeline::testing {

namespace fs = std::filesystem;

using coopgraph::testing::ReadAll;
using coopgraph::testing::RunResult;
using coopgraph::testing::RunShell;
using coopgraph::testing::ShellQuote;
using coopgraph::testing::TempDir;

// "" when equal, else the first differing line of each (a short failure
// message instead of two whole graphs).
inline std::string FirstDifference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  std::size_t line = 1, start = 0, i = 0;
  for (; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
    if (a[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  auto line_of = [start](const std::string& s) {
    if (start >= s.size()) return std::string("<end of file>");
    return s.substr(start, s.find('\n', start) - start);
  };
  return "line " + std::to_string(line) + ":\n  " + line_of(a) + "\nvs\n  " + line_of(b);
}

// Runs the coopgraph binary with `args`, each quoted for the shell.
inline RunResult RunCli(std::initializer_list<std::string> args, const TempDir& scratch,
                        const std::string& cwd = "") {
  std::string command = ShellQuote(COOPGRAPH_BINARY);
  for (const std::string& a : args) command += " " + ShellQuote(a);
  return RunShell(command, scratch, cwd);
}

// A short article of the genre (not from the sample corpus) with two titled
// people, one Vietnamese and one foreign.
inline const char* GoodArticle() {
  return "Việt Nam và Campuchia tăng cường hợp tác song phương\n"
         "\n"
         "Chiều 12/3/2024, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã hội đàm với "
         "Ngoại trưởng Campuchia Prak Sokhonn. Hai bên nhất trí thúc đẩy hợp tác kinh tế, "
         "thương mại và đầu tư.\n"
         "\n"
         "Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam luôn coi trọng quan hệ láng giềng tốt "
         "đẹp với Campuchia.\n";
}

}  // namespace coopgraph::pipeline::testing

#endif  // COOPGRAPH_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_

// Shared by the pipeline tests: a temp directory, file helpers, and a runner
// for the coopgraph binary that captures its exit code, stdout and stderr.
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

#include "common/temp_dir.h"

namespace coopgraph::pipeline::testing {

namespace fs = std::filesystem;

using coopgraph::testing::TempDir;

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

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

// Single-quotes `s` for /bin/sh.
inline std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// A finding of AddressSanitizer, LeakSanitizer or UndefinedBehaviorSanitizer
// on stderr (in a sanitized build), which no exit code may hide.
inline bool HasSanitizerReport(const std::string& err) {
  for (const char* mark : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "UndefinedBehaviorSanitizer",
                           ": runtime error: "}) {
    if (err.find(mark) != std::string::npos) return true;
  }
  return false;
}

// The largest resident set of any child process waited for so far, in MB
// (each test case runs in its own process under CTest).
inline long ChildrenPeakRssMb() {
  struct rusage usage {};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

struct RunResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// Runs `command` (already shell-quoted) through /bin/sh in `cwd`, with stdout
// and stderr sent to files in `scratch` and read back.
inline RunResult RunShell(const std::string& command, const TempDir& scratch,
                          const std::string& cwd = "") {
  static int counter = 0;
  const std::string tag = std::to_string(counter++);
  const std::string out = scratch.Sub("run" + tag + ".out");
  const std::string err = scratch.Sub("run" + tag + ".err");
  std::string line;
  if (!cwd.empty()) line += "cd " + ShellQuote(cwd) + " && ";
  line += command + " </dev/null >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  const int status = std::system(line.c_str());
  RunResult result;
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  result.out = ReadAll(out);
  result.err = ReadAll(err);
  std::error_code ec;
  fs::remove(out, ec);
  fs::remove(err, ec);
  INFO("stderr: " << result.err);
  CHECK_FALSE(HasSanitizerReport(result.err));
  return result;
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

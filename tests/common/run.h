// One way for every test to run a program (Graphviz, Debian's python3 with
// NetworkX, rdflib or pyld, the coopgraph binary): through /bin/sh, with its
// exit code, stdout and stderr captured.
#ifndef COOPGRAPH_TESTS_COMMON_RUN_H_
#define COOPGRAPH_TESTS_COMMON_RUN_H_

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include <catch2/catch.hpp>

#include "common/temp_dir.h"

namespace coopgraph::testing {

// Debian's interpreter, which has python3-networkx, python3-rdflib and
// python3-pyld (not whatever `python3` is first on PATH).
inline constexpr const char* kPython = "/usr/bin/python3";

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
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
  std::filesystem::remove(out, ec);
  std::filesystem::remove(err, ec);
  INFO("stderr: " << result.err);
  CHECK_FALSE(HasSanitizerReport(result.err));
  return result;
}

}  // namespace coopgraph::testing

#endif  // COOPGRAPH_TESTS_COMMON_RUN_H_

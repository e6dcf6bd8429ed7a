// The one-way rule of docs/architecture.md: a module includes only modules
// to its left in the stage order.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kStageOrder = {"base",      "normalize", "ingest", "extract",  "resolve", "graph",
                                              "exporters", "query",     "views",  "pipeline", "cli"};

int Rank(const std::string& module) {
  for (std::size_t i = 0; i < kStageOrder.size(); ++i)
    if (kStageOrder[i] == module) return static_cast<int>(i);
  return -1;
}

// Every `#include "[coopgraph/]module/…"` of the file that names a stage to
// the right of `module`.
std::vector<std::string> IncludesToTheRight(const fs::path& file, const std::string& module) {
  static const std::regex kInclude(R"(^\s*#\s*include\s+"(?:coopgraph/)?(\w+)/)");
  std::vector<std::string> found;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, kInclude) && Rank(m[1]) > Rank(module)) found.push_back(line);
  }
  return found;
}

}  // namespace

TEST_CASE("every include points at the own stage or one to its left", "[base]") {
  const fs::path root = fs::path(COOPGRAPH_SCHEMA_DIR).parent_path();
  int files = 0;
  for (const fs::path& top : {root / "src", root / "include" / "coopgraph"}) {
    for (const auto& module_dir : fs::directory_iterator(top)) {
      const std::string module = module_dir.path().filename().string();
      if (!module_dir.is_directory() || Rank(module) < 0) continue;
      for (const auto& entry : fs::recursive_directory_iterator(module_dir.path())) {
        if (!entry.is_regular_file()) continue;
        ++files;
        for (const std::string& include : IncludesToTheRight(entry.path(), module))
          FAIL_CHECK(entry.path().string() << " (" << module << "): " << include);
      }
    }
  }
  CHECK(files > 100);  // the tree was found and read
}

// CTest runs each test case by giving its name to the test binary, which
// reads a name that starts with '-' as an option and fails: name tests in words.
TEST_CASE("no test case name starts with '-', so CTest can run each by name", "[base]") {
  const fs::path tests = fs::path(COOPGRAPH_SCHEMA_DIR).parent_path() / "tests";
  static const std::regex kDashName(R"(TEST_CASE\(\s*"-)");
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(tests)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".cc") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
      if (std::regex_search(line, kDashName)) FAIL_CHECK(entry.path().string() << ":" << number << ": " << line);
  }
  CHECK(files > 50);
}

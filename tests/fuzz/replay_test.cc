// The fuzz targets (fuzz/*_fuzzer.cc, built in with COOPGRAPH_FUZZ_REPLAY) on
// their seed corpora and on every input a fuzzer once found a bug with
// (tests/data/fuzz/<target>/, one file per finding, named after it): no
// crash, no broken invariant. Runs in every build, with or without clang.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_util.h"

namespace coopgraph::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> FilesIn(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const fs::path kSeeds = fs::path(COOPGRAPH_SOURCE_DATA_DIR).parent_path() / "fuzz" / "corpus";
const fs::path kFindings = fs::path(COOPGRAPH_TEST_DATA_DIR) / "fuzz";

TEST_CASE("every fuzz target has a seed corpus and is built into the tests", "[fuzz]") {
  std::vector<std::string> with_seeds;
  for (const auto& entry : fs::directory_iterator(kSeeds)) with_seeds.push_back(entry.path().filename().string());
  std::sort(with_seeds.begin(), with_seeds.end());
  std::vector<std::string> built;
  for (const auto& [name, target] : Targets()) built.push_back(name);
  CHECK(built == with_seeds);
  CHECK(built.size() == 9);
  for (const std::string& name : with_seeds) {
    CAPTURE(name);
    CHECK_FALSE(FilesIn(kSeeds / name).empty());
  }
  for (const auto& entry : fs::directory_iterator(kFindings)) {
    if (!entry.is_directory()) continue;
    CAPTURE(entry.path());
    CHECK(Targets().count(entry.path().filename().string()) == 1);  // findings belong to a target
  }
}

TEST_CASE("the fuzz targets run clean on their seeds and on every past finding", "[fuzz]") {
  for (const auto& [name, target] : Targets()) {
    std::vector<fs::path> inputs = FilesIn(kSeeds / name);
    for (const auto& finding : FilesIn(kFindings / name)) inputs.push_back(finding);
    for (const auto& input : inputs) {
      INFO(name << " on " << input.string());
      const std::string bytes = Bytes(input);
      CHECK_NOTHROW(target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    }
  }
}

}  // namespace
}  // namespace coopgraph::fuzz

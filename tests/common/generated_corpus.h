// Many distinct articles of the genre for tests that need volume: each is
// recombined from the paragraphs of the sample corpus (data/sample) in an
// order drawn from a fixed seed, and numbered, so every article has its own
// text (and id) and the same call always writes the same files.
#ifndef COOPGRAPH_TESTS_COMMON_GENERATED_CORPUS_H_
#define COOPGRAPH_TESTS_COMMON_GENERATED_CORPUS_H_

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "common/temp_dir.h"

namespace coopgraph::testing {

// The non-empty lines of the sample articles after their titles, in file order.
inline std::vector<std::string> SampleParagraphs() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(COOPGRAPH_SOURCE_DATA_DIR "/sample")) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> paragraphs;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    bool title = true;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!title) paragraphs.push_back(line);
      title = false;
    }
  }
  return paragraphs;
}

// Writes `count` articles as DIR/<sub>/NNNNN.txt, each a title and
// `paragraphs` paragraphs. Returns the directory.
inline std::string WriteGeneratedCorpus(const TempDir& dir, const std::string& sub, std::size_t count,
                                        std::size_t paragraphs = 8, std::uint32_t seed = 20240529) {
  const std::vector<std::string> pool = SampleParagraphs();
  std::uint64_t state = seed;
  auto next = [&state] {  // a fixed LCG: the same files on every platform
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  for (std::size_t k = 0; k < count; ++k) {
    std::string text = "Tin hợp tác số " + std::to_string(k + 1) + "\n\n";
    for (std::size_t p = 0; p < paragraphs; ++p) text += pool[next() % pool.size()] + "\n";
    std::string name = std::to_string(k);
    name = std::string(5 - std::min<std::size_t>(5, name.size()), '0') + name + ".txt";
    dir.Write(sub + "/" + name, text);
  }
  return dir.Sub(sub);
}

}  // namespace coopgraph::testing

#endif  // COOPGRAPH_TESTS_COMMON_GENERATED_CORPUS_H_

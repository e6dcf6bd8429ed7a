// One temp-directory helper for every test: a fresh mkdtemp directory,
// removed with everything in it at scope exit.
#ifndef COOPGRAPH_TESTS_COMMON_TEMP_DIR_H_
#define COOPGRAPH_TESTS_COMMON_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

namespace coopgraph::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "coopgraph_test_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The full path of `relative` inside the directory.
  std::string Sub(const std::string& relative) const { return (path_ / relative).string(); }
  std::string operator/(const std::string& relative) const { return Sub(relative); }

  // Every entry under the directory, as paths relative to it.
  std::set<std::string> Entries() const {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::recursive_directory_iterator(path_))
      names.insert(std::filesystem::relative(e.path(), path_).string());
    return names;
  }

  // Writes `bytes` to `relative` (parents created) and returns its full path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace coopgraph::testing

#endif  // COOPGRAPH_TESTS_COMMON_TEMP_DIR_H_

// ReadFileBytes, WriteFileAtomically and CreateDirectories: exact bytes in and
// out, errors that name the path, and no temporary file left behind on success
// or failure.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/temp_dir.h"
#include "base/files.h"

namespace coopgraph {
namespace {

namespace fs = std::filesystem;
using Catch::Contains;

using coopgraph::testing::TempDir;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST_CASE("WriteFileAtomically writes exactly the given bytes", "[base]") {
  const std::vector<std::string> contents = {
      "",
      "graph.jsonld\n",
      std::string("nul\0inside\xff\xfe", 12),
      std::string(1 << 20, 'x'),  // larger than one write() may take at once
  };
  for (const std::string& bytes : contents) {
    CAPTURE(bytes.size());
    TempDir tmp;
    const std::string path = tmp.Sub("out.bin");
    REQUIRE(WriteFileAtomically(path, bytes).ok());
    CHECK(Slurp(path) == bytes);
    CHECK(tmp.Entries() == std::set<std::string>{"out.bin"});
  }
}

TEST_CASE("WriteFileAtomically replaces an existing file", "[base]") {
  TempDir tmp;
  const std::string path = tmp.Sub("graph.dot");
  REQUIRE(WriteFileAtomically(path, "a much longer first version\n").ok());
  REQUIRE(WriteFileAtomically(path, "second\n").ok());
  CHECK(Slurp(path) == "second\n");
  CHECK(tmp.Entries() == std::set<std::string>{"graph.dot"});
}

struct WriteFailure {
  const char* what;
  std::string target;  // relative to the temp dir
};

TEST_CASE("WriteFileAtomically fails with kIoError naming the path, leaving nothing behind",
          "[base]") {
  const std::vector<WriteFailure> cases = {
      {"parent is a regular file", "regular/graph.jsonld"},
      {"parent directory is missing", "missing/dir/graph.jsonld"},
      {"target is an existing directory", "dir"},
  };
  for (const WriteFailure& c : cases) {
    CAPTURE(c.what);
    TempDir tmp;
    std::ofstream(tmp.Sub("regular")) << "keep me";
    fs::create_directories(tmp.Sub("dir/inner"));
    const auto before = tmp.Entries();

    const std::string path = tmp.Sub(c.target);
    const Status status = WriteFileAtomically(path, "contents");
    REQUIRE_FALSE(status.ok());
    CHECK(status.code() == StatusCode::kIoError);
    CHECK_THAT(status.message(), Contains(path));
    CHECK(tmp.Entries() == before);
    CHECK(Slurp(tmp.Sub("regular")) == "keep me");
  }
}

TEST_CASE("IsDirectory is true for a directory only", "[base]") {
  TempDir dir;
  dir.Write("file", "x");
  CHECK(CreateDirectories(dir / "sub").ok());
  fs::create_directory_symlink(dir / "sub", dir / "link");
  CHECK(IsDirectory(dir / "sub"));
  CHECK(IsDirectory(dir / "link"));  // a link to a directory
  CHECK_FALSE(IsDirectory(dir / "file"));
  CHECK_FALSE(IsDirectory(dir / "missing"));
  CHECK_FALSE(IsDirectory(""));
}

TEST_CASE("CreateDirectories makes a directory and its parents, or names what is in the way", "[base]") {
  TempDir dir;
  CHECK(CreateDirectories(dir / "a/b/c").ok());
  CHECK(fs::is_directory(dir / "a/b/c"));
  CHECK(CreateDirectories(dir / "a/b/c").ok());  // already there
  dir.Write("file", "x");
  Status status = CreateDirectories(dir / "file");
  CHECK(status.code() == StatusCode::kIoError);
  CHECK_THAT(status.message(), Contains(dir / "file") && Contains("not a directory"));
  CHECK(CreateDirectories(dir / "file/sub").code() == StatusCode::kIoError);
}

TEST_CASE("WriteFilesAtomically replaces every file of the set or none", "[base]") {
  TempDir tmp;
  const std::string a = tmp.Sub("graph.jsonld");
  const std::string b = tmp.Sub("graph.dot");
  REQUIRE(WriteFilesAtomically({{a, {"old a"}}, {b, {"old b"}}}).ok());

  SECTION("all replaced") {
    REQUIRE(WriteFilesAtomically({{a, {"new ", "a"}}, {b, {"new b"}}}).ok());
    CHECK(Slurp(a) == "new a");
    CHECK(Slurp(b) == "new b");
  }
  SECTION("a later file that cannot be written replaces none") {
    const Status status = WriteFilesAtomically({{a, {"new a"}}, {tmp.Sub("missing/graph.svg"), {"svg"}}});
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.message(), Contains(tmp.Sub("missing/graph.svg")));
    CHECK(Slurp(a) == "old a");
  }
  SECTION("a directory in the way replaces none") {
    fs::create_directories(tmp.Sub("graph.svg"));
    const Status status = WriteFilesAtomically({{a, {"new a"}}, {tmp.Sub("graph.svg"), {"svg"}}});
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.message(), Contains(tmp.Sub("graph.svg")));
    CHECK(Slurp(a) == "old a");
  }
  CHECK_FALSE(fs::exists(tmp.Sub("missing")));
  for (const std::string& name : tmp.Entries()) CHECK(name.find(".tmp.") == std::string::npos);
}

TEST_CASE("AtomicFileSet replaces its files when committed, and none otherwise", "[base]") {
  TempDir tmp;
  const std::string a = tmp.Sub("graph.jsonld");
  const std::string b = tmp.Sub("graph.dot");
  REQUIRE(WriteFilesAtomically({{a, {"old a"}}, {b, {"old b"}}}).ok());

  SECTION("written piece by piece from two threads, then committed") {
    AtomicFileSet set;
    const StatusOr<std::size_t> ia = set.Add(a);
    const StatusOr<std::size_t> ib = set.Add(b);
    REQUIRE(ia.ok());
    REQUIRE(ib.ok());
    bool other_ok = true;  // Catch's assertions are for the test's own thread
    std::thread other([&] {
      for (int k = 0; k < 1000; ++k) other_ok = other_ok && set.Append(*ib, "b").ok();
      other_ok = other_ok && set.Close(*ib).ok();
    });
    for (int k = 0; k < 1000; ++k) REQUIRE(set.Append(*ia, "a").ok());
    other.join();
    REQUIRE(other_ok);
    CHECK(Slurp(a) == "old a");  // nothing replaced before the commit
    REQUIRE(set.Commit().ok());
    CHECK(Slurp(a) == std::string(1000, 'a'));
    CHECK(Slurp(b) == std::string(1000, 'b'));
  }
  SECTION("destroyed before the commit") {
    {
      AtomicFileSet set;
      const StatusOr<std::size_t> ia = set.Add(a);
      REQUIRE(ia.ok());
      REQUIRE(set.Append(*ia, "new a").ok());
    }
    CHECK(Slurp(a) == "old a");
  }
  SECTION("a file written after it was closed is an error naming it") {
    AtomicFileSet set;
    const StatusOr<std::size_t> ia = set.Add(a);
    REQUIRE(ia.ok());
    REQUIRE(set.Close(*ia).ok());
    const Status late = set.Append(*ia, "late");
    REQUIRE_FALSE(late.ok());
    CHECK(late.code() == StatusCode::kIoError);
    CHECK_THAT(late.message(), Contains(a));
    CHECK(set.Append(*ia + 1, "x").code() == StatusCode::kInvalidArgument);
  }
  SECTION("a path that cannot be created is refused when added") {
    fs::create_directories(tmp.Sub("graph.svg"));
    AtomicFileSet set;
    for (const std::string& bad : {tmp.Sub("graph.svg"), tmp.Sub("missing/x")}) {
      const StatusOr<std::size_t> added = set.Add(bad);
      REQUIRE_FALSE(added.ok());
      CHECK(added.status().code() == StatusCode::kIoError);
      CHECK_THAT(added.status().message(), Contains(bad));
    }
  }
  CHECK(Slurp(b).size() >= 5);
  for (const std::string& name : tmp.Entries()) CHECK(name.find(".tmp.") == std::string::npos);
}

// Atomic writes only help if nothing writes around them: no other source
// file may open a file for writing.
TEST_CASE("every output file is written through base/files.cc", "[base]") {
  const fs::path src = fs::path(COOPGRAPH_SOURCE_DATA_DIR).parent_path() / "src";
  std::size_t scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file() || entry.path().filename() == "files.cc") continue;
    const std::string text = Slurp(entry.path().string());
    ++scanned;
    for (const char* call : {"ofstream", "fopen(", "O_WRONLY", "O_CREAT", "std::rename(", "fwrite(", "fs::rename",
                             "fs::copy", "::creat("}) {
      INFO(entry.path().string() << " uses " << call);
      CHECK(text.find(call) == std::string::npos);
    }
  }
  CHECK(scanned > 40);
}

TEST_CASE("ReadFileBytes returns the bytes of a file", "[base]") {
  TempDir tmp;
  const std::string bytes("Vi\xe1\xbb\x87t\0\xff\r\n", 10);
  const std::string path = tmp.Sub("a.txt");
  std::ofstream(path, std::ios::binary) << bytes;
  auto read = ReadFileBytes(path);
  REQUIRE(read.ok());
  CHECK(*read == bytes);

  const std::string empty = tmp.Sub("empty.txt");
  std::ofstream(empty, std::ios::binary).flush();
  auto none = ReadFileBytes(empty);
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("ReadFileBytes errors name the path", "[base]") {
  TempDir tmp;
  std::ofstream(tmp.Sub("regular")) << "x";
  fs::create_directories(tmp.Sub("dir"));

  SECTION("a missing file is kNotFound") {
    const std::string path = tmp.Sub("missing.txt");
    auto read = ReadFileBytes(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.status().code() == StatusCode::kNotFound);
    CHECK_THAT(read.status().message(), Contains(path));
  }
  SECTION("a path through a regular file fails") {
    const std::string path = tmp.Sub("regular/child.txt");
    auto read = ReadFileBytes(path);
    REQUIRE_FALSE(read.ok());
    CHECK_THAT(read.status().message(), Contains(path));
  }
  SECTION("a directory is not a file") {
    const std::string path = tmp.Sub("dir");
    auto read = ReadFileBytes(path);
    REQUIRE_FALSE(read.ok());
    CHECK_THAT(read.status().message(), Contains(path));
  }
}

}  // namespace
}  // namespace coopgraph

namespace coopgraph {
namespace {

TEST_CASE("SpillFile gives back the bytes set aside, to several readers at once, and leaves no file", "[base]") {
  testing::TempDir dir;
  auto spill = SpillFile::Create(dir.path().string());
  REQUIRE(spill.ok());
  std::vector<std::string> pieces = {"", "Hà Nội", std::string(100000, 'x') + "\n\x01", "cuối"};
  std::vector<SpillFile::Extent> extents;
  for (const std::string& piece : pieces) extents.push_back((*spill)->Append(piece).value());
  std::vector<std::thread> readers;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (std::size_t i = 0; i < pieces.size(); ++i) wrong[t] += (*spill)->Read(extents[i]).value() != pieces[i];
    });
  }
  for (auto& reader : readers) reader.join();
  CHECK(wrong == std::vector<int>(4, 0));
  CHECK(std::filesystem::is_empty(dir.path()));  // unnamed: nothing to clean up, even after a crash
  CHECK((*spill)->Read({extents.back().offset, 10}).status().code() == StatusCode::kIoError);  // past the end
  const auto nowhere = SpillFile::Create((dir.path() / "missing").string());
  CHECK(nowhere.status().code() == StatusCode::kIoError);
  CHECK_THAT(nowhere.status().message(), Catch::Contains("missing"));
}

}  // namespace
}  // namespace coopgraph

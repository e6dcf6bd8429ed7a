// ReadPaths: directory walks, bad files among good ones, and the sample corpus.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "common/temp_dir.h"
#include "coopgraph/ingest/ingest.h"
#include "ingest/parse_bytes.h"

namespace coopgraph::ingest {
namespace {

namespace fs = std::filesystem;
using Catch::Contains;

using coopgraph::testing::TempDir;

std::string WarningsFor(const IngestResult& result, const std::string& file) {
  std::string all;
  for (const Warning& w : result.warnings) {
    if (w.file == file) all += w.message + "\n";
  }
  return all;
}

IngestOptions DataOptions() {
  auto lines = LoadBoilerplate(std::string(COOPGRAPH_SOURCE_DATA_DIR) + "/boilerplate.txt");
  REQUIRE(lines.ok());
  IngestOptions options;
  options.boilerplate_lines = *lines;
  return options;
}

TEST_CASE("a missing path is an invalid argument naming it", "[ingest]") {
  TempDir dir;
  const std::string good = dir.Write("a.txt", "Nội dung.");
  const std::string missing = (dir.path() / "khong-co.txt").string();
  StatusOr<IngestResult> result = ReadPaths({good, missing}, IngestOptions{});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().code() == StatusCode::kInvalidArgument);
  CHECK(result.status().message() == missing + ": no such file or directory");
}

TEST_CASE("build --date gives one article file its publication date", "[ingest]") {
  TempDir dir;
  const std::string file = dir.Write("a.txt", "https://a.vn/2019/03/04/bai.html\nTiêu đề\n\nNội dung bài.");
  dir.Write("b.txt", "Tiêu đề khác\n\nNội dung khác.");
  struct Case {
    std::string date;
    std::vector<std::string> paths;
    std::string expected;  // the date, or the error's message
    bool ok;
  };
  const std::vector<Case> cases = {
      {"2024-05-30", {file}, "2024-05-30", true},  // over the URL's date
      {"30/05/2024", {file}, "2024-05-30", true},
      {"2024-05", {file}, "2024-05", true},
      {"", {file}, "2019-03-04", true},
      // Negatives: not a date, several files, a directory.
      {"hôm qua", {file}, "--date hôm qua: not a date", false},
      {"2024-05-30", {file, dir.Sub("b.txt")}, "--date gives the date of one article file, not of several", false},
      {"2024-05-30", {dir.path().string()}, "--date gives the date of one article file, not of several", false},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.date << " " << c.paths.size()) {
      IngestOptions options;
      options.date_published = c.date;
      StatusOr<IngestResult> result = ReadPaths(c.paths, options);
      REQUIRE(result.ok() == c.ok);
      if (c.ok) {
        REQUIRE(result->documents.size() == 1);
        CHECK(result->documents[0].date_published == c.expected);
      } else {
        CHECK(result.status().code() == StatusCode::kInvalidArgument);
        CHECK(result.status().message() == c.expected);
      }
    }
  }
}

TEST_CASE("bad files among good ones are warnings naming each", "[ingest]") {
  TempDir dir;
  const std::string good = dir.Write("bai/good.txt", "Tiêu đề\n\nViệt Nam và Lào ký thỏa thuận.");
  const std::string empty = dir.Write("bai/empty.txt", "");
  const std::string broken = dir.Write("bai/broken.txt", "Hợp tác Việt – Lào \xC3 bền vững.");
  const std::string binary = dir.Write("bai/blob.txt", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10));
  dir.Write("bai/.hidden.txt", "Ẩn.");
  dir.Write("bai/.git/HEAD.txt", "Ẩn.");
  dir.Write("bai/notes.md", "Không đọc.");

  StatusOr<IngestResult> result = ReadPaths({(dir.path() / "bai").string()}, IngestOptions{});
  REQUIRE(result.ok());
  REQUIRE(result->documents.size() == 2);
  CHECK(result->documents[0].source_path == broken);  // sorted: broken < good
  CHECK(result->documents[1].source_path == good);
  CHECK(result->documents[1].title == "Tiêu đề");
  CHECK(result->files_skipped == 2);  // .hidden.txt, notes.md (.git is not entered)
  CHECK_THAT(WarningsFor(*result, empty), Contains("empty, skipped"));
  CHECK_THAT(WarningsFor(*result, broken), Contains("1 invalid UTF-8 sequence(s)"));
  CHECK_THAT(WarningsFor(*result, binary), Contains("looks binary, skipped"));
  CHECK(result->warnings.size() == 3);
}

TEST_CASE("directories are walked in a deterministic sorted order", "[ingest]") {
  TempDir dir;
  dir.Write("b.txt", "Bài B.");
  dir.Write("a.TXT", "Bài A.");
  dir.Write("c/z.html", "<p>Bài Z.</p>");
  dir.Write("c/y.jsonl", "{\"text\": \"Bài Y.\"}\n");
  dir.Write("d.json", "[{\"text\": \"Bài D1.\"}, {\"text\": \"Bài D2.\"}]");
  auto texts = [&] {
    StatusOr<IngestResult> result = ReadPaths({dir.path().string()}, IngestOptions{});
    REQUIRE(result.ok());
    std::vector<std::string> out;
    for (const Document& doc : result->documents) out.push_back(doc.text);
    return out;
  };
  const std::vector<std::string> expected = {"Bài A.", "Bài B.", "Bài Y.", "Bài Z.", "Bài D1.", "Bài D2."};
  CHECK(texts() == expected);
  CHECK(texts() == expected);
}

TEST_CASE("duplicates: a file read twice once, the same text in two files warned", "[ingest]") {
  TempDir dir;
  const std::string first = dir.Write("a.txt", "Cùng một nội dung.");
  const std::string copy = dir.Write("b.txt", "Cùng một nội dung.\n");
  StatusOr<IngestResult> result = ReadPaths({first, dir.path().string()}, IngestOptions{});
  REQUIRE(result.ok());
  REQUIRE(result->documents.size() == 1);
  CHECK(result->documents[0].source_path == first);
  REQUIRE(result->warnings.size() == 1);
  CHECK(result->warnings[0].file == copy);
  CHECK_THAT(result->warnings[0].message, Contains("same text as " + first));
}

TEST_CASE("a symlink loop does not hang the walk", "[ingest]") {
  TempDir dir;
  dir.Write("sub/a.txt", "Nội dung.");
  std::error_code ec;
  fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop", ec);
  if (ec) WARN("symlinks unavailable: " << ec.message());
  StatusOr<IngestResult> result = ReadPaths({dir.path().string()}, IngestOptions{});
  REQUIRE(result.ok());
  CHECK(result->documents.size() == 1);
}

TEST_CASE("LoadBoilerplate reads lines and directives, skipping comments", "[ingest]") {
  TempDir dir;
  const std::string path = dir.Write("b.txt", "\xEF\xBB\xBF# chú thích\n\nPhản hồi \r\n  Xem thêm\n@source Nguồn\n");
  auto lines = LoadBoilerplate(path);
  REQUIRE(lines.ok());
  CHECK(*lines == std::vector<std::string>{"Phản hồi", "Xem thêm", "@source Nguồn"});
  CHECK(LoadBoilerplate((dir.path() / "none.txt").string()).status().code() == StatusCode::kNotFound);
  auto shipped = LoadBoilerplate(std::string(COOPGRAPH_SOURCE_DATA_DIR) + "/boilerplate.txt");
  REQUIRE(shipped.ok());
  CHECK(shipped->size() >= 40);
}

// ---- The sample corpus (copies of real articles) ----

struct SampleExpectation {
  const char* file;
  const char* url;
  const char* title;
  const char* outlet;
  const char* text_begins;
  const char* text_ends;
};

const SampleExpectation kSamples[] = {
    {"000_fcf38daca2cc3136.txt", "",
     "Bộ Khoa học và Công nghệ Việt Nam và Lào đẩy mạnh hợp tác về công tác Đảng", "",
     "(ĐCSVN) – Nhằm góp phần", "hợp tác Việt – Lào vào tháng 9/2018./."},
    {"001_d0d9b3e50441874e.txt",
     "http://www.vietnamplus.vn/van-phong-trung-uong-dang-viet-namlao-tang-cuong-hop-tac/447749.vnp",
     "Văn phòng Trung ương Đảng Việt Nam-Lào tăng cường hợp tác", "",
     "Đoàn đại biểu Văn phòng Trung ương Đảng Cộng sản Việt Nam.", "tiếp thân mật./."},
    {"002_c88c3577a02e23b8.txt",
     "https://nhandan.vn/viet-nam-va-lao-tang-cuong-hop-tac-trong-linh-vuc-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-post811730.html",
     "Việt Nam và Lào tăng cường hợp tác trong lĩnh vực khoa học công nghệ và đổi mới sáng tạo",
     "Nhân Dân", "Trong các ngày 28 và 29/5", "đổi mới sáng tạo ở cấp địa phương."},
    {"003_e5388cc7fb59f897.txt", "",
     "Chia sẻ kinh nghiệm về công tác xây dựng đảng giữa Việt Nam và Lào", "Báo Nhân dân",
     "Ngày 15/10, tại Trụ sở Trung ương Đảng", "dự án hợp tác song phương."},
    {"004_fd7dfbe791117c3d.txt", "", "", "", "Bí thư Trung ương Đảng, Chánh Văn phòng",
     "Nhân dân hai nước Việt Nam – Lào./."},
};

TEST_CASE("the sample articles ingest with their metadata", "[ingest]") {
  const std::string dir = std::string(COOPGRAPH_SOURCE_DATA_DIR) + "/sample";
  StatusOr<IngestResult> result = ReadPaths({dir}, DataOptions());
  REQUIRE(result.ok());
  CHECK(result->warnings.empty());
  REQUIRE(result->documents.size() == std::size(kSamples));
  for (std::size_t k = 0; k < std::size(kSamples); ++k) {
    const SampleExpectation& want = kSamples[k];
    const Document& doc = result->documents[k];
    INFO(want.file);
    CHECK(doc.source_path == dir + "/" + want.file);
    CHECK(doc.url == want.url);
    CHECK(doc.title == want.title);
    CHECK(doc.outlet == want.outlet);
    CHECK_THAT(doc.text, Catch::StartsWith(want.text_begins));
    CHECK_THAT(doc.text, Catch::EndsWith(want.text_ends));
    CHECK(doc.text.find("KH&CN;") == std::string::npos);
    CHECK(doc.text.find("leftcenterrightdel") == std::string::npos);
    CHECK(doc.text.find("-----") == std::string::npos);
    CHECK(doc.text.find("Phản hồi") == std::string::npos);
    CHECK(doc.text.find("Nguồn") == std::string::npos);
  }
  CHECK(result->documents[4].byline == "Khánh Linh");
}

// Every line of the article proper survives cleanup: only the URL, title,
// separator, source, byline and boilerplate lines may leave the body.
TEST_CASE("sample bodies keep every line of the article proper", "[ingest]") {
  const IngestOptions options = DataOptions();
  const std::string dir = std::string(COOPGRAPH_SOURCE_DATA_DIR) + "/sample";
  for (const SampleExpectation& want : kSamples) {
    INFO(want.file);
    std::ifstream in(dir + "/" + want.file, std::ios::binary);
    const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    IngestResult result = ParseBytes(want.file, raw, options);
    REQUIRE(result.documents.size() == 1);
    const Document& doc = result.documents[0];
    std::size_t kept = 0;
    std::size_t pos = 0;
    while (pos < raw.size()) {
      std::size_t end = raw.find('\n', pos);
      if (end == std::string::npos) end = raw.size();
      std::string line = raw.substr(pos, end - pos);
      pos = end + 1;
      while (!line.empty() && line.back() == ' ') line.pop_back();
      if (line.compare(0, 2, "\xC2\xA0") == 0) line.erase(0, 2);
      if (line.size() < 60) continue;  // short: titles, boilerplate, bylines
      if (line.compare(0, 4, "http") == 0 || line.rfind("Nguồn", 0) == 0) continue;
      std::string repaired;
      for (std::size_t i = 0; i < line.size(); ++i) {  // the KH&CN; remnant is repaired
        if (line.compare(i, 6, "KH&CN;") == 0) { repaired += "KH&CN"; i += 5; } else repaired += line[i];
      }
      if (repaired == doc.title) continue;
      INFO(repaired);
      CHECK(doc.text.find(repaired) != std::string::npos);
      ++kept;
    }
    CHECK(kept > 0);
  }
}

}  // namespace
}  // namespace coopgraph::ingest

namespace coopgraph::ingest {
namespace {

TEST_CASE("a large .jsonl file read in pieces gives the same documents, names and warnings", "[ingest]") {
  coopgraph::testing::TempDir dir;
  std::string lines;
  for (int i = 1; i <= 60; ++i) {
    if (i % 17 == 0) {
      lines += "{not json\n";  // a bad line: a warning naming its line
    } else if (i % 23 == 0) {
      lines += "{\"text\": \"Bài số 5: Hà Nội tiếp đoàn Lào.\"}\n";  // the text of line 5 again
    } else {
      lines += "{\"title\": \"Tin " + std::to_string(i) + "\", \"text\": \"Bài số " + std::to_string(i) +
               ": Hà Nội tiếp đoàn Lào.\"}\n";
    }
  }
  lines += "{\"text\": \"Dòng cuối không có dấu xuống dòng.\"}";
  const std::string file = dir.Write("news.jsonl", lines);
  IngestOptions whole = DataOptions();
  const IngestResult expected = ReadPaths({file}, whole).value();
  REQUIRE(expected.documents.size() == 56);  // 61 lines, 3 bad, 2 repeats
  for (std::size_t piece : {1, 100, 333, 4096}) {
    for (unsigned threads : {1u, 2u}) {
      CAPTURE(piece, threads);
      IngestOptions in_pieces = DataOptions();
      in_pieces.json_lines_piece_bytes = piece;
      in_pieces.threads = threads;
      const IngestResult read = ReadPaths({file}, in_pieces).value();
      REQUIRE(read.documents.size() == expected.documents.size());
      for (std::size_t i = 0; i < read.documents.size(); ++i) {
        CHECK(read.documents[i].source_path == expected.documents[i].source_path);
        CHECK(read.documents[i].id == expected.documents[i].id);
        CHECK(read.documents[i].title == expected.documents[i].title);
      }
      auto messages = [](const IngestResult& r) {
        std::multiset<std::string> out;
        for (const Warning& w : r.warnings) out.insert(w.file + ": " + w.message);
        return out;
      };
      CHECK(messages(read) == messages(expected));
    }
  }
  CHECK(expected.documents.back().source_path == file + "#61");
  CHECK(expected.warnings.size() == 5);
  CHECK_THAT(WarningsFor(expected, file), Contains("line 17: invalid JSON") && Contains("line 51: invalid JSON"));
  CHECK_THAT(WarningsFor(expected, file + "#46"), Contains("same text as " + file + "#5"));
}

}  // namespace
}  // namespace coopgraph::ingest

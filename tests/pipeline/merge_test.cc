// Building in pieces: `coopgraph extract` on parts of a corpus and `coopgraph
// merge` of their fact streams (and graphs) write the bytes `coopgraph build`
// writes over all of it, in any grouping and order, for any thread count.
// Through the real binary; stdin and stdout as a streaming job gives them.
#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>

#include <string>
#include <vector>

#include "common/generated_corpus.h"
#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::FirstDifference;
using testing::ReadAll;
using testing::RunResult;
using testing::RunShell;
using testing::ShellQuote;
using testing::TempDir;

const std::string kBinary = ShellQuote(COOPGRAPH_BINARY);

// Runs `command` (with its own redirections) in a subshell in `dir`.
RunResult Sh(const std::string& command, const TempDir& tmp) {
  return RunShell("(" + command + ")", tmp, tmp.path().string());
}

RunResult Ok(const std::string& command, const TempDir& tmp) {
  RunResult run = Sh(command, tmp);
  INFO(command << "\nstderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  return run;
}

// A JSON string of `s`.
std::string JsonString(const std::string& s) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

// The .txt articles of `dir` (sorted) as JSON Lines records: the first line
// the title, the rest the text.
std::vector<std::string> Records(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> records;
  for (const std::string& file : files) {
    const std::string text = ReadAll(file);
    const std::size_t nl = text.find('\n');
    records.push_back("{\"title\": " + JsonString(text.substr(0, nl)) + ", \"text\": " + JsonString(text.substr(nl + 1)) +
                      ", \"url\": " + JsonString("https://example.vn/" + std::filesystem::path(file).stem().string()) +
                      "}");
  }
  return records;
}

// Writes records [begin, end) as `name`.
void WriteJsonl(const TempDir& tmp, const std::string& name, const std::vector<std::string>& records,
                std::size_t begin, std::size_t end) {
  std::string bytes;
  for (std::size_t i = begin; i < end; ++i) bytes += records[i] + "\n";
  tmp.Write(name, bytes);
}

void CheckSameGraph(const TempDir& tmp, const std::string& a, const std::string& b) {
  CAPTURE(a, b);
  for (const char* name : {"/graph.jsonld", "/graph.dot"}) {
    CAPTURE(name);
    const std::string left = ReadAll(tmp.Sub(a + name));
    REQUIRE_FALSE(left.empty());
    CHECK(FirstDifference(left, ReadAll(tmp.Sub(b + name))) == "");
  }
}

// Splits `records` into a.jsonl, b.jsonl, c.jsonl; builds them at once and
// extracts each (on 1 and 2 threads); then checks that every grouping of
// merges gives build's bytes.
void CheckMergeEqualsBuild(const TempDir& tmp, const std::vector<std::string>& records) {
  const std::size_t n = records.size();
  REQUIRE(n >= 3);
  WriteJsonl(tmp, "a.jsonl", records, 0, n / 3);
  WriteJsonl(tmp, "b.jsonl", records, n / 3, 2 * n / 3);
  WriteJsonl(tmp, "c.jsonl", records, 2 * n / 3, n);
  const std::string m = kBinary + " merge --no-svg ";
  Ok(kBinary + " build --no-svg --out built a.jsonl b.jsonl c.jsonl", tmp);
  for (const char* part : {"a", "b", "c"}) {
    const std::string p = part;
    Ok(kBinary + " extract --threads 1 --source " + p + ".jsonl < " + p + ".jsonl > " + p + ".facts", tmp);
    Ok(kBinary + " extract --threads 2 --source " + p + ".jsonl < " + p + ".jsonl > " + p + ".facts2", tmp);
    CAPTURE(p);
    CHECK(FirstDifference(ReadAll(tmp.Sub(p + ".facts")), ReadAll(tmp.Sub(p + ".facts2"))) == "");
  }
  Ok(m + "--out abc a.facts b.facts c.facts", tmp);
  CheckSameGraph(tmp, "built", "abc");
  Ok(m + "--threads 1 --out cba c.facts b.facts a.facts", tmp);
  CheckSameGraph(tmp, "built", "cba");
  // merge(merge --facts (A,B), C) and merge(A, merge --facts (B,C)), through pipes.
  Ok(kBinary + " merge --facts a.facts b.facts > ab.facts", tmp);
  Ok(m + "--out ab_c ab.facts c.facts", tmp);
  CheckSameGraph(tmp, "built", "ab_c");
  Ok("cat b.facts c.facts | " + kBinary + " merge --facts - > bc.facts", tmp);
  Ok("cat bc.facts | " + m + "--threads 2 --out a_bc a.facts -", tmp);
  CheckSameGraph(tmp, "built", "a_bc");
  // A partial merge is associative down to its bytes.
  Ok(kBinary + " merge --facts ab.facts c.facts > ab_c.facts", tmp);
  Ok(kBinary + " merge --facts --threads 1 a.facts bc.facts > a_bc.facts", tmp);
  CHECK(FirstDifference(ReadAll(tmp.Sub("ab_c.facts")), ReadAll(tmp.Sub("a_bc.facts"))) == "");
  // A graph as an input: its articles are extracted again.
  Ok(kBinary + " build --no-svg --out built_ab a.jsonl b.jsonl", tmp);
  Ok(m + "--out graph_c built_ab/graph.jsonld c.facts", tmp);
  CheckSameGraph(tmp, "built", "graph_c");
}

TEST_CASE("merge of extracted parts writes build's bytes: the sample split three ways", "[pipeline]") {
  TempDir tmp;
  CheckMergeEqualsBuild(tmp, Records(COOPGRAPH_SOURCE_DATA_DIR "/sample"));
}

TEST_CASE("merge of extracted parts writes build's bytes: a generated corpus", "[pipeline]") {
  TempDir tmp;
  const std::string dir = coopgraph::testing::WriteGeneratedCorpus(tmp, "generated", 240);
  CheckMergeEqualsBuild(tmp, Records(dir));
}

TEST_CASE("extract writes one fact line per article, in input order, warning of bad records", "[pipeline]") {
  TempDir tmp;
  std::vector<std::string> records = Records(COOPGRAPH_SOURCE_DATA_DIR "/sample");
  std::string input = records[0] + "\n{not json\n\n" + records[1] + "\n{\"title\": \"no text\"}\n" + records[0] + "\n" +
                      records[2];  // the last line without its newline
  tmp.Write("in.jsonl", input);
  const RunResult run = Ok(kBinary + " extract --source in.jsonl < in.jsonl", tmp);
  CHECK(std::count(run.out.begin(), run.out.end(), '\n') == 3);
  CHECK(run.out.find("\"source_path\":\"in.jsonl#1\"") < run.out.find("\"source_path\":\"in.jsonl#4\""));
  CHECK(run.out.find("\"source_path\":\"in.jsonl#4\"") < run.out.find("\"source_path\":\"in.jsonl#7\""));
  CHECK_THAT(run.err, Catch::Contains("warning: in.jsonl: line 2: invalid JSON"));
  CHECK_THAT(run.err, Catch::Contains("warning: in.jsonl#5: line 5 has no string \"text\""));
  CHECK_THAT(run.err, Catch::Contains("warning: in.jsonl#6: same text as in.jsonl#1"));
  // build reads the same file to the same articles.
  Ok(kBinary + " extract --source in.jsonl < in.jsonl > in.facts", tmp);
  Ok(kBinary + " build --no-svg --out built in.jsonl", tmp);
  Ok(kBinary + " merge --no-svg --out merged in.facts", tmp);
  CheckSameGraph(tmp, "built", "merged");
  SECTION("an empty input is an empty stream") {
    const RunResult empty = Ok(kBinary + " extract < /dev/null", tmp);
    CHECK(empty.out.empty());
  }
}

TEST_CASE("extract --first-line names a piece of a file as build names those lines of the file", "[pipeline]") {
  TempDir tmp;
  const std::vector<std::string> records = Records(COOPGRAPH_SOURCE_DATA_DIR "/sample");
  REQUIRE(records.size() >= 5);
  // Lines 1-3 and 4-7 of in.jsonl; line 6 repeats line 1's text, across the cut.
  const std::string head = records[0] + "\n" + records[1] + "\n{not json\n";
  const std::string tail = records[2] + "\n" + records[3] + "\n" + records[0] + "\n" + records[4] + "\n";
  tmp.Write("in.jsonl", head + tail);
  tmp.Write("head.jsonl", head);
  tmp.Write("tail.jsonl", tail);
  Ok(kBinary + " extract --source in.jsonl < head.jsonl > head.facts", tmp);
  Ok(kBinary + " extract --source in.jsonl --first-line 4 < tail.jsonl > tail.facts", tmp);
  const std::string tail_facts = ReadAll(tmp.Sub("tail.facts"));
  CHECK(tail_facts.find("\"source_path\":\"in.jsonl#4\"") != std::string::npos);
  CHECK(tail_facts.find("\"source_path\":\"in.jsonl#7\"") != std::string::npos);
  CHECK(tail_facts.find("\"source_path\":\"in.jsonl#1\"") == std::string::npos);
  Ok(kBinary + " build --no-svg --out built in.jsonl", tmp);
  Ok(kBinary + " merge --no-svg --out merged tail.facts head.facts", tmp);
  CheckSameGraph(tmp, "built", "merged");
  SECTION("a warning names the line of the file") {
    const RunResult bad = Ok(kBinary + " extract --source in.jsonl --first-line 101 < head.jsonl", tmp);
    CHECK_THAT(bad.err, Catch::Contains("warning: in.jsonl: line 103: invalid JSON"));
  }
  SECTION("line 0 is a usage error") {
    CHECK(Sh(kBinary + " extract --first-line 0 < head.jsonl", tmp).exit_code == 2);
  }
}

TEST_CASE("the same article in a graph and in fact streams is resolved once, as build would", "[pipeline]") {
  TempDir tmp;
  const std::vector<std::string> records = Records(COOPGRAPH_SOURCE_DATA_DIR "/sample");
  WriteJsonl(tmp, "a.jsonl", records, 0, 3);
  WriteJsonl(tmp, "b.jsonl", records, 2, 5);  // record 2 in both: build keeps a.jsonl#3
  Ok(kBinary + " build --no-svg --out built a.jsonl b.jsonl", tmp);
  Ok(kBinary + " extract --source a.jsonl < a.jsonl > a.facts", tmp);
  Ok(kBinary + " extract --source b.jsonl < b.jsonl > b.facts", tmp);
  Ok(kBinary + " merge --no-svg --out ba b.facts a.facts", tmp);
  CheckSameGraph(tmp, "built", "ba");
  Ok(kBinary + " build --no-svg --out built_a a.jsonl", tmp);
  const RunResult both = Ok(kBinary + " merge --no-svg --out mixed b.facts built_a/graph.jsonld a.facts", tmp);
  CHECK_THAT(both.err, Catch::Contains("article(s) given more than once: kept once"));
  CheckSameGraph(tmp, "built", "mixed");

  SECTION("of two copies the earlier source stays, a record number compared as a number, in any order") {
    const std::string line = ReadAll(tmp.Sub("a.facts")).substr(0, ReadAll(tmp.Sub("a.facts")).find('\n') + 1);
    auto renamed = [&line](const std::string& source) {
      std::string s = line;
      const std::string from = "\"source_path\":\"a.jsonl#1\"";
      return s.replace(s.find(from), from.size(), "\"source_path\":\"" + source + "\"");
    };
    tmp.Write("nine.facts", renamed("x.jsonl#9"));
    tmp.Write("ten.facts", renamed("x.jsonl#10"));
    for (const char* order : {"nine.facts ten.facts", "ten.facts nine.facts"}) {
      const RunResult run = Ok(kBinary + " merge --facts " + order, tmp);
      CHECK(run.out == renamed("x.jsonl#9"));
    }
  }
}

TEST_CASE("merge refuses a bad or truncated fact stream, naming the line (exit 3)", "[pipeline]") {
  TempDir tmp;
  const std::vector<std::string> records = Records(COOPGRAPH_SOURCE_DATA_DIR "/sample");
  WriteJsonl(tmp, "a.jsonl", records, 0, 3);
  Ok(kBinary + " extract --source a.jsonl < a.jsonl > a.facts", tmp);
  const std::string facts = ReadAll(tmp.Sub("a.facts"));
  const std::size_t second = facts.find('\n') + 1;
  SECTION("a bad line") {
    tmp.Write("bad.facts", facts.substr(0, second) + "{\"facts\":1}\n" + facts.substr(second));
    const RunResult run = Sh(kBinary + " merge --no-svg --out out bad.facts", tmp);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("bad.facts:2: document: missing"));
  }
  SECTION("a truncated stream") {
    tmp.Write("cut.facts", facts.substr(0, facts.size() - 100));
    const RunResult run = Sh(kBinary + " merge --no-svg --out out cut.facts", tmp);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("cut.facts:3: not a JSON line"));
    CHECK_FALSE(std::filesystem::exists(tmp.Sub("out/graph.jsonld")));
  }
  SECTION("on stdin") {
    const RunResult run = Sh("printf 'garbage\\n' | " + kBinary + " merge --facts a.facts -", tmp);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("stdin:1: not a JSON line"));
  }
  SECTION("articles given to extract instead of facts") {
    const RunResult run = Sh(kBinary + " merge --no-svg --out out a.jsonl", tmp);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("a.jsonl:1: not a coopgraph fact line"));
  }
  SECTION("usage errors: exit 2") {
    CHECK(Sh(kBinary + " merge", tmp).exit_code == 2);
    CHECK(Sh(kBinary + " merge --no-svg --out out missing.facts", tmp).exit_code == 2);
    CHECK(Sh(kBinary + " extract --threads many < a.jsonl", tmp).exit_code == 2);
  }
  SECTION("an output that cannot be written: exit 1") {
    tmp.Write("file", "x");
    CHECK(Sh(kBinary + " merge --no-svg --out file/out a.facts", tmp).exit_code == 1);
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

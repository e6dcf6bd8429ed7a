// Shared by the libFuzzer targets: how a target is declared, the knowledge
// files loaded once, and a check that stops the run with a message when an
// invariant breaks (libFuzzer then saves the input as a crash).
//
// Each target is written once, as COOPGRAPH_FUZZ_TARGET(name)(data, size).
// Built as a fuzzer it is LLVMFuzzerTestOneInput; built into the test suite
// (COOPGRAPH_FUZZ_REPLAY) it registers under `name`, and a Catch2 test runs it
// on its seed corpus and on every input a fuzzer once crashed on
// (tests/fuzz/replay_test.cc), where a broken invariant throws.
#ifndef COOPGRAPH_FUZZ_FUZZ_UTIL_H_
#define COOPGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "extract/lexicon.h"
#include "coopgraph/ingest/ingest.h"
#include "ingest/parse_bytes.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::fuzz {

using Target = int (*)(const std::uint8_t* data, std::size_t size);

// The targets built into this program, by name (replay builds only).
inline std::map<std::string, Target>& Targets() {
  static std::map<std::string, Target> targets;
  return targets;
}

struct RegisterTarget {
  RegisterTarget(const char* name, Target target) { Targets()[name] = target; }
};

#ifdef COOPGRAPH_FUZZ_REPLAY
#define COOPGRAPH_FUZZ_TARGET(name)                                                       \
  static int FuzzTarget_##name(const std::uint8_t* data, std::size_t size);              \
  static const ::coopgraph::fuzz::RegisterTarget kRegister_##name(#name, &FuzzTarget_##name); \
  static int FuzzTarget_##name
#define COOPGRAPH_FUZZ_FAIL(message) throw std::logic_error(message)
#else
#define COOPGRAPH_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput
#define COOPGRAPH_FUZZ_FAIL(message) (std::fprintf(stderr, "%s\n", (message).c_str()), std::abort())
#endif

// An invariant of the code under test, checked in every build type.
#define FUZZ_CHECK(condition)                                                                    \
  do {                                                                                           \
    if (!(condition)) {                                                                          \
      COOPGRAPH_FUZZ_FAIL(std::string(__FILE__) + ":" + std::to_string(__LINE__) +               \
                          ": invariant failed: " #condition);                                    \
    }                                                                                            \
  } while (0)

// The source tree's data/ (or $COOPGRAPH_DATA).
inline std::string DataDir() {
  if (const char* env = std::getenv("COOPGRAPH_DATA"); env && *env) return env;
  return COOPGRAPH_SOURCE_DATA_DIR;
}

// The knowledge files, loaded on first use and kept for the whole run.
inline const std::shared_ptr<const extract::Lexicon>& SharedLexicon() {
  static const std::shared_ptr<const extract::Lexicon> lexicon = [] {
    auto loaded = extract::LoadLexicon(DataDir());
    if (!loaded.ok()) {
      std::fprintf(stderr, "fuzz: cannot load %s: %s\n", DataDir().c_str(), loaded.status().ToString().c_str());
      std::abort();
    }
    return *loaded;
  }();
  return lexicon;
}

// Ingest options as the pipeline sets them: the real boilerplate rules.
inline const ingest::IngestOptions& SharedIngestOptions() {
  static const ingest::IngestOptions options = [] {
    ingest::IngestOptions o;
    auto lines = ingest::LoadBoilerplate(DataDir() + "/boilerplate.txt");
    if (lines.ok()) o.boilerplate_lines = std::move(*lines);
    return o;
  }();
  return options;
}

// What every format reader promises: documents with non-empty valid UTF-8
// text free of NUL and carriage returns, each warning naming the file.
inline void CheckIngestResult(const std::string& name, const ingest::IngestResult& result) {
  for (const auto& doc : result.documents) {
    FUZZ_CHECK(!doc.text.empty());
    FUZZ_CHECK(IsValidUtf8(doc.text));
    FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
    FUZZ_CHECK(doc.text.find('\r') == std::string::npos);
    FUZZ_CHECK(IsValidUtf8(doc.title) && IsValidUtf8(doc.url) && IsValidUtf8(doc.byline));
    FUZZ_CHECK(doc.id.size() == 16);
    FUZZ_CHECK(doc.source_path.rfind(name, 0) == 0);
  }
  for (const auto& warning : result.warnings) {
    FUZZ_CHECK(warning.file.rfind(name, 0) == 0);
    FUZZ_CHECK(!warning.message.empty());
  }
}

// One fuzz input read as a file named `name` (the extension picks the format).
inline int FuzzIngest(const std::string& name, std::string_view bytes) {
  static const ingest::BytesParser parser(SharedIngestOptions());
  CheckIngestResult(name, parser.Parse(name, bytes));
  return 0;
}

}  // namespace coopgraph::fuzz

#endif  // COOPGRAPH_FUZZ_FUZZ_UTIL_H_

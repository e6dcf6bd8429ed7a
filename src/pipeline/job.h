// Private to src/pipeline: the path Build and Merge share from the articles
// on (build.cc), so both write the same bytes for the same articles.
#ifndef COOPGRAPH_SRC_PIPELINE_JOB_H_
#define COOPGRAPH_SRC_PIPELINE_JOB_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/files.h"
#include "coopgraph/base/status.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/extract/facts_io.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/pipeline/build.h"

namespace coopgraph::pipeline::internal {

// A fact line set aside on disk (Job::spill) until its article's turn: `where`
// names it in errors ("facts.jsonl:12").
struct FactLineOnDisk {
  SpillFile::Extent extent;
  std::string where;
};

// One article on its way to the resolver: its document, and its facts when
// they were read from a fact stream (else they are extracted on the way).
// The text may wait on disk (Job::spill) until the article is extracted, or
// the whole fact line until it is read; then `document` holds the id and
// source_path only (what articles are ordered and deduplicated by).
struct Article {
  ingest::Document document;
  std::optional<extract::ExtractedArticle> facts;
  std::optional<SpillFile::Extent> text_on_disk;
  std::optional<FactLineOnDisk> fact_line;
};

struct Job;

// The facts of `article`, its document made whole: read (from the article,
// or from its fact line on disk, checked against the knowledge files), or
// extracted now. A document whose extraction throws (it should not) is kept
// as an empty article and reported in `failure`, so one bad text cannot end
// the run. Errors: kIoError reading the spill file; kDataLoss "where: …" for
// a fact line that cannot be read. Thread safe for distinct articles.
StatusOr<extract::ExtractedArticle> FactsOf(const Job& job, const extract::Extractor& extractor, Article& article,
                                            Warning* failure);

// A fact line read and checked against the knowledge files (facts extracted
// with other knowledge files point past its tables). Errors: kDataLoss
// "where: …".
StatusOr<extract::ArticleFacts> ReadFacts(const extract::Lexicon& lexicon, std::string_view line,
                                          const std::string& where);

// An unnamed file in TMPDIR for what waits on disk during a run. Errors:
// kIoError naming TMPDIR when there is none, or naming the directory.
StatusOr<std::unique_ptr<SpillFile>> TempSpill();

// The wall time of each stage of a run: Lap(stage) ends the stage begun at
// the previous lap (or at construction).
class Stopwatch {
 public:
  void Lap(const char* stage) {
    const auto now = std::chrono::steady_clock::now();
    timings_.emplace_back(stage, std::chrono::duration<double>(now - start_).count());
    start_ = now;
  }
  std::vector<std::pair<std::string, double>> Take() { return std::move(timings_); }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::vector<std::pair<std::string, double>> timings_;
};

// The knowledge and the outputs of one run.
struct Job {
  std::string data_dir;
  std::shared_ptr<const extract::Lexicon> lexicon;
  std::string home_country;  // checked against the lexicon
  unsigned threads = 1;
  std::string out_dir;
  bool write_svg = true;
  bool force_svg = false;
  std::function<void(std::size_t, std::size_t)> progress;
  const SpillFile* spill = nullptr;  // where Article::text_on_disk is
};

// The lexicon of `data_dir` (resolved by ResolveDataDir) and the checked home
// country (none: no resolving, not checked), into a Job. Errors:
// kInvalidArgument for a missing directory or an unknown home country;
// kDataLoss for a knowledge file that cannot be read.
StatusOr<Job> LoadJob(const std::string& data_dir, const std::optional<std::string>& home_country,
                      unsigned threads);

// Resolves `articles` (extracting those without facts, in id order) and
// writes the graph files. `summary` brings the warnings and notices so far;
// its timings are those of `stopwatch`, lapped after each stage. Errors:
// kIoError when the output cannot be written.
StatusOr<BuildSummary> ResolveAndWrite(const Job& job, std::vector<Article> articles, BuildSummary summary,
                                       Stopwatch* stopwatch);

// The articles stored in a graph that coopgraph wrote, as the documents
// they were read as, their bodies from the body file beside it
// (exporters::kArticleBodiesFile). Errors (naming the path and the node):
// those of ReadJsonLd and ReadArticleBodies; kDataLoss when the body file or
// an article's body in it is missing.
StatusOr<std::vector<ingest::Document>> StoredArticles(const std::string& path);

}  // namespace coopgraph::pipeline::internal

#endif  // COOPGRAPH_SRC_PIPELINE_JOB_H_

#include "coopgraph/pipeline/build.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/graph/build.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/resolve/resolve.h"

namespace coopgraph::pipeline {
namespace {

bool IsDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Extracts every document on `threads` workers; results keep input order.
// A document whose extraction throws (it should not) is kept as an empty
// article and reported, so one bad text cannot end the run.
std::vector<extract::ExtractedArticle> ExtractAll(const extract::Extractor& extractor,
                                                  const std::vector<ingest::Document>& docs,
                                                  unsigned threads, const BuildOptions& options,
                                                  std::vector<Warning>* warnings) {
  std::vector<extract::ExtractedArticle> out(docs.size());
  std::vector<std::string> failures(docs.size());
  std::atomic<std::size_t> next{0}, done{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < docs.size();) {
      try {
        out[i] = extractor.Extract(docs[i]);
      } catch (const std::exception& e) {
        out[i] = extract::ExtractedArticle();
        out[i].article_id = docs[i].id;
        failures[i] = std::string("extraction failed, article kept without facts: ") + e.what();
      }
      std::size_t d = done.fetch_add(1) + 1;
      if (options.progress && threads == 1) options.progress(d, docs.size());
    }
  };
  if (threads <= 1 || docs.size() < 2) {
    threads = 1;
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
    if (options.progress) options.progress(docs.size(), docs.size());
  }
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (!failures[i].empty()) warnings->push_back({docs[i].source_path, failures[i]});
  return out;
}

}  // namespace

std::string ResolveDataDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("COOPGRAPH_DATA"); env && *env) return env;
#ifdef COOPGRAPH_SOURCE_DATA_DIR
  if (IsDirectory(COOPGRAPH_SOURCE_DATA_DIR)) return COOPGRAPH_SOURCE_DATA_DIR;
#endif
#ifdef COOPGRAPH_INSTALL_DATA_DIR
  return COOPGRAPH_INSTALL_DATA_DIR;
#else
  return "data";
#endif
}

StatusOr<BuildSummary> Build(const BuildOptions& options) {
  if (options.inputs.empty()) return InvalidArgumentError("no input paths given");
  std::vector<std::pair<std::string, double>> timings;
  auto clock = std::chrono::steady_clock::now();
  auto lap = [&](const char* stage) {
    auto now = std::chrono::steady_clock::now();
    timings.emplace_back(stage, std::chrono::duration<double>(now - clock).count());
    clock = now;
  };
  const std::string data_dir = ResolveDataDir(options.data_dir);
  if (!IsDirectory(data_dir)) return NotFoundError(data_dir + ": data directory not found");
  auto lexicon = extract::Lexicon::Load(data_dir);
  if (!lexicon.ok()) return lexicon.status();
  auto boilerplate = ingest::LoadBoilerplate(data_dir + "/boilerplate.txt");
  if (!boilerplate.ok()) return boilerplate.status();

  lap("load knowledge");
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  ingest::IngestOptions ingest_options;
  ingest_options.threads = threads;
  ingest_options.boilerplate_lines = std::move(*boilerplate);
  auto ingested = ingest::ReadPaths(options.inputs, ingest_options);
  if (!ingested.ok()) return ingested.status();

  lap("ingest");
  extract::Extractor extractor(*lexicon);
  auto extracted = ExtractAll(extractor, ingested->documents, threads, options, &ingested->warnings);

  lap("extract");
  resolve::ResolveOptions resolve_options;
  resolve_options.home_country = options.home_country;
  resolve::Resolver resolver(*lexicon, resolve_options);
  for (std::size_t i = 0; i < extracted.size(); ++i) {
    resolver.Add(ingested->documents[i], std::move(extracted[i]));
  }
  resolve::Resolution resolution = resolver.Finish();
  lap("resolve");
  graph::KnowledgeGraph graph = graph::BuildGraph(resolution);
  lap("graph");

  exporters::WriteOptions write_options;
  write_options.write_svg = options.write_svg;
  write_options.force_svg = options.force_svg;
  write_options.threads = threads;
  auto report = exporters::WriteAll(graph, options.out_dir, write_options);
  if (!report.ok()) return report.status();
  lap("write");

  BuildSummary summary;
  summary.articles = graph.CountKind(graph::NodeKind::kArticle);
  summary.persons = graph.CountKind(graph::NodeKind::kPerson);
  summary.organizations = graph.CountKind(graph::NodeKind::kOrganization);
  summary.meetings = graph.CountKind(graph::NodeKind::kEvent);
  summary.agreements = graph.CountKind(graph::NodeKind::kAgreement);
  summary.warnings = std::move(ingested->warnings);
  summary.notices = std::move(report->notices);
  summary.written = std::move(report->written);
  summary.timings = std::move(timings);
  return summary;
}

}  // namespace coopgraph::pipeline

#include "coopgraph/pipeline/build.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <future>
#include <mutex>
#include <set>
#include <thread>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/graph/build.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/normalize/normalize.h"
#include "coopgraph/resolve/resolve.h"

namespace coopgraph::pipeline {
namespace {

bool IsDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Extracts every document on `threads` workers, in article-id order. The
// resolver takes each result as soon as it and every article before it are
// done, on whichever worker finds it free, so resolution overlaps extraction
// without a thread of its own. A document whose extraction throws (it should
// not) is kept as an empty article and reported, so one bad text cannot end
// the run.
void ExtractAndResolve(const extract::Extractor& extractor, const std::vector<ingest::Document>& docs,
                       unsigned threads, const BuildOptions& options, resolve::Resolver* resolver,
                       std::vector<Warning>* warnings) {
  std::vector<std::size_t> order(docs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docs[a].id < docs[b].id; });

  std::vector<extract::ExtractedArticle> out(docs.size());  // by position in `order`
  std::vector<std::string> failures(docs.size());
  std::vector<char> ready(docs.size(), 0);
  std::mutex state;           // guards out and ready
  std::mutex resolving;       // held by the worker feeding the resolver
  std::size_t resolved = 0;   // guarded by `resolving`
  std::atomic<std::size_t> next{0};

  // Feeds the resolver every finished article that comes next in id order.
  auto drain = [&] {
    for (;;) {
      extract::ExtractedArticle article;
      {
        std::lock_guard<std::mutex> lock(state);
        if (resolved == order.size() || !ready[resolved]) return;
        article = std::move(out[resolved]);
      }
      resolver->Add(docs[order[resolved]], std::move(article));
      ++resolved;
      if (options.progress) options.progress(resolved, docs.size());
    }
  };
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < order.size();) {
      const std::size_t i = order[k];
      extract::ExtractedArticle result;
      try {
        result = extractor.Extract(docs[i]);
      } catch (const std::exception& e) {
        result = extract::ExtractedArticle();
        result.article_id = docs[i].id;
        failures[i] = std::string("extraction failed, article kept without facts: ") + e.what();
      }
      {
        std::lock_guard<std::mutex> lock(state);
        out[k] = std::move(result);
        ready[k] = 1;
      }
      if (resolving.try_lock()) {
        drain();
        resolving.unlock();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < docs.size(); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  drain();  // what a worker finished while another held the resolver
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (!failures[i].empty()) warnings->push_back({docs[i].source_path, failures[i]});
}

}  // namespace

std::string ResolveDataDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("COOPGRAPH_DATA"); env && *env) return env;
#ifdef COOPGRAPH_INSTALL_DATA_DIR
  return COOPGRAPH_INSTALL_DATA_DIR;
#else
  return "data";
#endif
}

StatusOr<BuildSummary> Build(const BuildOptions& options) {
  if (options.inputs.empty() && options.graph_path.empty()) return InvalidArgumentError("no input paths given");
  std::vector<std::pair<std::string, double>> timings;
  auto clock = std::chrono::steady_clock::now();
  auto lap = [&](const char* stage) {
    auto now = std::chrono::steady_clock::now();
    timings.emplace_back(stage, std::chrono::duration<double>(now - clock).count());
    clock = now;
  };
  const std::string data_dir = ResolveDataDir(options.data_dir);
  if (!IsDirectory(data_dir)) return NotFoundError(data_dir + ": data directory not found");
  // Ingest needs only the boilerplate lines: the lexicon loads beside it.
  std::future<StatusOr<std::shared_ptr<const extract::Lexicon>>> loading =
      std::async(std::launch::async, [&data_dir] { return extract::Lexicon::Load(data_dir); });
  auto boilerplate = ingest::LoadBoilerplate(data_dir + "/boilerplate.txt");
  if (!boilerplate.ok()) return boilerplate.status();

  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  ingest::IngestOptions ingest_options;
  ingest_options.threads = threads;
  ingest_options.boilerplate_lines = std::move(*boilerplate);
  ingest_options.match_key = [](std::string_view text) { return normalize::MatchKey(text); };
  ingest_options.date_published = options.date_published;
  StatusOr<ingest::IngestResult> ingested = ingest::IngestResult();
  if (!options.inputs.empty()) ingested = ingest::ReadPaths(options.inputs, ingest_options);
  if (!ingested.ok()) return ingested.status();
  std::vector<std::string> notices;
  if (!options.graph_path.empty()) {
    auto known = ingest::ReadGraphArticles(options.graph_path);
    if (!known.ok()) return known.status();
    std::set<std::string> ids;
    for (const auto& doc : *known) ids.insert(doc.id);
    std::size_t already = 0;
    for (auto& doc : ingested->documents) {
      if (ids.count(doc.id)) {
        ++already;
      } else {
        known->push_back(std::move(doc));
      }
    }
    if (already > 0) {
      notices.push_back(std::to_string(already) + " input article(s) already in " + options.graph_path +
                        ": unchanged");
    }
    ingested->documents = std::move(*known);
  }

  lap("ingest");
  auto lexicon = loading.get();
  if (!lexicon.ok()) return lexicon.status();
  lap("load knowledge");
  extract::Extractor extractor(*lexicon);
  resolve::ResolveOptions resolve_options;
  resolve_options.home_country = options.home_country;
  resolve::Resolver resolver(*lexicon, resolve_options);
  ExtractAndResolve(extractor, ingested->documents, threads, options, &resolver, &ingested->warnings);
  lap("extract and resolve");
  resolve::Resolution resolution = resolver.Finish();
  lap("finish resolving");
  graph::KnowledgeGraph graph = graph::BuildGraph(std::move(resolution));
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
  summary.notices = std::move(notices);
  for (auto& notice : report->notices) summary.notices.push_back(std::move(notice));
  summary.written = std::move(report->written);
  summary.timings = std::move(timings);
  return summary;
}

}  // namespace coopgraph::pipeline

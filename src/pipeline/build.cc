#include "coopgraph/pipeline/build.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <future>
#include <set>

#include "base/ordered_parallel.h"
#include "base/files.h"
#include "extract/lexicon.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/graph/build.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/resolve/resolve.h"

namespace coopgraph::pipeline {
namespace {

// Extracts every document on `threads` workers, in article-id order. The
// resolver takes each result as soon as it and every article before it are
// done, on whichever worker is free, so resolution overlaps extraction
// without a thread of its own; it takes the document too (its text moves on
// to the graph, never copied). A document whose extraction throws (it should
// not) is kept as an empty article and reported, so one bad text cannot end
// the run.
void ExtractAndResolve(const extract::Extractor& extractor, std::vector<ingest::Document> docs, unsigned threads,
                       const BuildOptions& options, resolve::Resolver* resolver, std::vector<Warning>* warnings) {
  std::vector<std::size_t> order(docs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docs[a].id < docs[b].id; });

  std::vector<Warning> failures(docs.size());  // by document; an empty message: none
  auto extract_one = [&](std::size_t k) {
    const std::size_t i = order[k];
    try {
      return extractor.Extract(docs[i]);
    } catch (const std::exception& e) {
      failures[i] = {docs[i].source_path, std::string("extraction failed, article kept without facts: ") + e.what()};
    }
    extract::ExtractedArticle empty;
    empty.article_id = docs[i].id;
    return empty;
  };
  auto resolve_one = [&](std::size_t k, extract::ExtractedArticle article) {
    resolver->Add(std::move(docs[order[k]]), std::move(article));
    if (options.progress) options.progress(k + 1, docs.size());
    return Status::Ok();
  };
  (void)OrderedParallel(docs.size(), threads, extract_one, resolve_one);  // resolve never fails
  for (Warning& failure : failures)
    if (!failure.message.empty()) warnings->push_back(std::move(failure));
}

// The articles stored in a graph that coopgraph wrote (its NewsArticle nodes
// with their articleBody), in graph order, as the documents they were read
// as, so a graph can grow by adding articles to it. Errors (naming the path
// and the node): those of ReadJsonLd; kDataLoss when an article has no body
// or one that does not hash to its identifier.
StatusOr<std::vector<ingest::Document>> StoredArticles(const std::string& path) {
  StatusOr<graph::KnowledgeGraph> kg = exporters::ReadJsonLd(path);
  if (!kg.ok()) return kg.status();
  std::vector<ingest::Document> out;
  for (auto [v, end] = boost::vertices(kg->graph()); v != end; ++v) {
    graph::Node& node = kg->mutable_node(*v);
    auto* info = std::get_if<graph::ArticleInfo>(&node.info);
    if (info == nullptr) continue;
    const std::string where = path + " (" + node.id + "): ";
    ingest::Document doc;
    doc.id = info->content_hash;
    doc.url = info->url;
    doc.title = info->title;
    doc.date_published = info->date_published;
    doc.outlet = info->outlet;
    doc.source_path = info->source_path;
    doc.text = std::move(info->text);  // the graph is dropped: the text moves on
    if (doc.text.empty()) {
      return DataLossError(where + "the article has no articleBody, so it cannot be read again; rebuild the "
                           "graph from its sources");
    }
    if (doc.id.empty() || node.id != graph::ArticleNodeId(doc.id)) {
      return DataLossError(where + "identifier \"" + doc.id + "\" does not match the article id");
    }
    if (!ingest::IsIntact(doc)) return DataLossError(where + "articleBody does not hash to the identifier (edited?)");
    out.push_back(std::move(doc));
  }
  return out;
}

// A knowledge file that is missing from the data directory is bad data
// (exit 3), like one that cannot be read as such.
Status KnowledgeError(const Status& status) {
  return status.code() == StatusCode::kNotFound ? DataLossError(status.message()) : status;
}

// The two-letter code of a country the lexicon knows, upper-cased ("vn" is
// "VN"); "" when it knows none by that code.
std::string HomeCountry(const extract::Lexicon& lexicon, std::string code) {
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code.size() == 2 && lexicon.CountryByIso(code) != nullptr ? code : "";
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
  if (!IsDirectory(data_dir)) return InvalidArgumentError(data_dir + ": data directory not found");
  // Ingest needs only the boilerplate lines: the lexicon loads beside it.
  std::future<StatusOr<std::shared_ptr<const extract::Lexicon>>> loading =
      std::async(std::launch::async, [&data_dir] { return extract::LoadLexicon(data_dir); });
  auto boilerplate = ingest::LoadBoilerplate(data_dir + "/boilerplate.txt");
  if (!boilerplate.ok()) return KnowledgeError(boilerplate.status());

  const unsigned threads = ThreadsOrCores(options.threads);
  ingest::IngestOptions ingest_options;
  ingest_options.threads = threads;
  ingest_options.boilerplate_lines = std::move(*boilerplate);
  ingest_options.date_published = options.date_published;
  StatusOr<ingest::IngestResult> ingested = ingest::IngestResult();
  if (!options.inputs.empty()) ingested = ingest::ReadPaths(options.inputs, ingest_options);
  if (!ingested.ok()) return ingested.status();
  std::vector<std::string> notices;
  if (!options.graph_path.empty()) {
    auto known = StoredArticles(options.graph_path);
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
  if (!lexicon.ok()) return KnowledgeError(lexicon.status());
  const std::string home_country = HomeCountry(**lexicon, options.home_country);
  if (home_country.empty()) {
    return InvalidArgumentError("--home-country \"" + options.home_country +
                                "\": not the ISO 3166 code of a country in " + data_dir + "/countries.tsv (e.g. VN)");
  }
  lap("load knowledge");
  extract::Extractor extractor(*lexicon);
  resolve::ResolveOptions resolve_options;
  resolve_options.home_country = home_country;
  resolve::Resolver resolver(*lexicon, resolve_options);
  ExtractAndResolve(extractor, std::move(ingested->documents), threads, options, &resolver, &ingested->warnings);
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

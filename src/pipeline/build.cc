#include "coopgraph/pipeline/build.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <future>
#include <optional>
#include <set>
#include <unordered_map>

#include "base/ordered_parallel.h"
#include "base/files.h"
#include "extract/lexicon.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/graph/build.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/resolve/resolve.h"
#include "pipeline/job.h"

namespace coopgraph::pipeline {
namespace internal {
namespace {

// `on_disk`: where the texts ingest set aside are, by document id.
std::vector<Article> ToArticles(std::vector<ingest::Document> docs,
                                const std::unordered_map<std::string, SpillFile::Extent>& on_disk) {
  std::vector<Article> out(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (auto it = on_disk.find(docs[i].id); it != on_disk.end()) out[i].text_on_disk = it->second;
    out[i].document = std::move(docs[i]);
  }
  return out;
}

}  // namespace

StatusOr<extract::ArticleFacts> ReadFacts(const extract::Lexicon& lexicon, std::string_view line,
                                          const std::string& where) {
  StatusOr<extract::ArticleFacts> facts = extract::ReadFactLine(line, where);
  if (!facts.ok()) return facts.status();
  const std::vector<extract::Mention>& mentions = facts->extracted.mentions;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const extract::Mention& m = mentions[i];
    if (m.known_index < 0) continue;
    std::size_t size = 0;
    if (m.kind == extract::MentionKind::kPerson) {
      size = lexicon.public_figures().size();
    } else if (m.kind == extract::MentionKind::kOrganization) {
      size = lexicon.known_orgs().size();
    } else {
      continue;  // the resolver does not look it up
    }
    if (static_cast<std::size_t>(m.known_index) >= size) {
      return DataLossError(where + ": mentions[" + std::to_string(i) + "].known_index " +
                           std::to_string(m.known_index) +
                           " is not in the knowledge files (extracted with other data? extract again)");
    }
  }
  return facts;
}

StatusOr<extract::ExtractedArticle> FactsOf(const Job& job, const extract::Extractor& extractor, Article& article,
                                            Warning* failure) {
  if (article.facts) return std::move(*article.facts);
  if (article.fact_line) {
    StatusOr<std::string> line = job.spill->Read(article.fact_line->extent);
    if (!line.ok()) return line.status();
    StatusOr<extract::ArticleFacts> facts = ReadFacts(*job.lexicon, *line, article.fact_line->where);
    if (!facts.ok()) return facts.status();
    if (facts->document.id != article.document.id) {
      return DataLossError(article.fact_line->where +
                           ": the document id is not the one the line starts with (\"id\" given twice?)");
    }
    article.document = std::move(facts->document);
    return std::move(facts->extracted);
  }
  if (article.text_on_disk) {
    StatusOr<std::string> text = job.spill->Read(*article.text_on_disk);
    if (!text.ok()) return text.status();
    article.document.text = std::move(*text);
  }
  try {
    return extractor.Extract(article.document);
  } catch (const std::exception& e) {
    *failure = {article.document.source_path,
                std::string("extraction failed, article kept without facts: ") + e.what()};
  }
  extract::ExtractedArticle empty;
  empty.article_id = article.document.id;
  return empty;
}

StatusOr<std::unique_ptr<SpillFile>> TempSpill() {
  std::error_code no_temp_dir;
  const std::filesystem::path temp_dir = std::filesystem::temp_directory_path(no_temp_dir);
  if (no_temp_dir) return IoError("no directory for temporary files (TMPDIR): " + no_temp_dir.message());
  return SpillFile::Create(temp_dir.string());
}

namespace {

// The order of `articles` by id.
std::vector<std::size_t> IdOrder(const std::vector<Article>& articles) {
  std::vector<std::size_t> order(articles.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return articles[a].document.id < articles[b].document.id; });
  return order;
}

// Extracts the articles without facts on `threads` workers, in article-id
// order. The resolver takes each result as soon as it and every article
// before it are done, on whichever worker is free, so resolution overlaps
// extraction without a thread of its own; the article's body goes to the
// body file then, and no text is kept past its article.
Status ExtractAndResolve(const extract::Extractor& extractor, std::vector<Article> articles, const Job& job,
                         resolve::Resolver* resolver, exporters::ArticleBodyWriter* bodies,
                         std::vector<Warning>* warnings) {
  const std::vector<std::size_t> order = IdOrder(articles);
  std::vector<Warning> failures(articles.size());  // by article; an empty message: none
  auto extract_one = [&](std::size_t k) { return FactsOf(job, extractor, articles[order[k]], &failures[order[k]]); };
  auto resolve_one = [&](std::size_t k, StatusOr<extract::ExtractedArticle> facts) {
    if (!facts.ok()) return facts.status();
    ingest::Document document = std::move(articles[order[k]].document);
    if (Status s = resolver->Add(document, *facts); !s.ok()) return s;
    if (Status s = bodies->Add(document.id, document.text); !s.ok()) return s;
    if (job.progress) job.progress(k + 1, articles.size());
    return Status::Ok();
  };
  if (Status s = OrderedParallel(articles.size(), job.threads, extract_one, resolve_one); !s.ok()) return s;
  for (Warning& failure : failures)
    if (!failure.message.empty()) warnings->push_back(std::move(failure));
  return Status::Ok();
}

}  // namespace

StatusOr<BuildSummary> ResolveAndWrite(const Job& job, std::vector<Article> articles, BuildSummary summary,
                                       Stopwatch* stopwatch) {
  extract::Extractor extractor(job.lexicon);
  resolve::ResolveOptions resolve_options;
  resolve_options.home_country = job.home_country;
  resolve::Resolver resolver(job.lexicon, resolve_options);
  StatusOr<std::unique_ptr<exporters::ArticleBodyWriter>> bodies = exporters::ArticleBodyWriter::Open(job.out_dir);
  if (!bodies.ok()) return bodies.status();
  if (Status s = ExtractAndResolve(extractor, std::move(articles), job, &resolver, bodies->get(), &summary.warnings);
      !s.ok()) {
    return s;
  }
  stopwatch->Lap("extract and resolve");
  resolve::Resolution resolution = resolver.Finish();
  stopwatch->Lap("finish resolving");
  graph::KnowledgeGraph graph = graph::BuildGraph(std::move(resolution));
  stopwatch->Lap("graph");

  exporters::WriteOptions write_options;
  write_options.write_svg = job.write_svg;
  write_options.force_svg = job.force_svg;
  write_options.threads = job.threads;
  write_options.bodies = bodies->get();
  auto report = exporters::WriteAll(graph, job.out_dir, write_options);
  if (!report.ok()) return report.status();
  stopwatch->Lap("write");

  summary.articles = graph.CountKind(graph::NodeKind::kArticle);
  summary.persons = graph.CountKind(graph::NodeKind::kPerson);
  summary.organizations = graph.CountKind(graph::NodeKind::kOrganization);
  summary.meetings = graph.CountKind(graph::NodeKind::kEvent);
  summary.agreements = graph.CountKind(graph::NodeKind::kAgreement);
  for (auto& notice : report->notices) summary.notices.push_back(std::move(notice));
  summary.written = std::move(report->written);
  summary.timings = stopwatch->Take();
  return summary;
}

StatusOr<std::vector<ingest::Document>> StoredArticles(const std::string& path) {
  StatusOr<graph::KnowledgeGraph> kg = exporters::ReadJsonLd(path);
  if (!kg.ok()) return kg.status();
  const std::string bodies_path = exporters::ArticleBodiesBeside(path);
  StatusOr<std::unordered_map<std::string, std::string>> bodies = exporters::ReadArticleBodies(bodies_path);
  if (!bodies.ok()) {
    if (bodies.status().code() != StatusCode::kNotFound) return bodies.status();
    return DataLossError(path + ": its article bodies are not beside it (" + bodies_path +
                         "), so its articles cannot be read again; rebuild the graph from its sources");
  }
  std::vector<ingest::Document> out;
  for (auto [v, end] = boost::vertices(kg->graph()); v != end; ++v) {
    const graph::Node& node = kg->node(*v);
    const auto* info = std::get_if<graph::ArticleInfo>(&node.info);
    if (info == nullptr) continue;
    const std::string where = path + " (" + node.id + "): ";
    if (info->content_hash.empty() || node.id != graph::ArticleNodeId(info->content_hash)) {
      return DataLossError(where + "identifier \"" + info->content_hash + "\" does not match the article id");
    }
    auto body = bodies->find(info->content_hash);
    if (body == bodies->end()) {
      return DataLossError(where + "its body is not in " + bodies_path + "; rebuild the graph from its sources");
    }
    ingest::Document doc;
    doc.id = info->content_hash;
    doc.url = info->url;
    doc.title = info->title;
    doc.date_published = info->date_published;
    doc.outlet = info->outlet;
    doc.source_path = info->source_path;
    doc.text = std::move(body->second);  // each body is read once: it moves on
    out.push_back(std::move(doc));
  }
  return out;
}

namespace {

// A knowledge file that is missing from the data directory is bad data
// (exit 3), like one that cannot be read as such.
Status KnowledgeError(const Status& status) {
  return status.code() == StatusCode::kNotFound ? DataLossError(status.message()) : status;
}

// The two-letter code of a country the lexicon knows, upper-cased ("vn" is
// "VN"). Errors: kInvalidArgument when it knows none by that code.
StatusOr<std::string> HomeCountry(const extract::Lexicon& lexicon, const std::string& code,
                                  const std::string& data_dir) {
  std::string upper = code;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper.size() == 2 && lexicon.CountryByIso(upper) != nullptr) return upper;
  return InvalidArgumentError("--home-country \"" + code + "\": not the ISO 3166 code of a country in " + data_dir +
                              "/countries.tsv (e.g. VN)");
}

}  // namespace

StatusOr<Job> LoadJob(const std::string& data_dir, const std::optional<std::string>& home_country,
                      unsigned threads) {
  Job job;
  job.data_dir = ResolveDataDir(data_dir);
  if (!IsDirectory(job.data_dir)) return InvalidArgumentError(job.data_dir + ": data directory not found");
  auto lexicon = extract::LoadLexicon(job.data_dir);
  if (!lexicon.ok()) return KnowledgeError(lexicon.status());
  job.lexicon = std::move(*lexicon);
  if (home_country) {
    auto home = HomeCountry(*job.lexicon, *home_country, job.data_dir);
    if (!home.ok()) return home.status();
    job.home_country = std::move(*home);
  }
  job.threads = ThreadsOrCores(threads);
  return job;
}

}  // namespace internal

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
  using internal::KnowledgeError;
  if (options.inputs.empty() && options.graph_path.empty()) return InvalidArgumentError("no input paths given");
  internal::Stopwatch stopwatch;
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
  // Each text waits on disk (in TMPDIR) until its article is extracted, so
  // memory holds what is found, not the corpus.
  StatusOr<std::unique_ptr<SpillFile>> spill = internal::TempSpill();
  if (!spill.ok()) return spill.status();
  std::unordered_map<std::string, SpillFile::Extent> on_disk;
  ingest_options.on_document = [&](ingest::Document& doc) -> Status {
    StatusOr<SpillFile::Extent> extent = (*spill)->Append(doc.text);
    if (!extent.ok()) return extent.status();
    on_disk.emplace(doc.id, *extent);
    std::string().swap(doc.text);
    return Status::Ok();
  };
  StatusOr<ingest::IngestResult> ingested = ingest::IngestResult();
  if (!options.inputs.empty()) ingested = ingest::ReadPaths(options.inputs, ingest_options);
  if (!ingested.ok()) return ingested.status();
  std::vector<std::string> notices;
  if (!options.graph_path.empty()) {
    auto known = internal::StoredArticles(options.graph_path);
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

  stopwatch.Lap("ingest");
  auto lexicon = loading.get();
  if (!lexicon.ok()) return KnowledgeError(lexicon.status());
  auto home_country = internal::HomeCountry(**lexicon, options.home_country, data_dir);
  if (!home_country.ok()) return home_country.status();
  stopwatch.Lap("load knowledge");
  internal::Job job;
  job.data_dir = data_dir;
  job.lexicon = *lexicon;
  job.home_country = std::move(*home_country);
  job.threads = threads;
  job.out_dir = options.out_dir;
  job.write_svg = options.write_svg;
  job.force_svg = options.force_svg;
  job.progress = options.progress;
  job.spill = spill->get();
  BuildSummary summary;
  summary.warnings = std::move(ingested->warnings);
  summary.notices = std::move(notices);
  std::vector<internal::Article> articles = internal::ToArticles(std::move(ingested->documents), on_disk);
  return internal::ResolveAndWrite(job, std::move(articles), std::move(summary), &stopwatch);
}

}  // namespace coopgraph::pipeline

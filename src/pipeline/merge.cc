// Building in pieces: `coopgraph extract` (articles as JSON Lines in, fact
// lines out) and `coopgraph merge` (fact streams and graphs in, the graph
// Build would write out, or the merged fact stream). Both end in the path
// Build takes (pipeline/job.h), so the bytes are the same.
#include <algorithm>
#include <filesystem>
#include <istream>
#include <iterator>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/files.h"
#include "base/ordered_parallel.h"
#include "coopgraph/extract/facts_io.h"
#include "coopgraph/pipeline/build.h"
#include "extract/lexicon.h"
#include "pipeline/job.h"

namespace coopgraph::pipeline {
namespace {

using internal::Article;

// Lines read from the input stream at a time: the work handed to the
// extraction threads between two writes. Fixed, so warnings and bytes do not
// depend on the thread count.
constexpr std::size_t kChunkLines = 256;

// Writes the fact lines of `articles` (extracting those without facts) in
// their order to `out`, on `threads` workers. Extraction failures become
// warnings. Errors: kIoError when `out` fails.
Status WriteFacts(const internal::Job& job, const extract::Extractor& extractor, std::vector<Article>& articles,
                  std::ostream& out, std::vector<Warning>* warnings) {
  std::vector<Warning> failures(articles.size());
  auto make = [&](std::size_t i) -> StatusOr<std::string> {
    StatusOr<extract::ExtractedArticle> facts = internal::FactsOf(job, extractor, articles[i], &failures[i]);
    if (!facts.ok()) return facts.status();
    std::string line = extract::WriteFactLine(articles[i].document, *facts);
    articles[i].document = ingest::Document();  // written: its text is not needed any more
    return line;
  };
  auto take = [&](std::size_t, StatusOr<std::string> line) {
    if (!line.ok()) return line.status();
    out.write(line->data(), static_cast<std::streamsize>(line->size()));
    return out ? Status::Ok() : IoError("standard output: cannot write the fact stream");
  };
  Status status = OrderedParallel(articles.size(), job.threads, make, take);
  for (Warning& failure : failures)
    if (!failure.message.empty()) warnings->push_back(std::move(failure));
  return status;
}

// Whether source_path `a` comes before `b`: by the part before the last '#',
// then by the record number after it as a number ("x#9" before "x#10"), so
// the lines of one .jsonl file keep their order, as build reads them.
bool SourceBefore(std::string_view a, std::string_view b) {
  const std::size_t ha = a.rfind('#');
  const std::size_t hb = b.rfind('#');
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (ha != std::string_view::npos && hb != std::string_view::npos && a.substr(0, ha) == b.substr(0, hb)) {
    std::string_view na = a.substr(ha + 1);
    std::string_view nb = b.substr(hb + 1);
    if (digits(na) && digits(nb)) {
      while (na.size() > 1 && na.front() == '0') na.remove_prefix(1);
      while (nb.size() > 1 && nb.front() == '0') nb.remove_prefix(1);
      if (na.size() != nb.size()) return na.size() < nb.size();
      return na < nb;
    }
  }
  return a < b;
}

// The articles of all inputs by id; of two copies the one with the earlier
// source_path (SourceBefore) stays, whatever the order they come in.
class ArticleSet {
 public:
  void Add(Article article) {
    const std::string id = article.document.id;
    auto [it, inserted] = by_id_.try_emplace(id);
    if (inserted || SourceBefore(article.document.source_path, it->second.document.source_path)) {
      it->second = std::move(article);
    }
    ++added_;
  }
  std::size_t duplicates() const { return added_ - by_id_.size(); }
  // The articles in id order; the set is empty afterwards.
  std::vector<Article> Take() {
    std::vector<Article> out;
    out.reserve(by_id_.size());
    for (auto& [id, article] : by_id_) out.push_back(std::move(article));
    by_id_.clear();
    return out;
  }

 private:
  std::map<std::string, Article> by_id_;
  std::size_t added_ = 0;
};

// Sets the fact stream `bytes` (named `name` in errors) aside in `spill`,
// a line at a time, and adds each line's article to `set` by the key at its
// start: the lines are read whole later, on the workers, as the resolver
// comes to them (as build extracts), so memory holds keys, not facts.
// Errors: kDataLoss "name:LINE: …" for a line without a key; kIoError.
Status ReadFactStream(const std::string& name, std::string_view bytes, const extract::Lexicon& lexicon,
                      SpillFile* spill, ArticleSet* set) {
  std::size_t number = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(begin, end - begin);
    ++number;
    begin = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = name + ":" + std::to_string(number);
    std::optional<extract::FactLineKey> key = extract::PeekFactLine(line);
    if (!key) {  // not as WriteFactLine writes it: read whole now, which says what is wrong
      StatusOr<extract::ArticleFacts> facts = internal::ReadFacts(lexicon, line, where);
      if (!facts.ok()) return facts.status();
      key = extract::FactLineKey{facts->document.id, facts->document.source_path};
    }
    StatusOr<SpillFile::Extent> extent = spill->Append(line);
    if (!extent.ok()) return extent.status();
    Article article;
    article.document.id = std::move(key->id);
    article.document.source_path = std::move(key->source_path);
    article.fact_line = internal::FactLineOnDisk{*extent, where};
    set->Add(std::move(article));
  }
  return Status::Ok();
}

bool IsGraphPath(const std::string& path) {
  constexpr std::string_view kSuffix = ".jsonld";
  return path.size() >= kSuffix.size() && path.compare(path.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

}  // namespace

StatusOr<ExtractSummary> Extract(std::istream& in, std::ostream& out, const ExtractOptions& options) {
  if (options.first_line == 0) return InvalidArgumentError("first line 0: lines are numbered from 1");
  auto job = internal::LoadJob(options.data_dir, std::nullopt, options.threads);
  if (!job.ok()) return job.status();
  auto boilerplate = ingest::LoadBoilerplate(job->data_dir + "/boilerplate.txt");
  if (!boilerplate.ok()) {
    return boilerplate.status().code() == StatusCode::kNotFound ? DataLossError(boilerplate.status().message())
                                                                : boilerplate.status();
  }
  ingest::IngestOptions ingest_options;
  ingest_options.boilerplate_lines = std::move(*boilerplate);
  ingest::JsonLinesReader reader(options.source_name, ingest_options, options.first_line);
  const extract::Extractor extractor(job->lexicon);

  ExtractSummary summary;
  std::string chunk;
  std::string line;
  while (in) {
    chunk.clear();
    for (std::size_t n = 0; n < kChunkLines && std::getline(in, line); ++n) {
      chunk += line;
      chunk += '\n';
    }
    if (in.bad()) return IoError("standard input: cannot read");
    if (chunk.empty()) break;
    ingest::IngestResult part = reader.Read(chunk);
    for (Warning& w : part.warnings) summary.warnings.push_back(std::move(w));
    std::vector<Article> articles(part.documents.size());
    for (std::size_t i = 0; i < articles.size(); ++i) articles[i].document = std::move(part.documents[i]);
    if (Status s = WriteFacts(*job, extractor, articles, out, &summary.warnings); !s.ok()) return s;
    summary.articles += articles.size();
  }
  out.flush();
  if (!out) return IoError("standard output: cannot write the fact stream");
  return summary;
}

StatusOr<BuildSummary> Merge(const MergeOptions& options) {
  if (options.inputs.empty()) return InvalidArgumentError("no inputs given (fact streams, graph.jsonld files, -)");
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      if (options.standard_input == nullptr) return InvalidArgumentError("-: no standard input to read");
    } else if (std::error_code ec; !std::filesystem::exists(input, ec)) {
      return InvalidArgumentError(input + ": no such file");
    }
  }
  internal::Stopwatch stopwatch;
  auto job = internal::LoadJob(options.data_dir, options.home_country, options.threads);
  if (!job.ok()) return job.status();
  job->out_dir = options.out_dir;
  job->write_svg = options.write_svg;
  job->force_svg = options.force_svg;
  job->progress = options.progress;
  StatusOr<std::unique_ptr<SpillFile>> spill = internal::TempSpill();
  if (!spill.ok()) return spill.status();
  job->spill = spill->get();
  stopwatch.Lap("load knowledge");

  ArticleSet set;
  bool stdin_read = false;
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      if (stdin_read) continue;  // one standard input, read once
      stdin_read = true;
      std::string bytes((std::istreambuf_iterator<char>(*options.standard_input)), std::istreambuf_iterator<char>());
      if (options.standard_input->bad()) return IoError("standard input: cannot read");
      if (Status s = ReadFactStream("stdin", bytes, *job->lexicon, spill->get(), &set); !s.ok()) return s;
    } else if (IsGraphPath(input)) {
      auto docs = internal::StoredArticles(input);
      if (!docs.ok()) return docs.status();
      for (ingest::Document& doc : *docs) {
        Article article;
        article.document = std::move(doc);
        set.Add(std::move(article));
      }
    } else {
      StatusOr<std::string> bytes = ReadFileBytes(input);
      if (!bytes.ok()) return bytes.status();
      if (Status s = ReadFactStream(input, *bytes, *job->lexicon, spill->get(), &set); !s.ok()) return s;
    }
  }
  BuildSummary summary;
  if (set.duplicates() > 0) {
    summary.notices.push_back(std::to_string(set.duplicates()) + " article(s) given more than once: kept once");
  }
  stopwatch.Lap("read");
  std::vector<Article> articles = set.Take();
  if (options.facts_out != nullptr) {
    const extract::Extractor extractor(job->lexicon);
    if (Status s = WriteFacts(*job, extractor, articles, *options.facts_out, &summary.warnings); !s.ok())
      return s;
    options.facts_out->flush();
    if (!*options.facts_out) return IoError("standard output: cannot write the fact stream");
    summary.articles = articles.size();
    stopwatch.Lap("write facts");
    summary.timings = stopwatch.Take();
    return summary;
  }
  return internal::ResolveAndWrite(*job, std::move(articles), std::move(summary), &stopwatch);
}

}  // namespace coopgraph::pipeline

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
Status WriteFacts(const extract::Extractor& extractor, std::vector<Article>& articles, unsigned threads,
                  std::ostream& out, std::vector<Warning>* warnings) {
  std::vector<Warning> failures(articles.size());
  auto make = [&](std::size_t i) {
    extract::ExtractedArticle facts = internal::FactsOf(extractor, articles[i], &failures[i]);
    std::string line = extract::WriteFactLine(articles[i].document, facts);
    articles[i].document = ingest::Document();  // written: its text is not needed any more
    return line;
  };
  auto take = [&](std::size_t, std::string line) {
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    return out ? Status::Ok() : IoError("standard output: cannot write the fact stream");
  };
  Status status = OrderedParallel(articles.size(), threads, make, take);
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

// A known_index the knowledge files have: facts extracted with other
// knowledge files point past its tables (or at other entries).
Status CheckKnownIndexes(const extract::Lexicon& lexicon, const extract::ExtractedArticle& facts,
                         const std::string& where) {
  for (std::size_t i = 0; i < facts.mentions.size(); ++i) {
    const extract::Mention& m = facts.mentions[i];
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
  return Status::Ok();
}

// Reads the fact stream `bytes` (named `name` in errors) into `set`, its
// lines parsed on `threads` workers. Errors: kDataLoss "name:LINE: …".
Status ReadFactStream(const std::string& name, std::string_view bytes, const extract::Lexicon& lexicon,
                      unsigned threads, ArticleSet* set) {
  std::vector<std::pair<std::size_t, std::string_view>> lines;  // (line number, text)
  std::size_t number = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(begin, end - begin);
    ++number;
    begin = end + 1;
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.emplace_back(number, line);
  }
  auto read = [&](std::size_t i) -> StatusOr<extract::ArticleFacts> {
    const std::string where = name + ":" + std::to_string(lines[i].first);
    StatusOr<extract::ArticleFacts> facts = extract::ReadFactLine(lines[i].second, where);
    if (!facts.ok()) return facts.status();
    if (Status s = CheckKnownIndexes(lexicon, facts->extracted, where); !s.ok()) return s;
    return facts;
  };
  return OrderedParallel(lines.size(), threads, read, [&](std::size_t, StatusOr<extract::ArticleFacts> facts) {
    if (!facts.ok()) return facts.status();
    set->Add({std::move(facts->document), std::move(facts->extracted), std::nullopt});
    return Status::Ok();
  });
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
    if (Status s = WriteFacts(extractor, articles, job->threads, out, &summary.warnings); !s.ok()) return s;
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
  stopwatch.Lap("load knowledge");

  ArticleSet set;
  bool stdin_read = false;
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      if (stdin_read) continue;  // one standard input, read once
      stdin_read = true;
      std::string bytes((std::istreambuf_iterator<char>(*options.standard_input)), std::istreambuf_iterator<char>());
      if (options.standard_input->bad()) return IoError("standard input: cannot read");
      if (Status s = ReadFactStream("stdin", bytes, *job->lexicon, job->threads, &set); !s.ok()) return s;
    } else if (IsGraphPath(input)) {
      auto docs = internal::StoredArticles(input);
      if (!docs.ok()) return docs.status();
      for (ingest::Document& doc : *docs) set.Add({std::move(doc), std::nullopt, std::nullopt});
    } else {
      StatusOr<std::string> bytes = ReadFileBytes(input);
      if (!bytes.ok()) return bytes.status();
      if (Status s = ReadFactStream(input, *bytes, *job->lexicon, job->threads, &set); !s.ok()) return s;
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
    if (Status s = WriteFacts(extractor, articles, job->threads, *options.facts_out, &summary.warnings); !s.ok())
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

// The main job: articles in, graph files out. One call per CLI subcommand.
#ifndef COOPGRAPH_PIPELINE_BUILD_H_
#define COOPGRAPH_PIPELINE_BUILD_H_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph::pipeline {

struct BuildOptions {
  std::vector<std::string> inputs;  // files and directories
  // A graph.jsonld written before: its articles are built together with the
  // inputs, so adding articles to a graph equals building them all at once.
  std::string graph_path;
  std::string out_dir = "output";
  std::string data_dir;             // knowledge files; empty: see ResolveDataDir
  unsigned threads = 0;             // 0: one per core
  bool write_svg = true;
  bool force_svg = false;           // render SVG even above 1,000 nodes
  std::string home_country = "VN";  // ISO 3166 alpha-2, of a country in countries.tsv
  // The publication date of the one input file (`--date`); see
  // ingest::IngestOptions::date_published.
  std::string date_published;
  // Called with (articles done, articles total) while extracting; may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
};

struct BuildSummary {
  std::size_t articles = 0;
  std::size_t persons = 0;
  std::size_t organizations = 0;
  std::size_t meetings = 0;
  std::size_t agreements = 0;
  std::vector<Warning> warnings;
  std::vector<std::string> notices;   // e.g. SVG skipped
  std::vector<std::string> written;   // output paths
  std::vector<std::pair<std::string, double>> timings;  // (stage, wall seconds), in order
};

// Reads, extracts (on `threads` workers), resolves and writes
// out_dir/graph.jsonld, graph.dot and graph.svg. The output depends only on
// the set of articles (inputs plus the graph's) and the data files, never on
// the thread count or the order of the inputs.
// Errors: kInvalidArgument for a missing input path, graph_path or data
// directory, no input at all, or a home_country (two letters, any case) that
// countries.tsv does not know; kDataLoss for a knowledge file that is missing
// or cannot be read as such, and a graph_path that is not a coopgraph graph;
// kIoError when the output cannot be written.
StatusOr<BuildSummary> Build(const BuildOptions& options);

// --- building in pieces: extract on many workers, merge the facts ---

struct ExtractOptions {
  std::string data_dir;  // knowledge files; empty: see ResolveDataDir
  unsigned threads = 0;  // 0: one per core; the output does not depend on it
  // Names the stream: the record on line N gets the source_path "NAME#N",
  // as `build` names the records of a .jsonl file called NAME. To merge into
  // the same bytes as `build FILE.jsonl`, give FILE.jsonl as `build` was given it.
  std::string source_name = "stdin";
  // The line number of the input's first line (at least 1): a piece of a
  // file cut at its line N, extracted with first_line N, is named as `build`
  // names those lines of the whole file, so pieces merge into build's bytes.
  std::size_t first_line = 1;
};

struct ExtractSummary {
  std::size_t articles = 0;       // fact lines written
  std::vector<Warning> warnings;  // records that could not be read, naming "line N"; repeated texts
};

// `coopgraph extract`: reads articles as JSON Lines from `in` (the fields of
// a .jsonl input: text, url, title, date; read as ingest::JsonLinesReader
// reads them) and writes one fact line (extract/facts_io.h) per article to
// `out`, in input order, as it goes. The bytes depend only on the input, the
// knowledge files and source_name, never on the thread count. A record that
// cannot be read is a Warning, not an error.
// Errors: kInvalidArgument for a missing data directory or a first_line of 0;
// kDataLoss for a knowledge file that cannot be read; kIoError when `in` or
// `out` fails.
// Thread safety: no shared state; `in` and `out` belong to the call.
StatusOr<ExtractSummary> Extract(std::istream& in, std::ostream& out, const ExtractOptions& options);

struct MergeOptions {
  // Fact streams (files; "-" reads `standard_input`) and graphs written by
  // coopgraph (a name ending in ".jsonld": its stored articles are extracted
  // again with the knowledge files, as `build --graph` does).
  std::vector<std::string> inputs;
  std::istream* standard_input = nullptr;
  // Set: write the merged fact stream here (one line per article, sorted by
  // article id: a partial result that can be merged again) and no graph files.
  std::ostream* facts_out = nullptr;
  std::string out_dir = "output";
  std::string data_dir;
  unsigned threads = 0;
  bool write_svg = true;
  bool force_svg = false;
  std::string home_country = "VN";
  std::function<void(std::size_t, std::size_t)> progress;  // (articles resolved, total); may be empty
};

// `coopgraph merge`: the articles of every input, deduplicated by article id,
// resolved into out_dir/graph.jsonld, graph.dot, graph.svg, byte for byte what
// Build writes for the same articles (the resolver depends only on the set of
// articles). Of two copies of one article the one with the smaller
// source_path is kept ("a.jsonl#9" before "a.jsonl#10": a number after '#'
// compares as a number), so merging is associative and order-independent and
// keeps the copy `build` keeps when the inputs are its files in order.
// Errors: kInvalidArgument for no inputs, a missing input or data directory,
// "-" without standard_input, or an unknown home_country; kDataLoss naming
// "PATH:LINE" for a fact line that cannot be read (bad JSON, truncated, a
// mention index out of range, a known_index the knowledge files do not have)
// and for a graph that is not a coopgraph graph; kIoError when the output
// cannot be written.
StatusOr<BuildSummary> Merge(const MergeOptions& options);

// The knowledge directory: `explicit_dir` if given, else $COOPGRAPH_DATA,
// else the installed share/coopgraph (the library never looks in a source
// tree; the coopgraph command of a build tree passes its data/ explicitly).
std::string ResolveDataDir(const std::string& explicit_dir);

}  // namespace coopgraph::pipeline

#endif  // COOPGRAPH_PIPELINE_BUILD_H_

// The main job: articles in, graph files out. One call per CLI subcommand.
#ifndef COOPGRAPH_PIPELINE_BUILD_H_
#define COOPGRAPH_PIPELINE_BUILD_H_

#include <cstddef>
#include <functional>
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

// The knowledge directory: `explicit_dir` if given, else $COOPGRAPH_DATA,
// else the installed share/coopgraph (the library never looks in a source
// tree; the coopgraph command of a build tree passes its data/ explicitly).
std::string ResolveDataDir(const std::string& explicit_dir);

}  // namespace coopgraph::pipeline

#endif  // COOPGRAPH_PIPELINE_BUILD_H_

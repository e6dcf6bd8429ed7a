// coopgraph: a thin command line over the library (one call per subcommand).
#include <malloc.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>

#include "coopgraph/pipeline/build.h"
#include "coopgraph/query/query.h"

namespace {

int ExitCode(const coopgraph::Status& s) {
  return s.code() == coopgraph::StatusCode::kInvalidArgument ? 2 : 1;
}

int RunBuild(coopgraph::pipeline::BuildOptions options, bool timings) {
  const bool tty = ::isatty(STDERR_FILENO);
  if (tty) {
    options.progress = [](std::size_t done, std::size_t total) {
      std::fprintf(stderr, "\rextracting %zu/%zu articles", done, total);
      if (done == total) std::fprintf(stderr, "\n");
    };
  }
  auto summary = coopgraph::pipeline::Build(options);
  if (!summary.ok()) {
    std::cerr << "coopgraph: " << summary.status().ToString() << "\n";
    return ExitCode(summary.status());
  }
  for (const auto& w : summary->warnings) std::cerr << "warning: " << w.file << ": " << w.message << "\n";
  for (const auto& n : summary->notices) std::cerr << "notice: " << n << "\n";
  if (timings) {
    for (const auto& [stage, seconds] : summary->timings) std::fprintf(stderr, "time: %-15s %8.3f s\n", stage.c_str(), seconds);
  }
  std::cerr << "coopgraph: " << summary->articles << " articles, " << summary->persons << " persons, "
            << summary->organizations << " organisations, " << summary->meetings << " meetings, "
            << summary->agreements << " agreements, " << summary->warnings.size() << " warnings -> "
            << options.out_dir << "\n";
  return 0;
}

struct QueryOptions {
  std::string graph = "output/graph.jsonld";
  std::string format;  // table | json | csv; empty: table on a terminal, else json
};

int RunWhoMet(const QueryOptions& options, const coopgraph::query::WhoMetFilter& filter) {
  namespace query = coopgraph::query;
  query::Format format = ::isatty(STDOUT_FILENO) ? query::Format::kTable : query::Format::kJson;
  if (options.format == "table") format = query::Format::kTable;
  if (options.format == "json") format = query::Format::kJson;
  if (options.format == "csv") format = query::Format::kCsv;
  auto graph = query::LoadGraph(options.graph);
  if (!graph.ok()) {
    std::cerr << "coopgraph: " << graph.status().ToString() << "\n";
    return 1;
  }
  auto pairs = query::WhoMet(*graph, filter);
  if (!pairs.ok()) {
    std::cerr << "coopgraph: " << pairs.status().message() << "\n";
    return 1;
  }
  std::cout << query::FormatWhoMet(*pairs, format);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // A build allocates and frees many large buffers; keeping freed memory in
  // the process rather than handing it back to the kernel saves page faults.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  try {
    CLI::App app{"coopgraph: a knowledge graph of bilateral cooperation from news articles"};
    app.require_subcommand(1);
    coopgraph::pipeline::BuildOptions build;
    bool no_svg = false;
    bool timings = false;
    CLI::App* cmd = app.add_subcommand("build", "Read articles and write graph.jsonld, graph.dot, graph.svg");
    cmd->add_option("paths", build.inputs, "Article files or directories (.txt .html .htm .json .jsonl)");
    cmd->add_option("--graph", build.graph_path,
                    "A graph.jsonld built before: add the articles to it (its own articles are kept)");
    cmd->add_option("--out,-o", build.out_dir, "Output directory")->capture_default_str();
    cmd->add_option("--data", build.data_dir, "Knowledge directory (default: $COOPGRAPH_DATA or the bundled data/)");
    cmd->add_option("--threads,-j", build.threads, "Extraction workers (default: one per core)");
    cmd->add_option("--home-country", build.home_country, "ISO code of the press's country")->capture_default_str();
    cmd->add_flag("--svg", build.force_svg, "Render graph.svg even above 1,000 nodes");
    cmd->add_flag("--no-svg", no_svg, "Do not render graph.svg");
    cmd->add_flag("--timings", timings, "Print the wall time of each stage on stderr");
    QueryOptions query_options;
    coopgraph::query::WhoMetFilter who_met;
    CLI::App* query = app.add_subcommand("query", "Answer questions from a graph.jsonld");
    query->require_subcommand(1);
    query->add_option("--graph", query_options.graph, "The graph to read")->capture_default_str();
    query->add_option("--format", query_options.format, "table, json or csv (default: table on a terminal, else json)")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    CLI::App* who = query->add_subcommand("who-met", "Pairs of people who attended the same meeting, with date and source");
    who->add_option("--person", who_met.persons, "Only pairs with this person (repeatable)");
    who->add_option("--org", who_met.organization, "Only meetings of this organisation or its members");
    who->add_option("--country", who_met.country, "Only pairs with someone of this country");
    who->add_option("--from", who_met.from, "From this ISO date (inclusive)");
    who->add_option("--to", who_met.to, "To this ISO date (inclusive)");
    who->add_flag("--with-orgs", who_met.include_organizations, "Pairs of organisations too");
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);
      return code == 0 ? 0 : 2;
    }
    if (who->parsed()) return RunWhoMet(query_options, who_met);
    if (cmd->parsed()) {
      if (build.inputs.empty() && build.graph_path.empty()) {
        std::cerr << "coopgraph build: give article paths, or --graph to rebuild a graph\n";
        return 2;
      }
      build.write_svg = !no_svg;
      return RunBuild(build, timings);
    }
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "coopgraph: internal error: " << e.what() << "\n";
    return 1;
  }
}

// coopgraph: a thin command line over the library (one call per subcommand).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <functional>
#include <iostream>

#include "coopgraph/base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "coopgraph/pipeline/build.h"
#include "coopgraph/query/query.h"
#include "coopgraph/views/diagram.h"
#include "coopgraph/views/report.h"

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

struct PathOptions {
  std::string from, to;
  int max_hops = 6;
  std::string via = "all";
};

struct CentralOptions {
  std::string measure = "betweenness";
  std::string type = "person";
  std::size_t top = 10;
  std::size_t approximate = 0;  // betweenness from this many sampled sources; 0: exact
  std::string projection = "meetings";
};

coopgraph::query::Via ViaOf(const std::string& name) {
  if (name == "person") return coopgraph::query::Via::kPersons;
  if (name == "org") return coopgraph::query::Via::kOrganizations;
  return coopgraph::query::Via::kAll;
}

// Loads the graph, asks, prints: one query subcommand. The question is a
// function from the graph to text or an error.
int RunQuery(const QueryOptions& options,
             const std::function<coopgraph::StatusOr<std::string>(const coopgraph::graph::KnowledgeGraph&,
                                                                  coopgraph::query::Format)>& ask) {
  namespace query = coopgraph::query;
  query::Format format = ::isatty(STDOUT_FILENO) ? query::Format::kTable : query::Format::kJson;
  if (options.format == "table") format = query::Format::kTable;
  if (options.format == "json") format = query::Format::kJson;
  if (options.format == "csv") format = query::Format::kCsv;
  auto graph = coopgraph::exporters::ReadJsonLd(options.graph);
  if (!graph.ok()) {
    std::cerr << "coopgraph: " << graph.status().ToString() << "\n";
    return 1;
  }
  auto answer = ask(*graph, format);
  if (!answer.ok()) {
    std::cerr << "coopgraph: " << answer.status().message() << "\n";
    return 1;
  }
  std::cout << *answer;
  return 0;
}

// render and report: diagrams and the HTML report of a graph file.
struct ViewOptions {
  std::string graph = "output/graph.jsonld";
  std::string out;
  std::string format;  // svg | png | pdf; empty: from the extension of --out, else svg
  std::string layout;  // dot | neato | sfdp; empty: by size
  std::string title;
};

int FailWith(const coopgraph::Status& status) {
  std::cerr << "coopgraph: " << status.message() << "\n";
  return ExitCode(status);
}

int RunRender(const ViewOptions& view, coopgraph::views::DiagramOptions diagram) {
  namespace exporters = coopgraph::exporters;
  std::string format = view.format;
  if (format.empty()) {
    const auto dot = view.out.rfind('.');
    format = dot == std::string::npos ? "svg" : view.out.substr(dot + 1);
    if (!exporters::ImageFormatNamed(format)) format = "svg";
  }
  diagram.format = *exporters::ImageFormatNamed(format);
  if (!view.layout.empty()) diagram.layout = exporters::LayoutNamed(view.layout);
  auto graph = coopgraph::exporters::ReadJsonLd(view.graph);
  if (!graph.ok()) return FailWith(graph.status());
  if (auto written = coopgraph::views::WriteDiagram(*graph, diagram, view.out); !written.ok()) return FailWith(written);
  std::cerr << "coopgraph: " << format << " diagram -> " << view.out << "\n";
  return 0;
}

int RunReport(const ViewOptions& view) {
  coopgraph::views::ReportOptions options;
  if (!view.title.empty()) options.title = view.title;
  auto graph = coopgraph::exporters::ReadJsonLd(view.graph);
  if (!graph.ok()) return FailWith(graph.status());
  if (auto written = coopgraph::views::WriteHtmlReport(*graph, view.out, options); !written.ok()) return FailWith(written);
  std::cerr << "coopgraph: report -> " << view.out << "\n";
  return 0;
}
// --- export: the graph in the formats other tools read ---
struct ExportArgs {
  std::string graph = "output/graph.jsonld";
  std::string format;
  std::string out;
  std::string projection = "full";
  CLI::App* command = nullptr;
};

void AddExportCommand(CLI::App& app, ExportArgs* args) {
  args->command = app.add_subcommand("export", "Write a graph.jsonld as graphml, gexf, cyjs, csv (Neo4j), nquads, jsonld or dot");
  args->command->add_option("--graph", args->graph, "The graph to read")->capture_default_str();
  args->command->add_option("--format", args->format, "graphml, gexf, cyjs, csv, nquads, jsonld or dot")->required();
  args->command->add_option("--out,-o", args->out, "The file to write (a directory for csv)")->required();
  args->command->add_option("--projection", args->projection,
                            "full (the typed graph) or meetings (actors linked once per meeting they attended)")
      ->capture_default_str();
}

int RunExport(const ExportArgs& args) {
  namespace exporters = coopgraph::exporters;
  auto usage = [](const coopgraph::Status& s) {
    std::cerr << "coopgraph export: " << s.message() << "\n";
    return 2;
  };
  auto format = exporters::ParseExportFormat(args.format);
  if (!format.ok()) return usage(format.status());
  auto projection = exporters::ParseExportProjection(args.projection);
  if (!projection.ok()) return usage(projection.status());
  auto graph = coopgraph::exporters::ReadJsonLd(args.graph);
  if (!graph.ok()) {
    std::cerr << "coopgraph export: " << graph.status().ToString() << "\n";
    return graph.status().code() == coopgraph::StatusCode::kNotFound ? 2 : 1;
  }
  exporters::ExportOptions options;
  options.projection = *projection;
  auto report = exporters::Export(*graph, *format, args.out, options);
  if (!report.ok()) {
    std::cerr << "coopgraph export: " << report.status().ToString() << "\n";
    return ExitCode(report.status());
  }
  std::cerr << "coopgraph export: " << args.format << " (" << args.projection << ") -> " << args.out;
  if (report->written.size() > 1) std::cerr << " (" << report->written.size() << " files)";
  std::cerr << "\n";
  return 0;
}
// --- end of export ---

}  // namespace

int main(int argc, char** argv) {
  // Ctrl-C during a build leaves the previous outputs and no temporary files.
  coopgraph::RemoveTempFilesOnSignal();
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
    cmd->add_option("--date", build.date_published,
                    "Publication date of the one article file given (YYYY-MM-DD, DD/MM/YYYY or YYYY-MM)");
    cmd->add_flag("--svg", build.force_svg, "Render graph.svg even above 1,000 nodes");
    cmd->add_flag("--no-svg", no_svg, "Do not render graph.svg");
    cmd->add_flag("--timings", timings, "Print the wall time of each stage on stderr");
    QueryOptions query_options;
    coopgraph::query::WhoMetFilter who_met;
    CLI::App* query_cmd = app.add_subcommand("query", "Answer questions from a graph.jsonld");
    query_cmd->require_subcommand(1);
    query_cmd->add_option("--graph", query_options.graph, "The graph to read")->capture_default_str();
    query_cmd->add_option("--format", query_options.format, "table, json or csv (default: table on a terminal, else json)")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    CLI::App* who = query_cmd->add_subcommand("who-met", "Pairs of people who attended the same meeting, with date and source");
    who->add_option("--person", who_met.persons, "Only pairs with this person (repeatable)");
    who->add_option("--org", who_met.organization, "Only meetings of this organisation or its members");
    who->add_option("--country", who_met.country, "Only pairs with someone of this country");
    who->add_option("--from", who_met.from, "From this ISO date (inclusive)");
    who->add_option("--to", who_met.to, "To this ISO date (inclusive)");
    who->add_flag("--with-orgs", who_met.include_organizations, "Pairs of organisations too");
    PathOptions path;
    CLI::App* path_cmd = query_cmd->add_subcommand("path", "Shortest chains of meetings between two actors");
    path_cmd->add_option("from", path.from, "Person, organisation or country")->required();
    path_cmd->add_option("to", path.to, "Person, organisation or country")->required();
    path_cmd->add_option("--max-hops", path.max_hops, "Longest chain")->capture_default_str();
    path_cmd->add_option("--via", path.via, "Actors in between: person, org or all")
        ->check(CLI::IsMember({"person", "org", "all"}))
        ->capture_default_str();
    CentralOptions central;
    CLI::App* central_cmd = query_cmd->add_subcommand("central", "Rank actors in the meetings projection");
    central_cmd->add_option("--measure", central.measure, "degree, betweenness, closeness, pagerank or eigenvector")
        ->check(CLI::IsMember({"degree", "betweenness", "closeness", "pagerank", "eigenvector"}))
        ->capture_default_str();
    central_cmd->add_option("--type", central.type, "person, org or all")
        ->check(CLI::IsMember({"person", "org", "all"}))
        ->capture_default_str();
    central_cmd->add_option("--top", central.top, "How many")->capture_default_str();
    central_cmd->add_option("--projection", central.projection, "meetings (actors who met) or full (the typed graph)")
        ->check(CLI::IsMember({"meetings", "full"}))
        ->capture_default_str();
    central_cmd->add_option("--approximate", central.approximate,
                            "Betweenness from this many sampled sources (the error bound goes to stderr)");
    std::string actor, party, status;
    CLI::App* timeline_cmd = query_cmd->add_subcommand("timeline", "Dated meetings, roles and agreements of one actor");
    timeline_cmd->add_option("name", actor, "Person, organisation or country")->required();
    CLI::App* entity_cmd = query_cmd->add_subcommand("entity", "An entity card: names, titles by date, organisations, sources");
    entity_cmd->add_option("name", actor, "Any node's name or id")->required();
    int depth = 1;
    std::string dot_file;
    CLI::App* neighbors_cmd = query_cmd->add_subcommand("neighbors", "The actors within N meetings of one actor");
    neighbors_cmd->add_option("name", actor, "Person, organisation or country")->required();
    neighbors_cmd->add_option("--depth", depth, "How many meetings away")->capture_default_str();
    neighbors_cmd->add_option("--dot", dot_file, "Also write the ego network as DOT to this file");
    CLI::App* agreements_cmd = query_cmd->add_subcommand("agreements", "Agreements, by party and status");
    agreements_cmd->add_option("--party", party, "Only those with this party or signatory");
    agreements_cmd->add_option("--status", status, "Signed, ToBeSigned, Implemented, Proposed, Agreed or Mentioned");
    ViewOptions view;
    coopgraph::views::DiagramOptions diagram;
    CLI::App* render_cmd = app.add_subcommand("render", "Draw a graph.jsonld (or one period, or one actor's meetings) as SVG, PNG or PDF");
    render_cmd->add_option("--graph", view.graph, "The graph to read")->capture_default_str();
    render_cmd->add_option("--format", view.format, "svg, png or pdf (default: from the extension of --out, else svg)")
        ->check(CLI::IsMember({"svg", "png", "pdf"}));
    render_cmd->add_option("--layout", view.layout, "dot, neato or sfdp (default: dot up to 400 nodes, else sfdp)")
        ->check(CLI::IsMember({"dot", "neato", "sfdp"}));
    CLI::Option* focus = render_cmd->add_option("--focus", diagram.focus, "Only this actor and those within --depth meetings of it");
    render_cmd->add_option("--depth", diagram.depth, "How many meetings away from --focus")->capture_default_str()->needs(focus);
    render_cmd->add_option("--from", diagram.from, "Only meetings and agreements dated from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    render_cmd->add_option("--to", diagram.to, "Only meetings and agreements dated up to this ISO date (inclusive)");
    render_cmd->add_option("--out,-o", view.out, "The image file to write")->required();
    CLI::App* report_cmd = app.add_subcommand("report", "Write one self-contained HTML page: diagram, search, tables, timeline, evidence");
    report_cmd->add_option("--graph", view.graph, "The graph to read")->capture_default_str();
    report_cmd->add_option("--title", view.title, "The page's title");
    report_cmd->add_option("--out,-o", view.out, "The HTML file to write")->required();
    ExportArgs export_args;
    AddExportCommand(app, &export_args);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);
      return code == 0 ? 0 : 2;
    }
    if (render_cmd->parsed()) return RunRender(view, diagram);
    if (report_cmd->parsed()) return RunReport(view);
    if (export_args.command->parsed()) return RunExport(export_args);
    namespace query = coopgraph::query;
    if (who->parsed()) {
      return RunQuery(query_options, [&](const coopgraph::graph::KnowledgeGraph& g,
                                         query::Format format) -> coopgraph::StatusOr<std::string> {
        auto pairs = query::WhoMet(g, who_met);
        if (!pairs.ok()) return pairs.status();
        return query::FormatWhoMet(*pairs, format);
      });
    }
    if (path_cmd->parsed()) {
      return RunQuery(query_options, [&](const coopgraph::graph::KnowledgeGraph& g,
                                         query::Format format) -> coopgraph::StatusOr<std::string> {
        auto paths = query::ShortestPaths(g, path.from, path.to, ViaOf(path.via), path.max_hops);
        if (!paths.ok()) return paths.status();
        return query::FormatPaths(*paths, format);
      });
    }
    auto rows = [&](const std::function<coopgraph::StatusOr<query::Rows>(const coopgraph::graph::KnowledgeGraph&)>& ask) {
      return RunQuery(query_options, [&](const coopgraph::graph::KnowledgeGraph& g,
                                         query::Format format) -> coopgraph::StatusOr<std::string> {
        auto answer = ask(g);
        if (!answer.ok()) return answer.status();
        return query::FormatRows(*answer, format);
      });
    };
    if (timeline_cmd->parsed()) return rows([&](const auto& g) { return query::Timeline(g, actor); });
    if (entity_cmd->parsed()) return rows([&](const auto& g) { return query::EntityCard(g, actor); });
    if (neighbors_cmd->parsed()) {
      return rows([&](const auto& g) -> coopgraph::StatusOr<query::Rows> {
        if (!dot_file.empty()) {
          auto ego = query::EgoGraph(g, actor, depth);
          if (!ego.ok()) return ego.status();
          if (auto written = coopgraph::WriteFileAtomically(dot_file, coopgraph::exporters::ToDot(*ego));
              !written.ok()) {
            return written;
          }
        }
        return query::Neighbors(g, actor, depth);
      });
    }
    if (agreements_cmd->parsed()) return rows([&](const auto& g) { return query::Agreements(g, party, status); });
    if (central_cmd->parsed()) {
      return RunQuery(query_options, [&](const coopgraph::graph::KnowledgeGraph& g,
                                         query::Format format) -> coopgraph::StatusOr<std::string> {
        const query::Measure measure = central.measure == "degree"        ? query::Measure::kDegree
                                       : central.measure == "closeness"   ? query::Measure::kCloseness
                                       : central.measure == "pagerank"    ? query::Measure::kPageRank
                                       : central.measure == "eigenvector" ? query::Measure::kEigenvector
                                                                          : query::Measure::kBetweenness;
        if (central.approximate > 0 && measure == query::Measure::kBetweenness) {
          const auto approximate = query::ApproximateBetweenness(g, ViaOf(central.type), central.top, central.approximate);
          std::fprintf(stderr, "approximate betweenness from %zu sampled sources: every score within %.4f of the exact one with probability %.0f%%\n",
                       approximate.samples, approximate.error_bound, approximate.confidence * 100);
          return query::FormatRanking(approximate.ranking, format);
        }
        const auto projection = central.projection == "full" ? query::Projection::kFull : query::Projection::kMeetings;
        return query::FormatRanking(query::Central(g, measure, ViaOf(central.type), central.top, projection), format);
      });
    }
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

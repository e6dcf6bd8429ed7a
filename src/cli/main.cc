// coopgraph: a thin command line over the library. Each subcommand parses
// its options into the library's option struct and calls the library; names
// of enum values are read from the library's tables (AddEnumOption), and a
// Status becomes an exit code in one place (Fail).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/interrupts.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "coopgraph/exporters/render.h"
#include "coopgraph/pipeline/build.h"
#include "coopgraph/query/query.h"
#include "coopgraph/views/diagram.h"
#include "coopgraph/views/report.h"

namespace {

namespace exporters = coopgraph::exporters;
namespace graph = coopgraph::graph;
namespace query = coopgraph::query;
namespace views = coopgraph::views;
using coopgraph::Status;
using coopgraph::StatusCode;
using coopgraph::StatusOr;

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the input was understood, the work failed
constexpr int kExitUsage = 2;    // the command line asks for something that cannot be

// The one mapping from a library Status to what the user sees and the exit code.
int Fail(std::string_view who, const Status& status) {
  std::cerr << who << ": " << status.ToString() << "\n";
  return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

// An option naming a value of one of the library's enums. An unknown name is
// a usage error naming it and the known ones; the help lists the names.
template <typename Target, typename Enum, std::size_t N>
CLI::Option* AddEnumOption(CLI::App* command, const std::string& flags, Target* target,
                           const coopgraph::EnumName<Enum> (&table)[N], std::string_view what, const std::string& help) {
  std::string names;
  for (const auto& entry : table) names += (names.empty() ? "" : ",") + std::string(entry.name);
  auto parse = [target, &table, what](const std::string& name) {
    StatusOr<Enum> value = coopgraph::ParseEnum(table, what, name);
    if (!value.ok()) throw CLI::ValidationError(value.status().message());
    *target = *value;
  };
  return command->add_option_function<std::string>(flags, parse, help)->type_name("TEXT:{" + names + "}");
}

template <typename Enum, std::size_t N>
CLI::Option* WithDefault(CLI::Option* option, const coopgraph::EnumName<Enum> (&table)[N], Enum value) {
  return option->default_str(std::string(coopgraph::EnumNameOf(table, value)));
}

// The graph a subcommand reads. A --graph path that does not exist is a usage
// error, like a missing article path for build (README, exit codes).
StatusOr<graph::KnowledgeGraph> LoadGraphArgument(const std::string& path) {
  StatusOr<graph::KnowledgeGraph> loaded = exporters::ReadJsonLd(path);
  if (!loaded.ok() && loaded.status().code() == StatusCode::kNotFound) {
    return coopgraph::InvalidArgumentError(loaded.status().message());
  }
  return loaded;
}

// README "--data": $COOPGRAPH_DATA, else this build tree's data/, else the
// library's default (the installed share/coopgraph). Only the command knows
// the source tree; the library never does.
std::string DefaultDataDir() {
#ifdef COOPGRAPH_SOURCE_DATA_DIR
  const char* env = std::getenv("COOPGRAPH_DATA");
  std::error_code unreadable;
  if (!(env && *env) && std::filesystem::is_directory(COOPGRAPH_SOURCE_DATA_DIR, unreadable))
    return COOPGRAPH_SOURCE_DATA_DIR;
#endif
  return "";
}

// --- build: articles in, graph files out ---
struct BuildCommand {
  CLI::App* command;
  coopgraph::pipeline::BuildOptions options;
  bool no_svg = false;
  bool timings = false;

  explicit BuildCommand(CLI::App& app) {
    command = app.add_subcommand("build", "Read articles and write graph.jsonld, graph.dot, graph.svg");
    command->add_option("paths", options.inputs, "Article files or directories (.txt .html .htm .json .jsonl)");
    command->add_option("--graph", options.graph_path,
                        "A graph.jsonld built before: add the articles to it (its own articles are kept)");
    command->add_option("--out,-o", options.out_dir, "Output directory")->capture_default_str();
    command->add_option("--data", options.data_dir, "Knowledge directory (default: $COOPGRAPH_DATA or the bundled data/)");
    command->add_option("--threads,-j", options.threads, "Extraction workers (default: one per core)");
    command->add_option("--home-country", options.home_country, "ISO code of the press's country")->capture_default_str();
    command->add_option("--date", options.date_published,
                        "Publication date of the one article file given (YYYY-MM-DD, DD/MM/YYYY or YYYY-MM)");
    command->add_flag("--svg", options.force_svg, "Render graph.svg even above 1,000 nodes");
    command->add_flag("--no-svg", no_svg, "Do not render graph.svg");
    command->add_flag("--timings", timings, "Print the wall time of each stage on stderr");
  }

  int Run() {
    if (options.inputs.empty() && options.graph_path.empty()) {
      std::cerr << "coopgraph build: give article paths, or --graph to rebuild a graph\n";
      return kExitUsage;
    }
    options.write_svg = !no_svg;
    if (options.data_dir.empty()) options.data_dir = DefaultDataDir();
    if (::isatty(STDERR_FILENO)) {
      options.progress = [](std::size_t done, std::size_t total) {
        std::fprintf(stderr, "\rextracting %zu/%zu articles", done, total);
        if (done == total) std::fprintf(stderr, "\n");
      };
    }
    auto summary = coopgraph::pipeline::Build(options);
    if (!summary.ok()) return Fail("coopgraph", summary.status());
    for (const auto& w : summary->warnings) std::cerr << "warning: " << w.file << ": " << w.message << "\n";
    for (const auto& n : summary->notices) std::cerr << "notice: " << n << "\n";
    if (timings) {
      for (const auto& [stage, seconds] : summary->timings) std::fprintf(stderr, "time: %-15s %8.3f s\n", stage.c_str(), seconds);
    }
    std::cerr << "coopgraph: " << summary->articles << " articles, " << summary->persons << " persons, "
              << summary->organizations << " organisations, " << summary->meetings << " meetings, "
              << summary->agreements << " agreements, " << summary->warnings.size() << " warnings -> "
              << options.out_dir << "\n";
    return kExitOk;
  }
};

// --- query: answers from a graph file, one subcommand per question ---
struct QueryCommand {
  using Ask = std::function<StatusOr<std::string>(const graph::KnowledgeGraph&, query::Format)>;
  using AskRows = std::function<StatusOr<query::Rows>(const graph::KnowledgeGraph&)>;

  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::optional<query::Format> format;  // unset: table on a terminal, else json
  // (subcommand, its question), the first parsed one is asked.
  std::vector<std::pair<CLI::App*, Ask>> questions;

  query::WhoMetFilter who_met;
  std::string from, to;
  int max_hops = 6;
  query::Via via = query::Via::kAll;
  query::Measure measure = query::Measure::kBetweenness;
  query::Via type = query::Via::kPersons;
  std::size_t top = 10;
  std::size_t approximate = 0;  // betweenness from this many sampled sources; 0: exact
  graph::ProjectionKind projection = graph::ProjectionKind::kMeetings;
  std::string actor, party, status, dot_file;
  int depth = 1;

  explicit QueryCommand(CLI::App& app) {
    command = app.add_subcommand("query", "Answer questions from a graph.jsonld");
    command->require_subcommand(1);
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    AddEnumOption(command, "--format", &format, query::kFormatNames, "query format",
                  "table, json or csv (default: table on a terminal, else json)");
    AddWhoMet();
    AddPath();
    AddCentral();
    AddRows();
  }

  void AddWhoMet() {
    CLI::App* who = command->add_subcommand("who-met", "Pairs of people who attended the same meeting, with date and source");
    who->add_option("--person", who_met.persons, "Only pairs with this person (repeatable)");
    who->add_option("--org", who_met.organization, "Only meetings of this organisation or its members");
    who->add_option("--country", who_met.country, "Only pairs with someone of this country");
    who->add_option("--from", who_met.from, "From this ISO date (inclusive)");
    who->add_option("--to", who_met.to, "To this ISO date (inclusive)");
    who->add_flag("--with-orgs", who_met.include_organizations, "Pairs of organisations too");
    questions.emplace_back(who, [this](const graph::KnowledgeGraph& g, query::Format f) -> StatusOr<std::string> {
      auto pairs = query::WhoMet(g, who_met);
      if (!pairs.ok()) return pairs.status();
      return query::FormatWhoMet(*pairs, f);
    });
  }

  void AddPath() {
    CLI::App* path = command->add_subcommand("path", "Shortest chains of meetings between two actors");
    path->add_option("from", from, "Person, organisation or country")->required();
    path->add_option("to", to, "Person, organisation or country")->required();
    path->add_option("--max-hops", max_hops, "Longest chain")->capture_default_str();
    WithDefault(AddEnumOption(path, "--via", &via, query::kViaNames, "actor type", "Actors in between: person, org or all"),
                query::kViaNames, via);
    questions.emplace_back(path, [this](const graph::KnowledgeGraph& g, query::Format f) -> StatusOr<std::string> {
      auto paths = query::ShortestPaths(g, from, to, via, max_hops);
      if (!paths.ok()) return paths.status();
      return query::FormatPaths(*paths, f);
    });
  }

  void AddCentral() {
    CLI::App* central = command->add_subcommand("central", "Rank actors in the meetings projection");
    WithDefault(AddEnumOption(central, "--measure", &measure, query::kMeasureNames, "measure",
                              "degree, betweenness, closeness, pagerank or eigenvector"),
                query::kMeasureNames, measure);
    WithDefault(AddEnumOption(central, "--type", &type, query::kViaNames, "actor type", "person, org or all"),
                query::kViaNames, type);
    central->add_option("--top", top, "How many")->capture_default_str();
    WithDefault(AddEnumOption(central, "--projection", &projection, graph::kProjectionKindNames, "projection",
                              "meetings (actors who met) or full (the typed graph)"),
                graph::kProjectionKindNames, projection);
    central->add_option("--approximate", approximate,
                        "Betweenness from this many sampled sources (the error bound goes to stderr)");
    questions.emplace_back(central, [this](const graph::KnowledgeGraph& g, query::Format f) -> StatusOr<std::string> {
      if (approximate > 0 && measure == query::Measure::kBetweenness) {
        const auto estimate = query::ApproximateBetweenness(g, type, top, approximate);
        std::fprintf(stderr, "approximate betweenness from %zu sampled sources: every score within %.4f of the exact one with probability %.0f%%\n",
                     estimate.samples, estimate.error_bound, estimate.confidence * 100);
        return query::FormatRanking(estimate.ranking, f);
      }
      return query::FormatRanking(query::Central(g, measure, type, top, projection), f);
    });
  }

  // The questions answered as rows of named columns.
  void AddRows() {
    CLI::App* timeline = command->add_subcommand("timeline", "Dated meetings, roles and agreements of one actor");
    timeline->add_option("name", actor, "Person, organisation or country")->required();
    AddRowsQuestion(timeline, [this](const graph::KnowledgeGraph& g) { return query::Timeline(g, actor); });
    CLI::App* entity = command->add_subcommand("entity", "An entity card: names, titles by date, organisations, sources");
    entity->add_option("name", actor, "Any node's name or id")->required();
    AddRowsQuestion(entity, [this](const graph::KnowledgeGraph& g) { return query::EntityCard(g, actor); });
    CLI::App* neighbors = command->add_subcommand("neighbors", "The actors within N meetings of one actor");
    neighbors->add_option("name", actor, "Person, organisation or country")->required();
    neighbors->add_option("--depth", depth, "How many meetings away")->capture_default_str();
    neighbors->add_option("--dot", dot_file, "Also write the ego network as DOT to this file");
    AddRowsQuestion(neighbors, [this](const graph::KnowledgeGraph& g) -> StatusOr<query::Rows> {
      if (!dot_file.empty()) {
        auto ego = query::EgoGraph(g, actor, depth);
        if (!ego.ok()) return ego.status();
        auto written = exporters::Export(*ego, exporters::ExportFormat::kDot, dot_file);
        if (!written.ok()) return written.status();
      }
      return query::Neighbors(g, actor, depth);
    });
    CLI::App* agreements = command->add_subcommand("agreements", "Agreements, by party and status");
    agreements->add_option("--party", party, "Only those with this party or signatory");
    agreements->add_option("--status", status, "Signed, ToBeSigned, Implemented, Proposed, Agreed or Mentioned");
    AddRowsQuestion(agreements, [this](const graph::KnowledgeGraph& g) { return query::Agreements(g, party, status); });
  }

  void AddRowsQuestion(CLI::App* subcommand, AskRows ask) {
    questions.emplace_back(subcommand, [ask](const graph::KnowledgeGraph& g, query::Format f) -> StatusOr<std::string> {
      auto rows = ask(g);
      if (!rows.ok()) return rows.status();
      return query::FormatRows(*rows, f);
    });
  }

  int Run() const {
    for (const auto& [subcommand, ask] : questions) {
      if (!subcommand->parsed()) continue;
      auto graph = LoadGraphArgument(graph_path);
      if (!graph.ok()) return Fail("coopgraph", graph.status());
      auto answer = ask(*graph, format.value_or(::isatty(STDOUT_FILENO) ? query::Format::kTable : query::Format::kJson));
      if (!answer.ok()) return Fail("coopgraph", answer.status());
      std::cout << *answer;
      return kExitOk;
    }
    return kExitUsage;  // unreachable: CLI11 requires one subcommand
  }
};

// --- render: a diagram of a graph file ---
struct RenderCommand {
  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::string out;
  std::optional<exporters::ImageFormat> format;  // unset: from the extension of --out, else svg
  views::DiagramOptions diagram;

  explicit RenderCommand(CLI::App& app) {
    command = app.add_subcommand("render", "Draw a graph.jsonld (or one period, or one actor's meetings) as SVG, PNG or PDF");
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    AddEnumOption(command, "--format", &format, exporters::kImageFormatNames, "image format",
                  "svg, png or pdf (default: from the extension of --out, else svg)");
    AddEnumOption(command, "--layout", &diagram.layout, exporters::kLayoutNames, "layout",
                  "dot, neato or sfdp (default: dot up to 400 nodes, else sfdp)");
    CLI::Option* focus = command->add_option("--focus", diagram.focus, "Only this actor and those within --depth meetings of it");
    command->add_option("--depth", diagram.depth, "How many meetings away from --focus")->capture_default_str()->needs(focus);
    command->add_option("--from", diagram.from, "Only meetings and agreements dated from this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    command->add_option("--to", diagram.to, "Only meetings and agreements dated up to this ISO date (inclusive)");
    command->add_flag("--summary", diagram.summary,
                      "Draw the country-level summary: countries, their main bodies, meetings and agreements per year");
    command->add_option("--out,-o", out, "The image file to write")->required();
  }

  // The format the user asked for, else the one the extension of --out names, else svg.
  exporters::ImageFormat Format() const {
    if (format) return *format;
    const auto dot = out.rfind('.');
    const std::string extension = dot == std::string::npos ? "" : out.substr(dot + 1);
    const auto named = coopgraph::ParseEnum(exporters::kImageFormatNames, "image format", extension);
    return named.ok() ? *named : exporters::ImageFormat::kSvg;
  }

  int Run() {
    diagram.format = Format();
    auto graph = LoadGraphArgument(graph_path);
    if (!graph.ok()) return Fail("coopgraph", graph.status());
    if (Status written = views::WriteDiagram(*graph, diagram, out); !written.ok()) return Fail("coopgraph", written);
    std::cerr << "coopgraph: " << coopgraph::EnumNameOf(exporters::kImageFormatNames, diagram.format) << " diagram -> "
              << out << "\n";
    return kExitOk;
  }
};

// --- report: one self-contained HTML page of a graph file ---
struct ReportCommand {
  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::string out;
  std::string title;  // empty: ReportOptions' default

  explicit ReportCommand(CLI::App& app) {
    command = app.add_subcommand("report", "Write one self-contained HTML page: diagram, search, tables, timeline, evidence");
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    command->add_option("--title", title, "The page's title");
    command->add_option("--out,-o", out, "The HTML file to write")->required();
  }

  int Run() const {
    views::ReportOptions options;
    if (!title.empty()) options.title = title;
    auto graph = LoadGraphArgument(graph_path);
    if (!graph.ok()) return Fail("coopgraph", graph.status());
    if (Status written = views::WriteHtmlReport(*graph, out, options); !written.ok()) return Fail("coopgraph", written);
    std::cerr << "coopgraph: report -> " << out << "\n";
    return kExitOk;
  }
};

// --- export: the graph in the formats other tools read ---
struct ExportCommand {
  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::string out;
  exporters::ExportFormat format = exporters::ExportFormat::kJsonLd;
  exporters::ExportOptions options;

  explicit ExportCommand(CLI::App& app) {
    command = app.add_subcommand("export", "Write a graph.jsonld as graphml, gexf, cyjs, csv (Neo4j), nquads, jsonld or dot");
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    AddEnumOption(command, "--format", &format, exporters::kExportFormatNames, "export format",
                  "graphml, gexf, cyjs, csv, nquads, jsonld or dot")
        ->required();
    command->add_option("--out,-o", out, "The file to write (a directory for csv)")->required();
    WithDefault(AddEnumOption(command, "--projection", &options.projection, graph::kProjectionKindNames, "projection",
                              "full (the typed graph) or meetings (actors linked once per meeting they attended)"),
                graph::kProjectionKindNames, options.projection);
  }

  int Run() const {
    auto graph = LoadGraphArgument(graph_path);
    if (!graph.ok()) return Fail("coopgraph export", graph.status());
    auto report = exporters::Export(*graph, format, out, options);
    if (!report.ok()) return Fail("coopgraph export", report.status());
    std::cerr << "coopgraph export: " << coopgraph::EnumNameOf(exporters::kExportFormatNames, format) << " ("
              << coopgraph::EnumNameOf(graph::kProjectionKindNames, options.projection) << ") -> " << out;
    if (report->written.size() > 1) std::cerr << " (" << report->written.size() << " files)";
    std::cerr << "\n";
    return kExitOk;
  }
};

}  // namespace

int main(int argc, char** argv) {
  // Ctrl-C during a build leaves the previous outputs and no temporary files.
  coopgraph::RemoveTempFilesOnSignal();
  try {
    CLI::App app{"coopgraph: a knowledge graph of bilateral cooperation from news articles"};
    app.require_subcommand(1);
    BuildCommand build(app);
    QueryCommand query(app);
    RenderCommand render(app);
    ReportCommand report(app);
    ExportCommand export_command(app);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? kExitOk : kExitUsage;
    }
    if (build.command->parsed()) return build.Run();
    if (query.command->parsed()) return query.Run();
    if (render.command->parsed()) return render.Run();
    if (report.command->parsed()) return report.Run();
    if (export_command.command->parsed()) return export_command.Run();
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "coopgraph: internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}

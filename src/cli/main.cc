// coopgraph: a thin command line over the library. Each subcommand parses
// its options into the library's option struct and calls the library; names
// of enum values are read from the library's tables (AddEnumOption), dates
// by the library's one parser (AddDateOption), and a Status becomes an exit
// code in one place (Fail); those helpers are in cli/options.h.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/options.h"
#include "coopgraph/base/date.h"
#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/interrupts.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "coopgraph/exporters/render.h"
#include "coopgraph/graph/vocabulary.h"
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
using coopgraph::StatusOr;
using namespace coopgraph::cli;  // NOLINT: the command's own helpers (cli/options.h)

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

// What a job reports on stderr after it: warnings, notices, stage timings.
void PrintReport(const std::vector<coopgraph::Warning>& warnings, const std::vector<std::string>& notices,
                 const std::vector<std::pair<std::string, double>>& timings, bool show_timings) {
  for (const auto& w : warnings) std::cerr << "warning: " << w.file << ": " << w.message << "\n";
  for (const auto& n : notices) std::cerr << "notice: " << n << "\n";
  if (show_timings) {
    for (const auto& [stage, seconds] : timings) std::fprintf(stderr, "time: %-15s %8.3f s\n", stage.c_str(), seconds);
  }
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
    command->add_option("--home-country", options.home_country, "ISO 3166 code of the press's country (countries.tsv)")
        ->capture_default_str();
    AddDateOption(command, "--date", &options.date_published, "Publication date of the one article file given");
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
    PrintReport(summary->warnings, summary->notices, summary->timings, timings);
    std::cerr << "coopgraph: " << summary->articles << " articles, " << summary->persons << " persons, "
              << summary->organizations << " organisations, " << summary->meetings << " meetings, "
              << summary->agreements << " agreements, " << summary->warnings.size() << " warnings -> "
              << options.out_dir << "\n";
    return kExitOk;
  }
};

// --- extract: articles as JSON Lines on stdin, fact lines on stdout (the map step) ---
struct ExtractCommand {
  CLI::App* command;
  coopgraph::pipeline::ExtractOptions options;

  explicit ExtractCommand(CLI::App& app) {
    command = app.add_subcommand(
        "extract", "Read articles as JSON Lines on stdin, write one fact line per article on stdout (for merge)");
    command->add_option("--data", options.data_dir, "Knowledge directory (default: $COOPGRAPH_DATA or the bundled data/)");
    command->add_option("--threads,-j", options.threads, "Extraction workers (default: one per core)");
    command->add_option("--source", options.source_name,
                        "Name of the stream: line N becomes source NAME#N, as build names a .jsonl file's records "
                        "(give the file name build is given to merge into the same bytes)")
        ->capture_default_str();
    command->add_option("--first-line", options.first_line,
                        "Number of the first input line: a piece of a file cut at its line N, extracted with "
                        "--first-line N --source FILE, is named as build names those lines of FILE")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
  }

  int Run() {
    if (options.data_dir.empty()) options.data_dir = DefaultDataDir();
    std::ios::sync_with_stdio(false);
    auto summary = coopgraph::pipeline::Extract(std::cin, std::cout, options);
    if (!summary.ok()) return Fail("coopgraph extract", summary.status());
    PrintReport(summary->warnings, {}, {}, false);
    std::cerr << "coopgraph extract: " << summary->articles << " articles, " << summary->warnings.size()
              << " warnings\n";
    return kExitOk;
  }
};

// --- merge: fact streams and graphs in, one graph (or one fact stream) out (the reduce step) ---
struct MergeCommand {
  CLI::App* command;
  coopgraph::pipeline::MergeOptions options;
  bool facts = false;
  bool no_svg = false;
  bool timings = false;

  explicit MergeCommand(CLI::App& app) {
    command = app.add_subcommand(
        "merge", "Resolve fact streams (from extract or merge --facts) and graphs into one graph, as build would");
    command->add_option("inputs", options.inputs, "Fact streams (- for stdin) and graph.jsonld files")->required();
    command->add_option("--out,-o", options.out_dir, "Output directory")->capture_default_str();
    command->add_flag("--facts", facts,
                      "Write the merged fact stream (sorted by article id) on stdout instead of graph files");
    command->add_option("--data", options.data_dir, "Knowledge directory (default: $COOPGRAPH_DATA or the bundled data/)");
    command->add_option("--threads,-j", options.threads, "Workers (default: one per core)");
    command->add_option("--home-country", options.home_country, "ISO 3166 code of the press's country (countries.tsv)")
        ->capture_default_str();
    command->add_flag("--svg", options.force_svg, "Render graph.svg even above 1,000 nodes");
    command->add_flag("--no-svg", no_svg, "Do not render graph.svg");
    command->add_flag("--timings", timings, "Print the wall time of each stage on stderr");
  }

  int Run() {
    options.write_svg = !no_svg;
    if (options.data_dir.empty()) options.data_dir = DefaultDataDir();
    std::ios::sync_with_stdio(false);
    options.standard_input = &std::cin;
    if (facts) options.facts_out = &std::cout;
    auto summary = coopgraph::pipeline::Merge(options);
    if (!summary.ok()) return Fail("coopgraph merge", summary.status());
    PrintReport(summary->warnings, summary->notices, summary->timings, timings);
    if (facts) {
      std::cerr << "coopgraph merge: " << summary->articles << " articles -> fact stream\n";
      return kExitOk;
    }
    std::cerr << "coopgraph merge: " << summary->articles << " articles, " << summary->persons << " persons, "
              << summary->organizations << " organisations, " << summary->meetings << " meetings, "
              << summary->agreements << " agreements, " << summary->warnings.size() << " warnings -> "
              << options.out_dir << "\n";
    return kExitOk;
  }
};

// --- query: answers from a graph file, one subcommand per question ---
struct QueryCommand {
  // How an answer is printed.
  struct Output {
    query::Format format;
    query::TableStyle style;
  };
  // An answer's text; `empty` when it found nothing (exit 1).
  struct Answer {
    std::string text;
    bool empty = false;
  };
  using Ask = std::function<StatusOr<Answer>(const graph::KnowledgeGraph&, const Output&)>;
  using AskRows = std::function<StatusOr<query::Rows>(const graph::KnowledgeGraph&)>;
  // A subcommand, its question, and what stderr says when the answer is empty.
  struct Question {
    CLI::App* subcommand;
    Ask ask;
    std::function<std::string()> nothing;
  };

  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::optional<query::Format> format;  // unset: table on a terminal, else json
  bool wide = false;
  std::vector<Question> questions;  // the first parsed one is asked

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
    AddEnumOption(command, "--format", &format, query::kFormatNames,
                  "table, json or csv (default: table on a terminal, else json)");
    command->add_flag("--wide", wide, "Tables with every cell whole (default: fitted to $COLUMNS or the terminal)");
    AddWhoMet();
    AddPath();
    AddCentral();
    AddRows();
  }

  void AddWhoMet() {
    CLI::App* who = command->add_subcommand("who-met", "Pairs of people who attended the same meeting, with date and source");
    who->add_option("--person", who_met.persons,
                    "Only pairs with this person; given twice or more, the pairs among those persons");
    who->add_option("--org", who_met.organization, "Only meetings of this organisation or its members");
    who->add_option("--country", who_met.country, "Only pairs with someone of this country (name or ISO code)");
    who->add_option("--between-countries", who_met.between_countries,
                    "Only pairs with one person of each of two countries (e.g. VN LA)")
        ->expected(2);
    AddDateOption(who, "--from", &who_met.from, "From this date (inclusive)");
    AddDateOption(who, "--to", &who_met.to, "To this date (inclusive)");
    RequireOrderedPeriod(who, &who_met.from, &who_met.to);
    who->add_flag("--with-orgs", who_met.include_organizations, "Pairs of organisations too");
    who->add_option("--status", who_met.statuses, "Meetings of these statuses: held, planned or all (default held)")
        ->delimiter(',');
    questions.push_back({who, [this](const graph::KnowledgeGraph& g, const Output& o) -> StatusOr<Answer> {
      auto pairs = query::WhoMet(g, who_met);
      if (!pairs.ok()) return pairs.status();
      return Answer{query::FormatWhoMet(*pairs, o.format, o.style), pairs->empty()};
    }, [] { return std::string("no meetings found with these filters"); }});
  }

  void AddPath() {
    CLI::App* path = command->add_subcommand("path", "Shortest chains of meetings between two actors");
    path->add_option("from", from, "Person, organisation or country")->required();
    path->add_option("to", to, "Person, organisation or country")->required();
    path->add_option("--max-hops", max_hops, "Longest chain")->capture_default_str()->check(CLI::PositiveNumber);
    WithDefault(AddEnumOption(path, "--via", &via, query::kViaNames, "Actors in between: person, org or all"),
                query::kViaNames, via);
    questions.push_back({path, [this](const graph::KnowledgeGraph& g, const Output& o) -> StatusOr<Answer> {
      auto paths = query::ShortestPaths(g, from, to, via, max_hops);
      if (!paths.ok()) return paths.status();
      return Answer{query::FormatPaths(*paths, o.format, o.style), paths->empty()};
    }, [this] { return "no chain of meetings of at most " + std::to_string(max_hops) + " steps from \"" + from +
                       "\" to \"" + to + "\""; }});
  }

  void AddCentral() {
    CLI::App* central = command->add_subcommand("central", "Rank actors in the meetings projection");
    WithDefault(AddEnumOption(central, "--measure", &measure, query::kMeasureNames,
                              "degree, betweenness, closeness, pagerank or eigenvector"),
                query::kMeasureNames, measure);
    WithDefault(AddEnumOption(central, "--type", &type, query::kViaNames, "person, org or all"), query::kViaNames, type);
    central->add_option("--top", top, "How many")->capture_default_str()->check(CLI::PositiveNumber);
    WithDefault(AddEnumOption(central, "--projection", &projection, graph::kProjectionKindNames,
                              "meetings (actors who met) or full (the typed graph)"),
                graph::kProjectionKindNames, projection);
    central->add_option("--approximate", approximate,
                        "Betweenness from this many sampled sources (the error bound goes to stderr)");
    questions.push_back({central, [this](const graph::KnowledgeGraph& g, const Output& o) -> StatusOr<Answer> {
      if (approximate > 0 && measure == query::Measure::kBetweenness) {
        const auto estimate = query::ApproximateBetweenness(g, type, top, approximate);
        std::fprintf(stderr, "approximate betweenness from %zu sampled sources: every score within %.4f of the exact one with probability %.0f%%\n",
                     estimate.samples, estimate.error_bound, estimate.confidence * 100);
        return Answer{query::FormatRanking(estimate.ranking, o.format, o.style), estimate.ranking.empty()};
      }
      const auto ranking = query::Central(g, measure, type, top, projection);
      return Answer{query::FormatRanking(ranking, o.format, o.style), ranking.empty()};
    }, [] { return std::string("no actors to rank"); }});
  }

  // The questions answered as rows of named columns.
  void AddRows() {
    CLI::App* timeline = command->add_subcommand("timeline", "Dated meetings, roles and agreements of one actor");
    timeline->add_option("name", actor, "Person, organisation or country")->required();
    AddRowsQuestion(timeline, [this](const graph::KnowledgeGraph& g) { return query::Timeline(g, actor); },
                    [this] { return "no meetings, roles or agreements found for \"" + actor + "\""; });
    CLI::App* entity = command->add_subcommand("entity", "An entity card: names, titles by date, organisations, sources");
    entity->add_option("name", actor, "Any node's name or id")->required();
    AddRowsQuestion(entity, [this](const graph::KnowledgeGraph& g) { return query::EntityCard(g, actor); },
                    [this] { return "nothing known about \"" + actor + "\""; });
    CLI::App* neighbors = command->add_subcommand("neighbors", "The actors within N meetings of one actor");
    neighbors->add_option("name", actor, "Person, organisation or country")->required();
    AddDepthOption(neighbors, &depth, "How many meetings away");
    neighbors->add_option("--dot", dot_file, "Also write the ego network as DOT to this file");
    AddRowsQuestion(neighbors, [this](const graph::KnowledgeGraph& g) -> StatusOr<query::Rows> {
      if (!dot_file.empty()) {
        auto ego = query::EgoGraph(g, actor, depth);
        if (!ego.ok()) return ego.status();
        auto written = exporters::Export(*ego, exporters::ExportFormat::kDot, dot_file);
        if (!written.ok()) return written.status();
      }
      return query::Neighbors(g, actor, depth);
    }, [this] { return "no actors within --depth " + std::to_string(depth) + " meetings of \"" + actor + "\""; });
    CLI::App* agreements = command->add_subcommand("agreements", "Agreements, by party and status");
    agreements->add_option("--party", party, "Only those with this party or signatory");
    agreements->add_option_function<std::string>("--status", [this](const std::string& name) {
      const auto parsed = coopgraph::ParseTerm<graph::AgreementStatus>(
          graph::AgreementStatusTerm, coopgraph::extract::kAgreementStatusCount, "--status", name);
      if (!parsed.ok()) throw CLI::ValidationError(parsed.status().message());
      status = graph::AgreementStatusTerm(*parsed);
    }, "Signed, ToBeSigned, Implemented, Proposed, Agreed or Mentioned");
    AddRowsQuestion(agreements, [this](const graph::KnowledgeGraph& g) { return query::Agreements(g, party, status); },
                    [] { return std::string("no agreements found with these filters"); });
  }

  void AddRowsQuestion(CLI::App* subcommand, AskRows ask, std::function<std::string()> nothing) {
    questions.push_back({subcommand, [ask](const graph::KnowledgeGraph& g, const Output& o) -> StatusOr<Answer> {
      auto rows = ask(g);
      if (!rows.ok()) return rows.status();
      return Answer{query::FormatRows(*rows, o.format, o.style), rows->rows.empty()};
    }, std::move(nothing)});
  }

  // Tables on a terminal, JSON in a pipe, unless --format says; a table
  // fits the width of the terminal unless --wide.
  Output OutputOptions() const {
    Output output{format.value_or(::isatty(STDOUT_FILENO) ? query::Format::kTable : query::Format::kJson), {}};
    if (output.format == query::Format::kTable && !wide) output.style.width = TableWidth();
    return output;
  }

  int Run() const {
    for (const Question& question : questions) {
      if (!question.subcommand->parsed()) continue;
      auto graph = LoadGraphArgument(graph_path);
      if (!graph.ok()) return Fail("coopgraph", graph.status());
      auto answer = question.ask(*graph, OutputOptions());
      if (!answer.ok()) return Fail("coopgraph", answer.status());
      std::cout << answer->text;
      return answer->empty ? NothingFound("coopgraph", question.nothing()) : kExitOk;
    }
    return kExitUsage;  // unreachable: CLI11 requires one subcommand
  }
};

// --- render: a diagram of a graph file ---

// Extensions of image formats render does not write (Graphviz's and the
// common ones): such a file must not get SVG, PNG or PDF bytes.
constexpr std::string_view kOtherImageExtensions[] = {"jpg", "jpeg", "jpe", "gif", "bmp",  "webp", "tif",
                                                      "tiff", "ico", "avif", "heic", "eps", "ps",   "svgz"};

struct RenderCommand {
  CLI::App* command;
  std::string graph_path = "output/graph.jsonld";
  std::string out;
  std::optional<exporters::ImageFormat> format;  // unset: from the extension of --out, else svg
  views::DiagramOptions diagram;

  explicit RenderCommand(CLI::App& app) {
    command = app.add_subcommand("render", "Draw a graph.jsonld (or one period, or one actor's meetings) as SVG, PNG or PDF");
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    AddEnumOption(command, "--format", &format, exporters::kImageFormatNames,
                  "svg, png or pdf (default: the extension of --out)");
    AddEnumOption(command, "--layout", &diagram.layout, exporters::kLayoutNames,
                  "dot, neato or sfdp (default: dot up to " + std::to_string(exporters::kSfdpAboveNodes) + " drawn nodes, else sfdp)");
    CLI::Option* focus = command->add_option("--focus", diagram.focus, "Only this actor and those within --depth meetings of it");
    AddDepthOption(command, &diagram.depth, "How many meetings away from --focus")->needs(focus);
    AddDateOption(command, "--from", &diagram.from, "Only meetings and agreements dated from this date");
    AddDateOption(command, "--to", &diagram.to, "Only meetings and agreements dated up to this date (inclusive)");
    RequireOrderedPeriod(command, &diagram.from, &diagram.to);
    command->add_flag("--summary", diagram.summary,
                      "Draw the country-level summary: countries, their main bodies, meetings and agreements per year");
    command->add_option("--out,-o", out, "The image file to write (.svg, .png or .pdf)")->required();
  }

  // The format --format names, else the one the extension of --out names
  // (svg without one). Never another image format's bytes under its
  // extension (SVG in a .jpg): a usage error, like an extension that names no
  // format when --format is not given.
  StatusOr<exporters::ImageFormat> Format() const {
    std::string extension = std::filesystem::path(out).extension().string();
    if (extension.empty()) return format.value_or(exporters::ImageFormat::kSvg);
    extension.erase(0, 1);  // the dot
    const auto named = coopgraph::ParseEnum(exporters::kImageFormatNames, "--out extension", extension);
    if (!format) return named;
    bool other_image = !named.ok() && std::any_of(std::begin(kOtherImageExtensions), std::end(kOtherImageExtensions),
                                                  [&](std::string_view e) { return coopgraph::EqualIgnoringAsciiCase(e, extension); });
    if ((named.ok() && *named != *format) || other_image) {
      return coopgraph::InvalidArgumentError("--out \"" + out + "\" is a ." + extension + " file, but --format is " +
                                             std::string(coopgraph::EnumNameOf(exporters::kImageFormatNames, *format)));
    }
    return *format;
  }

  int Run() {
    StatusOr<exporters::ImageFormat> image_format = Format();
    if (!image_format.ok()) return Fail("coopgraph", image_format.status());
    diagram.format = *image_format;
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
    // The article bodies show each quote in its line; without them, the quotes alone.
    const std::string bodies_path = exporters::ArticleBodiesBeside(graph_path);
    auto bodies = exporters::ReadArticleBodies(bodies_path);
    if (bodies.ok()) {
      options.article_bodies = &*bodies;
    } else if (bodies.status().code() == coopgraph::StatusCode::kNotFound) {
      std::cerr << "coopgraph: " << bodies_path << " not found: the evidence is quoted without its context\n";
    } else {
      return Fail("coopgraph", bodies.status());
    }
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
  std::string from, to;  // ISO dates; either set: the dated subgraph only

  explicit ExportCommand(CLI::App& app) {
    command = app.add_subcommand("export", "Write a graph.jsonld as graphml, gexf, cyjs, csv (Neo4j), nquads, jsonld or dot");
    command->add_option("--graph", graph_path, "The graph to read")->capture_default_str();
    AddEnumOption(command, "--format", &format, exporters::kExportFormatNames,
                  "graphml, gexf, cyjs, csv, nquads, jsonld or dot")
        ->required();
    command->add_option("--out,-o", out, "The file to write (a directory for csv)")->required();
    WithDefault(AddEnumOption(command, "--projection", &options.projection, graph::kProjectionKindNames,
                              "full (the typed graph) or meetings (actors linked once per meeting they attended)"),
                graph::kProjectionKindNames, options.projection);
    WithDefault(AddEnumOption(command, "--gexf-version", &options.gexf_version, exporters::kGexfVersionNames,
                              "1.2draft (Gephi and every NetworkX) or 1.3 (edge kinds for Gephi)"),
                exporters::kGexfVersionNames, options.gexf_version);
    WithDefault(AddEnumOption(command, "--csv-lists", &options.csv_lists, exporters::kCsvListsNames,
                              "unit-separator (U+001F, lossless for neo4j-admin) or semicolon (for spreadsheets)"),
                exporters::kCsvListsNames, options.csv_lists);
    AddDateOption(command, "--from", &from, "Only meetings and agreements dated from this date, and what they connect");
    AddDateOption(command, "--to", &to, "Only meetings and agreements dated up to this date (inclusive)");
    RequireOrderedPeriod(command, &from, &to);
  }

  int Run() const {
    auto graph = LoadGraphArgument(graph_path);
    if (!graph.ok()) return Fail("coopgraph export", graph.status());
    if (!from.empty() || !to.empty()) {
      graph = query::DatedGraph(*graph, from, to);
      if (!graph.ok()) return Fail("coopgraph export", graph.status());
      if (graph->node_count() == 0) {
        return NothingFound("coopgraph export",
                            "no meeting or agreement dated " + coopgraph::DescribePeriod(from, to) + ": nothing written");
      }
    }
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
    app.set_version_flag("--version", "coopgraph " COOPGRAPH_VERSION);
    app.footer(kExitCodesHelp);
    BuildCommand build(app);
    ExtractCommand extract(app);
    MergeCommand merge(app);
    QueryCommand query(app);
    RenderCommand render(app);
    ReportCommand report(app);
    ExportCommand export_command(app);
    LetOptionsFollowSubcommands(app);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? kExitOk : kExitUsage;
    }
    if (build.command->parsed()) return build.Run();
    if (extract.command->parsed()) return extract.Run();
    if (merge.command->parsed()) return merge.Run();
    if (query.command->parsed()) return query.Run();
    if (render.command->parsed()) return render.Run();
    if (report.command->parsed()) return report.Run();
    if (export_command.command->parsed()) return export_command.Run();
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "coopgraph: internal error: " << e.what() << "\n";
    return kExitNothing;
  }
}

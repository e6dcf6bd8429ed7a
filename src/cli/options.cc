#include "cli/options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "coopgraph/base/date.h"
#include "coopgraph/exporters/exporters.h"

namespace coopgraph::cli {

const char* const kExitCodesHelp =
    "Exit status (every subcommand):\n"
    "  0  done\n"
    "  1  nothing found (an empty answer or selection), no such name, or the output could not be written\n"
    "  2  usage error: a bad flag or value, a missing input path or graph file, an ambiguous name\n"
    "  3  input data error: a graph, article or knowledge file that cannot be read as such\n"
    "Options may stand before or after a subcommand: coopgraph query who-met --graph g.jsonld --format json";

int ExitCodeOf(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kDataLoss: return kExitData;
    case StatusCode::kNotFound:
    case StatusCode::kIoError:
    case StatusCode::kInternal: return kExitNothing;
  }
  return kExitNothing;
}

int Fail(std::string_view who, const Status& status) {
  std::cerr << who << ": " << status.ToString() << "\n";
  return ExitCodeOf(status.code());
}

int NothingFound(std::string_view who, const std::string& what) {
  std::cerr << who << ": " << what << "\n";
  return kExitNothing;
}

std::string FlagName(const std::string& flags) { return flags.substr(0, flags.find(',')); }

CLI::Option* AddDateOption(CLI::App* command, const std::string& flags, std::string* target, const std::string& help) {
  auto parse = [target, flag = FlagName(flags)](const std::string& text) {
    StatusOr<std::string> iso = ParseDateOption(flag, text);
    if (!iso.ok()) throw CLI::ValidationError(iso.status().message());
    *target = *iso;
  };
  return command->add_option_function<std::string>(flags, parse, help + " (YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY or MM/YYYY)")
      ->type_name("DATE");
}

void RequireOrderedPeriod(CLI::App* command, const std::string* from, const std::string* to) {
  command->callback([from, to] {
    if (from->empty() || to->empty()) return;
    if (CompareAtCommonPrecision(ParseIsoDate(*from), ParseIsoDate(*to)) > 0)
      throw CLI::ValidationError("--from " + *from + " is after --to " + *to);
  });
}

CLI::Option* AddDepthOption(CLI::App* command, int* depth, const std::string& help) {
  return command->add_option("--depth", *depth, help + " (0 to " + std::to_string(kMaxDepth) + ")")
      ->capture_default_str()
      ->check(CLI::Range(0, kMaxDepth));
}

void LetOptionsFollowSubcommands(CLI::App& command) {
  for (CLI::App* subcommand : command.get_subcommands({})) {
    subcommand->fallthrough();
    if (command.get_parent() != nullptr) {
      subcommand->footer("The options of `coopgraph " + command.get_name() + "` (--graph, --format, …: see `coopgraph " +
                         command.get_name() + " --help`) may stand here too.");
    }
    LetOptionsFollowSubcommands(*subcommand);
  }
}

// Below this size a graph loads in a blink: no progress line.
constexpr std::uintmax_t kProgressBytes = 8u << 20;

StatusOr<graph::KnowledgeGraph> LoadGraphArgument(const std::string& path) {
  std::error_code no_size;
  if (!::isatty(STDERR_FILENO) || std::filesystem::file_size(path, no_size) < kProgressBytes || no_size) {
    return exporters::ReadJsonLd(path);
  }
  std::fprintf(stderr, "reading %s", path.c_str());
  std::size_t shown = 0;
  auto progress = [&path, &shown](std::size_t done, std::size_t total) {
    const std::size_t percent = done * 100 / total;
    if (percent != shown) std::fprintf(stderr, "\rreading %s %zu%%", path.c_str(), percent);
    shown = percent;
  };
  StatusOr<graph::KnowledgeGraph> loaded = exporters::ReadJsonLd(path, progress);
  std::fprintf(stderr, "\r\033[K");
  return loaded;
}

std::size_t TableWidth() {
  if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
    char* end = nullptr;
    const long width = std::strtol(columns, &end, 10);
    if (*end == '\0' && width > 0) return static_cast<std::size_t>(width);
  }
  struct winsize size {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) return size.ws_col;
  return 0;
}

}  // namespace coopgraph::cli

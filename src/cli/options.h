// What every coopgraph subcommand shares: the exit-code contract and the one
// place a Status becomes a code (Fail), options read the same way everywhere
// (enum names in any case, dates in the forms of ParseDateOption, --depth),
// and the graph file a subcommand reads.
#ifndef COOPGRAPH_CLI_OPTIONS_H_
#define COOPGRAPH_CLI_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <string_view>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::cli {

// The exit-code contract (README, `coopgraph --help`): the same error gives
// the same code in every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothing = 1;  // nothing found, no such name; or the work failed (output not writable)
inline constexpr int kExitUsage = 2;    // a bad flag or value, a missing input path or graph file, an ambiguous name
inline constexpr int kExitData = 3;     // a graph, article or knowledge file that cannot be read as such
extern const char* const kExitCodesHelp;  // the contract, for the footer of `coopgraph --help`

// The exit code of a Status: kInvalidArgument 2, kDataLoss 3, kNotFound,
// kIoError and kInternal 1.
int ExitCodeOf(StatusCode code);

// The one mapping from a library Status to what the user sees (one line on
// stderr, after `who`) and the exit code.
int Fail(std::string_view who, const Status& status);

// An answer or a selection with nothing in it: `what` on stderr, exit 1.
int NothingFound(std::string_view who, const std::string& what);

// The long name of an option's flags ("--out,-o": "--out"), for messages.
std::string FlagName(const std::string& flags);

// An option naming a value of one of the library's enums, in any case. An
// unknown name is a usage error naming the flag, the value and the known
// ones; the help lists the names.
template <typename Target, typename Enum, std::size_t N>
CLI::Option* AddEnumOption(CLI::App* command, const std::string& flags, Target* target,
                           const EnumName<Enum> (&table)[N], const std::string& help) {
  std::string names;
  for (const auto& entry : table) names += (names.empty() ? "" : ",") + std::string(entry.name);
  auto parse = [target, &table, flag = FlagName(flags)](const std::string& name) {
    StatusOr<Enum> value = ParseEnum(table, flag, name);
    if (!value.ok()) throw CLI::ValidationError(value.status().message());
    *target = *value;
  };
  return command->add_option_function<std::string>(flags, parse, help)->type_name("TEXT:{" + names + "}");
}

// `option` showing `value` as its default in the help.
template <typename Enum, std::size_t N>
CLI::Option* WithDefault(CLI::Option* option, const EnumName<Enum> (&table)[N], Enum value) {
  return option->default_str(std::string(EnumNameOf(table, value)));
}

// An option naming a date in one of the forms of ParseDateOption (YYYY,
// YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, MM/YYYY), stored as the ISO date the
// library takes; anything else is a usage error naming the flag and the forms.
CLI::Option* AddDateOption(CLI::App* command, const std::string& flags, std::string* target, const std::string& help);

// A --from after the --to of the same command is a usage error, whatever the
// subcommand (checked once both are read). The pointers outlive parsing.
void RequireOrderedPeriod(CLI::App* command, const std::string* from, const std::string* to);

// --depth of an ego network: 0 (the actor alone) to kMaxDepth meetings away;
// past a few the ego network is most of the graph. Anything else: exit 2.
inline constexpr int kMaxDepth = 10;
CLI::Option* AddDepthOption(CLI::App* command, int* depth, const std::string& help);

// Options of a command may follow its subcommand, as in git and gh:
// `query who-met --graph g.jsonld` is `query --graph g.jsonld who-met`.
void LetOptionsFollowSubcommands(CLI::App& command);

// The graph a subcommand reads (--graph): exporters::ReadJsonLd, showing
// "reading PATH 45%" on stderr while a large one loads when stderr is a
// terminal (the line is erased when done, so the terminal keeps the answer).
StatusOr<graph::KnowledgeGraph> LoadGraphArgument(const std::string& path);

// The width query tables are fitted to: $COLUMNS when set, else the
// terminal's when stdout is one; 0 (every cell whole) otherwise.
std::size_t TableWidth();

}  // namespace coopgraph::cli

#endif  // COOPGRAPH_CLI_OPTIONS_H_

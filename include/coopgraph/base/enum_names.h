// Enum values by the names users type (command-line options, formats): each
// enum's table of names lives beside the enum, and ParseEnum is the one lookup
// every caller uses, so an unknown name is always an error naming the known.
#ifndef COOPGRAPH_BASE_ENUM_NAMES_H_
#define COOPGRAPH_BASE_ENUM_NAMES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "coopgraph/base/status.h"

namespace coopgraph {

template <typename Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

// The names of `table` in order, comma separated: "svg, png, pdf".
template <typename Enum, std::size_t N>
std::string KnownNames(const EnumName<Enum> (&table)[N]) {
  std::string known;
  for (const auto& entry : table) known += (known.empty() ? "" : ", ") + std::string(entry.name);
  return known;
}

// The value called `name` in `table`, or nullopt.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> FindEnum(const EnumName<Enum> (&table)[N], std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

// The enumerator among the first `count` (0..count-1) whose term is `term`,
// for enums named by a function (the vocabulary's terms); or nullopt.
template <typename Enum, typename TermOf>
std::optional<Enum> EnumWithTerm(TermOf term_of, int count, std::string_view term) {
  for (int i = 0; i < count; ++i)
    if (term_of(static_cast<Enum>(i)) == term) return static_cast<Enum>(i);
  return std::nullopt;
}

// True when `a` and `b` differ at most in the case of ASCII letters.
constexpr bool EqualIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The error of a name that is none of `known`: kInvalidArgument
// `unknown <what> "<name>" (known: <known>)`.
inline Status UnknownNameError(std::string_view what, std::string_view name, const std::string& known) {
  return InvalidArgumentError("unknown " + std::string(what) + " \"" + std::string(name) + "\" (known: " + known + ")");
}

// The value called `name` in `table`, ignoring the case of ASCII letters
// (what a user types: "JSON", "PageRank"); never a default for another name.
// Errors: UnknownNameError listing the table's names.
template <typename Enum, std::size_t N>
StatusOr<Enum> ParseEnum(const EnumName<Enum> (&table)[N], std::string_view what, std::string_view name) {
  for (const auto& entry : table)
    if (EqualIgnoringAsciiCase(entry.name, name)) return entry.value;
  return UnknownNameError(what, name, KnownNames(table));
}

// The enumerator among the first `count` whose term is `term`, ignoring the
// case of ASCII letters ("signed" for "Signed"), for enums named by a
// function. Errors: UnknownNameError listing the terms.
template <typename Enum, typename TermOf>
StatusOr<Enum> ParseTerm(TermOf term_of, int count, std::string_view what, std::string_view term) {
  std::string known;
  for (int i = 0; i < count; ++i) {
    const auto value = static_cast<Enum>(i);
    if (EqualIgnoringAsciiCase(term_of(value), term)) return value;
    known += (known.empty() ? "" : ", ") + std::string(term_of(value));
  }
  return UnknownNameError(what, term, known);
}

// The name of `value` in `table` ("" for a value the table lacks).
template <typename Enum, std::size_t N>
constexpr std::string_view EnumNameOf(const EnumName<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return {};
}

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_ENUM_NAMES_H_

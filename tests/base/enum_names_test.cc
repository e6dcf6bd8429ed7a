// ParseEnum: the one lookup from a name users type to an enum value, over
// the tables the library keeps beside its enums.
#include "coopgraph/base/enum_names.h"

#include <catch2/catch.hpp>
#include <string>

#include "coopgraph/exporters/formats.h"
#include "coopgraph/exporters/render.h"
#include "coopgraph/graph/projection.h"
#include "coopgraph/query/query.h"

namespace coopgraph {
namespace {

using Catch::Matchers::Equals;

// Every name of a table parses to its value and back; no two names repeat.
template <typename Enum, std::size_t N>
void CheckRoundTrip(const EnumName<Enum> (&table)[N]) {
  for (const auto& entry : table) {
    CAPTURE(std::string(entry.name));
    const StatusOr<Enum> parsed = ParseEnum(table, "thing", entry.name);
    REQUIRE(parsed.ok());
    CHECK(*parsed == entry.value);
    CHECK(EnumNameOf(table, entry.value) == entry.name);
  }
}

TEST_CASE("every table of names reads back its own values", "[base]") {
  CheckRoundTrip(exporters::kExportFormatNames);
  CheckRoundTrip(exporters::kImageFormatNames);
  CheckRoundTrip(exporters::kLayoutNames);
  CheckRoundTrip(graph::kProjectionKindNames);
  CheckRoundTrip(query::kFormatNames);
  CheckRoundTrip(query::kMeasureNames);
  CheckRoundTrip(query::kViaNames);
}

TEST_CASE("an unknown name is an invalid argument naming it and the known ones", "[base]") {
  for (const std::string name : {"xml", "", "full ", "meeting", "fuII"}) {
    CAPTURE(name);
    const auto parsed = ParseEnum(graph::kProjectionKindNames, "projection", name);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == StatusCode::kInvalidArgument);
    CHECK_THAT(parsed.status().message(),
               Equals("unknown projection \"" + name + "\" (known: full, meetings)"));
  }
}

TEST_CASE("FindEnum finds a name of the table, nothing else", "[base]") {
  CHECK(FindEnum(query::kFormatNames, "json") == query::Format::kJson);
  CHECK_FALSE(FindEnum(query::kFormatNames, "JSON").has_value());  // names are exact
  CHECK_FALSE(FindEnum(query::kFormatNames, "").has_value());
}

enum class Colour { kRed, kGreen, kBlue };
std::string_view ColourTerm(Colour c) { return c == Colour::kRed ? "Red" : c == Colour::kGreen ? "Green" : "Blue"; }

TEST_CASE("EnumWithTerm finds the enumerator a term function names, within count", "[base]") {
  CHECK(EnumWithTerm<Colour>(ColourTerm, 3, "Green") == Colour::kGreen);
  CHECK(EnumWithTerm<Colour>(ColourTerm, 3, "Blue") == Colour::kBlue);
  CHECK_FALSE(EnumWithTerm<Colour>(ColourTerm, 2, "Blue").has_value());  // past count
  CHECK_FALSE(EnumWithTerm<Colour>(ColourTerm, 3, "green").has_value());
}

TEST_CASE("ParseEnum reads a name in any case, and never takes another name for it", "[base]") {
  CHECK(*ParseEnum(query::kFormatNames, "--format", "JSON") == query::Format::kJson);
  CHECK(*ParseEnum(query::kMeasureNames, "--measure", "PageRank") == query::Measure::kPageRank);
  CHECK(*ParseEnum(graph::kProjectionKindNames, "--projection", "Full") == graph::ProjectionKind::kFull);
  for (const char* near : {"jsonl", "jso", " json", "table,json"}) {
    CAPTURE(near);
    CHECK_FALSE(ParseEnum(query::kFormatNames, "--format", near).ok());
  }
}

TEST_CASE("ParseTerm reads a vocabulary term in any case and lists the terms when it is none", "[base]") {
  CHECK(*ParseTerm<Colour>(ColourTerm, 3, "--colour", "green") == Colour::kGreen);
  CHECK(*ParseTerm<Colour>(ColourTerm, 3, "--colour", "BLUE") == Colour::kBlue);
  const auto pink = ParseTerm<Colour>(ColourTerm, 3, "--colour", "pink");
  REQUIRE_FALSE(pink.ok());
  CHECK(pink.status().code() == StatusCode::kInvalidArgument);
  CHECK_THAT(pink.status().message(), Equals("unknown --colour \"pink\" (known: Red, Green, Blue)"));
  CHECK_FALSE(ParseTerm<Colour>(ColourTerm, 2, "--colour", "blue").ok());  // past count
}

}  // namespace
}  // namespace coopgraph

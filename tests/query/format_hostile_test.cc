// Query answers hold names read from a graph file, so any text: JSON and CSV
// answers read back exactly in their real consumers, and a table shows no
// control character on the terminal.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>

#include "common/hostile_text.h"
#include "common/temp_dir.h"
#include "base/files.h"
#include "base/utf8.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

using coopgraph::testing::CleanText;
using coopgraph::testing::HostileTexts;
using coopgraph::testing::TempDir;

// Reads rows.csv with python's csv module and prints the text column as a
// JSON array, for RapidJSON to compare with the cells written.
constexpr const char* kCsvCheck = R"PY(
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0] == ['what', 'text'], rows[0]
assert all(len(r) == 2 for r in rows), rows
json.dump([r[1] for r in rows[1:]], sys.stdout)
)PY";

Rows HostileRows() {
  Rows rows;
  rows.columns = {"what", "text"};
  for (const auto& row : HostileTexts()) rows.rows.push_back({row.what, CleanText(row.text)});
  return rows;
}

TEST_CASE("JSON answers hold hostile cells as exact JSON strings", "[query][hostile]") {
  const Rows rows = HostileRows();
  const std::string json = FormatRows(rows, Format::kJson);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.Size() == rows.rows.size());
  for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
    CHECK(std::string(doc[i]["text"].GetString(), doc[i]["text"].GetStringLength()) == rows.rows[i][1]);
  }
}

TEST_CASE("CSV answers quote hostile cells so python's csv module reads them back", "[query][hostile]") {
  const Rows rows = HostileRows();
  TempDir dir;
  REQUIRE(WriteFileAtomically(dir / "rows.csv", FormatRows(rows, Format::kCsv)).ok());
  REQUIRE(WriteFileAtomically(dir / "check.py", kCsvCheck).ok());
  const std::string command =
      "/usr/bin/python3 " + (dir / "check.py") + " " + (dir / "rows.csv") + " > " + (dir / "out.txt") + " 2>&1";
  const int rc = std::system(command.c_str());
  const std::string out = ReadFileBytes(dir / "out.txt").value();
  INFO(out);
  REQUIRE(rc == 0);
  rapidjson::Document cells;
  cells.Parse(out.data(), out.size());
  REQUIRE_FALSE(cells.HasParseError());
  REQUIRE(cells.Size() == rows.rows.size());
  for (rapidjson::SizeType i = 0; i < cells.Size(); ++i) {
    CHECK(std::string(cells[i].GetString(), cells[i].GetStringLength()) == rows.rows[i][1]);
  }
}

TEST_CASE("a table answer shows no control character, and fits a width", "[query][hostile]") {
  const std::string table = FormatRows(HostileRows(), Format::kTable);
  CHECK(std::count(table.begin(), table.end(), '\n') == static_cast<long>(HostileTexts().size() + 1));
  CHECK(std::none_of(table.begin(), table.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F;
  }));
  const std::string narrow = FormatRows(HostileRows(), Format::kTable, TableStyle{40});
  std::istringstream lines(narrow);
  for (std::string line; std::getline(lines, line);) {
    CAPTURE(line);
    CHECK(CountCodePoints(line) <= 40);
    CHECK(IsValidUtf8(line));  // cut between characters, never inside one
  }
}

}  // namespace
}  // namespace coopgraph::query

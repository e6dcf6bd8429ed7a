// Query results as text for people (table) and for programs (JSON, CSV).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coopgraph/base/utf8.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

// Display width in code points; the table pads by it.
std::size_t Width(const std::string& s) { return CountCodePoints(s); }

std::string Cut(const std::string& s, std::size_t max_code_points) {
  const std::u32string cps = Utf8ToUtf32(s);
  if (cps.size() <= max_code_points) return s;
  return Utf32ToUtf8(cps.substr(0, max_code_points - 1)) + "…";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

std::string Table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - Width(row[c]) + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string FormatWhoMet(const std::vector<MetPair>& pairs, Format format) {
  switch (format) {
    case Format::kJson: {
      rapidjson::StringBuffer buffer;
      rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
      w.SetIndent(' ', 2);
      w.StartArray();
      for (const MetPair& p : pairs) {
        w.StartObject();
        auto field = [&](const char* key, const std::string& value) {
          w.Key(key);
          w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
        };
        field("date", p.date);
        field("person", p.first_name);
        field("person_id", p.first);
        field("met", p.second_name);
        field("met_id", p.second);
        field("meeting", p.meeting);
        field("kind", p.kind);
        field("place", p.place);
        w.Key("sources");
        w.StartArray();
        for (const auto& s : p.sources) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
        w.EndArray();
        field("evidence", p.evidence);
        w.EndObject();
      }
      w.EndArray();
      return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
    }
    case Format::kCsv: {
      std::string out = "date,person,person_id,met,met_id,meeting,kind,place,sources,evidence\n";
      for (const MetPair& p : pairs) {
        out += Join({CsvField(p.date), CsvField(p.first_name), CsvField(p.first), CsvField(p.second_name),
                     CsvField(p.second), CsvField(p.meeting), CsvField(p.kind), CsvField(p.place),
                     CsvField(Join(p.sources, " ")), CsvField(p.evidence)},
                    ",") +
               "\n";
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> rows = {{"date", "person", "met", "kind", "place", "evidence"}};
      for (const MetPair& p : pairs) {
        std::string evidence = p.evidence;
        std::replace(evidence.begin(), evidence.end(), '\n', ' ');
        rows.push_back({p.date.empty() ? "?" : p.date, p.first_name, p.second_name, p.kind,
                        p.place.empty() ? "-" : p.place, Cut(evidence, 80)});
      }
      return Table(rows);
    }
  }
  return "";
}

}  // namespace coopgraph::query

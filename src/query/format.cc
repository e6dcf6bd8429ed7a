// Query results as text for people (table) and for programs (JSON, CSV).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/utf8.h"
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

std::string Csv(std::string_view s) { return CsvField(s, CsvQuoting::kWhenNeeded); }

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

// A cell as a terminal should show it: control characters (line breaks,
// escape sequences that would restyle or move the cursor) as spaces.
std::string Printable(std::string cell) {
  for (char& c : cell) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return cell;
}

std::string Table(std::vector<std::vector<std::string>> rows) {
  for (auto& row : rows) {
    for (auto& cell : row) cell = Printable(std::move(cell));
  }
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

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void JsonString(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void JsonStrings(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  w.EndArray();
}

// The fields every answer citing a meeting has (the date goes where the answer puts it).
void MeetingFields(JsonWriter& w, const MeetingRef& m) {
  JsonString(w, "meeting", m.id);
  JsonString(w, "kind", m.kind);
  JsonString(w, "place", m.place);
  JsonStrings(w, "sources", m.sources);
  JsonString(w, "evidence", m.evidence);
}

// A JSON array whose elements `body` writes, as indented text.
template <typename Body>
std::string JsonArray(Body body) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  body(w);
  w.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<std::string> MeetingColumns(const MeetingRef& m) {
  return {Csv(m.id), Csv(m.kind), Csv(m.date), Csv(m.place), Csv(Join(m.sources, " ")),
          Csv(m.evidence)};
}

std::string Line(std::vector<std::string> fields, const std::vector<std::string>& more) {
  fields.insert(fields.end(), more.begin(), more.end());
  return Join(fields, ",") + "\n";
}

}  // namespace

std::string FormatWhoMet(const std::vector<MetPair>& pairs, Format format, const TableStyle& /*style: not yet applied*/) {
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (const MetPair& p : pairs) {
          w.StartObject();
          JsonString(w, "date", p.meeting.date);
          JsonString(w, "person", p.first_name);
          JsonString(w, "person_id", p.first);
          JsonString(w, "met", p.second_name);
          JsonString(w, "met_id", p.second);
          JsonStrings(w, "met_also", p.second_also);
          MeetingFields(w, p.meeting);
          w.EndObject();
        }
      });
    case Format::kCsv: {
      std::string out = "person,person_id,met,met_id,meeting,kind,date,place,sources,evidence\n";
      for (const MetPair& p : pairs) {
        out += Line({Csv(p.first_name), Csv(p.first), Csv(p.second_name), Csv(p.second)},
                    MeetingColumns(p.meeting));
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> rows = {{"date", "person", "met", "kind", "place", "evidence"}};
      for (const MetPair& p : pairs) {
        std::string evidence = p.meeting.evidence;
        std::replace(evidence.begin(), evidence.end(), '\n', ' ');
        rows.push_back({p.meeting.date.empty() ? "?" : p.meeting.date, p.first_name, p.second_name, p.meeting.kind,
                        p.meeting.place.empty() ? "-" : p.meeting.place, Cut(evidence, 80)});
      }
      return Table(rows);
    }
  }
  return "";
}

std::string FormatPaths(const std::vector<Path>& paths, Format format, const TableStyle& /*style: not yet applied*/) {
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (const Path& path : paths) {
          w.StartArray();
          for (const Hop& hop : path) {
            w.StartObject();
            JsonString(w, "from", hop.from_name);
            JsonString(w, "from_id", hop.from);
            JsonString(w, "to", hop.to_name);
            JsonString(w, "to_id", hop.to);
            JsonString(w, "date", hop.meeting.date);
            MeetingFields(w, hop.meeting);
            w.EndObject();
          }
          w.EndArray();
        }
      });
    case Format::kCsv: {
      std::string out = "path,step,from,from_id,to,to_id,meeting,kind,date,place,sources,evidence\n";
      for (std::size_t i = 0; i < paths.size(); ++i) {
        for (std::size_t k = 0; k < paths[i].size(); ++k) {
          const Hop& h = paths[i][k];
          out += Line({std::to_string(i + 1), std::to_string(k + 1), Csv(h.from_name), Csv(h.from),
                       Csv(h.to_name), Csv(h.to)},
                      MeetingColumns(h.meeting));
        }
      }
      return out;
    }
    case Format::kTable: {
      std::string out;
      for (std::size_t i = 0; i < paths.size(); ++i) {
        out += "path " + std::to_string(i + 1) + ": " + std::to_string(paths[i].size()) + " step(s)\n";
        std::vector<std::vector<std::string>> rows;
        for (const Hop& h : paths[i]) {
          std::string evidence = h.meeting.evidence;
          std::replace(evidence.begin(), evidence.end(), '\n', ' ');
          rows.push_back({"  " + h.from_name, "->", h.to_name, h.meeting.date.empty() ? "?" : h.meeting.date,
                          h.meeting.kind, Join(h.meeting.sources, " "), Cut(evidence, 60)});
        }
        out += Table(rows);
      }
      return out;
    }
  }
  return "";
}

std::string FormatRanking(const std::vector<Ranked>& ranking, Format format, const TableStyle& /*style: not yet applied*/) {
  char score[32];
  auto text = [&](double value) {
    std::snprintf(score, sizeof score, "%.6f", value);
    return std::string(score);
  };
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (std::size_t i = 0; i < ranking.size(); ++i) {
          w.StartObject();
          w.Key("rank");
          w.Uint64(i + 1);
          JsonString(w, "name", ranking[i].name);
          JsonString(w, "id", ranking[i].id);
          w.Key("score");
          w.Double(ranking[i].score);
          w.EndObject();
        }
      });
    case Format::kCsv: {
      std::string out = "rank,name,id,score\n";
      for (std::size_t i = 0; i < ranking.size(); ++i) {
        out += std::to_string(i + 1) + "," + Csv(ranking[i].name) + "," + Csv(ranking[i].id) + "," +
               text(ranking[i].score) + "\n";
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> rows = {{"rank", "name", "score", "id"}};
      for (std::size_t i = 0; i < ranking.size(); ++i)
        rows.push_back({std::to_string(i + 1), ranking[i].name, text(ranking[i].score), ranking[i].id});
      return Table(rows);
    }
  }
  return "";
}

std::string FormatRows(const Rows& rows, Format format, const TableStyle& /*style: not yet applied*/) {
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (const auto& row : rows.rows) {
          w.StartObject();
          for (std::size_t c = 0; c < rows.columns.size() && c < row.size(); ++c) {
            JsonString(w, rows.columns[c].c_str(), row[c]);
          }
          w.EndObject();
        }
      });
    case Format::kCsv: {
      std::vector<std::string> header;
      for (const auto& c : rows.columns) header.push_back(Csv(c));
      std::string out = Join(header, ",") + "\n";
      for (const auto& row : rows.rows) {
        std::vector<std::string> fields;
        for (const auto& f : row) fields.push_back(Csv(f));
        out += Join(fields, ",") + "\n";
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> table = {rows.columns};
      for (const auto& row : rows.rows) {
        std::vector<std::string> cells;
        for (const std::string& cell : row) cells.push_back(cell.empty() ? "-" : Cut(cell, 80));
        table.push_back(std::move(cells));
      }
      return Table(table);
    }
  }
  return "";
}

}  // namespace coopgraph::query

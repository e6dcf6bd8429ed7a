// Query results as text for people (table) and for programs (JSON, CSV).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/utf8.h"
#include "coopgraph/base/date.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

// Display width in code points; the table pads by it.
std::size_t Width(const std::string& s) { return CountCodePoints(s); }

// `s` in at most `max_code_points`, its end replaced by "…" when cut.
std::string Cut(const std::string& s, std::size_t max_code_points) {
  const std::u32string cps = Utf8ToUtf32(s);
  if (cps.size() <= max_code_points) return s;
  if (max_code_points == 0) return "";
  return Utf32ToUtf8(cps.substr(0, max_code_points - 1)) + "…";
}

// `s` in lines of at most `width` code points, broken after a space when
// one is near enough, else inside a word.
std::vector<std::string> Wrap(const std::string& s, std::size_t width) {
  std::u32string rest = Utf8ToUtf32(s);
  std::vector<std::string> lines;
  while (rest.size() > width) {
    std::size_t end = rest.rfind(U' ', width);
    if (end == std::u32string::npos || end < width / 2) end = width;
    lines.push_back(Utf32ToUtf8(rest.substr(0, end)));
    rest.erase(0, end);
    while (!rest.empty() && rest.front() == U' ') rest.erase(0, 1);
  }
  lines.push_back(Utf32ToUtf8(rest));
  return lines;
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

// How a table meets a width: which columns narrow first (long free text),
// which last (short facts a reader needs whole: dates, statuses), which go
// on lines of their own under each row when the others do not fit whole
// beside them (sources, evidence), and whether the last column wraps
// instead of being cut (a card's values).
struct Layout {
  std::size_t width = 0;  // 0: every cell whole
  std::vector<std::string> narrow_first;  // column headers
  std::vector<std::string> narrow_last;
  std::vector<std::string> under;
  bool wrap_last = false;
};

constexpr std::size_t kGap = 2;
// A column that narrows first keeps this many code points before the others narrow.
constexpr std::size_t kNarrowFloor = 12;
constexpr const char* kUnderIndent = "    ";

// Which columns of `header` are among `names`.
std::vector<bool> ColumnsIn(const std::vector<std::string>& header, const std::vector<std::string>& names) {
  std::vector<bool> in(header.size(), false);
  for (std::size_t c = 0; c < header.size(); ++c)
    in[c] = std::find(names.begin(), names.end(), header[c]) != names.end();
  return in;
}

// Narrows the widest of the `eligible` columns, down to `floor`, until the
// widths sum to at most `available`.
void Narrow(std::vector<std::size_t>* widths, std::size_t available, const std::vector<bool>& eligible,
            std::size_t floor) {
  std::size_t total = std::accumulate(widths->begin(), widths->end(), std::size_t{0});
  while (total > available) {
    std::size_t widest = widths->size();
    for (std::size_t c = 0; c < widths->size(); ++c) {
      if (eligible[c] && (*widths)[c] > floor && (widest == widths->size() || (*widths)[c] > (*widths)[widest]))
        widest = c;
    }
    if (widest == widths->size()) return;
    std::size_t next = floor;  // the width of the next widest: narrow to it at once
    for (std::size_t c = 0; c < widths->size(); ++c)
      if (c != widest && eligible[c]) next = std::max(next, std::min((*widths)[c], (*widths)[widest]));
    const std::size_t step = std::max<std::size_t>(1, std::min(total - available, (*widths)[widest] - next));
    (*widths)[widest] -= step;
    total -= step;
  }
}

std::vector<std::size_t> NaturalWidths(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
  }
  return widths;
}

// The widths of the columns of `rows` (the header first) on a line of `layout.width`.
std::vector<std::size_t> ColumnWidths(const std::vector<std::vector<std::string>>& rows, const Layout& layout) {
  std::vector<std::size_t> widths = NaturalWidths(rows);
  if (layout.width == 0 || widths.empty()) return widths;
  const std::size_t gaps = kGap * (widths.size() - 1);
  const std::size_t available = layout.width > gaps + widths.size() ? layout.width - gaps : widths.size();
  std::vector<bool> first = ColumnsIn(rows[0], layout.narrow_first);
  first.resize(widths.size(), false);
  if (layout.wrap_last) first.back() = true;
  std::vector<bool> not_last = ColumnsIn(rows[0], layout.narrow_last);
  not_last.resize(widths.size(), false);
  not_last.flip();
  Narrow(&widths, available, first, kNarrowFloor);
  Narrow(&widths, available, not_last, 1);
  Narrow(&widths, available, std::vector<bool>(widths.size(), true), 1);
  return widths;
}

// Printable rows (the header first) in aligned columns.
std::string Columns(const std::vector<std::vector<std::string>>& rows, const Layout& layout) {
  const std::vector<std::size_t> widths = ColumnWidths(rows, layout);
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    std::size_t column_start = 0;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool last = c + 1 == row.size();
      if (last && layout.wrap_last && layout.width > 0 && Width(row[c]) > widths[c]) {
        const std::vector<std::string> lines = Wrap(row[c], widths[c]);
        line += lines[0];
        for (std::size_t i = 1; i < lines.size(); ++i) line += "\n" + std::string(column_start, ' ') + lines[i];
        break;
      }
      const std::string cell = layout.width > 0 ? Cut(row[c], widths[c]) : row[c];
      line += cell;
      if (!last) line += std::string(widths[c] - Width(cell) + kGap, ' ');
      column_start += widths[c] + kGap;
    }
    line.erase(line.find_last_not_of(' ') + 1);  // no padding after an empty last cell
    out += line + "\n";
  }
  return out;
}

// True when the columns but the `under` ones fit `layout.width` whole beside
// the `under` ones narrowed to kNarrowFloor.
bool FitsBeside(const std::vector<std::vector<std::string>>& rows, const Layout& layout) {
  const std::vector<std::size_t> widths = NaturalWidths(rows);
  const std::vector<bool> under = ColumnsIn(rows[0], layout.under);
  std::size_t total = kGap * (widths.size() - 1);
  for (std::size_t c = 0; c < widths.size(); ++c) total += c < under.size() && under[c] ? std::min(widths[c], kNarrowFloor) : widths[c];
  return total <= layout.width;
}

// The `under` columns of each row on lines of their own below it
// ("    source: …", cut to the width), the others as columns.
std::string Stacked(const std::vector<std::vector<std::string>>& rows, const Layout& layout) {
  const std::vector<bool> under = ColumnsIn(rows[0], layout.under);
  std::vector<std::vector<std::string>> beside;
  for (const auto& row : rows) {
    beside.emplace_back();
    for (std::size_t c = 0; c < row.size(); ++c)
      if (c >= under.size() || !under[c]) beside.back().push_back(row[c]);
  }
  Layout rest = layout;
  rest.under.clear();
  std::istringstream lines(Columns(beside, rest));
  std::string out, line;
  for (std::size_t r = 0; r < rows.size() && std::getline(lines, line); ++r) {
    out += line + "\n";
    if (r == 0) continue;
    for (std::size_t c = 0; c < rows[r].size() && c < under.size(); ++c) {
      if (under[c] && !rows[r][c].empty() && rows[r][c] != "-")
        out += Cut(kUnderIndent + rows[0][c] + ": " + rows[r][c], layout.width) + "\n";
    }
  }
  return out;
}

// Rows (the header first) as a table for a terminal: see Layout.
std::string Table(std::vector<std::vector<std::string>> rows, const Layout& layout = {}) {
  for (auto& row : rows) {
    for (auto& cell : row) cell = Printable(std::move(cell));
  }
  if (rows.empty()) return "";
  if (layout.width > 0 && !layout.wrap_last && !layout.under.empty() && !FitsBeside(rows, layout))
    return Stacked(rows, layout);
  return Columns(rows, layout);
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

// "date" as ISO, with its notation and whether the year is inferred beside it.
void JsonDate(JsonWriter& w, const std::string& iso, bool year_inferred) {
  JsonString(w, "date", iso);
  JsonString(w, "date_text", DescribeDate(iso, year_inferred));
  w.Key("year_inferred");
  w.Bool(year_inferred);
}

// "sources": [{id, title, date, date_text, url | path}].
void JsonSources(JsonWriter& w, const std::vector<SourceRef>& sources) {
  w.Key("sources");
  w.StartArray();
  for (const SourceRef& s : sources) {
    w.StartObject();
    JsonString(w, "id", s.id);
    JsonString(w, "title", s.title);
    JsonString(w, "date", s.date);
    JsonString(w, "date_text", DescribeDate(s.date));
    if (!s.url.empty() || s.path.empty()) {
      JsonString(w, "url", s.url);
    } else {
      JsonString(w, "path", s.path);
    }
    w.EndObject();
  }
  w.EndArray();
}

std::string SourcesText(const std::vector<SourceRef>& sources) {
  std::vector<std::string> texts;
  for (const SourceRef& s : sources) texts.push_back(SourceText(s));
  return Join(texts, "; ");
}

std::string StatusName(graph::EventStatus status) { return std::string(EnumNameOf(kEventStatusNames, status)); }

std::string MeetingDate(const MeetingRef& m) { return m.date.empty() ? "?" : DescribeDate(m.date, m.year_inferred); }

// The fields every answer citing a meeting has (the date goes where the answer puts it).
void MeetingFields(JsonWriter& w, const MeetingRef& m) {
  JsonString(w, "meeting", m.id);
  JsonString(w, "kind", m.kind);
  JsonString(w, "status", StatusName(m.status));
  JsonString(w, "place", m.place);
  JsonSources(w, m.sources);
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

constexpr const char* kMeetingCsvHeader = "meeting,kind,status,date,date_text,place,source,evidence";

std::vector<std::string> MeetingColumns(const MeetingRef& m) {
  return {Csv(m.id),   Csv(m.kind), Csv(StatusName(m.status)), Csv(m.date), Csv(DescribeDate(m.date, m.year_inferred)),
          Csv(m.place), Csv(SourcesText(m.sources)), Csv(m.evidence)};
}

std::string Line(std::vector<std::string> fields, const std::vector<std::string>& more) {
  fields.insert(fields.end(), more.begin(), more.end());
  return Join(fields, ",") + "\n";
}

// Tables narrow free text first, and keep dates and statuses whole as long as they can.
const std::vector<std::string> kFreeText = {"source", "evidence", "description", "parties", "node", "value", "id"};
const std::vector<std::string> kShortFacts = {"date", "status", "what", "rank", "score", "distance", "field"};
const std::vector<std::string> kUnder = {"source", "evidence", "node"};

}  // namespace

std::string SourceText(const SourceRef& source) {
  std::vector<std::string> parts;
  if (!source.title.empty()) parts.push_back(source.title);
  if (!source.date.empty()) parts.push_back("(" + DescribeDate(source.date) + ")");
  if (!source.url.empty()) {
    parts.push_back(source.url);
  } else if (!source.path.empty()) {
    parts.push_back(source.path);
  }
  return parts.empty() ? source.id : Join(parts, " ");
}

std::string FormatWhoMet(const std::vector<MetPair>& pairs, Format format, const TableStyle& style) {
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (const MetPair& p : pairs) {
          w.StartObject();
          JsonDate(w, p.meeting.date, p.meeting.year_inferred);
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
      std::string out = std::string("person,person_id,met,met_id,") + kMeetingCsvHeader + "\n";
      for (const MetPair& p : pairs) {
        out += Line({Csv(p.first_name), Csv(p.first), Csv(p.second_name), Csv(p.second)},
                    MeetingColumns(p.meeting));
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> rows = {
          {"date", "status", "person", "met", "kind", "place", "source", "evidence"}};
      for (const MetPair& p : pairs) {
        rows.push_back({MeetingDate(p.meeting), StatusName(p.meeting.status), p.first_name, p.second_name,
                        p.meeting.kind, p.meeting.place, SourcesText(p.meeting.sources), p.meeting.evidence});
      }
      return Table(rows, {style.width, kFreeText, kShortFacts, kUnder, false});
    }
  }
  return "";
}

std::string FormatPaths(const std::vector<Path>& paths, Format format, const TableStyle& style) {
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
            JsonDate(w, hop.meeting.date, hop.meeting.year_inferred);
            MeetingFields(w, hop.meeting);
            w.EndObject();
          }
          w.EndArray();
        }
      });
    case Format::kCsv: {
      std::string out = std::string("path,step,from,from_id,to,to_id,") + kMeetingCsvHeader + "\n";
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
        out += Cut("path " + std::to_string(i + 1) + ": " + std::to_string(paths[i].size()) + " step(s)",
                   style.width ? style.width : std::string::npos) +
               "\n";
        std::vector<std::vector<std::string>> rows = {
            {"  from", "", "to", "date", "status", "kind", "source", "evidence"}};
        for (const Hop& h : paths[i]) {
          rows.push_back({"  " + h.from_name, "->", h.to_name, MeetingDate(h.meeting), StatusName(h.meeting.status),
                          h.meeting.kind, SourcesText(h.meeting.sources), h.meeting.evidence});
        }
        out += Table(rows, {style.width, kFreeText, kShortFacts, kUnder, false});
      }
      return out;
    }
  }
  return "";
}

std::string FormatRanking(const std::vector<Ranked>& ranking, Format format, const TableStyle& style) {
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
      return Table(rows, {style.width, kFreeText, kShortFacts, kUnder, false});
    }
  }
  return "";
}

namespace {

// A row's basis, or none when the rows carry none.
const RowBasis& BasisOf(const Rows& rows, std::size_t row) {
  static const RowBasis kNone;
  return row < rows.basis.size() ? rows.basis[row] : kNone;
}

// A "sources" column is always shown by the articles' names (its header
// "source"), whether or not there are rows.
bool ShowsSources(const Rows& rows, std::size_t column) { return rows.columns[column] == "sources"; }

// A cell as people read it: dates in the one notation, sources by name.
std::string CellText(const Rows& rows, std::size_t row, std::size_t column) {
  const std::string& cell = rows.rows[row][column];
  if (rows.columns[column] == "date") return DescribeDate(cell, BasisOf(rows, row).year_inferred);
  if (ShowsSources(rows, column)) return row < rows.basis.size() ? SourcesText(rows.basis[row].sources) : cell;
  return cell;
}

std::string HeaderText(const Rows& rows, std::size_t column) {
  return ShowsSources(rows, column) ? "source" : rows.columns[column];
}

}  // namespace

std::string FormatRows(const Rows& rows, Format format, const TableStyle& style) {
  switch (format) {
    case Format::kJson:
      return JsonArray([&](JsonWriter& w) {
        for (std::size_t r = 0; r < rows.rows.size(); ++r) {
          const auto& row = rows.rows[r];
          const RowBasis& basis = BasisOf(rows, r);
          bool sources_written = false;
          w.StartObject();
          for (std::size_t c = 0; c < rows.columns.size() && c < row.size(); ++c) {
            if (rows.columns[c] == "date") {
              JsonDate(w, row[c], basis.year_inferred);
            } else if (ShowsSources(rows, c)) {
              JsonSources(w, basis.sources);
              sources_written = true;
            } else {
              JsonString(w, rows.columns[c].c_str(), row[c]);
            }
          }
          if (!sources_written && !basis.sources.empty()) JsonSources(w, basis.sources);
          w.EndObject();
        }
      });
    case Format::kCsv: {
      std::vector<std::string> header;
      for (std::size_t c = 0; c < rows.columns.size(); ++c) {
        header.push_back(Csv(HeaderText(rows, c)));
        if (rows.columns[c] == "date") header.push_back("date_text");
      }
      std::string out = Join(header, ",") + "\n";
      for (std::size_t r = 0; r < rows.rows.size(); ++r) {
        std::vector<std::string> fields;
        for (std::size_t c = 0; c < rows.rows[r].size() && c < rows.columns.size(); ++c) {
          const bool date = rows.columns[c] == "date";
          fields.push_back(Csv(date ? rows.rows[r][c] : CellText(rows, r, c)));
          if (date) fields.push_back(Csv(CellText(rows, r, c)));
        }
        out += Join(fields, ",") + "\n";
      }
      return out;
    }
    case Format::kTable: {
      std::vector<std::vector<std::string>> table(1);
      for (std::size_t c = 0; c < rows.columns.size(); ++c) table[0].push_back(HeaderText(rows, c));
      for (std::size_t r = 0; r < rows.rows.size(); ++r) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < rows.rows[r].size() && c < rows.columns.size(); ++c) {
          std::string cell = CellText(rows, r, c);
          cells.push_back(cell.empty() ? "-" : std::move(cell));
        }
        table.push_back(std::move(cells));
      }
      // A card (field, value) wraps its values; a list narrows its free text first.
      const bool card = rows.columns == std::vector<std::string>{"field", "value"};
      return Table(table, {style.width, kFreeText, kShortFacts, kUnder, card});
    }
  }
  return "";
}

}  // namespace coopgraph::query

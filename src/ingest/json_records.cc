#include "ingest/json_records.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

#include "base/utf8.h"
#include "base/files.h"
#include "ingest/util.h"

namespace coopgraph::ingest {
namespace {

// RapidJSON lets a lone "\udc00" escape through as an encoded surrogate;
// such bytes become U+FFFD so every string we hand on is valid UTF-8.
std::string ValidUtf8(const rapidjson::Value& value) {
  return ReplaceInvalidUtf8(std::string_view(value.GetString(), value.GetStringLength()));
}

std::string StringMember(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return "";
  return ValidUtf8(it->value);
}


void AddRecord(const rapidjson::Value& value, std::string source, std::string_view what,
               std::vector<JsonRecord>* records, std::vector<Warning>* warnings) {
  if (!value.IsObject()) {
    warnings->push_back({source, std::string(what) + " is not a JSON object, skipped"});
    return;
  }
  auto text = value.FindMember("text");
  if (text == value.MemberEnd() || !text->value.IsString()) {
    warnings->push_back({source, std::string(what) + " has no string \"text\", skipped"});
    return;
  }
  JsonRecord record;
  record.text = ValidUtf8(text->value);
  record.url = StringMember(value, "url");
  record.title = StringMember(value, "title");
  // The publication date under the names news feeds and scrapers give it.
  std::string date;
  for (const char* key : {"date", "datePublished", "date_published", "published", "published_at",
                          "publishedAt", "publish_date", "pubDate", "pubdate"}) {
    date = StringMember(value, key);
    if (!date.empty()) break;
  }
  record.date = NormalizeDate(date);
  if (!date.empty() && record.date.empty()) {
    warnings->push_back({source, std::string(what) + ": date \"" + date + "\" not recognized, ignored"});
  }
  record.source = std::move(source);
  records->push_back(std::move(record));
}

}  // namespace

std::vector<JsonRecord> ParseJsonRecords(const std::string& name, std::string_view utf8,
                                         bool json_lines, std::vector<Warning>* warnings,
                                         std::size_t first_line) {
  std::vector<JsonRecord> records;
  if (json_lines) {
    std::size_t line_number = first_line - 1;
    for (std::size_t begin = 0; begin < utf8.size();) {
      const std::size_t end = std::min(utf8.find('\n', begin), utf8.size());
      std::string_view line = utf8.substr(begin, end - begin);
      begin = end + 1;
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      const std::string where = "line " + std::to_string(line_number);
      rapidjson::Document doc;
      doc.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
      if (doc.HasParseError()) {
        warnings->push_back({name, where + ": invalid JSON (" +
                                       rapidjson::GetParseError_En(doc.GetParseError()) +
                                       " at column " + std::to_string(doc.GetErrorOffset() + 1) +
                                       "), skipped"});
        continue;
      }
      AddRecord(doc, name + "#" + std::to_string(line_number), where, &records, warnings);
    }
    return records;
  }
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(utf8.data(), utf8.size());
  if (doc.HasParseError()) {
    warnings->push_back({name, "invalid JSON (" + std::string(rapidjson::GetParseError_En(doc.GetParseError())) +
                                   " at line " + std::to_string(LineOf(utf8, doc.GetErrorOffset())) +
                                   "), skipped"});
    return records;
  }
  if (doc.IsArray()) {
    std::size_t index = 0;
    for (const rapidjson::Value& value : doc.GetArray()) {
      ++index;
      AddRecord(value, name + "#" + std::to_string(index), "record " + std::to_string(index),
                &records, warnings);
    }
  } else {
    AddRecord(doc, name, "record", &records, warnings);
  }
  return records;
}

}  // namespace coopgraph::ingest

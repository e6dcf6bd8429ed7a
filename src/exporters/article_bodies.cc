#include "exporters/article_bodies.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <utility>

#include "coopgraph/ingest/ingest.h"
#include "exporters/text.h"

namespace coopgraph::exporters {

namespace {
// Bodies are appended a block at a time: one write per article would be slow.
constexpr std::size_t kBlockBytes = 1 << 20;
}  // namespace

struct ArticleBodyWriter::Files {
  AtomicFileSet set;
  std::size_t index = 0;
  std::string path;
  std::string block;
  bool closed = false;

  Status Flush() {
    if (block.empty()) return Status::Ok();
    Status s = set.Append(index, block);
    block.clear();
    return s;
  }
};

ArticleBodyWriter::ArticleBodyWriter(std::unique_ptr<Files> files) : files_(std::move(files)) {}
ArticleBodyWriter::~ArticleBodyWriter() = default;

StatusOr<std::unique_ptr<ArticleBodyWriter>> ArticleBodyWriter::Open(const std::string& dir) {
  if (Status s = CreateDirectories(dir); !s.ok()) return s;
  auto files = std::make_unique<Files>();
  files->path = (std::filesystem::path(dir) / kArticleBodiesFile).string();
  StatusOr<std::size_t> index = files->set.Add(files->path);
  if (!index.ok()) return index.status();
  files->index = *index;
  return std::unique_ptr<ArticleBodyWriter>(new ArticleBodyWriter(std::move(files)));
}

Status ArticleBodyWriter::Add(std::string_view id, std::string_view text) {
  if (files_->closed) return InvalidArgumentError(files_->path + ": article bodies added after the graph was written");
  if (!last_id_.empty() && id <= last_id_) {
    if (id == last_id_) return Status::Ok();
    return InvalidArgumentError(files_->path + ": article " + std::string(id) + " after " + last_id_ +
                                ": bodies are written in increasing id order");
  }
  last_id_ = std::string(id);
  std::string& block = files_->block;
  block += "{\"id\":";
  internal::AppendJsonString(id, &block);
  block += ",\"text\":";
  internal::AppendJsonString(text, &block);
  block += "}\n";
  return block.size() >= kBlockBytes ? files_->Flush() : Status::Ok();
}

StatusOr<AtomicFileSet*> ArticleBodyAccess::Finish(ArticleBodyWriter& writer) {
  ArticleBodyWriter::Files& files = *writer.files_;
  if (!files.closed) {
    files.closed = true;
    if (Status s = files.Flush(); !s.ok()) return s;
    if (Status s = files.set.Close(files.index); !s.ok()) return s;
  }
  return &files.set;
}

std::string ArticleBodiesBeside(const std::string& graph_path) {
  return (std::filesystem::path(graph_path).parent_path() / kArticleBodiesFile).string();
}

StatusOr<std::unordered_map<std::string, std::string>> ReadArticleBodies(const std::string& path) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  std::unordered_map<std::string, std::string> bodies;
  std::string_view rest = *bytes;
  for (std::size_t line = 1; !rest.empty(); ++line) {
    const std::size_t end = rest.find('\n');
    std::string_view text_line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const std::string where = path + ":" + std::to_string(line) + ": ";
    if (end == std::string_view::npos) return DataLossError(where + "the last line is cut off (no line end)");
    rapidjson::Document record;
    record.Parse(text_line.data(), text_line.size());
    if (record.HasParseError()) {
      return DataLossError(where + "not JSON (" + rapidjson::GetParseError_En(record.GetParseError()) + ")");
    }
    if (!record.IsObject() || !record.HasMember("id") || !record["id"].IsString() || !record.HasMember("text") ||
        !record["text"].IsString()) {
      return DataLossError(where + "not an article body ({\"id\": ..., \"text\": ...})");
    }
    std::string id(record["id"].GetString(), record["id"].GetStringLength());
    std::string text(record["text"].GetString(), record["text"].GetStringLength());
    if (ingest::ContentId(text) != id) {
      return DataLossError(where + "the text of article " + id + " does not hash to its id (edited?)");
    }
    bodies.emplace(std::move(id), std::move(text));
  }
  return bodies;
}

}  // namespace coopgraph::exporters

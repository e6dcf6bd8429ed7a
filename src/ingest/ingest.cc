// Stage 1: files -> Documents. Format readers live beside this file:
// decode.cc (bytes -> UTF-8), html.cc, json_records.cc, cleanup.cc.
#include "coopgraph/ingest/ingest.h"

#include <algorithm>
#include <cstring>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>
#include <unordered_map>

#include "base/ascii.h"
#include "base/byte_words.h"
#include "base/ordered_parallel.h"
#include "base/utf8.h"
#include "base/files.h"
#include "ingest/cleanup.h"
#include "ingest/decode.h"
#include "ingest/entities.h"
#include "ingest/html.h"
#include "ingest/parse_bytes.h"
#include "ingest/json_records.h"
#include "ingest/util.h"

namespace coopgraph::ingest {
namespace {

namespace fs = std::filesystem;

enum class Format { kText, kHtml, kJson, kJsonLines, kUnknown };

Format FormatOf(const std::string& name) {
  const std::string ext = AsciiLower(fs::path(name).extension().string());
  if (ext == ".txt") return Format::kText;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  if (ext == ".json") return Format::kJson;
  if (ext == ".jsonl") return Format::kJsonLines;
  return Format::kUnknown;
}

// One line ending ("\r\n", "\r" -> "\n"); other C0 controls become spaces and
// zero-width no-break spaces (stray BOMs) go, so no stage sees them. Run on
// the decoded bytes and again after entities are decoded ("&#13;", "&#0;").
std::string NormalizeControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text[copied, i) is copied unchanged when a change comes
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Eight bytes at a time while none is a control or 0xEF (a BOM's first byte).
    while (i + 8 <= text.size()) {
      const std::uint64_t word = byte_words::Load(text.data() + i);
      if ((byte_words::BytesBelow(word, 0x20) | byte_words::BytesEqual(word, 0xEF)) != 0) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 ? c != 0xEF : (c == '\n' || c == '\t')) continue;
    if (c == 0xEF && text.compare(i, 3, "\xEF\xBB\xBF") != 0) continue;
    out.append(text, copied, i - copied);
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == 0xEF) {
      i += 2;
    } else {
      out.push_back(' ');
    }
    copied = i + 1;
  }
  out.append(text, copied, text.size() - copied);
  return out;
}

// Only ASCII whitespace and no-break spaces (U+00A0, U+FEFF).
bool IsBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (text.compare(i, 2, "\xC2\xA0") == 0) { i += 1; continue; }
    if (text.compare(i, 3, "\xEF\xBB\xBF") == 0) { i += 2; continue; }
    return false;
  }
  return true;
}

// Keeps the first document of each text; later copies become warnings.
class Collector {
 public:
  Collector(IngestResult* result, const std::function<Status(Document&)>& on_document)
      : result_(result), on_document_(on_document) {}

  Status Add(Document doc) {
    auto [it, inserted] = first_source_.emplace(doc.id, doc.source_path);
    if (!inserted) {
      result_->warnings.push_back(
          {doc.source_path, "same text as " + it->second + " (id " + doc.id + "), skipped"});
      return Status::Ok();
    }
    if (on_document_) {
      if (Status s = on_document_(doc); !s.ok()) return s;
    }
    result_->documents.push_back(std::move(doc));
    return Status::Ok();
  }

 private:
  IngestResult* result_;
  const std::function<Status(Document&)>& on_document_;
  std::unordered_map<std::string, std::string> first_source_;
};

// Cleans one article body and fills the Document, or warns that nothing is left.
void Emit(std::string source, std::string_view body, bool plain_text_head, Document meta,
          const CleanupRules& rules, IngestResult* out) {
  ArticleParts parts = CleanArticle(body, rules, plain_text_head, meta.title);
  if (parts.body.empty()) {
    out->warnings.push_back({source, "no article text left after cleanup, skipped"});
    return;
  }
  Document doc = std::move(meta);
  doc.source_path = std::move(source);
  doc.text = std::move(parts.body);
  doc.id = ContentId(doc.text);
  if (doc.title.empty()) doc.title = std::move(parts.title);
  if (doc.url.empty()) doc.url = std::move(parts.url);
  if (doc.outlet.empty()) doc.outlet = std::move(parts.outlet);
  if (doc.date_published.empty()) doc.date_published = std::move(parts.date);
  if (doc.date_published.empty()) doc.date_published = DateFromUrl(doc.url);
  doc.byline = std::move(parts.byline);
  out->documents.push_back(std::move(doc));
}

// Scraped plain text: only the entities that cannot be real text are decoded.
std::string RepairPlainText(std::string_view text) {
  return RepairAmpRemnants(DecodeEntities(text, EntityMode::kPlainText));
}

// One file's bytes, in the format its name says; JSON Lines when
// `first_line` is given (a piece of a stream, its first line numbered so).
IngestResult ParseWithRules(const std::string& name, std::string_view bytes,
                            const CleanupRules& rules, std::size_t first_line = 0) {
  IngestResult out;
  DecodedText decoded = DecodeBytes(bytes);
  for (std::string& note : decoded.notes) out.warnings.push_back({name, std::move(note)});
  if (decoded.binary) return out;
  if (IsBlank(decoded.text)) {
    out.warnings.push_back({name, "empty, skipped"});
    return out;
  }
  const std::string text = NormalizeControls(decoded.text);
  switch (first_line > 0 ? Format::kJsonLines : FormatOf(name)) {
    case Format::kHtml: {
      HtmlArticle article = ExtractHtml(text);
      Document meta;
      meta.title = NormalizeControls(RepairAmpRemnants(article.title));
      meta.url = std::move(article.url);
      meta.date_published = std::move(article.date);
      meta.outlet = std::move(article.outlet);
      Emit(name, NormalizeControls(RepairAmpRemnants(article.text)), false, std::move(meta), rules, &out);
      break;
    }
    case Format::kJson:
    case Format::kJsonLines: {
      const bool lines = first_line > 0 || FormatOf(name) == Format::kJsonLines;
      for (JsonRecord& record : ParseJsonRecords(name, text, lines, &out.warnings, std::max<std::size_t>(first_line, 1))) {
        Document meta;
        meta.title = NormalizeControls(RepairPlainText(record.title));
        meta.url = std::move(record.url);
        meta.date_published = std::move(record.date);
        Emit(std::move(record.source), NormalizeControls(RepairPlainText(record.text)), false,
             std::move(meta), rules, &out);
      }
      break;
    }
    case Format::kText:
    case Format::kUnknown:
      Emit(name, NormalizeControls(RepairPlainText(text)), true, Document{}, rules, &out);
      break;
  }
  return out;
}

Status Merge(IngestResult part, Collector* collector, IngestResult* result) {
  for (Warning& w : part.warnings) result->warnings.push_back(std::move(w));
  for (Document& doc : part.documents) {
    if (Status s = collector->Add(std::move(doc)); !s.ok()) return s;
  }
  return Status::Ok();
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// What `path` is, when it is not a regular file (symbolic links followed):
// reading a FIFO waits for a writer and a device never ends, so neither is
// read. nullopt for a regular file.
std::optional<std::string> NotAFile(const fs::path& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  switch (st.type()) {
    case fs::file_type::regular: return std::nullopt;
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::not_found: return "a broken symbolic link";
    default: return ec ? "not readable (" + ec.message() + ")" : "not a regular file";
  }
}

// Regular files under `dir` with a known extension, in sorted order.
std::vector<fs::path> ListArticles(const fs::path& dir, IngestResult* result) {
  std::vector<fs::path> files;
  std::error_code ec;
  // Directory symlinks are not followed, so a symlink loop cannot hang the walk.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec)) {
      if (IsHidden(entry.path())) it.disable_recursion_pending();
      continue;
    }
    const bool article_name = !IsHidden(entry.path()) && FormatOf(entry.path().string()) != Format::kUnknown;
    if (article_name && entry.is_regular_file(type_ec)) {
      files.push_back(entry.path());
      continue;
    }
    if (article_name) {
      const std::optional<std::string> what = NotAFile(entry.path());
      result->warnings.push_back({entry.path().string(), what.value_or("not a regular file") + ", not read"});
    }
    ++result->files_skipped;
  }
  if (ec) result->warnings.push_back({dir.string(), "directory walk stopped: " + ec.message()});
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

StatusOr<std::vector<std::string>> LoadBoilerplate(const std::string& path) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  std::string_view text = *bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!IsValidUtf8(text)) return DataLossError(path + ": not valid UTF-8");
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    lines.emplace_back(line);
  }
  return lines;
}

bool IsIntact(const Document& doc) { return !doc.id.empty() && ContentId(doc.text) == doc.id; }

IngestResult ParseBytes(const std::string& name, std::string_view bytes,
                        const IngestOptions& options) {
  return BytesParser(options).Parse(name, bytes);
}

BytesParser::BytesParser(const IngestOptions& options)
    : rules_(std::make_unique<const CleanupRules>(CompileRules(options.boilerplate_lines))) {}

BytesParser::~BytesParser() = default;

IngestResult BytesParser::Parse(const std::string& name, std::string_view bytes) const {
  IngestResult result;
  const std::function<Status(Document&)> keep_all;
  Collector collector(&result, keep_all);
  (void)Merge(ParseWithRules(name, bytes, *rules_), &collector, &result);  // keeps all: cannot fail
  return result;
}

JsonLinesReader::JsonLinesReader(std::string name, const IngestOptions& options, std::size_t first_line)
    : name_(std::move(name)),
      rules_(std::make_unique<const CleanupRules>(CompileRules(options.boilerplate_lines))),
      next_line_(std::max<std::size_t>(first_line, 1)) {}

JsonLinesReader::~JsonLinesReader() = default;

IngestResult JsonLinesReader::Read(std::string_view lines) {
  IngestResult result;
  const std::size_t first_line = next_line_;
  next_line_ += static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
  if (!lines.empty() && lines.back() != '\n') ++next_line_;
  if (IsBlank(lines)) return result;
  IngestResult part = ParseWithRules(name_, lines, *rules_, first_line);
  result.warnings = std::move(part.warnings);
  for (Document& doc : part.documents) {
    auto [it, inserted] = first_source_.emplace(doc.id, doc.source_path);
    if (!inserted) {
      result.warnings.push_back({doc.source_path, "same text as " + it->second + " (id " + doc.id + "), skipped"});
      continue;
    }
    result.documents.push_back(std::move(doc));
  }
  return result;
}

namespace {

// What one worker reads: a whole file, or a run of whole lines of a large
// .jsonl file, the first of them line `first_line`.
struct Piece {
  fs::path file;
  std::uint64_t offset = 0;
  std::size_t size = 0;
  std::size_t first_line = 0;  // 0: the whole file
};

// The pieces of `file` to read: runs of at least `piece_bytes` ending at a
// line end, numbered by a first pass over the file (which holds one block at
// a time); the whole file when it is small, UTF-16 (its line ends are not
// single bytes) or cannot be read now (the read then reports why).
void AddPieces(const fs::path& file, std::size_t piece_bytes, std::vector<Piece>* pieces) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec || FormatOf(file.string()) != Format::kJsonLines || size <= piece_bytes) {
    pieces->push_back({file});
    return;
  }
  std::vector<Piece> runs;
  constexpr std::size_t kBlock = 1 << 20;
  std::uint64_t at = 0, start = 0;
  std::size_t line = 1, start_line = 1;
  while (true) {
    StatusOr<std::string> block = ReadFileRange(file.string(), at, kBlock);
    if (!block.ok()) {
      pieces->push_back({file});
      return;
    }
    const bool utf16 = at == 0 && block->size() >= 2 &&
                       (((*block)[0] == '\xFF' && (*block)[1] == '\xFE') || ((*block)[0] == '\xFE' && (*block)[1] == '\xFF'));
    if (utf16) {
      pieces->push_back({file});  // UTF-16
      return;
    }
    for (const char* p = block->data(), *end = p + block->size();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p) {
      ++line;
      const std::uint64_t next = at + static_cast<std::uint64_t>(p - block->data()) + 1;
      if (next - start >= piece_bytes) {
        runs.push_back({file, start, static_cast<std::size_t>(next - start), start_line});
        start = next;
        start_line = line;
      }
    }
    at += block->size();
    if (block->size() < kBlock) break;
  }
  if (at > start) runs.push_back({file, start, static_cast<std::size_t>(at - start), start_line});
  for (Piece& run : runs) pieces->push_back(std::move(run));
}

}  // namespace

StatusOr<IngestResult> ReadPaths(const std::vector<std::string>& paths,
                                 const IngestOptions& options) {
  // Every path is checked before any is read: a typo fails fast.
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(fs::path(path), ec)) {
      return InvalidArgumentError(path + ": no such file or directory");
    }
  }
  std::string date;
  if (!options.date_published.empty()) {
    date = NormalizeDate(options.date_published);
    if (date.empty()) return InvalidArgumentError("--date " + options.date_published + ": not a date");
    if (paths.size() != 1 || IsDirectory(paths[0])) {
      return InvalidArgumentError("--date gives the date of one article file, not of several");
    }
  }
  const CleanupRules rules = CompileRules(options.boilerplate_lines);
  IngestResult result;
  // First the files, in order and each once (a file named and inside a directory is read once).
  std::vector<fs::path> files;
  std::set<fs::path> seen;
  auto add = [&](const fs::path& file) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (seen.insert(ec ? file : canonical).second) files.push_back(file);
  };
  for (const std::string& path : paths) {
    if (IsDirectory(path)) {
      for (const fs::path& file : ListArticles(path, &result)) add(file);
    } else if (const std::optional<std::string> what = NotAFile(path)) {
      result.warnings.push_back({path, *what + ", not read"});
    } else {
      add(path);
    }
  }
  // Then read and parse them on `threads` workers, merged in file order.
  std::vector<Piece> pieces;
  for (const fs::path& file : files) AddPieces(file, std::max<std::size_t>(options.json_lines_piece_bytes, 1), &pieces);
  auto parse = [&](std::size_t i) {
    const Piece& piece = pieces[i];
    const std::string name = piece.file.string();
    IngestResult part;
    StatusOr<std::string> bytes =
        piece.first_line > 0 ? ReadFileRange(name, piece.offset, piece.size) : ReadFileBytes(name);
    if (!bytes.ok()) {
      part.warnings.push_back({name, "cannot read: " + bytes.status().message()});
      return part;
    }
    return ParseWithRules(name, *bytes, rules, piece.first_line);
  };
  Collector collector(&result, options.on_document);
  auto merge = [&](std::size_t, IngestResult part) { return Merge(std::move(part), &collector, &result); };
  if (Status s = OrderedParallel(pieces.size(), std::max(1u, options.threads), parse, merge); !s.ok()) return s;
  if (!date.empty()) {
    for (Document& doc : result.documents) doc.date_published = date;
  }
  return result;
}

}  // namespace coopgraph::ingest

// Stage 1: reads article files (txt, html, json, jsonl) into Documents.
#ifndef COOPGRAPH_INGEST_INGEST_H_
#define COOPGRAPH_INGEST_INGEST_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph::ingest {

// One news article as read from its source, decoded to UTF-8.
struct Document {
  std::string id;              // stable: 64-bit FNV-1a of `text` as 16 lowercase hex chars
  std::string source_path;     // file it came from (with "#N" for the Nth JSON record)
  std::string url;             // from a URL line, a "Nguồn …" line or the record; may be empty
  std::string title;           // headline; may be empty
  std::string date_published;  // ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) when known, else empty
  std::string outlet;          // publisher named by a "Nguồn …" line; may be empty
  std::string text;            // article body, UTF-8 NFC not guaranteed; the "source text"
                               // that every evidence offset (in code points) refers to
  std::string byline;          // author/agency line closing a .txt article ("Khánh Linh"),
                               // moved out of `text`; may be empty
};

// Lines of web boilerplate to drop ("Phản hồi", "Xem nhiều nhất", …), one per
// line in a UTF-8 file; '#' starts a comment line. Lines starting with '@'
// are directives (see data/boilerplate.txt): "@source Nguồn" marks the
// closing source line ("Nguồn Nhân Dân: https://…" gives outlet and url),
// "@token WORD" is layout debris dropped at a line start, "@caption Ảnh:"
// marks photo captions (never taken as a title).
struct IngestOptions {
  // Compared after trimming by normalize::MatchKey, as boilerplate markers
  // and repeated titles are.
  std::vector<std::string> boilerplate_lines;
  unsigned threads = 1;  // files decoded at once; the result does not depend on it
  // The publication date the user gives (`build --date`), ISO or day-first
  // ("2024-05-30", "30/05/2024", "2024-05"): it replaces the date every
  // document read by ReadPaths would have. Only for one file: ReadPaths
  // refuses it with a directory or several paths.
  std::string date_published;
  // Called with each document ReadPaths keeps (not a repeat), in path order,
  // before it joins the result; it may take the text away (pipeline::Build
  // moves it to disk, so a corpus need not fit in memory). An error stops
  // the reading and is ReadPaths' result.
  std::function<Status(Document&)> on_document;
  // A .jsonl file larger than this is read a piece of whole lines at a
  // time, on the `threads` workers: memory holds a few pieces, never the
  // whole file. The documents, and their names, are the same either way.
  std::size_t json_lines_piece_bytes = std::size_t{16} << 20;
};

// Loads boilerplate lines (and directives) from a data file, without
// comments and blank lines. Errors: kNotFound/kIoError naming the path,
// kDataLoss when the file is not UTF-8.
StatusOr<std::vector<std::string>> LoadBoilerplate(const std::string& path);

struct IngestResult {
  std::vector<Document> documents;  // in path order (directories walked in sorted order)
  std::vector<Warning> warnings;    // one per bad or suspicious file, naming it
  std::size_t files_skipped = 0;    // files in walked directories: hidden or other extensions
};

// Reads files and directories (recursively, in sorted order, without
// following directory symlinks). In directories only .txt .html .htm .json
// .jsonl (any case) are read; hidden and other files are counted in
// files_skipped. A file named explicitly is read by its extension, as plain
// text when the extension is unknown. Each Warning names the file (or
// "file#N" record) in `file`; `message` says what happened. A second
// document with the same text (same id) is dropped with a warning.
// Errors: kInvalidArgument naming a path that does not exist, or for a
// `date_published` that is not a date or comes with several files. A bad file
// among good ones (empty, binary, undecodable) is a Warning, not an error.
// Thread safety: reentrant; no shared state.
StatusOr<IngestResult> ReadPaths(const std::vector<std::string>& paths,
                                 const IngestOptions& options);

struct CleanupRules;  // private: the boilerplate rules compiled for matching

// Reads a stream of JSON Lines article records (one object a line, the
// fields of a .jsonl file: text, url, title, date) a piece at a time, as
// ReadPaths reads a .jsonl file named `name`: the record on line N of the
// stream becomes a Document with source_path "name#N", cleaned the same way,
// and a record that cannot be read (bad JSON, no "text") is a Warning naming
// "line N", not an error. A later record with the same text as an earlier
// one is dropped with a warning, as ReadPaths drops it. The stream is
// expected in UTF-8. Not thread safe (it counts lines and remembers ids).
// `first_line` (at least 1) numbers the stream's first line: a piece of a
// file that starts at its line `first_line` is named as ReadPaths names it.
class JsonLinesReader {
 public:
  JsonLinesReader(std::string name, const IngestOptions& options, std::size_t first_line = 1);
  ~JsonLinesReader();
  JsonLinesReader(const JsonLinesReader&) = delete;
  JsonLinesReader& operator=(const JsonLinesReader&) = delete;

  // The documents of the next whole lines of the stream, in line order.
  IngestResult Read(std::string_view lines);

 private:
  std::string name_;
  std::unique_ptr<const CleanupRules> rules_;
  std::unordered_map<std::string, std::string> first_source_;  // id -> source_path of the first with that text
  std::size_t next_line_;
};

// The id of a document with this text (Document::id): 16 lowercase hex
// digits of its 64-bit FNV-1a hash.
std::string ContentId(std::string_view text);

// Whether `doc` holds the text it was read with: its id is the hash of its
// text, as ReadPaths makes it. Checks articles read back from a stored graph.
bool IsIntact(const Document& doc);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_INGEST_INGEST_H_

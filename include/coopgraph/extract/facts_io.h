// The fact stream: one JSON line per article holding its ingest::Document and
// its ExtractedArticle, everything resolve::Resolver::Add needs, so articles
// can be extracted on many machines (`coopgraph extract`) and resolved
// together later (`coopgraph merge`). The line's shape is in schema/README.md.
#ifndef COOPGRAPH_EXTRACT_FACTS_IO_H_
#define COOPGRAPH_EXTRACT_FACTS_IO_H_

#include <optional>
#include <string>
#include <string_view>

#include "coopgraph/base/status.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/ingest/ingest.h"

namespace coopgraph::extract {

// One article of a fact stream.
struct ArticleFacts {
  ingest::Document document;
  ExtractedArticle extracted;
};

// The fact line of one article, ending in '\n' (the only newline in it). The
// same values give the same bytes. Thread safety: reentrant.
std::string WriteFactLine(const ingest::Document& document, const ExtractedArticle& extracted);

// Reads one fact line (with or without its '\n') back into the values it was
// written from: ReadFactLine(WriteFactLine(d, e)) gives d and e again, every
// field equal (a PartialDate's year_inferred included). Mention indexes are
// checked against the article's mentions; a Lexicon index (known_index) can
// only be checked by the reader of the knowledge (pipeline::Merge).
// Errors: kDataLoss "<where>: <what is wrong>" for a line that is not JSON,
// misses a field, has a field of the wrong type, an unknown enum name or an
// index out of range; `where` names the stream and line ("facts.jsonl:12").
// Thread safety: reentrant.
StatusOr<ArticleFacts> ReadFactLine(std::string_view line, const std::string& where);

// What a merge orders and deduplicates fact lines by, before it reads them.
struct FactLineKey {
  std::string id;           // ingest::Document::id
  std::string source_path;  // ingest::Document::source_path
};

// The key of a fact line, read from its start without reading the rest
// (WriteFactLine writes the document's id and source_path first); nullopt
// when the line does not begin so (ReadFactLine then reads it whole, and says
// what is wrong with it). Thread safety: reentrant.
std::optional<FactLineKey> PeekFactLine(std::string_view line);

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_EXTRACT_FACTS_IO_H_

// Stage 6: writers for the graph: JSON-LD, DOT (cgraph) and SVG (gvc; other
// formats and layouts in exporters/render.h).
#ifndef COOPGRAPH_EXPORTERS_EXPORTERS_H_
#define COOPGRAPH_EXPORTERS_EXPORTERS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::exporters {

// The JSON-LD codec (the graph's own format, written by ToJsonLd and read by
// ReadJsonLd). Absolute IRIs: node "person/x" becomes kIdBase + "person/x".
inline constexpr const char* kIdBase = "https://w3id.org/coopgraph/id/";
inline constexpr const char* kVocabBase = "https://w3id.org/coopgraph/vocab#";

// The JSON-LD @context, byte for byte the content of schema/context.jsonld
// (compiled in, so the binary needs no schema directory at run time).
const std::string& JsonLdContext();

// One JSON-LD document: {"@context": <inline context>, "@graph": [...]},
// one compact node per line. Nodes and properties appear in a deterministic
// order (by node id), so the same graph always gives the same bytes, whatever
// `threads` (0: one per core). Pure function, thread safe.
std::string ToJsonLd(const graph::KnowledgeGraph& graph, unsigned threads = 0);

// Reads a graph.jsonld written by coopgraph (ToJsonLd) back into the typed
// graph: every node, relation, role, date and piece of evidence, so that
// writing it again gives the same bytes. Errors (naming the path, and the
// line or the node): kInvalidArgument when the path does not exist or is a
// directory (a usage error), kIoError when it cannot be read, kDataLoss when
// it is not JSON or not a coopgraph graph. `progress`, when given, is called
// with (nodes read, nodes to read) now and then, on the calling thread.
// Thread safe.
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;
StatusOr<graph::KnowledgeGraph> ReadJsonLd(const std::string& path, const ReadProgress& progress = {});
// The same for JSON-LD text; `name` names it in errors.
StatusOr<graph::KnowledgeGraph> ParseJsonLd(std::string_view jsonld, const std::string& name,
                                            const ReadProgress& progress = {});

// DOT text: shapes and colours by node kind, one cluster per country, each
// meeting's outline and edges in a colour of its own (dashed for a meeting
// not held), edge labels with the relation, role and date, dates in
// base/date.h's DescribeDate notation; articles are left out. Deterministic
// bytes, like ToJsonLd. Pure function, thread safe.
std::string ToDot(const graph::KnowledgeGraph& graph);

struct DotOptions {
  enum class Legend {
    kNone,
    kShapes,  // a "Legend" cluster: one sample node per kind drawn, in its shape and colour
    kTable,   // one node whose label is a table of the kinds drawn, colours and shape names:
              // it stays in one piece under layouts that draw no clusters (neato, sfdp)
  };
  Legend legend = Legend::kNone;
  // The drawing for a reader, laid out by dot: the meetings in one middle
  // column ordered by date under a header per date, then the agreements; the
  // country with the most nodes drawn left of it, the others right, so that
  // delegations face each other across their meetings; the relations a
  // country's cluster shows (nationality, country) not drawn; attendee edges
  // labelled with the role alone. Other engines draw no clusters and would
  // read its invisible ordering edges as springs: leave it off for them.
  bool briefing = false;
  // A node id drawn highlighted (thick red outline, bold name) and named in
  // the legend; "" or an id not in the graph: none.
  std::string focus;
  // A line drawn above the diagram; "" for none.
  std::string title;
};
// ToDot with options; with the defaults, the same text as ToDot(graph).
std::string ToDot(const graph::KnowledgeGraph& graph, const DotOptions& options);
// The DOT files coopgraph writes (graph.dot, `export --format dot`,
// `neighbors --dot`) are drawings for a reader: briefing, with the legend.
DotOptions ReaderDotOptions();

// Lays out DOT text with gvc ("dot" engine) and renders SVG: Render(dot_text,
// ImageFormat::kSvg, Layout::kDot) of exporters/render.h.
// Errors: kDataLoss when the DOT does not parse, kInternal on layout failure.
StatusOr<std::string> RenderSvg(const std::string& dot_text);

// The article bodies of a graph live beside its graph.jsonld, in this file:
// one JSON line per article in increasing id order, {"id": ..., "text": ...},
// the id being the article's content hash (ingest::Document::id, the
// NewsArticle's `identifier`) and the text the one its evidence offsets count
// code points in. Content-addressed: a reader checks that each text hashes to
// its id, so a body can never be taken for another article's.
inline constexpr const char* kArticleBodiesFile = "articles.jsonl";

// Writes DIR/articles.jsonl as the articles come, so a build never holds
// every text; WriteAll puts it in place with the graph files.
class ArticleBodyWriter {
 public:
  // Starts the temporary file of DIR/articles.jsonl, creating DIR when
  // missing. Errors: kIoError naming the path.
  static StatusOr<std::unique_ptr<ArticleBodyWriter>> Open(const std::string& dir);
  ~ArticleBodyWriter();
  ArticleBodyWriter(const ArticleBodyWriter&) = delete;
  ArticleBodyWriter& operator=(const ArticleBodyWriter&) = delete;

  // Appends the body of article `id`; the same id again is skipped. Errors:
  // kInvalidArgument for an id below the last one, kIoError naming the path.
  Status Add(std::string_view id, std::string_view text);

 private:
  struct Files;
  explicit ArticleBodyWriter(std::unique_ptr<Files> files);
  std::unique_ptr<Files> files_;
  std::string last_id_;
  friend struct ArticleBodyAccess;
};

// The body file beside the graph file `graph_path` ("out/graph.jsonld" ->
// "out/articles.jsonl").
std::string ArticleBodiesBeside(const std::string& graph_path);

// Reads a file of article bodies written by ArticleBodyWriter: id -> text.
// Errors: kNotFound naming the path; kDataLoss "path:N: ..." for a line that
// is not such a record or whose text does not hash to its id.
StatusOr<std::unordered_map<std::string, std::string>> ReadArticleBodies(const std::string& path);

struct WriteOptions {
  // SVG is rendered only when the graph has at most this many nodes, unless
  // `force_svg`; otherwise a notice is returned in `WriteReport::notices`.
  std::size_t svg_node_limit = 1000;
  bool force_svg = false;
  bool write_svg = true;
  unsigned threads = 0;  // for the JSON-LD writer; 0: one per core
  // The graph's article bodies, replaced with the graph files as one change;
  // null: DIR/articles.jsonl, if any, is left as it is (it is
  // content-addressed, so never mistaken for other articles' bodies).
  ArticleBodyWriter* bodies = nullptr;
};

struct WriteReport {
  std::vector<std::string> written;  // paths written
  std::vector<std::string> notices;  // e.g. "graph.svg skipped: 5000 nodes > 1000"
};

// Writes DIR/graph.jsonld, DIR/graph.dot and DIR/graph.svg (and
// DIR/articles.jsonl from `options.bodies`) as one atomic set (AtomicFileSet: each is written to a temporary file as it is made, the
// SVG drawn from the DOT text beside the JSON-LD writing, then all are
// renamed in a row), so a failure or an interrupt leaves the previous files.
// Creates DIR when missing. Errors: kIoError naming the path;
// kDataLoss/kInternal from RenderSvg (then no file is replaced).
StatusOr<WriteReport> WriteAll(const graph::KnowledgeGraph& graph, const std::string& dir,
                               const WriteOptions& options);

}  // namespace coopgraph::exporters

#endif  // COOPGRAPH_EXPORTERS_EXPORTERS_H_

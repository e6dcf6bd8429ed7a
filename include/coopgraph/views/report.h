// Stage 7: the HTML report, one self-contained page for a reader.
#ifndef COOPGRAPH_VIEWS_REPORT_H_
#define COOPGRAPH_VIEWS_REPORT_H_

#include <cstddef>
#include <string>
#include <unordered_map>

#include "coopgraph/base/status.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::views {

struct ReportOptions {
  std::string title = "coopgraph report";
  // The whole graph is drawn when it has at most this many nodes to draw
  // (articles are not drawn); a larger graph gets its country summary
  // (DiagramOptions::summary), which fits one screen whatever its size. The
  // page says which it shows.
  std::size_t diagram_node_limit = 300;
  // The articles' bodies by id (exporters::ReadArticleBodies of the file
  // beside the graph): each piece of evidence is shown in its line of the
  // article. Null, or an article missing: the quotes alone.
  const std::unordered_map<std::string, std::string>* article_bodies = nullptr;
};

// One HTML page that needs nothing else: no script, style, font or image is
// fetched (a Content-Security-Policy forbids it), all inline. It holds the
// diagram as inline SVG (gvc), a search box filtering the tables, the
// evidence and the articles (a little inline JavaScript), tables of people,
// organisations and agreements, the meetings by date with their status and
// the articles reporting them, and each fact's evidence (one entry per
// sentence, a page at a time) and articles, linked from the fact. Every text from the graph is HTML-escaped; article links are only
// http and https URLs. Deterministic bytes for one graph and options.
// Errors: kInternal when Graphviz fails to draw the diagram.
StatusOr<std::string> ToHtmlReport(const graph::KnowledgeGraph& graph, const ReportOptions& options = {});

// ToHtmlReport written atomically to `path`. Errors: ToHtmlReport's;
// kIoError naming the path.
Status WriteHtmlReport(const graph::KnowledgeGraph& graph, const std::string& path,
                       const ReportOptions& options = {});

}  // namespace coopgraph::views

#endif  // COOPGRAPH_VIEWS_REPORT_H_

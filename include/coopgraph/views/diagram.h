// Stage 7 (after exporters and query): views of a graph made for people to
// look at. This header: diagrams of the whole graph, of one period or of one
// actor's ego network.
#ifndef COOPGRAPH_VIEWS_DIAGRAM_H_
#define COOPGRAPH_VIEWS_DIAGRAM_H_

#include <cstddef>
#include <optional>
#include <string>

#include "coopgraph/base/status.h"
#include "coopgraph/exporters/render.h"
#include "coopgraph/graph/graph.h"

namespace coopgraph::views {

struct DiagramOptions {
  exporters::ImageFormat format = exporters::ImageFormat::kSvg;
  // The layout engine; unset: exporters::LayoutForSize of the nodes drawn.
  std::optional<exporters::Layout> layout;
  // Only the actors within `depth` meetings of this one (a name as
  // query::FindEntity takes it), the meetings linking them and their countries.
  std::string focus;
  int depth = 1;
  // Only the meetings and agreements dated in this period and what they
  // connect (query::DatedGraph); applied before `focus`.
  std::string from, to;
  // Instead of the actors themselves, the country-level summary of the part
  // selected: the most active countries (at most `summary_countries`) with
  // their most active bodies (at most `summary_bodies` each), linked by the
  // meetings and agreements between their delegations, per year. It fits
  // one slide whatever the graph's size, and says what it left out.
  bool summary = false;
  std::size_t summary_countries = 8;
  std::size_t summary_bodies = 2;
};

// The nodes a diagram of `graph` draws: all but the articles.
std::size_t DrawnNodeCount(const graph::KnowledgeGraph& graph);

// The part of `graph` the options select, as a graph of its own.
// Errors: those of query::DatedGraph and query::EgoGraph (kNotFound,
// kInvalidArgument for an ambiguous name or a bad date); kNotFound when the
// period holds nothing to draw.
StatusOr<graph::KnowledgeGraph> SelectForDiagram(const graph::KnowledgeGraph& graph, const DiagramOptions& options);

// The selected part drawn with kind-coloured nodes, country clusters, the
// meetings in date order (dot layout), each meeting's attendee edges in its
// colour, planned meetings dashed, the focus actor highlighted, a title and
// a legend: the bytes of an SVG, PNG or PDF file. With `summary`, the summary
// view of that part instead.
// Errors: SelectForDiagram's, and exporters::Render's.
StatusOr<std::string> RenderDiagram(const graph::KnowledgeGraph& graph, const DiagramOptions& options);

// The DOT text RenderDiagram lays out, for the dot engine unless `layout`
// says otherwise. Errors: SelectForDiagram's.
StatusOr<std::string> DiagramDot(const graph::KnowledgeGraph& graph, const DiagramOptions& options);

// RenderDiagram written atomically to `path`. Errors: RenderDiagram's;
// kIoError naming the path.
Status WriteDiagram(const graph::KnowledgeGraph& graph, const DiagramOptions& options, const std::string& path);

}  // namespace coopgraph::views

#endif  // COOPGRAPH_VIEWS_DIAGRAM_H_

// Diagrams: select the part of the graph asked for, write it as DOT with a
// legend, draw it with gvc.
#include "coopgraph/views/diagram.h"

#include "base/files.h"
#include "coopgraph/base/date.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"

namespace coopgraph::views {

std::size_t DrawnNodeCount(const graph::KnowledgeGraph& kg) {
  return kg.node_count() - kg.CountKind(graph::NodeKind::kArticle);
}

StatusOr<graph::KnowledgeGraph> SelectForDiagram(const graph::KnowledgeGraph& kg, const DiagramOptions& options) {
  const bool dated = !options.from.empty() || !options.to.empty();
  if (!dated) return options.focus.empty() ? kg : query::EgoGraph(kg, options.focus, options.depth);
  StatusOr<graph::KnowledgeGraph> period = query::DatedGraph(kg, options.from, options.to);
  if (period.ok() && DrawnNodeCount(*period) == 0) {
    return NotFoundError("no meeting or agreement dated " + DescribePeriod(options.from, options.to) +
                         ": nothing to draw");
  }
  if (!period.ok() || options.focus.empty()) return period;
  return query::EgoGraph(*period, options.focus, options.depth);
}

StatusOr<std::string> RenderDiagram(const graph::KnowledgeGraph& kg, const DiagramOptions& options) {
  const bool whole = options.from.empty() && options.to.empty() && options.focus.empty();
  std::optional<StatusOr<graph::KnowledgeGraph>> selected;  // none when drawing the whole graph
  if (!whole) {
    selected.emplace(SelectForDiagram(kg, options));
    if (!selected->ok()) return selected->status();
  }
  const graph::KnowledgeGraph& drawn = whole ? kg : selected->value();
  const exporters::Layout layout = options.layout.value_or(exporters::LayoutForSize(DrawnNodeCount(drawn)));
  exporters::DotOptions dot;
  // Only dot draws clusters; the other engines get the legend in one node.
  dot.legend = layout == exporters::Layout::kDot ? exporters::DotOptions::Legend::kShapes
                                                 : exporters::DotOptions::Legend::kTable;
  return exporters::Render(exporters::ToDot(drawn, dot), options.format, layout);
}

Status WriteDiagram(const graph::KnowledgeGraph& kg, const DiagramOptions& options, const std::string& path) {
  StatusOr<std::string> bytes = RenderDiagram(kg, options);
  if (!bytes.ok()) return bytes.status();
  return WriteFileAtomically(path, *bytes);
}

}  // namespace coopgraph::views

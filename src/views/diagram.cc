// Diagrams: select the part of the graph asked for, write it as DOT with a
// title and a legend (or as the country summary), draw it with gvc.
#include "coopgraph/views/diagram.h"

#include "base/files.h"
#include "coopgraph/base/date.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "views/summary.h"

namespace coopgraph::views {
namespace {

using graph::NodeKind;

std::string Count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// What the diagram shows, in words: its title.
std::string Title(const graph::KnowledgeGraph& drawn, const DiagramOptions& options, const std::string& focus_name) {
  std::string what;
  if (!focus_name.empty()) {
    what = focus_name + " and those within " + Count(static_cast<std::size_t>(options.depth), "meeting", "meetings") +
           " of them";
  } else {
    what = options.summary ? "the whole graph" : "All actors";
  }
  if (!options.from.empty() || !options.to.empty()) {
    what += ", meetings and agreements dated";
    if (!options.from.empty()) what += " from " + options.from;
    if (!options.to.empty()) what += " up to " + options.to;
  }
  if (options.summary) return "Country summary of " + what;
  return what + ": " + Count(drawn.CountKind(NodeKind::kEvent), "meeting", "meetings") + ", " +
         Count(drawn.CountKind(NodeKind::kAgreement), "agreement", "agreements") + ", " +
         Count(drawn.CountKind(NodeKind::kPerson), "person", "people") + ", " +
         Count(drawn.CountKind(NodeKind::kOrganization), "organisation", "organisations");
}

// The DOT text of an already selected part.
std::string DotOf(const graph::KnowledgeGraph& drawn, const DiagramOptions& options, exporters::Layout layout) {
  std::string focus_id, focus_name;
  if (!options.focus.empty()) {
    const auto focus = query::FindEntity(drawn, options.focus,
                                         {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kCountry});
    if (focus.ok()) {
      focus_id = drawn.node(*focus).id;
      focus_name = drawn.node(*focus).name.empty() ? focus_id : drawn.node(*focus).name;
    }
  }
  const std::string title = Title(drawn, options, focus_name);
  if (options.summary) {
    internal::SummaryLimits limits;
    limits.countries = options.summary_countries;
    limits.bodies_per_country = options.summary_bodies;
    return internal::SummaryDot(drawn, internal::Summarize(drawn, limits), title);
  }
  exporters::DotOptions dot;
  // Only dot draws clusters and ranks; the other engines get the legend in
  // one node, and no ordering edges to pull the drawing out of shape.
  dot.legend = layout == exporters::Layout::kDot ? exporters::DotOptions::Legend::kShapes
                                                 : exporters::DotOptions::Legend::kTable;
  dot.briefing = layout == exporters::Layout::kDot;
  dot.focus = focus_id;
  dot.title = title;
  return exporters::ToDot(drawn, dot);
}

exporters::Layout LayoutOf(const graph::KnowledgeGraph& drawn, const DiagramOptions& options) {
  // The summary is small by construction; neato spreads its cards around
  // the most connected one (dot would line them up in one wide row).
  if (options.summary) return options.layout.value_or(exporters::Layout::kNeato);
  return options.layout.value_or(exporters::LayoutForSize(DrawnNodeCount(drawn)));
}

}  // namespace

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

// Calls `draw` with the selected part: the graph itself when the options
// select all of it (no copy).
template <typename Draw>
auto WithSelected(const graph::KnowledgeGraph& kg, const DiagramOptions& options, Draw draw)
    -> decltype(draw(kg)) {
  if (options.from.empty() && options.to.empty() && options.focus.empty()) return draw(kg);
  StatusOr<graph::KnowledgeGraph> selected = SelectForDiagram(kg, options);
  if (!selected.ok()) return selected.status();
  return draw(*selected);
}

StatusOr<std::string> DiagramDot(const graph::KnowledgeGraph& kg, const DiagramOptions& options) {
  return WithSelected(kg, options, [&](const graph::KnowledgeGraph& drawn) -> StatusOr<std::string> {
    return DotOf(drawn, options, LayoutOf(drawn, options));
  });
}

StatusOr<std::string> RenderDiagram(const graph::KnowledgeGraph& kg, const DiagramOptions& options) {
  return WithSelected(kg, options, [&](const graph::KnowledgeGraph& drawn) -> StatusOr<std::string> {
    const exporters::Layout layout = LayoutOf(drawn, options);
    return exporters::Render(DotOf(drawn, options, layout), options.format, layout);
  });
}

Status WriteDiagram(const graph::KnowledgeGraph& kg, const DiagramOptions& options, const std::string& path) {
  StatusOr<std::string> bytes = RenderDiagram(kg, options);
  if (!bytes.ok()) return bytes.status();
  return WriteFileAtomically(path, *bytes);
}

}  // namespace coopgraph::views

// The JSON-LD reader (exporters::ParseJsonLd) on any bytes. A graph it accepts
// must survive the writers: written again it reads back to the same bytes,
// and its DOT parses in cgraph without gaining nodes or edges.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coopgraph/exporters/exporters.h"
#include "exporters/graphviz_session.h"
#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(load_graph)(const std::uint8_t* data, std::size_t size) {
  using namespace coopgraph;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto graph = exporters::ParseJsonLd(bytes, "fuzz.jsonld");
  if (!graph.ok()) {
    FUZZ_CHECK(graph.status().message().rfind("fuzz.jsonld", 0) == 0);
    return 0;
  }
  const std::string jsonld = exporters::ToJsonLd(*graph, 1);
  auto reread = exporters::ParseJsonLd(jsonld, "written.jsonld");
  FUZZ_CHECK(reread.ok());
  FUZZ_CHECK(exporters::ToJsonLd(*reread, 1) == jsonld);

  std::size_t drawn = 0;
  std::size_t edges = 0;
  for (auto [v, end] = boost::vertices(graph->graph()); v != end; ++v) {
    if (graph->node(*v).kind() == graph::NodeKind::kArticle) continue;
    ++drawn;
    for (auto [e, e_end] = boost::out_edges(*v, graph->graph()); e != e_end; ++e) {
      edges += graph->node(boost::target(*e, graph->graph())).kind() != graph::NodeKind::kArticle;
    }
  }
  const std::string dot = exporters::ToDot(*graph);
  exporters::internal::GraphvizSession session;
  Agraph_t* g = exporters::internal::ReadDot(dot);
  FUZZ_CHECK(g != nullptr);
  // Ids that sanitise to the same text are one cgraph node; none may be added.
  FUZZ_CHECK(static_cast<std::size_t>(agnnodes(g)) <= drawn);
  FUZZ_CHECK(static_cast<std::size_t>(agnedges(g)) <= edges);
  agclose(g);
  return 0;
}

// SVG through gvc: parse the DOT text, lay it out with "dot", render "svg".
#include <graphviz/gvc.h>

#include <string>

#include "coopgraph/exporters/exporters.h"
#include "exporters/graphviz_session.h"

namespace coopgraph::exporters {
namespace {

// One context for the whole process, made on first use and never freed:
// Graphviz 2.42's pango plugin caches a font name owned by the context, so a
// second context after gvFreeContext reads freed memory. Callers hold the
// GraphvizSession lock.
GVC_t* SharedContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

}  // namespace

StatusOr<std::string> RenderSvg(const std::string& dot_text) {
  if (dot_text.find('\0') != std::string::npos) {
    return DataLossError("DOT text contains a NUL byte");
  }
  internal::GraphvizSession session;
  GVC_t* gvc = SharedContext();
  if (gvc == nullptr) return InternalError("gvc: cannot create a context: " + session.TakeMessages());
  Agraph_t* g = internal::ReadDot(dot_text);
  if (g == nullptr) {
    return DataLossError("DOT does not parse: " + session.TakeMessages());
  }
  Status status;
  std::string svg;
  if (gvLayout(gvc, g, "dot") != 0) {
    status = InternalError("gvc: dot layout failed: " + session.TakeMessages());
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, "svg", &data, &length) != 0 || data == nullptr) {
      status = InternalError("gvc: svg rendering failed: " + session.TakeMessages());
    } else {
      svg.assign(data, length);
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  if (!status.ok()) return status;
  return svg;
}

}  // namespace coopgraph::exporters

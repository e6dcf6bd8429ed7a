// Drawings through gvc: parse the DOT text, lay it out with one of the
// engines, render it as SVG, PNG or PDF.
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/render.h"
#include "exporters/graphviz_session.h"

namespace coopgraph::exporters {
namespace {

using internal::Mutable;

// One context for the whole process, made on first use and never freed:
// Graphviz 2.42's pango plugin caches a font name owned by the context, so a
// second context after gvFreeContext reads freed memory. gvContext() loads
// the plugins listed in Graphviz's config file (written by `dot -c`). Callers
// hold the GraphvizSession lock.
GVC_t* SharedContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

// The plugin names of one kind ("layout", "device") this gvc has loaded.
std::vector<std::string> PluginNames(GVC_t* gvc, const char* kind) {
  int count = 0;
  char** names = gvPluginList(gvc, kind, &count, nullptr);
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    out.emplace_back(names[i]);
    std::free(names[i]);
  }
  std::free(names);
  return out;
}

// An error naming the missing plugin, when `name` is not among them.
Status RequirePlugin(GVC_t* gvc, const char* kind, const std::string& name) {
  const std::vector<std::string> names = PluginNames(gvc, kind);
  if (std::find(names.begin(), names.end(), name) != names.end()) return Status::Ok();
  std::string have;
  for (const auto& n : names) have += (have.empty() ? "" : " ") + n;
  const std::string from = std::string(kind) == "layout"
                               ? "The engines come from libgvplugin_dot_layout and libgvplugin_neato_layout"
                               : "PNG and PDF come from the cairo plugin libgvplugin_pango";
  return InternalError("Graphviz has no \"" + name + "\" " + kind + " plugin (it has: " +
                       (have.empty() ? "none" : have) + "). " + from +
                       " in Debian's libgvc6 (package graphviz); if it is installed, register the plugins by "
                       "running `dot -c` as root");
}

// Without it neato and sfdp let nodes overlap; the DOT text may set its own.
void SetDefault(Agraph_t* g, const char* name, const char* value) {
  if (agattr(g, AGRAPH, Mutable(name), nullptr) == nullptr) agattr(g, AGRAPH, Mutable(name), Mutable(value));
}

}  // namespace

Layout LayoutForSize(std::size_t drawn_nodes) {
  return drawn_nodes > kSfdpAboveNodes ? Layout::kSfdp : Layout::kDot;
}

StatusOr<std::string> Render(const std::string& dot_text, ImageFormat format, Layout layout) {
  if (dot_text.find('\0') != std::string::npos) {
    return DataLossError("DOT text contains a NUL byte");
  }
  const std::string engine(EnumNameOf(kLayoutNames, layout));
  const std::string device(EnumNameOf(kImageFormatNames, format));
  internal::GraphvizSession session;
  GVC_t* gvc = SharedContext();
  if (gvc == nullptr) return InternalError("gvc: cannot create a context: " + session.TakeMessages());
  if (Status s = RequirePlugin(gvc, "layout", engine); !s.ok()) return s;
  if (Status s = RequirePlugin(gvc, "device", device); !s.ok()) return s;
  Agraph_t* g = internal::ReadDot(dot_text);
  if (g == nullptr) {
    return DataLossError("DOT does not parse: " + session.TakeMessages());
  }
  if (layout != Layout::kDot) {
    SetDefault(g, "overlap", "prism");
    SetDefault(g, "outputorder", "edgesfirst");  // nodes drawn over the edges
  }
  Status status;
  std::string bytes;
  if (gvLayout(gvc, g, engine.c_str()) != 0) {
    status = InternalError("gvc: " + engine + " layout failed: " + session.TakeMessages());
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, device.c_str(), &data, &length) != 0 || data == nullptr) {
      status = InternalError("gvc: " + device + " rendering failed: " + session.TakeMessages());
    } else {
      bytes.assign(data, length);
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  if (!status.ok()) return status;
  return bytes;
}

StatusOr<std::string> RenderSvg(const std::string& dot_text) {
  return Render(dot_text, ImageFormat::kSvg, Layout::kDot);
}

}  // namespace coopgraph::exporters

#include <filesystem>
#include <future>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {
namespace {

namespace fs = std::filesystem;

Status Write(const fs::path& path, const std::vector<std::string_view>& pieces, WriteReport* report) {
  Status status = WriteFileAtomically(path.string(), pieces);
  if (status.ok()) report->written.push_back(path.string());
  return status;
}

}  // namespace

StatusOr<WriteReport> WriteAll(const graph::KnowledgeGraph& graph, const std::string& dir,
                               const WriteOptions& options) {
  const fs::path root(dir);
  if (Status s = CreateDirectories(root.string()); !s.ok()) return s;
  WriteReport report;
  // The two serialisations read the graph only; the DOT one runs beside the JSON-LD one.
  std::future<std::string> dot_text =
      std::async(std::launch::async, [&graph] { return ToDot(graph); });
  const std::vector<std::string> jsonld = internal::JsonLdPieces(graph, options.threads);
  const std::string dot = dot_text.get();
  if (Status s = Write(root / "graph.jsonld", {jsonld.begin(), jsonld.end()}, &report); !s.ok()) return s;
  if (Status s = Write(root / "graph.dot", {dot}, &report); !s.ok()) return s;
  if (!options.write_svg) return report;
  // Layout time grows fast with size; past the limit the DOT file is the drawing.
  if (graph.node_count() > options.svg_node_limit && !options.force_svg) {
    report.notices.push_back("graph.svg skipped: " + std::to_string(graph.node_count()) +
                             " nodes > " + std::to_string(options.svg_node_limit) +
                             " (use force_svg, or run dot on graph.dot)");
    return report;
  }
  StatusOr<std::string> svg = RenderSvg(dot);
  if (!svg.ok()) return svg.status();
  if (Status s = Write(root / "graph.svg", {*svg}, &report); !s.ok()) return s;
  return report;
}

}  // namespace coopgraph::exporters

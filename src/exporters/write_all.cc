#include <filesystem>
#include <future>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {

namespace fs = std::filesystem;

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
  std::vector<FileContents> files = {{(root / "graph.jsonld").string(), {jsonld.begin(), jsonld.end()}},
                                     {(root / "graph.dot").string(), {dot}}};
  // Layout time grows fast with size; past the limit the DOT file is the drawing.
  std::string svg;
  if (options.write_svg && graph.node_count() > options.svg_node_limit && !options.force_svg) {
    report.notices.push_back("graph.svg skipped: " + std::to_string(graph.node_count()) +
                             " nodes > " + std::to_string(options.svg_node_limit) +
                             " (use force_svg, or run dot on graph.dot)");
  } else if (options.write_svg) {
    StatusOr<std::string> rendered = RenderSvg(dot);
    if (!rendered.ok()) return rendered.status();
    svg = std::move(*rendered);
    files.push_back({(root / "graph.svg").string(), {svg}});
  }
  // All files or none: an interrupted or failed run leaves the previous set.
  if (Status s = WriteFilesAtomically(files); !s.ok()) return s;
  for (const FileContents& file : files) report.written.push_back(file.path);
  return report;
}

}  // namespace coopgraph::exporters

#include <filesystem>
#include <future>
#include <string>
#include <string_view>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "exporters/article_bodies.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {

namespace fs = std::filesystem;

StatusOr<WriteReport> WriteAll(const graph::KnowledgeGraph& graph, const std::string& dir,
                               const WriteOptions& options) {
  const fs::path root(dir);
  if (Status s = CreateDirectories(root.string()); !s.ok()) return s;
  const std::string paths[] = {(root / "graph.jsonld").string(), (root / "graph.dot").string(),
                               (root / "graph.svg").string()};
  // Layout time grows fast with size; past the limit the DOT file is the drawing.
  const bool svg_too_large = graph.node_count() > options.svg_node_limit && !options.force_svg;
  const bool write_svg = options.write_svg && !svg_too_large;
  // All files or none: every one is checked and opened before any is written,
  // and an interrupted or failed run leaves the previous set.
  AtomicFileSet own_files;
  AtomicFileSet* set = &own_files;
  if (options.bodies != nullptr) {
    StatusOr<AtomicFileSet*> bodies = ArticleBodyAccess::Finish(*options.bodies);
    if (!bodies.ok()) return bodies.status();
    set = *bodies;
  }
  AtomicFileSet& files = *set;
  std::size_t index[3] = {0, 0, 0};
  for (std::size_t i = 0; i < (write_svg ? 3u : 2u); ++i) {
    StatusOr<std::size_t> added = files.Add(paths[i]);
    if (!added.ok()) return added.status();
    index[i] = *added;
  }
  // The DOT file (and the SVG drawn from it) is made and written beside the
  // JSON-LD one, which is written piece by piece as its workers finish them.
  std::future<Status> dot_written = std::async(std::launch::async, [&] {
    const std::string dot = ToDot(graph, ReaderDotOptions());
    if (Status s = files.Append(index[1], dot); !s.ok()) return s;
    if (Status s = files.Close(index[1]); !s.ok()) return s;
    if (!write_svg) return Status::Ok();
    StatusOr<std::string> rendered = RenderSvg(dot);
    if (!rendered.ok()) return rendered.status();
    if (Status s = files.Append(index[2], *rendered); !s.ok()) return s;
    return files.Close(index[2]);
  });
  Status jsonld_written = internal::WriteJsonLd(
      graph, options.threads, [&](std::string_view piece) { return files.Append(index[0], piece); });
  if (jsonld_written.ok()) jsonld_written = files.Close(index[0]);
  const Status dot_status = dot_written.get();
  if (!jsonld_written.ok()) return jsonld_written;
  if (!dot_status.ok()) return dot_status;
  if (Status s = files.Commit(); !s.ok()) return s;
  WriteReport report;
  if (options.write_svg && svg_too_large) {
    report.notices.push_back("graph.svg skipped: " + std::to_string(graph.node_count()) +
                             " nodes > " + std::to_string(options.svg_node_limit) +
                             " (use force_svg, or run dot on graph.dot)");
  }
  for (std::size_t i = 0; i < (write_svg ? 3u : 2u); ++i) report.written.push_back(paths[i]);
  if (options.bodies != nullptr) report.written.push_back((root / kArticleBodiesFile).string());
  return report;
}

}  // namespace coopgraph::exporters

// `coopgraph export`: one format, one projection, written atomically.
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {
namespace {

namespace fs = std::filesystem;

// A file path whose parent directory exists (created when missing).
Status PrepareFile(const std::string& path) {
  if (IsDirectory(path)) return InvalidArgumentError(path + ": is a directory; give a file path");
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? Status::Ok() : CreateDirectories(parent.string());
}

Status WriteOne(const std::string& path, const std::vector<std::string_view>& pieces, WriteReport* report) {
  if (Status s = PrepareFile(path); !s.ok()) return s;
  if (Status s = WriteFileAtomically(path, pieces); !s.ok()) return s;
  report->written.push_back(path);
  return Status::Ok();
}

}  // namespace

StatusOr<WriteReport> Export(const graph::KnowledgeGraph& kg, ExportFormat format, const std::string& out_path,
                             const ExportOptions& options) {
  const bool projects = format == ExportFormat::kGraphMl || format == ExportFormat::kGexf ||
                        format == ExportFormat::kCytoscapeJson || format == ExportFormat::kNeo4jCsv;
  if (options.projection == graph::ProjectionKind::kMeetings && !projects) {
    return InvalidArgumentError("the meetings projection is written as graphml, gexf, cyjs or csv, not " +
                                std::string(EnumNameOf(kExportFormatNames, format)));
  }
  WriteReport report;
  Status status;
  switch (format) {
    case ExportFormat::kJsonLd: {
      // As build writes it: piece by piece, as they are made.
      if (Status s = PrepareFile(out_path); !s.ok()) return s;
      AtomicFileSet file;
      const StatusOr<std::size_t> index = file.Add(out_path);
      status = index.ok() ? internal::WriteJsonLd(kg, options.threads,
                                                  [&](std::string_view piece) { return file.Append(*index, piece); })
                          : index.status();
      if (status.ok()) status = file.Commit();
      if (status.ok()) report.written.push_back(out_path);
      break;
    }
    case ExportFormat::kDot: status = WriteOne(out_path, {ToDot(kg, ReaderDotOptions())}, &report); break;
    case ExportFormat::kNQuads: {
      StatusOr<std::string> quads = ToNQuads(kg);
      status = quads.ok() ? WriteOne(out_path, {*quads}, &report) : quads.status();
      break;
    }
    case ExportFormat::kGraphMl: status = WriteOne(out_path, {ToGraphMl(kg, options.projection)}, &report); break;
    case ExportFormat::kGexf: status = WriteOne(out_path, {ToGexf(kg, options.projection, options.gexf_version)}, &report); break;
    case ExportFormat::kCytoscapeJson:
      status = WriteOne(out_path, {ToCytoscapeJson(kg, options.projection)}, &report);
      break;
    case ExportFormat::kNeo4jCsv: {
      if (Status s = CreateDirectories(out_path); !s.ok()) return s;
      for (const auto& [name, text] : ToNeo4jCsv(kg, options.projection, options.csv_lists)) {
        status = WriteOne((fs::path(out_path) / name).string(), {text}, &report);
        if (!status.ok()) break;
      }
      break;
    }
  }
  if (!status.ok()) return status;
  return report;
}

}  // namespace coopgraph::exporters

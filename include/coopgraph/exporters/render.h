// Stage 6: DOT text drawn by Graphviz's gvc as SVG, PNG or PDF, with the
// layout engine chosen by the caller or by the size of the graph.
#ifndef COOPGRAPH_EXPORTERS_RENDER_H_
#define COOPGRAPH_EXPORTERS_RENDER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "coopgraph/base/enum_names.h"
#include "coopgraph/base/status.h"

namespace coopgraph::exporters {

enum class ImageFormat { kSvg, kPng, kPdf };
enum class Layout { kDot, kNeato, kSfdp };

// The names users and gvc know the formats and engines by.
inline constexpr EnumName<ImageFormat> kImageFormatNames[] = {
    {ImageFormat::kSvg, "svg"}, {ImageFormat::kPng, "png"}, {ImageFormat::kPdf, "pdf"}};
inline constexpr EnumName<Layout> kLayoutNames[] = {
    {Layout::kDot, "dot"}, {Layout::kNeato, "neato"}, {Layout::kSfdp, "sfdp"}};

// Above this many drawn nodes `dot` (layered, with country clusters) takes
// tens of seconds on the sample-like graphs, so LayoutForSize picks `sfdp`
// (force-directed, seconds for thousands of nodes; it draws no clusters).
inline constexpr std::size_t kSfdpAboveNodes = 500;
Layout LayoutForSize(std::size_t drawn_nodes);

// Lays out DOT text with gvc's `layout` engine and renders it as `format`:
// the bytes of the SVG document, PNG image or PDF file. Thread safe (calls
// into Graphviz are serialized).
// Errors: kDataLoss when the DOT does not parse; kInternal when this Graphviz
// has no plugin for the layout or the format (the message names what is
// missing and how to register the plugins) and when layout or rendering fails.
StatusOr<std::string> Render(const std::string& dot_text, ImageFormat format, Layout layout);

}  // namespace coopgraph::exporters

#endif  // COOPGRAPH_EXPORTERS_RENDER_H_

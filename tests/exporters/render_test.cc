// Specification of exporters/render.h and of ToDot's legends: DOT text drawn
// by gvc as SVG, PNG and PDF with dot, neato or sfdp.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/render.h"
#include "exporters/graphviz_session.h"
#include "exporters_test_util.h"
#include "common/text_search.h"

namespace coopgraph::exporters {
namespace {

using testing::SampleGraph;

using coopgraph::testing::Contains;
using coopgraph::testing::Count;

// Width and height from a PNG's IHDR chunk (big-endian, right after the signature).
std::pair<std::uint32_t, std::uint32_t> PngSize(const std::string& png) {
  auto be32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

TEST_CASE("Render draws DOT text as an SVG document, a PNG image and a PDF file", "[exporters]") {
  const std::string dot = ToDot(SampleGraph());
  const StatusOr<std::string> svg = Render(dot, ImageFormat::kSvg, Layout::kDot);
  REQUIRE(svg.ok());
  CHECK(Contains(*svg, "<svg"));
  CHECK(Contains(*svg, "Huỳnh Thành Đạt"));
  CHECK(*svg == RenderSvg(dot).value());  // RenderSvg is this with dot

  const StatusOr<std::string> png = Render(dot, ImageFormat::kPng, Layout::kDot);
  INFO((png.ok() ? "" : png.status().ToString()));
  REQUIRE(png.ok());
  REQUIRE(png->size() > 5000);  // the drawing, not an empty canvas
  CHECK(png->compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  CHECK(png->compare(12, 4, "IHDR") == 0);
  const auto [width, height] = PngSize(*png);
  CHECK(width > 200);
  CHECK(height > 100);

  const StatusOr<std::string> pdf = Render(dot, ImageFormat::kPdf, Layout::kDot);
  REQUIRE(pdf.ok());
  CHECK(pdf->rfind("%PDF-", 0) == 0);
  CHECK(Contains(pdf->substr(pdf->size() - 16), "%%EOF"));
}

TEST_CASE("Render lays out with neato and sfdp too", "[exporters]") {
  for (const Layout layout : {Layout::kNeato, Layout::kSfdp}) {
    INFO("layout " << EnumNameOf(kLayoutNames, layout));
    const StatusOr<std::string> svg = Render(ToDot(SampleGraph()), ImageFormat::kSvg, layout);
    REQUIRE(svg.ok());
    CHECK(Count(*svg, "class=\"node\"") == 8);
    CHECK(Contains(*svg, "Huỳnh Thành Đạt"));
  }
}

TEST_CASE("Render refuses DOT that does not parse, in any format", "[exporters]") {
  for (const ImageFormat format : {ImageFormat::kSvg, ImageFormat::kPng, ImageFormat::kPdf}) {
    const StatusOr<std::string> bad = Render("digraph { a -> ; }}", format, Layout::kDot);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.status().code() == StatusCode::kDataLoss);
    CHECK(Contains(bad.status().message(), "syntax error"));
  }
}

TEST_CASE("formats and layouts are named as on the command line", "[exporters]") {
  CHECK(KnownNames(kImageFormatNames) == "svg, png, pdf");
  CHECK(KnownNames(kLayoutNames) == "dot, neato, sfdp");
  CHECK(EnumNameOf(kImageFormatNames, ImageFormat::kPng) == "png");
  CHECK(EnumNameOf(kLayoutNames, Layout::kSfdp) == "sfdp");
}

TEST_CASE("the layout by size is dot for small graphs and sfdp for large ones", "[exporters]") {
  CHECK(LayoutForSize(0) == Layout::kDot);
  CHECK(LayoutForSize(kSfdpAboveNodes) == Layout::kDot);
  CHECK(LayoutForSize(kSfdpAboveNodes + 1) == Layout::kSfdp);
}

TEST_CASE("ToDot draws a legend of the kinds drawn, as shapes or as one table", "[exporters]") {
  const auto kg = SampleGraph();
  CHECK(ToDot(kg, DotOptions{}) == ToDot(kg));  // no legend by default: graph.dot is unchanged

  DotOptions shapes;
  shapes.legend = DotOptions::Legend::kShapes;
  const std::string with_shapes = ToDot(kg, shapes);
  CHECK(Contains(with_shapes, "subgraph cluster_legend {"));
  CHECK(Contains(with_shapes, "[fillcolor=\"#cfe2f3\", label=\"person\", shape=ellipse];"));
  CHECK(Contains(with_shapes, "label=\"agreement\", shape=note];"));
  CHECK_FALSE(Contains(with_shapes, "label=\"article\""));  // articles are not drawn
  {
    internal::GraphvizSession session;
    Agraph_t* g = internal::ReadDot(with_shapes);
    REQUIRE(g != nullptr);
    CHECK(agnnodes(g) == 8 + 6 + 1);  // six kinds drawn, and how a meeting's edges look
    agclose(g);
  }
  const std::string svg = Render(with_shapes, ImageFormat::kSvg, Layout::kDot).value();
  CHECK(Count(svg, "class=\"cluster\"") == 3);  // Việt Nam, Lào and the legend
  CHECK(Contains(svg, ">Legend</text>"));

  DotOptions table;
  table.legend = DotOptions::Legend::kTable;
  const std::string with_table = ToDot(kg, table);
  CHECK_FALSE(Contains(with_table, "cluster_legend"));
  CHECK(Contains(with_table, "BGCOLOR=\"#f4cccc\""));
  const std::string sfdp = Render(with_table, ImageFormat::kSvg, Layout::kSfdp).value();
  CHECK(Count(sfdp, "class=\"node\"") == 8 + 1);
  CHECK(Contains(sfdp, ">meeting held (kind, date), diamond</text>"));
}

}  // namespace
}  // namespace coopgraph::exporters

// Specification of views/diagram.h: the whole graph, a period or one actor's
// meetings, drawn as SVG, PNG or PDF (the `coopgraph render` command).
#include <catch2/catch.hpp>

#include <string>

#include "common/temp_dir.h"
#include "base/files.h"
#include "coopgraph/views/diagram.h"
#include "views_test_util.h"
#include "common/text_search.h"

namespace coopgraph::views {
namespace {

using exporters::ImageFormat;
using exporters::Layout;
using testing::Sample;

using coopgraph::testing::Contains;
using coopgraph::testing::Count;

TEST_CASE("RenderDiagram draws the whole sample graph as SVG, PNG and PDF", "[views][render]") {
  DiagramOptions options;
  const std::string svg = RenderDiagram(Sample(), options).value();
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(Contains(svg, "<svg"));
  CHECK(Contains(svg, "</svg>"));
  CHECK(Contains(svg, ">Huỳnh Thành Đạt</text>"));
  CHECK(Contains(svg, ">Legend</text>"));
  // Every drawn node, besides the legend's and the timeline's headers.
  CHECK(Count(svg, "class=\"node\"") - Count(svg, "<title>legend:") - Count(svg, "<title>timeline:") ==
        DrawnNodeCount(Sample()));
  CHECK(Count(svg, "<title>legend:") == 8);  // six kinds, planned meetings (drawn dashed) and the edges
  CHECK(Contains(svg, ">meeting not held (planned, postponed, cancelled)</text>"));
  CHECK(Contains(svg, "stroke-dasharray"));
  CHECK(Contains(svg, "<title>cluster_vn</title>"));  // country clusters: dot was chosen by size
  // The title says what is drawn; the timeline's headers give the dates.
  CHECK(Contains(svg, ">All actors: 12 meetings, 8 agreements, 14 people, 23 organisations</text>"));
  CHECK(Contains(svg, ">29 May, year unknown</text>"));
  CHECK(Contains(svg, ">2021&#45;06&#45;23 (year inferred)</text>"));

  options.format = ImageFormat::kPng;
  const std::string png = RenderDiagram(Sample(), options).value();
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  CHECK(png.size() > 100000);  // ~70 labelled nodes, text rendered with a real font

  options.format = ImageFormat::kPdf;
  const std::string pdf = RenderDiagram(Sample(), options).value();
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.size() > 10000);
}

TEST_CASE("RenderDiagram with a focus draws one actor's meetings only", "[views][render]") {
  DiagramOptions options;
  options.focus = "Huynh Thanh Dat";  // found as query::FindEntity finds names
  options.depth = 1;
  const StatusOr<graph::KnowledgeGraph> ego = SelectForDiagram(Sample(), options);
  REQUIRE(ego.ok());
  CHECK(DrawnNodeCount(*ego) < DrawnNodeCount(Sample()));
  const std::string svg = RenderDiagram(Sample(), options).value();
  CHECK(Contains(svg, ">Huỳnh Thành Đạt</text>"));
  CHECK(Contains(svg, ">Sonexay Siphandone</text>"));     // met him
  CHECK_FALSE(Contains(svg, ">Thongloun Sisoulith</text>"));  // never at a meeting with him
  CHECK(Count(svg, "class=\"node\"") < Count(RenderDiagram(Sample(), DiagramOptions{}).value(), "class=\"node\""));
  // He stands out, and the title and the legend name him.
  CHECK(Contains(svg, ">Huỳnh Thành Đạt and those within 1 meeting of them: "));
  CHECK(Contains(svg, ">focus: Huỳnh Thành Đạt</text>"));
  CHECK(Count(svg, "stroke=\"#c00000\" stroke-width=\"4\"") == 2);  // his node and the legend's sample

  options.depth = 2;  // those his partners met too
  CHECK(DrawnNodeCount(SelectForDiagram(Sample(), options).value()) > DrawnNodeCount(*ego));
}

TEST_CASE("RenderDiagram with a period drops the meetings dated outside it", "[views][render]") {
  DiagramOptions options;
  options.from = "2018";
  options.to = "2018-12-31";
  const graph::KnowledgeGraph dated = SelectForDiagram(Sample(), options).value();
  std::size_t meetings = 0;
  for (auto [v, end] = boost::vertices(dated.graph()); v != end; ++v) {
    const auto* event = std::get_if<graph::EventInfo>(&dated.node(*v).info);
    if (event == nullptr) continue;
    ++meetings;
    CHECK(event->start_date.rfind("2018", 0) == 0);
  }
  CHECK(meetings == 2);  // the working session of 2018-08-10 and the signing ceremony of 2018-09
  const std::string svg = RenderDiagram(Sample(), options).value();
  CHECK(Contains(svg, "2018&#45;08&#45;10"));  // gvc writes '-' in text as &#45;
  CHECK_FALSE(Contains(svg, "2021&#45;06&#45;23"));
  CHECK_FALSE(Contains(svg, "year unknown"));  // no year: in no period

  options.focus = "Trần Văn Tùng";  // the period first, then his meetings in it
  const graph::KnowledgeGraph ego = SelectForDiagram(Sample(), options).value();
  CHECK(DrawnNodeCount(ego) < DrawnNodeCount(dated));
}

TEST_CASE("RenderDiagram takes the layout asked for", "[views][render]") {
  DiagramOptions options;
  options.layout = Layout::kSfdp;
  const std::string svg = RenderDiagram(Sample(), options).value();
  CHECK_FALSE(Contains(svg, "<title>cluster_vn</title>"));  // sfdp draws no clusters…
  CHECK(Contains(svg, "person, ellipse</text>"));          // …so the legend is one table
}

TEST_CASE("RenderDiagram reports names and dates it cannot use", "[views][render]") {
  DiagramOptions options;
  options.focus = "Nobody Atall";
  CHECK(RenderDiagram(Sample(), options).status().code() == StatusCode::kNotFound);
  options.focus = "";
  options.from = "28/5/2024";
  const auto bad_date = RenderDiagram(Sample(), options);
  CHECK(bad_date.status().code() == StatusCode::kInvalidArgument);
  CHECK(Contains(bad_date.status().message(), "28/5/2024"));
  options.from = "2030";  // a period with nothing in it: nothing found, not an empty picture
  const auto empty = RenderDiagram(Sample(), options);
  CHECK(empty.status().code() == StatusCode::kNotFound);
  CHECK(Contains(empty.status().message(), "from 2030: nothing to draw"));
}

TEST_CASE("WriteDiagram writes the file whole, or names the path it cannot write", "[views][render]") {
  coopgraph::testing::TempDir dir;
  DiagramOptions options;
  options.format = ImageFormat::kPng;
  REQUIRE(WriteDiagram(Sample(), options, dir / "g.png").ok());
  CHECK(ReadFileBytes(dir / "g.png").value() == RenderDiagram(Sample(), options).value());
  CHECK(dir.Entries() == std::set<std::string>{"g.png"});  // no temporary left behind
  const Status missing = WriteDiagram(Sample(), options, dir / "no/such/dir/g.png");
  CHECK(missing.code() == StatusCode::kIoError);
  CHECK(Contains(missing.message(), "no/such/dir/g.png"));
}

}  // namespace
}  // namespace coopgraph::views

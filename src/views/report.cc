// The HTML report: a header with the search box, the diagram, the tables,
// the evidence and the articles, with the style sheet and script inline.
#include "coopgraph/views/report.h"

#include <string>
#include <string_view>

#include "base/hash.h"
#include "base/utf8.h"
#include "base/files.h"
#include "coopgraph/normalize/normalize.h"
#include "coopgraph/views/diagram.h"
#include "views/evidence.h"
#include "views/html.h"
#include "views/report_tables.h"

namespace coopgraph::views {
namespace {

#include "report_assets.inc"

using graph::KnowledgeGraph;
using graph::NodeKind;

// Nothing is fetched, whatever the page holds: only its own inline style and
// script run, and images may only be data: URLs (there are none).
constexpr const char kPolicy[] =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'";

struct Diagram {
  std::string svg;   // inline SVG, or "" when the page shows none
  std::string note;  // what the diagram shows, as HTML
};

StatusOr<std::string> DrawInline(const KnowledgeGraph& kg, const DiagramOptions& options) {
  StatusOr<std::string> svg = RenderDiagram(kg, options);
  if (!svg.ok()) return svg.status();
  return internal::InlineSvg(*svg);
}

// The whole graph when it is small enough, else the country summary (small
// whatever the graph); with a note saying which.
StatusOr<Diagram> ChooseDiagram(const KnowledgeGraph& kg, std::size_t limit) {
  const std::size_t drawn = DrawnNodeCount(kg);
  Diagram out;
  if (drawn == 0) {
    out.note = "The graph is empty: there is nothing to draw.";
    return out;
  }
  DiagramOptions options;
  options.summary = drawn > limit;
  StatusOr<std::string> svg = DrawInline(kg, options);
  if (!svg.ok()) return svg.status();
  out.svg = std::move(*svg);
  if (!options.summary) {
    out.note = "The whole graph: " + std::to_string(drawn) + " nodes. The meetings stand in the middle column by "
               "date, then the agreements; a frame on either side holds each country's people, bodies and places; a "
               "meeting's lines to its attendees share its colour, dashed when it is planned (legend in the frame "
               "marked Legend).";
    return out;
  }
  out.note = "The graph has " + std::to_string(drawn) + " nodes, too many to draw whole; this is its country "
             "summary: the most active countries and their main bodies, linked by the meetings and agreements "
             "between their delegations, year by year (what it leaves out is said above it). "
             "<code>coopgraph render --focus NAME</code> draws one actor's meetings, <code>coopgraph render</code> "
             "the whole graph.";
  return out;
}

// normalize::FoldingTable as the body of a JavaScript object literal, every
// character as \u escapes (the page's script stays ASCII).
std::string FoldingTableJs() {
  auto append_js_string = [](const std::u16string& units, std::string* out) {
    out->push_back('"');
    for (char16_t unit : units) {
      *out += "\\u";
      *out += HexDigits(unit, 4);
    }
    out->push_back('"');
  };
  std::string out;
  for (const normalize::Fold& fold : normalize::FoldingTable()) {
    if (!out.empty()) out.push_back(',');
    std::u16string from;
    AppendUtf16(fold.from, &from);
    std::u16string to;
    for (char32_t cp : Utf8ToUtf32(fold.to)) AppendUtf16(cp, &to);
    append_js_string(from, &out);
    out.push_back(':');
    append_js_string(to, &out);
  }
  return out;
}

// report.js with the folding table written in where it asks for it.
std::string ReportScript() {
  static const std::string script = [] {
    constexpr std::string_view kMarker = "/* FOLDING TABLE */";
    std::string js = kReportJs;
    const std::size_t at = js.find(kMarker);
    if (at != std::string::npos) js.replace(at, kMarker.size(), FoldingTableJs());
    return js;
  }();
  return script;
}

void AppendHeader(std::string* out, const KnowledgeGraph& kg, const ReportOptions& options) {
  *out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  *out += std::string("<meta http-equiv=\"Content-Security-Policy\" content=\"") + kPolicy + "\">\n";
  *out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  internal::AppendEscaped(out, options.title);
  *out += std::string("</title>\n<style>") + kReportCss + "</style>\n</head>\n<body>\n<header>\n<h1>";
  internal::AppendEscaped(out, options.title);
  *out += "</h1>\n<p class=\"counts\">" + std::to_string(kg.CountKind(NodeKind::kPerson)) + " people, " +
          std::to_string(kg.CountKind(NodeKind::kOrganization)) + " organisations, " +
          std::to_string(kg.CountKind(NodeKind::kEvent)) + " meetings, " +
          std::to_string(kg.CountKind(NodeKind::kAgreement)) + " agreements, from " +
          std::to_string(kg.CountKind(NodeKind::kArticle)) + " articles</p>\n";
  *out += "<input type=\"search\" id=\"search\" placeholder=\"Filter: names, titles, places, kinds, dates…\" "
          "aria-label=\"Filter the tables\" autocomplete=\"off\"> <span id=\"search-count\"></span>\n";
  *out += "<nav><a href=\"#diagram\">Diagram</a><a href=\"#people\">People</a>"
          "<a href=\"#organisations\">Organisations</a><a href=\"#agreements\">Agreements</a>"
          "<a href=\"#meetings\">Meetings</a><a href=\"#evidence\">Evidence</a><a href=\"#articles\">Articles</a>"
          "</nav>\n</header>\n<main>\n";
}

}  // namespace

StatusOr<std::string> ToHtmlReport(const KnowledgeGraph& kg, const ReportOptions& options) {
  StatusOr<Diagram> diagram = ChooseDiagram(kg, options.diagram_node_limit);
  if (!diagram.ok()) return diagram.status();
  std::string out;
  AppendHeader(&out, kg, options);
  out += "<section id=\"diagram\">\n<h2>Diagram</h2>\n<p class=\"note\">" + diagram->note;
  if (!diagram->svg.empty()) out += " <button type=\"button\" id=\"diagram-size\">Full size</button>";
  out += "</p>\n";
  if (!diagram->svg.empty()) out += "<div class=\"diagram\">\n" + diagram->svg + "\n</div>\n";
  out += "</section>\n";
  internal::EvidenceIndex evidence(kg, options.article_bodies);
  internal::AppendPeople(&out, kg, &evidence);
  internal::AppendOrganizations(&out, kg, &evidence);
  internal::AppendAgreements(&out, kg, &evidence);
  internal::AppendMeetings(&out, kg, &evidence);
  evidence.AppendEvidenceSection(&out);
  evidence.AppendArticlesSection(&out);
  out += "</main>\n<footer>Written by coopgraph from the graph's JSON-LD; every quote links to the article "
         "it was read from.</footer>\n";
  out += "<script>" + ReportScript() + "</script>\n</body>\n</html>\n";
  return out;
}

Status WriteHtmlReport(const KnowledgeGraph& kg, const std::string& path, const ReportOptions& options) {
  StatusOr<std::string> html = ToHtmlReport(kg, options);
  if (!html.ok()) return html.status();
  return WriteFileAtomically(path, *html);
}

}  // namespace coopgraph::views

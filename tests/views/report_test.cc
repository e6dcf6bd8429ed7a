// Specification of views/report.h: one self-contained, escaped HTML page
// (the `coopgraph report` command), and of the escaping it relies on.
#include <catch2/catch.hpp>

#include <algorithm>

#include <regex>
#include <set>
#include <string>

#include "common/temp_dir.h"
#include "base/files.h"
#include "coopgraph/views/diagram.h"
#include "coopgraph/views/report.h"
#include "views/html.h"
#include "views/report_tables.h"
#include "views_test_util.h"
#include "common/text_search.h"

namespace coopgraph::views {
namespace {

using testing::kHostile;
using testing::Sample;
using testing::SampleWithHostilePerson;
using testing::SampleBodies;
using testing::SampleBodiesWithHostile;
using testing::WithBodies;

using coopgraph::testing::Contains;
using coopgraph::testing::Count;

// The values of one attribute over the page.
std::set<std::string> AttributeValues(const std::string& html, const std::string& attribute) {
  std::set<std::string> values;
  const std::regex re("\\s" + attribute + "=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    values.insert((*it)[1]);
  return values;
}

const std::string& SampleReport() {
  static const std::string html = ToHtmlReport(Sample(), WithBodies(SampleBodies())).value();
  return html;
}

// The meetings of output/, which the sample report lists.
std::size_t SampleMeetingCount() {
  std::size_t n = 0;
  for (auto [v, end] = boost::vertices(Sample().graph()); v != end; ++v)
    n += Sample().node(*v).kind() == graph::NodeKind::kEvent;
  return n;
}

TEST_CASE("the report holds the diagram, the search box, the tables and the evidence", "[views][report]") {
  const std::string& html = SampleReport();
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(Contains(html, "<meta charset=\"utf-8\">"));
  CHECK(Contains(html, "<input type=\"search\" id=\"search\""));
  for (const char* id : {"diagram", "people", "organisations", "agreements", "meetings", "evidence", "articles"})
    CHECK(Contains(html, std::string("<section id=\"") + id + "\">"));
  CHECK(Contains(html, "<div class=\"diagram\">\n<svg"));
  CHECK(Contains(html, "The whole graph: " + std::to_string(DrawnNodeCount(Sample())) + " nodes."));
  CHECK(Contains(html, "People <span class=\"count\">(14)</span>"));
  CHECK(Contains(html, "Organisations <span class=\"count\">(23)</span>"));
  CHECK(Contains(html, "Agreements <span class=\"count\">(8)</span>"));
  CHECK(Contains(html, "Timeline of meetings <span class=\"count\">(" + std::to_string(SampleMeetingCount()) + ")</span>"));
  // A person's row: alternate names, a title with its organisation and article, country, evidence.
  CHECK(Contains(html, "<td><strong>Boviengkham Vongdara</strong></td><td>Bô-viêng-khăm Vông-đa-ra</td>"));
  CHECK(Contains(html, "Bộ trưởng KH&amp;CN Lào (<a href=\"#"));
  // An agreement's row: kind, name, period, parties, status, date.
  CHECK(Contains(html, "<td>cooperation agreement</td><td><strong>Thỏa thuận hợp tác giai đoạn 2021 - 2025 giữa Văn phòng "
                       "Trung ương Đảng Cộng sản Việt Nam và Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào</strong>"
                       "</td><td>2021–2025</td>"));
  CHECK(Contains(html, "<td>to be signed</td><td>2021-06-28</td>"));
  // Evidence: the quote marked in its line of the article, with where it is.
  CHECK(std::regex_search(html, std::regex("<li id=\"ev-1\"><blockquote>[^<]*<mark>[^<]+</mark>")));
  CHECK(Contains(html, "sentence 1, characters 140–290"));
  CHECK(Contains(html, "<cite>"));
  CHECK(html == ToHtmlReport(Sample(), WithBodies(SampleBodies())).value());  // deterministic
}

TEST_CASE("without the article bodies the report quotes the evidence alone", "[views][report]") {
  const std::string with = SampleReport();
  const std::string without = ToHtmlReport(Sample()).value();
  // An entry whose quote starts inside a line shows the text before it only with the bodies.
  const std::regex context_before("<li id=\"ev-\\d+\"><blockquote>[^<]+<mark>");
  CHECK(std::distance(std::sregex_iterator(with.begin(), with.end(), context_before), std::sregex_iterator()) > 0);
  CHECK_FALSE(std::regex_search(without, context_before));
  CHECK(Count(without, "<blockquote><mark>") == Count(with, "<blockquote>"));
  CHECK(Contains(without, "sentence 1, characters 140–290"));
}

TEST_CASE("the report's timeline lists meetings by date, undated ones last", "[views][report]") {
  const std::string& html = SampleReport();
  const std::size_t begin = html.find("<section id=\"meetings\">");
  const std::string section = html.substr(begin, html.find("</section>", begin) - begin);
  std::vector<std::string> dates;
  const std::regex first_cell("<tr id=\"n\\d+\"><td>([^<]+)</td>");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), first_cell); it != std::sregex_iterator(); ++it)
    dates.push_back((*it)[1]);
  REQUIRE(dates.size() == SampleMeetingCount());
  CHECK(dates.front() == "2017-06");
  CHECK(dates[1] == "2018-08-10");
  // Dates in the one notation: a year inferred says so, a date without a year is written in words.
  CHECK(std::find(dates.begin(), dates.end(), "2021-06-23 (year inferred)") != dates.end());
  auto no_year = [](const std::string& d) { return d.size() > 14 && d.compare(d.size() - 14, 14, ", year unknown") == 0; };
  // The sample's meetings are all dated now; an undated one would come after every dated one.
  const auto undated = std::find(dates.begin(), dates.end(), "undated");
  CHECK(std::all_of(undated, dates.end(), [](const std::string& d) { return d == "undated"; }));
  // Dated with a year, in order; then month and day only.
  const auto first_no_year = std::find_if(dates.begin(), undated, no_year);
  CHECK(first_no_year - dates.begin() >= 2);
  CHECK(std::is_sorted(dates.begin(), first_no_year));
  CHECK(std::all_of(first_no_year, undated, no_year));
  CHECK(std::find(first_no_year, undated, "29 May, year unknown") != undated);
}

TEST_CASE("the report's timeline gives each meeting's status and names its sources", "[views][report]") {
  const std::string& html = SampleReport();
  const std::size_t begin = html.find("<section id=\"meetings\">");
  const std::string section = html.substr(begin, html.find("</section>", begin) - begin);
  CHECK(Contains(section, "<th>Date</th><th>Kind</th><th>Place</th><th>Attendees</th><th>Status</th><th>Sources</th>"
                          "<th>Evidence</th>"));
  // Held, or planned (marked so it stands out), in every row.
  CHECK(Count(section, "<td>held</td>") + Count(section, "<td><span class=\"planned\">planned</span></td>") ==
        SampleMeetingCount());
  CHECK(Count(section, "<span class=\"planned\">planned</span>") == 3);
  // Each row's articles by headline (linked to the article's page, else with
  // its file), date when known, and its entry in the articles section.
  CHECK(Count(section, "<div class=\"source\">") >= SampleMeetingCount());
  CHECK(std::regex_search(section, std::regex("<div class=\"source\"><a href=\"https?://[^\"]+\" rel=\"noopener "
                                              "noreferrer\">[^<]+</a>( · \\d{4}-\\d{2}-\\d{2})? <a class=\"src\" "
                                              "href=\"#article-\\d+\">a\\d+</a></div>")));
  CHECK(Contains(section, "<div class=\"source\"><cite>Chia sẻ kinh nghiệm về công tác xây dựng đảng giữa Việt Nam và "
                          "Lào</cite> · <span class=\"url\">data/sample/003_e5388cc7fb59f897.txt</span> <a class=\"src\""));
}

TEST_CASE("the report's search covers every section, the evidence included", "[views][report]") {
  const std::string& html = SampleReport();
  CHECK(Count(html, "<table class=\"filterable\">") == 4);
  CHECK(Contains(html, "<ol class=\"evidence filterable\">"));
  CHECK(Contains(html, "<ol class=\"articles filterable\">"));
  CHECK(Contains(html, "querySelectorAll('table.filterable tbody tr, ol.filterable > li')"));
}

TEST_CASE("the report's evidence: one entry a sentence, a page shown at a time", "[views][report]") {
  // The sample's facts cited again and again from the same sentences.
  graph::KnowledgeGraph kg = Sample();
  const std::string html = ToHtmlReport(kg).value();
  const std::size_t entries = Count(html, "<li id=\"ev-");
  std::set<std::pair<std::string, std::size_t>> sentences;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v)
    for (const auto& ev : kg.node(*v).evidence) sentences.emplace(ev.article_id, ev.sentence);
  CHECK(entries <= sentences.size());  // never two entries for one sentence
  CHECK(entries > 10);
  CHECK_FALSE(Contains(html, "class=\"later\" hidden"));  // under a page: all shown
  CHECK(std::regex_search(html, std::regex("characters \\d+–\\d+, \\d+–\\d+")));  // several quotes in one sentence
}

TEST_CASE("every link of the report points inside it, and nothing is fetched", "[views][report]") {
  const std::string& html = SampleReport();
  const std::set<std::string> ids = AttributeValues(html, "id");
  std::size_t internal = 0;
  for (const std::string& href : AttributeValues(html, "href")) {
    if (href[0] == '#') {
      ++internal;
      CHECK(ids.count(href.substr(1)) == 1);
    } else {
      CHECK(std::regex_match(href, std::regex("https?://[^ ]+")));  // an article's own page
    }
  }
  CHECK(internal > 50);
  CHECK(AttributeValues(html, "src").empty());  // no script, image or frame from elsewhere
  CHECK_FALSE(Contains(html, "<link"));
  CHECK_FALSE(Contains(html, "@import"));
  CHECK(Contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
  CHECK(Count(html, "<script") == 1);  // the search box's own
  CHECK(Count(html, "<style") == 1);
  CHECK(Count(html, "</script") == 1);  // the compiled-in script and style sheet end only where they should
  CHECK(Count(html, "</style") == 1);
}

TEST_CASE("article text in the report is escaped, in the tables and in the diagram", "[views][report]") {
  const std::string html = ToHtmlReport(SampleWithHostilePerson(), WithBodies(SampleBodiesWithHostile())).value();
  CHECK(Count(html, "<script") == 1);  // only the page's own script
  CHECK(Count(html, "<img") == 0);
  CHECK(Count(html, "</svg>") == 1);
  CHECK(Count(html, "</table>") == 4);  // the four tables' own
  CHECK_FALSE(Contains(html, "pwned'\""));
  CHECK_FALSE(Contains(html, "href=\"javascript"));
  const std::string escaped = internal::Escaped(kHostile);
  CHECK(Contains(escaped, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&quot;&#39;&gt;&lt;img"));
  CHECK(Count(html, "<strong>" + escaped + "</strong>") == 1);  // the person's row
  CHECK(Contains(html, "<td>" + escaped + "</td>"));             // alternate names
  CHECK(Contains(html, "<div class=\"title\">" + escaped));      // the title
  CHECK(Contains(html, "<span class=\"role\">(" + escaped + ")</span>"));  // attendee role
  CHECK(Contains(html, "<mark>" + escaped + "</mark>"));         // the evidence quote in its article
  CHECK(Contains(html, "<cite>" + escaped + "</cite>"));         // the headline
  CHECK(Contains(html, "<span class=\"url\">javascript:"));      // shown, never linked
  // gvc's own escaping in the inline SVG: the name and the role are text, not markup.
  const std::size_t begin = html.find("<div class=\"diagram\">");
  const std::string svg = html.substr(begin, html.find("</svg>", begin) - begin);
  CHECK(Count(svg, "&lt;script&gt;document.title=") == 2);
  CHECK(Count(svg, "&lt;/svg&gt;&lt;/table&gt;&amp;amp;") == 2);  // "&amp;" shown as written
  CHECK(Count(svg, "<script") + Count(svg, "<img") + Count(svg, "<table") == 0);
}

TEST_CASE("a graph too large to draw whole gets its country summary", "[views][report]") {
  ReportOptions options;
  options.diagram_node_limit = 40;
  const std::string html = ToHtmlReport(Sample(), options).value();
  CHECK(Contains(html, "The graph has " + std::to_string(DrawnNodeCount(Sample())) +
                           " nodes, too many to draw whole; this is its country summary"));
  CHECK(Contains(html, "<svg"));
  CHECK(Contains(html, ">Country summary of the whole graph</text>"));
  CHECK_FALSE(Contains(html, ">Huỳnh Thành Đạt</text>"));  // not one person's network
  CHECK(Contains(html, "People <span class=\"count\">(14)</span>"));  // the tables are all there
  CHECK(Contains(ToHtmlReport(graph::KnowledgeGraph{}).value(), "The graph is empty"));
}

TEST_CASE("WriteHtmlReport writes the page whole, or names the path it cannot write", "[views][report]") {
  coopgraph::testing::TempDir dir;
  REQUIRE(WriteHtmlReport(Sample(), dir / "report.html", WithBodies(SampleBodies())).ok());
  CHECK(ReadFileBytes(dir / "report.html").value() == SampleReport());
  const Status missing = WriteHtmlReport(Sample(), dir / "none/report.html");
  CHECK(missing.code() == StatusCode::kIoError);
  CHECK(Contains(missing.message(), "none/report.html"));
}

TEST_CASE("Escaped makes any text safe in element content and quoted attributes", "[views][report]") {
  CHECK(internal::Escaped("a<b>&\"c'd") == "a&lt;b&gt;&amp;&quot;c&#39;d");
  CHECK(internal::Escaped("Huỳnh Thành Đạt") == "Huỳnh Thành Đạt");
  CHECK(internal::Escaped("tab\tline\nnul") == "tab\tline\nnul");
  CHECK(internal::Escaped(std::string("a\0b\x01" "c\x7f", 6)) == "a b c ");
  CHECK(internal::Escaped("bad \xFF utf8") == "bad \xEF\xBF\xBD utf8");
}

TEST_CASE("SafeHttpHref links only absolute http and https URLs", "[views][report]") {
  CHECK(internal::SafeHttpHref("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2");
  CHECK(internal::SafeHttpHref("HTTP://EXAMPLE.ORG/") == "HTTP://EXAMPLE.ORG/");
  CHECK(internal::SafeHttpHref("https://x.org/\"onmouseover=\"alert(1)") == "https://x.org/&quot;onmouseover=&quot;alert(1)");
  for (const char* refused : {"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                              "//example.org/", "/local/path", "https://", "https://a b", "https://a\nb", ""}) {
    INFO(refused);
    CHECK(internal::SafeHttpHref(refused).empty());
  }
}

TEST_CASE("InlineSvg keeps Graphviz's drawing and refuses what could run or fetch", "[views][report]") {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n"
      "<!-- Generated by graphviz -->\n<svg width=\"8pt\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
      "<g id=\"node1\" class=\"node\"><!-- a&#45;&gt;b --><title>a</title><text x=\"1\">onload=x &lt;script&gt;</text>"
      "</g>\n</svg>\n";
  const std::string inline_svg = internal::InlineSvg(svg).value();
  CHECK(inline_svg.rfind("<svg width=\"8pt\"", 0) == 0);
  CHECK_FALSE(Contains(inline_svg, "<!"));
  CHECK_FALSE(Contains(inline_svg, "<?xml"));
  CHECK(Contains(inline_svg, "<text x=\"1\">onload=x &lt;script&gt;</text>"));  // text is only text
  CHECK(inline_svg.substr(inline_svg.size() - 6) == "</svg>");
  for (const char* bad : {"<svg><script>alert(1)</script></svg>", "<svg><SCRIPT>alert(1)</SCRIPT></svg>",
                          "<svg onload=\"alert(1)\"></svg>", "<svg><g ONCLICK='x'></g></svg>",
                          "<svg><foreignObject><div/></foreignObject></svg>",
                          "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                          "<svg><image href=\"https://example.org/x.png\"/></svg>",
                          "<svg><rect fill=\"url(https://example.org/#x)\"/></svg>",
                          "<svg><style>@import url(x)</style></svg>", "<svg><!DOCTYPE x></svg>",
                          "<svg><g a=unquoted></g></svg>", "<svg><g", "no svg here"}) {
    INFO(bad);
    CHECK(internal::InlineSvg(bad).status().code() == StatusCode::kDataLoss);
  }
  CHECK(internal::InlineSvg("<svg><rect fill=\"url(#gradient)\"/><use-not/></svg>").ok());
}

TEST_CASE("vocabulary terms read as words in the report", "[views][report]") {
  CHECK(internal::TermWords("CooperationAgreement") == "cooperation agreement");
  CHECK(internal::TermWords("MemorandumOfUnderstanding") == "memorandum of understanding");
  CHECK(internal::TermWords("ToBeSigned") == "to be signed");
  CHECK(internal::TermWords("NGO") == "NGO");
  CHECK(internal::TermWords("Held") == "held");
}

}  // namespace
}  // namespace coopgraph::views

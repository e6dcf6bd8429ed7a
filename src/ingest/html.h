// A tolerant HTML-to-text reader for news pages (no HTML library).
// Private to src/ingest.
#ifndef COOPGRAPH_SRC_INGEST_HTML_H_
#define COOPGRAPH_SRC_INGEST_HTML_H_

#include <string>
#include <string_view>

namespace coopgraph::ingest {

struct HtmlArticle {
  std::string text;    // visible text; block elements end lines, entities decoded
  std::string title;   // og:title, else the first <h1>, else <title>
  std::string url;     // <link rel="canonical">, else og:url
  std::string date;    // ISO date from article:published_time, pubdate, … or <time datetime>
  std::string outlet;  // og:site_name
};

// Single forward pass with counters instead of a tree, so deep nesting,
// unclosed tags, stray '<' and megabyte lines cost linear time. Drops
// comments, <script>, <style>, <noscript>, <iframe>, and the page chrome
// (<nav>, <header>, <footer>, <aside>, <form>, …). When dropping the chrome
// leaves no text (an unclosed <header> swallowing the page), the pass is
// repeated keeping it.
HtmlArticle ExtractHtml(std::string_view html);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_HTML_H_

// Line-level cleanup shared by every format: web boilerplate, separator
// lines, the head of a scraped .txt (URL line, title) and its tail (source
// line "Nguồn …", byline). Private to src/ingest.
#ifndef COOPGRAPH_SRC_INGEST_CLEANUP_H_
#define COOPGRAPH_SRC_INGEST_CLEANUP_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace coopgraph::ingest {

// IngestOptions::boilerplate_lines compiled for matching. Plain lines are
// whole-line boilerplate; lines starting with '@' are directives:
//   @token WORD    layout debris dropped where it stands alone or starts a line
//   @source WORD   a line near the end that starts with WORD names the outlet
//   @caption WORD  a line containing WORD is a photo caption, never a title
struct CleanupRules {
  // The comparison key: whitespace runs become one space, then the
  // normalizer's normalize::MatchKey.
  static std::string Key(std::string_view text);

  std::unordered_set<std::string> boilerplate;  // Key of each line
  std::vector<std::string> tokens;              // Key of each @token
  std::vector<std::string> source_markers;      // Key of each @source
  std::vector<std::string> caption_markers;     // Key of each @caption
};
CleanupRules CompileRules(const std::vector<std::string>& lines);

struct ArticleParts {
  std::string body;
  std::string url;     // from a leading URL line, else from the source line
  std::string title;   // from the head of a plain-text article
  std::string date;    // ISO date of a dateline in that head
  std::string outlet;  // from the source line
  std::string byline;  // a short name line closing the article
};

// Cleans UTF-8 article text. With `plain_text_head` (a scraped .txt), a
// leading URL line, dateline and title line and a closing byline are moved into
// metadata (see cleanup.cc for the heuristics); the source line is taken in
// every format.
// When `known_title` is given (HTML, JSON) a first line repeating it is
// dropped. The body keeps paragraph breaks: lines are trimmed, runs of blank
// lines become one blank line, consecutive duplicate lines (an image
// caption scraped twice) are kept once.
ArticleParts CleanArticle(std::string_view text, const CleanupRules& rules, bool plain_text_head,
                          std::string_view known_title);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_CLEANUP_H_

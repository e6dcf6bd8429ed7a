// Private to views: the report's evidence and articles sections, and the
// links from each fact to them.
#ifndef COOPGRAPH_SRC_VIEWS_EVIDENCE_H_
#define COOPGRAPH_SRC_VIEWS_EVIDENCE_H_

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "coopgraph/graph/graph.h"

namespace coopgraph::views::internal {

// Numbers evidence items and articles in the order the tables cite them.
// Not thread safe; lives as long as the page being written.
class EvidenceIndex {
 public:
  explicit EvidenceIndex(const graph::KnowledgeGraph& kg) : kg_(kg) {}

  // Links ("[3]") to the entries of these evidence items, added on first
  // citation; "" when there are none.
  std::string Links(const std::vector<graph::Evidence>& evidence);
  // A link ("a2") to the entry of an article node, added on first citation;
  // "" for an id that is not an article of the graph.
  std::string ArticleLink(const std::string& article_id);

  // <section id="evidence">: each item's sentence with its quote marked, the
  // article, sentence number and code-point offsets.
  void AppendEvidenceSection(std::string* out);
  // <section id="articles">: headline, outlet, date and (http/https only) URL.
  void AppendArticlesSection(std::string* out) const;

 private:
  // The line of the article around the quote, with the quote marked, when the
  // offsets find the quote in the article text; else the quote alone.
  std::string QuoteInContext(const graph::Evidence& evidence);

  const graph::KnowledgeGraph& kg_;
  using Key = std::tuple<std::string, std::size_t, std::size_t, std::string>;  // article, begin, end, quote
  std::map<Key, std::size_t> evidence_numbers_;
  std::vector<graph::Evidence> evidence_;  // by number - 1
  std::map<std::string, std::size_t> article_numbers_;
  std::vector<std::string> articles_;  // ids, by number - 1
  std::map<std::string, std::u32string> texts_;  // article id -> its text in code points
};

}  // namespace coopgraph::views::internal

#endif  // COOPGRAPH_SRC_VIEWS_EVIDENCE_H_

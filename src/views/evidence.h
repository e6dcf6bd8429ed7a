// Private to views: the report's evidence and articles sections, and the
// links from each fact to them.
#ifndef COOPGRAPH_SRC_VIEWS_EVIDENCE_H_
#define COOPGRAPH_SRC_VIEWS_EVIDENCE_H_

#include <map>
#include <string>
#include <unordered_map>
#include <tuple>
#include <vector>

#include "coopgraph/graph/graph.h"

namespace coopgraph::views::internal {

// Numbers evidence entries and articles in the order the tables cite them.
// One entry per sentence of an article: the evidence items cited from one
// sentence share it, each quote marked (a large graph cites many items from
// the same sentences). Not thread safe; lives as long as the page being written.
class EvidenceIndex {
 public:
  // `bodies`: the article bodies by id (ReportOptions::article_bodies), may be null.
  EvidenceIndex(const graph::KnowledgeGraph& kg, const std::unordered_map<std::string, std::string>* bodies)
      : kg_(kg), bodies_(bodies) {}

  // Links ("[3]") to the entries of these evidence items, each entry once,
  // added on first citation; "" when there are none.
  std::string Links(const std::vector<graph::Evidence>& evidence);
  // The articles named, each on a line: its headline linked to its URL (or
  // with its file path), its date, and a link to its entry in the articles
  // section; the first `named` of them, then how many more.
  std::string Sources(const std::vector<std::string>& article_ids, std::size_t named = 2);
  // A link ("a2") to the entry of an article node, added on first citation;
  // "" for an id that is not an article of the graph.
  std::string ArticleLink(const std::string& article_id);

  // <section id="evidence">: each entry's sentence (or the line around it,
  // cut to whole words) with its quotes marked, the article, sentence number
  // and code-point offsets. Entries after the first kEvidencePage are hidden
  // until the reader asks for them or searches.
  void AppendEvidenceSection(std::string* out);
  static constexpr std::size_t kEvidencePage = 200;
  // <section id="articles">: headline, outlet, date and (http/https only) URL.
  void AppendArticlesSection(std::string* out) const;

 private:
  // The line of the article around the quotes (of one sentence), each
  // marked, when the offsets find the quotes in the article text; else the
  // quotes alone.
  std::string QuotesInContext(const std::vector<graph::Evidence>& quotes);

  const graph::KnowledgeGraph& kg_;
  const std::unordered_map<std::string, std::string>* bodies_;
  using Key = std::pair<std::string, std::size_t>;  // article, sentence
  std::map<Key, std::size_t> entry_numbers_;
  std::vector<std::vector<graph::Evidence>> entries_;  // by number - 1: the distinct items cited
  std::map<std::string, std::size_t> article_numbers_;
  std::vector<std::string> articles_;  // ids, by number - 1
  std::map<std::string, std::u32string> texts_;  // article id -> its text in code points
};

}  // namespace coopgraph::views::internal

#endif  // COOPGRAPH_SRC_VIEWS_EVIDENCE_H_

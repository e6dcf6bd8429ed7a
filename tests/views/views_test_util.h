// Shared by the views tests: the committed sample graph, and the same graph
// with a person whose name and role are hostile markup.
#ifndef COOPGRAPH_TESTS_VIEWS_VIEWS_TEST_UTIL_H_
#define COOPGRAPH_TESTS_VIEWS_VIEWS_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>

#include "base/utf8.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "coopgraph/views/report.h"

namespace coopgraph::views::testing {

// The graph of the sample corpus, as committed in output/ (a pipeline test
// keeps it equal to what the run command writes).
inline const graph::KnowledgeGraph& Sample() {
  static const graph::KnowledgeGraph kg = [] {
    auto loaded = exporters::ReadJsonLd(COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld");
    if (!loaded.ok()) FAIL(loaded.status().ToString());
    return std::move(*loaded);
  }();
  return kg;
}

// The article bodies of the sample graph (output/articles.jsonl), and the
// hostile article's, by id; and report options that show evidence in them.
inline const std::unordered_map<std::string, std::string>& SampleBodies() {
  static const std::unordered_map<std::string, std::string> bodies = [] {
    auto loaded = exporters::ReadArticleBodies(COOPGRAPH_SOURCE_DATA_DIR "/../output/articles.jsonl");
    if (!loaded.ok()) FAIL(loaded.status().ToString());
    return std::move(*loaded);
  }();
  return bodies;
}

// Text that would run script or break out of its element if written unescaped.
inline const std::string kHostile =
    "<script>document.title='pwned'</script>\"'><img src=x onerror=\"document.title='pwned'\"></svg></table>&amp;";

// The sample graph plus a person named kHostile (with the same text as an
// alternate name, a title and an attendee role), at Huỳnh Thành Đạt's talks
// with Phut Simmalavong, and an article whose URL is javascript:.
// Its body ("0" in SampleBodiesWithHostile) names the person in the evidence's line.
inline graph::KnowledgeGraph SampleWithHostilePerson() {
  graph::KnowledgeGraph kg = Sample();
  graph::Node article;
  article.id = "article/hostile";
  article.info = graph::ArticleInfo{"javascript:document.title='pwned'", kHostile, "2024-05-30", kHostile,
                                    "hostile.txt", "0"};
  kg.AddNode(article);
  graph::Node person;
  person.id = "person/hostile";
  person.name = kHostile;
  person.alternate_names = {kHostile};
  person.sources = {"article/hostile"};
  person.evidence = {{"article/hostile", 0, 4, 4 + CountCodePoints(kHostile), kHostile}};
  graph::PersonInfo info;
  info.roles = {{kHostile, "", "2024-05-30", "article/hostile"}};
  person.info = info;
  const graph::Vertex v = kg.AddNode(person);
  graph::Edge attendee;
  attendee.relation = graph::Relation::kAttendee;
  attendee.role = kHostile;
  bool attached = false;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    if (kg.node(*it).name != "talks: Huỳnh Thành Đạt, Phout Simmalavong") continue;
    kg.AddEdge(*it, v, attendee);
    attached = true;
  }
  REQUIRE(attached);
  return kg;
}

inline const std::unordered_map<std::string, std::string>& SampleBodiesWithHostile() {
  static const std::unordered_map<std::string, std::string> bodies = [] {
    auto all = SampleBodies();
    all.emplace("0", "Gặp " + kHostile + " tại Viêng Chăn.");
    return all;
  }();
  return bodies;
}

inline ReportOptions WithBodies(const std::unordered_map<std::string, std::string>& bodies) {
  ReportOptions options;
  options.article_bodies = &bodies;
  return options;
}

}  // namespace coopgraph::views::testing

#endif  // COOPGRAPH_TESTS_VIEWS_VIEWS_TEST_UTIL_H_

// Shared by the tests that build a set of hand-annotated articles
// (tests/data/unseen*/): the build options and who-met-whom look-ups.
#ifndef COOPGRAPH_TESTS_PIPELINE_UNSEEN_TEST_UTIL_H_
#define COOPGRAPH_TESTS_PIPELINE_UNSEEN_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "coopgraph/pipeline/build.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "common/temp_dir.h"

namespace coopgraph::pipeline::testing {

struct Pair {
  std::string a, b;
  std::string date;  // the meeting's date as the graph writes it ("--01-22" when no year is known); "" = any
};

inline bool Met(const std::vector<query::MetPair>& pairs, const Pair& p) {
  return std::any_of(pairs.begin(), pairs.end(), [&](const query::MetPair& m) {
    const bool names = (m.first_name == p.a && m.second_name == p.b) || (m.first_name == p.b && m.second_name == p.a);
    return names && (p.date.empty() || m.meeting.date == p.date);
  });
}

// A one-thread build of tests/data/<set>/articles into tmp/out, without SVG.
inline BuildOptions SetOptions(const std::string& set, const coopgraph::testing::TempDir& tmp) {
  BuildOptions options;
  options.inputs = {std::string(COOPGRAPH_TEST_DATA_DIR) + "/" + set + "/articles"};
  options.out_dir = tmp.Sub("out");
  options.data_dir = COOPGRAPH_SOURCE_DATA_DIR;
  options.write_svg = false;
  options.threads = 1;
  return options;
}

// A set built, its graph read back, and every pair of persons who met.
struct BuiltSet {
  BuildSummary summary;
  graph::KnowledgeGraph graph;
  std::vector<query::MetPair> pairs;
};

inline BuiltSet BuildSet(const std::string& set) {
  coopgraph::testing::TempDir tmp;
  auto summary = Build(SetOptions(set, tmp));
  REQUIRE(summary.ok());
  auto graph = exporters::ReadJsonLd(tmp.Sub("out/graph.jsonld"));
  REQUIRE(graph.ok());
  auto pairs = query::WhoMet(*graph, {});
  REQUIRE(pairs.ok());
  return {*summary, std::move(*graph), std::move(*pairs)};
}

// Every pair of `held` met (at its date, when given); no pair of `never` met.
inline void CheckMeetings(const BuiltSet& built, const std::vector<Pair>& held, const std::vector<Pair>& never) {
  for (const auto& p : held) {
    CAPTURE(p.a, p.b, p.date);
    CHECK(Met(built.pairs, p));
  }
  for (const auto& p : never) {
    CAPTURE(p.a, p.b);
    CHECK_FALSE(Met(built.pairs, p));
  }
}

}  // namespace coopgraph::pipeline::testing

#endif  // COOPGRAPH_TESTS_PIPELINE_UNSEEN_TEST_UTIL_H_

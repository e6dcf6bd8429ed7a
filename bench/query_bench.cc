// Query benchmark: a synthetic graph of persons and meetings is written as
// JSON-LD, read back, and asked who met one person, a shortest path, and
// betweenness on a 10,000-person projection (beside python3-igraph).
//
//   cmake --build build-bench --target coopgraph_query_bench
//   build-bench/coopgraph_query_bench [PERSONS MEETINGS]   (default 100000 1000000)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "query/projection.h"

namespace {

using coopgraph::graph::KnowledgeGraph;
using coopgraph::graph::Vertex;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// Persons and meetings of 2-4 attendees; attendance is skewed (a few
// persons attend many meetings, as ministers do), by a fixed generator.
KnowledgeGraph Synthetic(int persons, int meetings) {
  KnowledgeGraph kg;
  std::vector<Vertex> people;
  for (int i = 0; i < persons; ++i) {
    coopgraph::graph::Node n;
    n.id = "person/p" + std::to_string(i);
    n.name = "Person " + std::to_string(i);
    n.info = coopgraph::graph::PersonInfo{};
    people.push_back(kg.AddNode(std::move(n)));
  }
  unsigned long long state = 7;
  auto uniform = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
  };
  for (int m = 0; m < meetings; ++m) {
    coopgraph::graph::Node n;
    n.id = "event/m" + std::to_string(m);
    coopgraph::graph::EventInfo info;
    info.start_date = std::to_string(2000 + m % 25) + "-0" + std::to_string(1 + m % 9) + "-1" + std::to_string(m % 10);
    n.info = info;
    const Vertex event = kg.AddNode(std::move(n));
    const int size = 2 + static_cast<int>(uniform() * 3);
    for (int k = 0; k < size; ++k) {
      const double u = uniform();
      const auto who = static_cast<std::size_t>(u * u * persons);  // skewed towards low numbers
      kg.AddEdge(event, people[who], {coopgraph::graph::Relation::kAttendee, "", info.start_date, {}});
    }
  }
  return kg;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  const int persons = argc > 2 ? std::atoi(argv[1]) : 100000;
  const int meetings = argc > 2 ? std::atoi(argv[2]) : 1000000;
  const std::string dir = "/tmp/coopgraph_query_bench";
  std::system(("mkdir -p " + dir).c_str());

  auto t = Clock::now();
  {
    const KnowledgeGraph big = Synthetic(persons, meetings);
    const std::string jsonld = coopgraph::exporters::ToJsonLd(big);
    if (!coopgraph::WriteFileAtomically(dir + "/graph.jsonld", jsonld).ok()) return 1;
    std::printf("graph: %d persons, %d meetings, %.0f MB of JSON-LD (made in %.1f s)\n", persons, meetings,
                static_cast<double>(jsonld.size()) / 1e6, Seconds(t));
  }
  t = Clock::now();
  auto loaded = coopgraph::exporters::ReadJsonLd(dir + "/graph.jsonld");
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
    return 1;
  }
  std::printf("load graph.jsonld: %.2f s, peak RSS %ld MB\n", Seconds(t), PeakRssMb());
  const KnowledgeGraph& kg = *loaded;

  // who-met for persons of middling activity, by id and by name.
  for (const char* name : {"person/p5000", "Person 5000", "person/p60000"}) {
    coopgraph::query::WhoMetFilter filter;
    filter.persons = {name};
    t = Clock::now();
    auto pairs = coopgraph::query::WhoMet(kg, filter);
    std::printf("who-met %-14s %8.2f ms, %zu pairs\n", name, Seconds(t) * 1e3, pairs.ok() ? pairs->size() : 0);
  }
  t = Clock::now();
  auto paths = coopgraph::query::ShortestPaths(kg, "person/p99990", "person/p12345", coopgraph::query::Via::kPersons);
  std::printf("path p99990 -> p12345: %.2f ms, %zu path(s) of %zu step(s)\n", Seconds(t) * 1e3,
              paths.ok() ? paths->size() : 0, paths.ok() && !paths->empty() ? paths->front().size() : 0);

  // Betweenness on a 10,000-person projection.
  const KnowledgeGraph small = Synthetic(10000, 25000);
  const auto projection = coopgraph::query::internal::MeetingsProjection(
      small, [&](Vertex v) { return small.node(v).kind() == coopgraph::graph::NodeKind::kPerson; });
  {
    std::ofstream edges(dir + "/projection.txt");
    for (const auto& [pair, _] : projection.meetings) edges << pair.first << ' ' << pair.second << '\n';
  }
  t = Clock::now();
  const auto exact = coopgraph::query::Central(small, coopgraph::query::Measure::kBetweenness,
                                               coopgraph::query::Via::kPersons, 100);
  const double ours = Seconds(t);
  const std::string command = "/usr/bin/python3 " COOPGRAPH_SOURCE_DATA_DIR "/../bench/igraph_betweenness.py " + dir +
                              "/projection.txt " + std::to_string(projection.actors.size()) + " > " + dir + "/igraph.txt";
  double igraph = -1;
  if (std::system(command.c_str()) == 0) {
    std::ifstream in(dir + "/igraph.txt");
    in >> igraph;
  }
  std::printf("exact betweenness, %zu persons, %zu links: %.2f s (python3-igraph %.2f s, ratio %.2f)\n",
              projection.actors.size(), boost::num_edges(projection.graph), ours, igraph,
              igraph > 0 ? ours / igraph : 0.0);
  for (std::size_t samples : {500, 1000, 2000}) {
    t = Clock::now();
    const auto approximate = coopgraph::query::ApproximateBetweenness(small, coopgraph::query::Via::kPersons, 100, samples);
    std::set<std::string> top;
    for (const auto& r : exact) top.insert(r.id);
    std::size_t overlap = 0;
    for (const auto& r : approximate.ranking) overlap += top.count(r.id);
    std::printf("approximate betweenness, %zu sources: %.2f s, top-100 overlap with exact %zu%%, stated bound %.3f\n",
                samples, Seconds(t), overlap, approximate.error_bound);
  }
  std::printf("peak RSS %ld MB\n", PeakRssMb());
  return 0;
}

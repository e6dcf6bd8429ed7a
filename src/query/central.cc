// Rankings in the meetings projection, scaled as NetworkX scales them.
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "coopgraph/graph/projection.h"
#include "coopgraph/query/query.h"
#include "query/via.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Vertex;

// Betweenness by Brandes's algorithm (BGL), which counts each pair of an
// undirected graph once; NetworkX normalises by (n-1)(n-2)/2 pairs.
std::vector<double> Betweenness(const graph::Projection& p) {
  const std::size_t n = p.actors.size();
  std::vector<double> raw(n, 0.0);
  boost::brandes_betweenness_centrality(
      p.graph, boost::centrality_map(boost::make_iterator_property_map(raw.begin(), boost::get(boost::vertex_index, p.graph))));
  const double scale = n > 2 ? 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 1.0;
  for (double& value : raw) value *= scale;
  return raw;
}

// Closeness with the Wasserman-Faust correction (NetworkX's wf_improved).
std::vector<double> Closeness(const graph::Projection& p) {
  const std::size_t n = p.actors.size();
  std::vector<double> out(n, 0.0);
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(n);
  for (std::size_t v = 0; v < n; ++v) {
    std::fill(distance.begin(), distance.end(), kUnreached);
    distance[v] = 0;
    boost::breadth_first_search(
        p.graph, v,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(distance.data(), boost::on_tree_edge()))));
    double total = 0;
    std::size_t reached = 0;
    for (std::size_t d : distance) {
      if (d == kUnreached) continue;
      total += static_cast<double>(d);
      ++reached;
    }
    if (total > 0 && n > 1) {
      out[v] = static_cast<double>(reached - 1) / total * (static_cast<double>(reached - 1) / static_cast<double>(n - 1));
    }
  }
  return out;
}

constexpr double kTolerance = 1e-12;
constexpr int kMaxIterations = 100000;

// The neighbours of each projection vertex.
std::vector<std::vector<std::size_t>> Adjacency(const graph::Projection& p) {
  std::vector<std::vector<std::size_t>> out(p.actors.size());
  for (std::size_t v = 0; v < out.size(); ++v)
    for (auto [e, end] = boost::out_edges(v, p.graph); e != end; ++e) out[v].push_back(boost::target(*e, p.graph));
  return out;
}

double ChangeL1(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::abs(a[i] - b[i]);
  return sum;
}

// NetworkX's pagerank: an undirected link is a link each way, a vertex
// without links hands its score to everyone alike.
std::vector<double> PageRank(const graph::Projection& p) {
  constexpr double kDamping = 0.85;
  const auto adjacency = Adjacency(p);
  const std::size_t n = adjacency.size();
  if (n == 0) return {};
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> x(n, uniform), next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (adjacency[v].empty()) dangling += x[v];
    std::fill(next.begin(), next.end(), 0.0);
    for (std::size_t v = 0; v < n; ++v) {
      const double share = x[v] / static_cast<double>(std::max<std::size_t>(adjacency[v].size(), 1));
      for (std::size_t u : adjacency[v]) next[u] += kDamping * share;
    }
    for (double& value : next) value += kDamping * dangling * uniform + (1.0 - kDamping) * uniform;
    const double change = ChangeL1(next, x);
    x.swap(next);
    if (change < static_cast<double>(n) * kTolerance) break;
  }
  return x;
}

// NetworkX's eigenvector_centrality: x <- (A + I) x, scaled to unit length.
std::vector<double> Eigenvector(const graph::Projection& p) {
  const auto adjacency = Adjacency(p);
  const std::size_t n = adjacency.size();
  if (n == 0) return {};
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    next = x;
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t u : adjacency[v]) next[u] += x[v];
    double norm = 0;
    for (double value : next) norm += value * value;
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    for (double& value : next) value /= norm;
    const double change = ChangeL1(next, x);
    x.swap(next);
    if (change < static_cast<double>(n) * kTolerance) break;
  }
  return x;
}

std::vector<double> Degree(const graph::Projection& p) {
  const std::size_t n = p.actors.size();
  std::vector<double> out(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    out[v] = n > 1 ? static_cast<double>(boost::degree(v, p.graph)) / static_cast<double>(n - 1) : 0.0;
  }
  return out;
}

// Brandes's accumulation from one source (unweighted), added into `into`.
void AccumulateFrom(const std::vector<std::vector<std::size_t>>& adjacency, std::size_t source,
                    std::vector<double>* into) {
  const std::size_t n = adjacency.size();
  std::vector<std::size_t> order;  // vertices by distance
  std::vector<std::vector<std::size_t>> predecessors(n);
  std::vector<double> paths(n, 0.0), dependency(n, 0.0);
  std::vector<long long> distance(n, -1);
  paths[source] = 1;
  distance[source] = 0;
  std::vector<std::size_t> queue = {source};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::size_t v = queue[head];
    order.push_back(v);
    for (std::size_t w : adjacency[v]) {
      if (distance[w] < 0) {
        distance[w] = distance[v] + 1;
        queue.push_back(w);
      }
      if (distance[w] == distance[v] + 1) {
        paths[w] += paths[v];
        predecessors[w].push_back(v);
      }
    }
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const std::size_t w = *it;
    for (std::size_t v : predecessors[w]) dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
    if (w != source) (*into)[w] += dependency[w];
  }
}

std::vector<Ranked> Rank(const KnowledgeGraph& kg, const graph::Projection& p, const std::vector<double>& scores,
                         std::size_t top) {
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < p.actors.size(); ++i) {
    const graph::Node& node = kg.node(p.actors[i]);
    ranked.push_back({node.id, node.name, scores[i]});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : a.name < b.name;
  });
  if (ranked.size() > top) ranked.resize(top);
  return ranked;
}

}  // namespace

ApproximateRanking ApproximateBetweenness(const KnowledgeGraph& kg, Via via, std::size_t top, std::size_t samples) {
  const graph::Projection p = graph::MeetingsProjection(kg, [&](Vertex v) { return internal::OfVia(kg, v, via); });
  const auto adjacency = Adjacency(p);
  const std::size_t n = adjacency.size();
  ApproximateRanking out;
  std::vector<std::size_t> sources(n);
  for (std::size_t i = 0; i < n; ++i) sources[i] = i;
  unsigned long long state = 0x9E3779B97F4A7C15ULL;  // fixed: the same sample every run
  for (std::size_t i = n; i > 1; --i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    std::swap(sources[i - 1], sources[(state >> 33) % i]);
  }
  out.samples = std::min(samples, n);
  std::vector<double> scores(n, 0.0);
  for (std::size_t k = 0; k < out.samples; ++k) AccumulateFrom(adjacency, sources[k], &scores);
  // Each source's share, scaled to n sources and normalised as NetworkX does
  // (every pair is counted from both ends, over (n-1)(n-2) ordered pairs).
  if (n > 2 && out.samples > 0) {
    const double scale = static_cast<double>(n) / static_cast<double>(out.samples) /
                         (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& s : scores) s *= scale;
    // One source adds at most n/(n-1) to a normalised score: Hoeffding with a
    // union bound over the n actors gives the half-width at 95%.
    if (out.samples < n) {
      const double range = static_cast<double>(n) / static_cast<double>(n - 1);
      out.error_bound = range * std::sqrt(std::log(2.0 * static_cast<double>(n) / (1.0 - out.confidence)) /
                                          (2.0 * static_cast<double>(out.samples)));
    }
  }
  out.ranking = Rank(kg, p, scores, top);
  return out;
}

std::vector<Ranked> Central(const KnowledgeGraph& kg, Measure measure, Via via, std::size_t top,
                            graph::ProjectionKind projection) {
  const graph::Projection p =
      projection == graph::ProjectionKind::kFull
          ? graph::FullProjection(kg)
          : graph::MeetingsProjection(kg, [&](Vertex v) { return internal::OfVia(kg, v, via); });
  std::vector<double> scores;
  switch (measure) {
    case Measure::kDegree: scores = Degree(p); break;
    case Measure::kBetweenness: scores = Betweenness(p); break;
    case Measure::kCloseness: scores = Closeness(p); break;
    case Measure::kPageRank: scores = PageRank(p); break;
    case Measure::kEigenvector: scores = Eigenvector(p); break;
  }
  // In the full graph every node has a score; only the actors asked for are ranked.
  if (projection == graph::ProjectionKind::kFull) {
    for (std::size_t i = 0; i < p.actors.size(); ++i)
      if (!internal::OfVia(kg, p.actors[i], via)) scores[i] = -1;
  }
  std::vector<Ranked> ranked = Rank(kg, p, scores, p.actors.size());
  ranked.erase(std::remove_if(ranked.begin(), ranked.end(), [](const Ranked& r) { return r.score < 0; }),
               ranked.end());
  if (ranked.size() > top) ranked.resize(top);
  return ranked;
}

}  // namespace coopgraph::query

// Finding the node a user names: exact, then forgiving keys, then prefixes.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "coopgraph/normalize/normalize.h"
#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Vertex;

bool Wanted(const KnowledgeGraph& kg, Vertex v, const std::vector<NodeKind>& kinds) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kg.node(v).kind()) != kinds.end();
}

std::vector<std::string> NamesOf(const graph::Node& node) {
  std::vector<std::string> names = {node.name};
  names.insert(names.end(), node.alternate_names.begin(), node.alternate_names.end());
  return names;
}

// Edit distance between two short keys, for "did you mean".
std::size_t Distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string Describe(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  return node.name.empty() ? node.id : node.name + " (" + node.id + ")";
}

}  // namespace

StatusOr<Vertex> FindEntity(const KnowledgeGraph& kg, std::string_view name, const std::vector<NodeKind>& kinds) {
  const std::string wanted(name);
  if (auto v = kg.Find(wanted); v && Wanted(kg, *v, kinds)) return *v;
  // A name written exactly as stored needs no keys: one pass of comparisons.
  std::vector<Vertex> written;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    const graph::Node& node = kg.node(*it);
    if (!Wanted(kg, *it, kinds)) continue;
    if (node.name == wanted || std::find(node.alternate_names.begin(), node.alternate_names.end(), wanted) !=
                                   node.alternate_names.end()) {
      written.push_back(*it);
    }
  }
  if (written.size() == 1) return written[0];
  const std::string exact = normalize::MatchKey(wanted);
  const std::string loose = normalize::LooseKey(wanted);
  // Matches by tier: 0 exact key, 1 without diacritics, 2 prefix of either.
  std::vector<Vertex> tiers[3];
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    if (!Wanted(kg, *it, kinds)) continue;
    int best = 3;
    for (const std::string& n : NamesOf(kg.node(*it))) {
      if (n.empty()) continue;
      if (normalize::MatchKey(n) == exact) best = std::min(best, 0);
      const std::string key = normalize::LooseKey(n);
      if (key == loose) best = std::min(best, 1);
      if (!loose.empty() && key.compare(0, loose.size(), loose) == 0) best = std::min(best, 2);
    }
    if (best < 3) tiers[best].push_back(*it);
  }
  for (const auto& tier : tiers) {
    if (tier.size() == 1) return tier[0];
    if (tier.size() > 1) {
      std::vector<std::string> names;
      for (Vertex v : tier) names.push_back(Describe(kg, v));
      std::sort(names.begin(), names.end());
      std::string list;
      for (const auto& n : names) list += "\n  " + n;
      return InvalidArgumentError("\"" + wanted + "\" is ambiguous; it may be:" + list);
    }
  }
  // Nothing: the closest names, to help with a typo.
  std::vector<std::pair<std::size_t, std::string>> near;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    if (!Wanted(kg, *it, kinds) || kg.node(*it).name.empty()) continue;
    near.emplace_back(Distance(loose, normalize::LooseKey(kg.node(*it).name)), kg.node(*it).name);
  }
  std::sort(near.begin(), near.end());
  std::string hint;
  for (std::size_t i = 0; i < near.size() && i < 3; ++i) hint += (i ? ", " : "; closest: ") + near[i].second;
  return NotFoundError("no entity named \"" + wanted + "\"" + hint);
}

}  // namespace coopgraph::query

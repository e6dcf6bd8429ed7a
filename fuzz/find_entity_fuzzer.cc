// Name lookup (query::FindEntity) in the sample graph (output/graph.jsonld):
// the first byte picks the node kinds searched, the rest is the name.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "fuzz_util.h"

namespace {

const coopgraph::graph::KnowledgeGraph& SampleGraph() {
  static const coopgraph::graph::KnowledgeGraph graph = [] {
    auto loaded = coopgraph::exporters::ReadJsonLd(coopgraph::fuzz::DataDir() + "/../output/graph.jsonld");
    FUZZ_CHECK(loaded.ok());
    return std::move(*loaded);
  }();
  return graph;
}

}  // namespace

COOPGRAPH_FUZZ_TARGET(find_entity)(const std::uint8_t* data, std::size_t size) {
  using namespace coopgraph;
  if (size == 0) return 0;
  std::vector<graph::NodeKind> kinds;
  for (int k = 0; k < 7; ++k) {
    if (data[0] & (1 << k)) kinds.push_back(static_cast<graph::NodeKind>(k));
  }
  const std::string_view name(reinterpret_cast<const char*>(data) + 1, size - 1);
  const graph::KnowledgeGraph& graph = SampleGraph();
  auto found = query::FindEntity(graph, name, kinds);
  if (found.ok()) {
    FUZZ_CHECK(*found < graph.node_count());
    const graph::NodeKind kind = graph.node(*found).kind();
    FUZZ_CHECK(kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end());
  } else {
    FUZZ_CHECK(!found.status().message().empty());
  }
  return 0;
}

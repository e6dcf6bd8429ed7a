// A library user's program: builds a graph from one article with the
// installed knowledge files and asks who met. Usage:
//   consumer ARTICLE OUT_DIR   (the knowledge files from $COOPGRAPH_DATA, else
//                               the installed share/coopgraph)
// Prints the data directory the library chose when $COOPGRAPH_DATA is unset,
// then one line per pair of persons who met.
#include <cstdlib>
#include <iostream>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/pipeline/build.h"
#include "coopgraph/query/query.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer ARTICLE OUT_DIR\n";
    return 2;
  }
  if (const char* data = std::getenv("COOPGRAPH_DATA"); data == nullptr || *data == '\0') {
    std::cout << "default data: " << coopgraph::pipeline::ResolveDataDir("") << "\n";
    return 0;
  }
  coopgraph::pipeline::BuildOptions options;
  options.inputs = {argv[1]};
  options.out_dir = argv[2];
  options.write_svg = false;
  const auto summary = coopgraph::pipeline::Build(options);
  if (!summary.ok()) {
    std::cerr << "consumer: " << summary.status().ToString() << "\n";
    return 1;
  }
  const auto graph = coopgraph::exporters::ReadJsonLd(std::string(argv[2]) + "/graph.jsonld");
  if (!graph.ok()) {
    std::cerr << "consumer: " << graph.status().ToString() << "\n";
    return 1;
  }
  const auto pairs = coopgraph::query::WhoMet(*graph, {});
  if (!pairs.ok()) {
    std::cerr << "consumer: " << pairs.status().ToString() << "\n";
    return 1;
  }
  for (const auto& pair : *pairs) std::cout << "met: " << pair.first_name << " | " << pair.second_name << "\n";
  return 0;
}

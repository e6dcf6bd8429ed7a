// Real consumers read what the CLI writes: Graphviz `dot` renders graph.dot,
// and a JSON-LD processor (pyld) expands and flattens graph.jsonld offline.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "pipeline_test_util.h"

namespace coopgraph::pipeline {
namespace {

using Catch::Contains;
using testing::RunCli;
using testing::RunShell;
using testing::ShellQuote;
using testing::TempDir;

const char kDot[] = "/usr/bin/dot";
using coopgraph::testing::kPython;  // Debian's, which has python3-pyld

// Flattens the document with a loader that refuses every remote URL, so the
// context must be inline; prints the number of nodes and of schema:Person nodes.
const char kPyldScript[] = R"(import json, sys
from pyld import jsonld

def refuse(url, options=None):
    raise jsonld.JsonLdError('remote document refused: ' + url,
                             'jsonld.LoadDocumentError', code='loading document failed')

jsonld.set_document_loader(refuse)
with open(sys.argv[1], encoding='utf-8') as f:
    doc = json.load(f)
flat = jsonld.flatten(doc)
nodes = flat if isinstance(flat, list) else flat.get('@graph', [])
people = [n for n in nodes if 'http://schema.org/Person' in n.get('@type', [])]
print(len(nodes), len(people))
)";

// Writes the graph of `input` into tmp/out and returns the out directory.
std::string BuildInto(const TempDir& tmp, const std::string& input) {
  const std::string out = tmp.Sub("out");
  auto run = RunCli({"build", "--no-svg", "--out", out, input}, tmp);
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

std::string Input(const TempDir& tmp, bool sample) {
  return sample ? std::string(COOPGRAPH_SOURCE_DATA_DIR "/sample")
                : tmp.Write("in/good.txt", testing::GoodArticle());
}

TEST_CASE("dot -Tsvg accepts the written graph.dot", "[pipeline]") {
  if (!testing::fs::exists(kDot)) FAIL("Graphviz dot not installed (scripts/install-deps.sh)");
  for (bool sample : {false, true}) {
    CAPTURE(sample);
    TempDir tmp;
    const std::string out = BuildInto(tmp, Input(tmp, sample));
    auto run = RunShell(std::string(kDot) + " -Tsvg " + ShellQuote(out + "/graph.dot"), tmp);
    INFO("dot stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK_THAT(run.out, Contains("<svg"));
    CHECK_THAT(run.err, !Contains("Error"));
  }
}

TEST_CASE("pyld flattens the written graph.jsonld without fetching anything", "[pipeline]") {
  for (bool sample : {false, true}) {
    CAPTURE(sample);
    TempDir tmp;
    const std::string out = BuildInto(tmp, Input(tmp, sample));
    const std::string script = tmp.Write("flatten.py", kPyldScript);
    auto run = RunShell(std::string(kPython) + " " + ShellQuote(script) + " " +
                            ShellQuote(out + "/graph.jsonld"),
                        tmp);
    INFO("python stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    std::size_t nodes = 0, people = 0;
    REQUIRE(std::sscanf(run.out.c_str(), "%zu %zu", &nodes, &people) == 2);
    CHECK(nodes > people);
    CHECK(people >= 2);
  }
}

}  // namespace
}  // namespace coopgraph::pipeline

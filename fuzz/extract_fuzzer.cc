// One article through extraction, resolution, the graph and the writers.
// The input is the article text (made valid UTF-8, as ingest and the graph
// reader guarantee, but with any control character, NUL included). Checks
// that evidence points inside the text and quotes it, and that the JSON-LD
// written for the article reads back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coopgraph/exporters/exporters.h"
#include "coopgraph/extract/extract.h"
#include "coopgraph/graph/build.h"
#include "coopgraph/query/query.h"
#include "coopgraph/resolve/resolve.h"
#include "fuzz_util.h"

namespace {

using namespace coopgraph;

void CheckEvidence(const extract::Evidence& ev, const std::u32string& text) {
  FUZZ_CHECK(ev.begin <= ev.end && ev.end <= text.size());
  FUZZ_CHECK(ev.quote == Utf32ToUtf8(std::u32string_view(text).substr(ev.begin, ev.end - ev.begin)));
}

}  // namespace

COOPGRAPH_FUZZ_TARGET(extract)(const std::uint8_t* data, std::size_t size) {
  ingest::Document doc;
  doc.text = Utf32ToUtf8(Utf8ToUtf32(std::string_view(reinterpret_cast<const char*>(data), size)));
  doc.id = "00000000000000ff";
  doc.source_path = "fuzz.txt";
  doc.date_published = "2024-05-29";
  const std::u32string text = Utf8ToUtf32(doc.text);

  const extract::Extractor extractor(fuzz::SharedLexicon());
  extract::ExtractedArticle article = extractor.Extract(doc);
  const int mentions = static_cast<int>(article.mentions.size());
  for (const auto& m : article.mentions) {
    CheckEvidence(m.evidence, text);
    FUZZ_CHECK(m.parent < mentions);
    for (const auto& title : m.titles) FUZZ_CHECK(title.organization < mentions);
  }
  for (const auto& meeting : article.meetings) {
    for (const auto& ev : meeting.evidence) CheckEvidence(ev, text);
    for (const auto& p : meeting.participants) FUZZ_CHECK(p.mention >= 0 && p.mention < mentions);
    FUZZ_CHECK(meeting.place < mentions);
  }
  for (const auto& agreement : article.agreements) {
    CheckEvidence(agreement.evidence, text);
    for (int p : agreement.parties) FUZZ_CHECK(p >= 0 && p < mentions);
    for (int s : agreement.signatories) FUZZ_CHECK(s >= 0 && s < mentions);
  }

  resolve::Resolver resolver(fuzz::SharedLexicon());
  FUZZ_CHECK(resolver.Add(doc, article).ok());
  const graph::KnowledgeGraph graph = graph::BuildGraph(resolver.Finish());
  const std::string jsonld = exporters::ToJsonLd(graph, 1);
  auto reread = exporters::ParseJsonLd(jsonld, "fuzz.jsonld");
  FUZZ_CHECK(reread.ok());
  FUZZ_CHECK(exporters::ToJsonLd(*reread, 1) == jsonld);
  FUZZ_CHECK(!exporters::ToDot(graph).empty());
  return 0;
}

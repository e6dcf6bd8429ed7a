// HTML character references and the "&XX;" remnants of scraped news.
// Private to src/ingest.
#ifndef COOPGRAPH_SRC_INGEST_ENTITIES_H_
#define COOPGRAPH_SRC_INGEST_ENTITIES_H_

#include <string>
#include <string_view>

namespace coopgraph::ingest {

enum class EntityMode {
  kHtml,       // every numeric reference and every named one we know
  kPlainText,  // numeric references and &amp; &nbsp; &quot; &apos; &lt; &gt; only,
               // so "R&D" or "AT&T" in real text stays as written
};

// Decodes character references in UTF-8 `text`. Unknown names and malformed
// references are kept verbatim. &nbsp; becomes a plain space (downstream
// stages treat both alike, and an invisible U+00A0 only hides differences).
// Numeric references to C1 controls use the Windows-1252 meaning, as
// browsers do (&#150; is an en dash); invalid code points become U+FFFD.
std::string DecodeEntities(std::string_view text, EntityMode mode);

// Repairs the scraper remnant "KH&CN;" -> "KH&CN": a ';' right after an
// uppercase acronym joined by '&' to a preceding letter (GD&ĐT;, NN&PTNT;).
std::string RepairAmpRemnants(std::string_view text);

}  // namespace coopgraph::ingest

#endif  // COOPGRAPH_SRC_INGEST_ENTITIES_H_

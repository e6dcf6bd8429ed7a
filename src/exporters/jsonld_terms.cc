// The JSON-LD codec's names: node ids as IRIs and back, and the properties
// that hold relations. Writer and reader both use these, so they agree.
#include <string>
#include <string_view>
#include <vector>

#include "base/escape.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/jsonld.h"
#include "exporters/text.h"

namespace coopgraph::exporters::internal {

std::string NodeIri(std::string_view id) {
  std::string out = kIdBase;
  AppendEncodedId(id, &out);
  return out;
}

std::string EncodedId(std::string_view id) {
  std::string out;
  AppendEncodedId(id, &out);
  return out;
}

namespace {

// Bytes an id cannot carry as they are: controls and "<>\"{}|\\^`#?% " are
// percent-encoded; 0xEF may start a noncharacter (checked where it occurs).
struct IdByteClasses {
  bool special[256] = {};
  constexpr IdByteClasses() {
    for (int b = 0; b < 0x20; ++b) special[b] = true;
    special[0x7F] = true;
    for (char c : std::string_view("<>\"{}|\\^`#?% ")) special[static_cast<unsigned char>(c)] = true;
    special[0xEF] = true;
  }
};
constexpr IdByteClasses kIdBytes;

}  // namespace

void AppendEncodedId(std::string_view id, std::string* out_ptr) {
  std::string& out = *out_ptr;
  const bool clean = IsValidUtf8(id) && id.find('\0') == std::string_view::npos;
  const std::string sanitized = clean ? std::string() : SanitizeUtf8(id);
  const std::string_view text = clean ? id : std::string_view(sanitized);
  auto encode = [&](unsigned char byte) {
    out.push_back('%');
    AppendHexByte(byte, &out);
  };
  // Runs of bytes that stay as they are (other non-ASCII too: IRIs allow it)
  // are copied at once.
  std::size_t copied = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!kIdBytes.special[b]) continue;
    const bool nonchar = IsNoncharacterAt(text, i);
    if (b == 0xEF && !nonchar) continue;
    out.append(text.data() + copied, i - copied);
    const std::size_t length = nonchar ? 3 : 1;
    for (std::size_t k = i; k < i + length; ++k) encode(static_cast<unsigned char>(text[k]));
    i += length - 1;
    copied = i + 1;
  }
  out.append(text.data() + copied, text.size() - copied);
}

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string NodeIdOf(std::string_view iri) {
  const std::string_view base = kIdBase;
  if (iri.substr(0, base.size()) == base) iri.remove_prefix(base.size());
  std::string id;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    if (iri[i] == '%' && i + 2 < iri.size() && HexValue(iri[i + 1]) >= 0 && HexValue(iri[i + 2]) >= 0) {
      id += static_cast<char>(HexValue(iri[i + 1]) * 16 + HexValue(iri[i + 2]));
      i += 2;
    } else {
      id += iri[i];
    }
  }
  return SanitizeUtf8(id);
}

std::string ProjectTerm(std::string_view local) { return "cg:" + std::string(local); }

std::string TypeKey(graph::NodeKind kind) {
  std::string term(graph::TypeTerm(kind));
  return kind == graph::NodeKind::kAgreement ? ProjectTerm(term) : term;
}

namespace {

std::string MakeRelationKey(graph::Relation relation) {
  using graph::Relation;
  std::string term(graph::RelationTerm(relation));
  switch (relation) {
    case Relation::kCountry:
    case Relation::kParty:
    case Relation::kSignatory:
    case Relation::kReportedIn:
      return ProjectTerm(term);
    default:
      return term;  // nationality, memberOf, parentOrganization, containedInPlace, ...
  }
}

}  // namespace

const std::string& RelationKey(graph::Relation relation) {
  static const auto* const keys = [] {
    auto* table = new std::vector<std::string>;
    for (int r = 0; r < kRelationCount; ++r) table->push_back(MakeRelationKey(static_cast<graph::Relation>(r)));
    return table;
  }();
  return (*keys)[static_cast<int>(relation)];
}

}  // namespace coopgraph::exporters::internal

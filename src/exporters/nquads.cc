// RDF N-Quads: the triples of the JSON-LD document's nodes (built from the
// graph by the JSON-LD codec and expanded with the context compiled in, so
// both formats say the same thing), each in the named graph of the article it
// was derived from. Shapes are in schema/README.md.
#include <rapidjson/document.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/hash.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/exporters/formats.h"
#include "exporters/jsonld.h"

namespace coopgraph::exporters {
namespace {

using Json = rapidjson::Value;

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// What the context says: prefixes, the default vocabulary, and how each
// term's string values are read (an IRI, a vocabulary term, or text).
class Context {
 public:
  enum class Coercion { kNone, kId, kVocab };

  explicit Context(const Json& context) {
    for (auto m = context.MemberBegin(); m != context.MemberEnd(); ++m) {
      const std::string key = m->name.GetString();
      if (m->value.IsString()) {
        (key == "@vocab" ? vocab_ : prefixes_[key]) = m->value.GetString();
      } else if (m->value.IsObject() && m->value.HasMember("@type") && m->value["@type"].IsString()) {
        const std::string_view type = m->value["@type"].GetString();
        coercions_[key] = type == "@id" ? Coercion::kId : type == "@vocab" ? Coercion::kVocab : Coercion::kNone;
      }
    }
  }

  // "cg:Talks" -> the cg: namespace + "Talks"; absolute IRIs unchanged.
  std::string ExpandCompact(std::string_view s) const {
    const auto colon = s.find(':');
    if (colon != std::string_view::npos && s.substr(colon + 1, 2) != "//") {
      const auto prefix = prefixes_.find(std::string(s.substr(0, colon)));
      if (prefix != prefixes_.end()) return prefix->second + std::string(s.substr(colon + 1));
    }
    return std::string(s);
  }
  // A property or a type: compact IRIs expanded, bare terms in the vocabulary.
  std::string ExpandVocab(std::string_view s) const {
    return s.find(':') == std::string_view::npos ? vocab_ + std::string(s) : ExpandCompact(s);
  }
  Coercion CoercionOf(const std::string& key) const {
    const auto it = coercions_.find(key);
    return it == coercions_.end() ? Coercion::kNone : it->second;
  }

 private:
  std::string vocab_;
  std::map<std::string, std::string> prefixes_;
  std::map<std::string, Coercion> coercions_;
};

// An IRI starts with a scheme ("https:"); N-Quads has no relative IRIs.
bool HasScheme(std::string_view iri) {
  if (iri.empty() || !std::isalpha(static_cast<unsigned char>(iri[0]))) return false;
  for (char c : iri.substr(1)) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

// <iri>, with the bytes IRIREF excludes percent-encoded.
std::string IriTerm(std::string_view iri) {
  std::string out = "<";
  for (char c : iri) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) {
      out += '%';
      AppendHexByte(b, &out);
    } else {
      out += c;
    }
  }
  return out + ">";
}

// "text", escaped as canonical N-Triples does, with its datatype unless xsd:string.
std::string LiteralTerm(std::string_view text, std::string_view datatype = {}) {
  std::string out = "\"";
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (b < 0x20 || b == 0x7F) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04X", b);
          out += escape;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  if (!datatype.empty() && datatype != std::string(kXsd) + "string") out += "^^" + IriTerm(datatype);
  return out;
}

// Writes quads of one node and what it contains. `graphs` are the named
// graphs (IRI terms, or "" for the default graph) of the current object.
class QuadWriter {
 public:
  QuadWriter(const Context& context, std::string* out) : context_(context), out_(*out) {}

  void Node(const Json& node) {
    std::vector<std::string> graphs;
    bool article = false;
    if (node.HasMember("@type")) {
      for (const std::string& type : Strings(node["@type"])) article = article || type == "NewsArticle";
    }
    const std::string subject = IriTerm(context_.ExpandCompact(node["@id"].GetString()));
    if (article) {
      graphs.push_back(subject);  // an article describes itself
    } else if (node.HasMember("prov:wasDerivedFrom")) {
      for (const std::string& source : Strings(node["prov:wasDerivedFrom"]))
        graphs.push_back(IriTerm(context_.ExpandCompact(source)));
    }
    if (graphs.empty()) graphs.push_back("");
    Properties(subject, node, graphs);
  }

 private:
  static std::vector<std::string> Strings(const Json& value) {
    std::vector<std::string> out;
    if (value.IsString()) out.emplace_back(value.GetString(), value.GetStringLength());
    if (value.IsArray())
      for (const auto& item : value.GetArray())
        if (item.IsString()) out.emplace_back(item.GetString(), item.GetStringLength());
    return out;
  }

  void Quad(const std::string& s, const std::string& p, const std::string& o, const std::vector<std::string>& graphs) {
    for (const std::string& g : graphs) {
      out_ += s + ' ' + p + ' ' + o;
      if (!g.empty()) out_ += ' ' + g;
      out_ += " .\n";
    }
  }

  void Properties(const std::string& subject, const Json& object, const std::vector<std::string>& graphs) {
    for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
      const std::string key(m->name.GetString(), m->name.GetStringLength());
      if (key == "@id") continue;
      if (key == "@type") {
        for (const std::string& type : Strings(m->value))
          Quad(subject, IriTerm(kRdfType), IriTerm(context_.ExpandVocab(type)), graphs);
        continue;
      }
      const std::string predicate = IriTerm(context_.ExpandVocab(key));
      if (m->value.IsArray()) {
        for (const auto& item : m->value.GetArray()) Value(subject, predicate, key, item, graphs);
      } else {
        Value(subject, predicate, key, m->value, graphs);
      }
    }
  }

  void Value(const std::string& subject, const std::string& predicate, const std::string& key, const Json& value,
             const std::vector<std::string>& graphs) {
    if (value.IsString()) {
      const std::string_view text(value.GetString(), value.GetStringLength());
      const Context::Coercion coercion = context_.CoercionOf(key);
      std::string iri = coercion == Context::Coercion::kId      ? context_.ExpandCompact(text)
                        : coercion == Context::Coercion::kVocab ? context_.ExpandVocab(text)
                                                                : std::string();
      const bool is_iri = coercion != Context::Coercion::kNone && HasScheme(iri);
      const std::string object = is_iri ? IriTerm(iri) : LiteralTerm(text);
      // "derived from A", "reported in A": what article A says, in A's graph
      // only (in every source's graph, a node of N sources would have N² quads).
      if (is_iri && (key == "prov:wasDerivedFrom" || key == "cg:reportedIn")) {
        Quad(subject, predicate, object, {object});
        return;
      }
      Quad(subject, predicate, object, graphs);
    } else if (value.IsBool()) {
      Quad(subject, predicate, LiteralTerm(value.GetBool() ? "true" : "false", std::string(kXsd) + "boolean"), graphs);
    } else if (value.IsInt64() || value.IsUint64()) {
      const std::string number = value.IsInt64() ? std::to_string(value.GetInt64()) : std::to_string(value.GetUint64());
      Quad(subject, predicate, LiteralTerm(number, std::string(kXsd) + "integer"), graphs);
    } else if (value.IsObject() && value.HasMember("@value") && value["@value"].IsString()) {
      const std::string type = value.HasMember("@type") && value["@type"].IsString()
                                   ? context_.ExpandVocab(value["@type"].GetString())
                                   : std::string();
      Quad(subject, predicate, LiteralTerm(value["@value"].GetString(), type), graphs);
    } else if (value.IsObject()) {
      // A nested resource: in the graph of the article it names as its own
      // source (a role's, a date report's, evidence's), else in its parent's.
      std::vector<std::string> own = graphs;
      for (const char* source : {"prov:wasDerivedFrom", "oa:hasSource"}) {
        if (value.HasMember(source) && value[source].IsString())
          own = {IriTerm(context_.ExpandCompact(value[source].GetString()))};
      }
      const std::string node = value.HasMember("@id") && value["@id"].IsString()
                                   ? IriTerm(context_.ExpandCompact(value["@id"].GetString()))
                                   : "_:b" + std::to_string(blank_nodes_++);
      Quad(subject, predicate, node, own);
      Properties(node, value, own);
    }
  }

  const Context& context_;
  std::string& out_;
  std::size_t blank_nodes_ = 0;
};

}  // namespace

StatusOr<std::string> ToNQuads(const graph::KnowledgeGraph& kg) {
  const Json& compiled = internal::JsonLdContextValue();
  if (!compiled.IsObject() || compiled.MemberCount() == 0) return InternalError("the compiled-in JSON-LD context is empty");
  const Context context(compiled);
  std::string out;
  QuadWriter writer(context, &out);
  const Status written = internal::ForEachJsonLdNode(kg, [&writer](const Json& node) {
    if (!node.IsObject() || !node.HasMember("@id") || !node["@id"].IsString()) {
      return InternalError("a JSON-LD node without an @id");
    }
    writer.Node(node);
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return out;
}

}  // namespace coopgraph::exporters

// Finding the node a user names (exact, then forgiving keys, a given name,
// prefixes) and the actors it stands for.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "coopgraph/normalize/normalize.h"
#include "coopgraph/query/query.h"
#include "query/names.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;

constexpr std::size_t kMaxSuggestions = 5;

bool Wanted(const KnowledgeGraph& kg, Vertex v, const std::vector<NodeKind>& kinds) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kg.node(v).kind()) != kinds.end();
}

// Every name a node answers to: its name, alternate names and, for a
// country, its ISO codes ("LA", "LAO").
std::vector<std::string> NamesOf(const graph::Node& node) {
  std::vector<std::string> names = {node.name};
  names.insert(names.end(), node.alternate_names.begin(), node.alternate_names.end());
  if (const auto* country = std::get_if<graph::CountryInfo>(&node.info)) {
    for (const std::string& code : {country->iso_code, country->iso3})
      if (!code.empty()) names.push_back(code);
  }
  return names;
}

// `key` is `tail` or ends with it as whole words ("huynh thanh dat" ends
// with "dat" and "thanh dat", not with "at").
bool EndsWithWords(const std::string& key, const std::string& tail) {
  if (tail.empty() || key.size() < tail.size()) return false;
  const std::size_t start = key.size() - tail.size();
  return key.compare(start, tail.size(), tail) == 0 && (start == 0 || key[start - 1] == ' ');
}

std::string LastWord(const std::string& key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

// The last `words` words of a key ("thanh dat" of "huynh thanh dat" for 2).
std::string LastWords(const std::string& key, std::size_t words) {
  std::size_t start = key.size();
  for (std::size_t w = 0; w < words && start != std::string::npos && start > 0; ++w)
    start = key.rfind(' ', start - 1);
  return start == std::string::npos ? key : key.substr(start + 1);
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

// A person's latest stated title, so that two people of one name can be told apart.
std::string LatestTitle(const graph::Node& node) {
  const auto* person = std::get_if<graph::PersonInfo>(&node.info);
  if (!person || person->roles.empty()) return "";
  return std::max_element(person->roles.begin(), person->roles.end(), [](const graph::Role& a, const graph::Role& b) {
           return std::tie(a.date, a.title) < std::tie(b.date, b.title);
         })->title;
}

// "Name (id), title": what a user needs to choose among candidates.
std::string Describe(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  std::string text = node.name.empty() ? node.id : node.name + " (" + node.id + ")";
  if (const std::string title = LatestTitle(node); !title.empty()) text += ", " + title;
  return text;
}

// Matches by tier, best first: 0 the exact key, 1 the key without
// diacritics, 2 and 3 a person's name ending with the words (a given name:
// "Đạt", "Dat"), exact then without diacritics, 4 a prefix.
constexpr int kTiers = 5;
int TierOf(const graph::Node& node, const std::string& exact, const std::string& loose) {
  const bool person = node.kind() == NodeKind::kPerson;
  int best = kTiers;
  for (const std::string& n : NamesOf(node)) {
    if (n.empty()) continue;
    const std::string exact_key = normalize::MatchKey(n);
    const std::string loose_key = normalize::LooseKey(n);
    if (exact_key == exact) best = std::min(best, 0);
    if (loose_key == loose) best = std::min(best, 1);
    if (person && EndsWithWords(exact_key, exact)) best = std::min(best, 2);
    if (person && EndsWithWords(loose_key, loose)) best = std::min(best, 3);
    if (!loose.empty() && loose_key.compare(0, loose.size(), loose) == 0) best = std::min(best, 4);
  }
  return best;
}

// The closest names to an unknown one, by the loose key: persons with the
// same given name first, then by edit distance to every name or to as many
// of its last words (a given name is compared with given names); at most 5
// names, each once, and none further than a third of the key's letters
// (at least 2) unless it is the only one: a far name helps no one.
std::string Suggestions(const KnowledgeGraph& kg, const std::string& loose, const std::vector<NodeKind>& kinds) {
  const std::string given = LastWord(loose);
  const std::size_t words = static_cast<std::size_t>(std::count(loose.begin(), loose.end(), ' ')) + 1;
  std::vector<std::tuple<bool, std::size_t, std::string>> near;  // (not same given name, distance, name)
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    const graph::Node& node = kg.node(*it);
    if (!Wanted(kg, *it, kinds) || node.name.empty()) continue;
    std::size_t distance = std::string::npos;
    bool same_given = false;
    for (const std::string& n : NamesOf(node)) {
      const std::string key = normalize::LooseKey(n);
      distance = std::min({distance, Distance(loose, key), Distance(loose, LastWords(key, words))});
      same_given = same_given || (node.kind() == NodeKind::kPerson && !given.empty() && LastWord(key) == given);
    }
    near.emplace_back(!same_given, distance, node.name);
  }
  std::sort(near.begin(), near.end());
  const std::size_t farthest = std::max<std::size_t>(2, loose.size() / 3);
  std::vector<std::string> names;
  for (const auto& [other_given, distance, name] : near) {
    if (names.size() == kMaxSuggestions) break;
    if (!names.empty() && other_given && distance > farthest) break;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  std::string hint;
  for (std::size_t i = 0; i < names.size(); ++i) hint += (i ? ", " : "; closest: ") + names[i];
  return hint;
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
  std::vector<Vertex> tiers[kTiers];
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    if (!Wanted(kg, *it, kinds)) continue;
    const int tier = TierOf(kg.node(*it), exact, loose);
    if (tier < kTiers) tiers[tier].push_back(*it);
  }
  for (const auto& tier : tiers) {
    if (tier.size() == 1) return tier[0];
    if (tier.size() > 1) {
      std::vector<std::string> names;
      for (Vertex v : tier) names.push_back(Describe(kg, v));
      std::sort(names.begin(), names.end());
      std::string list;
      for (const auto& n : names) list += "\n  " + n;
      return InvalidArgumentError("\"" + wanted + "\" is ambiguous; it may be:" + list +
                                  "\n(give the full name or the id)");
    }
  }
  return NotFoundError("no entity named \"" + wanted + "\"" + Suggestions(kg, loose, kinds));
}

bool Actors::Includes(Vertex v) const {
  return v == node || std::binary_search(members.begin(), members.end(), v);
}

StatusOr<Actors> FindActors(const KnowledgeGraph& kg, std::string_view name, const std::vector<NodeKind>& kinds) {
  StatusOr<Vertex> found = FindEntity(kg, name, kinds);
  if (!found.ok()) return found.status();
  Actors actors{*found, {}};
  if (kg.node(*found).kind() != NodeKind::kCountry) {
    actors.members.push_back(*found);
    return actors;
  }
  // A country acts through its nationals and its bodies.
  const auto& g = kg.graph();
  for (auto [e, end] = boost::in_edges(*found, g); e != end; ++e) {
    const Relation relation = g[*e].relation;
    if (relation == Relation::kNationality || relation == Relation::kCountry)
      actors.members.push_back(boost::source(*e, g));
  }
  std::sort(actors.members.begin(), actors.members.end());
  actors.members.erase(std::unique(actors.members.begin(), actors.members.end()), actors.members.end());
  return actors;
}

namespace internal {

std::vector<Vertex> FactsOf(const KnowledgeGraph& kg, const Actors& actors, Relation relation) {
  std::vector<Vertex> out;
  const auto& g = kg.graph();
  auto collect = [&](Vertex v) {
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e)
      if (g[*e].relation == relation) out.push_back(boost::source(*e, g));
  };
  collect(actors.node);
  for (Vertex member : actors.members)
    if (member != actors.node) collect(member);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace internal
}  // namespace coopgraph::query

// Parts of a graph as graphs of their own: what a set of nodes induces, and
// the facts dated within a period.
#include <set>
#include <string>
#include <vector>

#include "coopgraph/base/date.h"
#include "coopgraph/query/query.h"
#include "coopgraph/graph/projection.h"
#include "query/subgraph.h"

namespace coopgraph::query {
namespace {

using graph::KnowledgeGraph;
using graph::Relation;
using graph::Targets;
using graph::Vertex;

// `a` before `b`, compared at the precision both have ("2018" is not before
// "2018-06-01", nor after it).
bool Before(const std::string& a, const std::string& b) {
  return CompareAtCommonPrecision(ParseIsoDate(a), ParseIsoDate(b)) < 0;
}

// The span [first, last] of a fact, in [from, to] at least in part. A date
// without a year ("--05-29") or no date is in no period.
bool Overlaps(const std::string& first, const std::string& last, const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return true;
  for (const std::string* d : {&first, &last})
    if (ParseIsoDate(*d).year == 0) return false;
  return !(!from.empty() && Before(last, from)) && !(!to.empty() && Before(to, first));
}

// An agreement is dated by its signing, else by its period.
bool AgreementInPeriod(const graph::AgreementInfo& info, const std::string& from, const std::string& to) {
  if (!info.signing_date.empty()) return Overlaps(info.signing_date, info.signing_date, from, to);
  const std::string& last = info.period_end.empty() ? info.period_start : info.period_end;
  return Overlaps(info.period_start, last, from, to);
}

}  // namespace

namespace internal {

bool InRange(const std::string& date, const std::string& from, const std::string& to) {
  return Overlaps(date, date, from, to);
}

KnowledgeGraph InducedGraph(const KnowledgeGraph& kg, std::set<Vertex> keep) {
  // The countries of the kept actors and places, so a drawing keeps its clusters.
  std::set<Vertex> countries;
  for (Vertex v : keep) {
    for (const auto relation : {Relation::kNationality, Relation::kCountry, Relation::kContainedIn})
      for (Vertex c : Targets(kg, v, relation))
        if (kg.node(c).kind() == graph::NodeKind::kCountry) countries.insert(c);
  }
  keep.insert(countries.begin(), countries.end());
  KnowledgeGraph out;
  for (Vertex v : keep) out.AddNode(kg.node(v));
  const auto& g = kg.graph();
  for (Vertex v : keep) {
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      const Vertex t = boost::target(*e, g);
      if (!keep.count(t)) continue;
      out.AddEdge(*out.Find(kg.node(v).id), *out.Find(kg.node(t).id), g[*e]);
    }
  }
  return out;
}

}  // namespace internal

StatusOr<KnowledgeGraph> DatedGraph(const KnowledgeGraph& kg, const std::string& from, const std::string& to) {
  for (const auto& [what, date] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
    if (!date->empty() && !IsIsoDateShape(*date))
      return InvalidArgumentError(std::string(what) + " date \"" + *date + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (!from.empty() && !to.empty() && Before(to, from))
    return InvalidArgumentError("the period from " + from + " to " + to + " ends before it starts");
  std::set<Vertex> keep;
  const auto& g = kg.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const graph::Node& node = kg.node(*it);
    bool dated = false;
    if (const auto* event = std::get_if<graph::EventInfo>(&node.info)) {
      dated = internal::InRange(event->start_date, from, to);
    } else if (const auto* agreement = std::get_if<graph::AgreementInfo>(&node.info)) {
      dated = AgreementInPeriod(*agreement, from, to);
    }
    if (!dated) continue;
    keep.insert(*it);
    for (auto [e, e_end] = boost::out_edges(*it, g); e != e_end; ++e) keep.insert(boost::target(*e, g));
  }
  return internal::InducedGraph(kg, std::move(keep));
}

}  // namespace coopgraph::query

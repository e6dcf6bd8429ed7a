#include "views/summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <tuple>

#include "base/escape.h"
#include "coopgraph/base/date.h"
#include "coopgraph/graph/projection.h"
#include "exporters/dot.h"
#include "exporters/property_graph.h"
#include "exporters/text.h"

namespace coopgraph::views::internal {
namespace {

using exporters::internal::AppendDotQuoted;
using exporters::internal::DotLabelText;
using exporters::internal::kDotFont;
using exporters::internal::TruncatedLabel;
using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;

const std::string& NameOf(const graph::Node& node) { return node.name.empty() ? node.id : node.name; }

// The year bucket of an ISO date: (IsoDateSortGroup, text).
std::pair<int, std::string> YearOf(const std::string& iso, bool inferred) {
  const int group = IsoDateSortGroup(iso);
  if (group == 1) return {1, "year unknown"};
  if (group == 2) return {2, "undated"};
  return {0, DescribeDate(iso.substr(0, 4), inferred)};
}

// One fact (a meeting or an agreement) as the summary counts it.
struct Fact {
  std::vector<Vertex> actors;  // attendees, or parties and signatories
  std::pair<int, std::string> year;
  bool meeting = false;
  bool planned = false;
};

std::vector<Fact> FactsOf(const KnowledgeGraph& kg) {
  std::vector<Fact> facts;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it) {
    const graph::Node& node = kg.node(*it);
    Fact fact;
    if (const auto* event = std::get_if<graph::EventInfo>(&node.info)) {
      fact.actors = graph::Targets(kg, *it, Relation::kAttendee);
      fact.year = YearOf(event->start_date, event->date_inferred);
      fact.meeting = true;
      fact.planned = event->status != graph::EventStatus::kHeld;
    } else if (const auto* agreement = std::get_if<graph::AgreementInfo>(&node.info)) {
      fact.actors = graph::Targets(kg, *it, Relation::kParty);
      for (Vertex s : graph::Targets(kg, *it, Relation::kSignatory)) fact.actors.push_back(s);
      fact.year = YearOf(agreement->PlacedAt(), false);
    } else {
      continue;
    }
    facts.push_back(std::move(fact));
  }
  return facts;
}

// Where an actor belongs: its country, and the organisation it is (or is a
// member of, the first by id in its country).
struct Place {
  std::optional<Vertex> country;
  std::optional<Vertex> body;
};

Place PlaceOf(const KnowledgeGraph& kg, Vertex v) {
  Place place;
  place.country = exporters::internal::CountryOf(kg, v);
  const NodeKind kind = kg.node(v).kind();
  if (kind == NodeKind::kOrganization) place.body = v;
  if (kind == NodeKind::kPerson) {
    for (Vertex org : graph::Targets(kg, v, Relation::kMemberOf)) {
      if (exporters::internal::CountryOf(kg, org) != place.country) continue;
      if (!place.body || kg.node(org).id < kg.node(*place.body).id) place.body = org;
    }
  }
  return place;
}

// The most active first, ties by name.
void SortByActivity(const KnowledgeGraph& kg, std::vector<SummaryNode>* nodes) {
  std::sort(nodes->begin(), nodes->end(), [&](const SummaryNode& a, const SummaryNode& b) {
    return std::make_tuple(-static_cast<long>(a.meetings + a.agreements), NameOf(kg.node(a.vertex))) <
           std::make_tuple(-static_cast<long>(b.meetings + b.agreements), NameOf(kg.node(b.vertex)));
  });
}

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string CountsText(const YearCount& c) {
  std::string text;
  if (c.meetings > 0) {
    text = Plural(c.meetings, "meeting", "meetings");
    if (c.planned > 0) text += " (" + std::to_string(c.planned) + " not held)";
  }
  if (c.agreements > 0) text += (text.empty() ? "" : ", ") + Plural(c.agreements, "agreement", "agreements");
  return text;
}

void Add(YearCount* to, const YearCount& from) {
  to->meetings += from.meetings;
  to->planned += from.planned;
  to->agreements += from.agreements;
}

}  // namespace

std::size_t SummaryLink::Total() const {
  std::size_t total = 0;
  for (const auto& [year, c] : years) total += c.meetings + c.agreements;
  return total;
}

Summary Summarize(const KnowledgeGraph& kg, const SummaryLimits& limits) {
  const std::vector<Fact> facts = FactsOf(kg);
  std::vector<std::optional<Place>> places(kg.node_count());
  auto place_of = [&](Vertex v) -> const Place& {
    if (!places[v]) places[v] = PlaceOf(kg, v);
    return *places[v];
  };
  // Activity: each fact counts once for each country and body taking part.
  std::map<Vertex, SummaryNode> activity;
  for (const Fact& fact : facts) {
    std::set<Vertex> involved;
    for (Vertex a : fact.actors) {
      const Place& p = place_of(a);
      if (!p.country) continue;
      involved.insert(*p.country);
      if (p.body) involved.insert(*p.body);
    }
    for (Vertex v : involved) {
      SummaryNode& n = activity.emplace(v, SummaryNode{v}).first->second;
      (fact.meeting ? n.meetings : n.agreements) += 1;
    }
  }
  Summary summary;
  std::vector<SummaryNode> countries, bodies;
  for (const auto& [v, n] : activity) (kg.node(v).kind() == NodeKind::kCountry ? countries : bodies).push_back(n);
  SortByActivity(kg, &countries);
  SortByActivity(kg, &bodies);
  std::map<Vertex, std::size_t> shown_country;  // country vertex -> index in summary.countries
  for (const SummaryNode& c : countries) {
    if (summary.countries.size() < limits.countries) {
      shown_country[c.vertex] = summary.countries.size();
      summary.countries.push_back({c, {}});
    } else {
      ++summary.countries_left_out;
      if (summary.countries_left_out_names.size() < 5) summary.countries_left_out_names.push_back(NameOf(kg.node(c.vertex)));
    }
  }
  for (const SummaryNode& b : bodies) {
    const auto country = shown_country.find(*place_of(b.vertex).country);
    if (country == shown_country.end()) continue;
    auto& list = summary.countries[country->second].bodies;
    if (list.size() < limits.bodies_per_country) {
      list.push_back(b);
    } else {
      ++summary.bodies_left_out;
    }
  }
  // Lines join countries: one per pair, however many bodies took part.
  auto drawn_as = [&](Vertex a) -> std::optional<Vertex> {
    const Place& p = place_of(a);
    if (!p.country || shown_country.count(*p.country) == 0) return std::nullopt;
    return *p.country;
  };
  std::map<std::pair<Vertex, Vertex>, SummaryLink> links;
  for (const Fact& fact : facts) {
    std::set<Vertex> ends;
    for (Vertex a : fact.actors)
      if (const auto d = drawn_as(a)) ends.insert(*d);
    for (auto a = ends.begin(); a != ends.end(); ++a) {
      for (auto b = std::next(a); b != ends.end(); ++b) {
        SummaryLink& link = links.emplace(std::make_pair(*a, *b), SummaryLink{*a, *b, {}}).first->second;
        YearCount& c = link.years[fact.year];
        if (fact.meeting) {
          ++c.meetings;
          if (fact.planned) ++c.planned;
        } else {
          ++c.agreements;
        }
      }
    }
  }
  for (auto& [ends, link] : links) summary.links.push_back(std::move(link));
  std::stable_sort(summary.links.begin(), summary.links.end(),
                   [](const SummaryLink& a, const SummaryLink& b) { return a.Total() > b.Total(); });
  if (summary.links.size() > limits.links) {
    summary.links_left_out = summary.links.size() - limits.links;
    summary.links.resize(limits.links);
  }
  return summary;
}

namespace {

constexpr std::size_t kYearsPerLink = 2;

// A link's label: its total, then the last `keep` dated years (a year
// inferred apart from a year stated).
std::string LinkLabel(const SummaryLink& link, std::size_t keep) {
  YearCount total;
  std::vector<std::pair<std::string, YearCount>> dated;
  for (const auto& [year, c] : link.years) {
    Add(&total, c);
    if (year.first == 0) dated.emplace_back(year.second, c);
  }
  std::string label = DotLabelText("all years: " + CountsText(total)) + "\\l";
  const std::size_t from = dated.size() > keep ? dated.size() - keep : 0;
  for (std::size_t i = from; i < dated.size(); ++i)
    label += DotLabelText(dated[i].first + ": " + CountsText(dated[i].second)) + "\\l";
  return label;
}

std::string ActivityText(const SummaryNode& n) {
  YearCount c;
  c.meetings = n.meetings;
  c.agreements = n.agreements;
  return CountsText(c);
}

std::string Markup(std::string_view text) {
  std::string out;
  AppendMarkupEscaped(TruncatedLabel(text, 200), Markup::kXmlText, &out);
  return out;
}

// A country as one card: its name and activity, then one row per body listed.
void WriteCard(std::string* out, const KnowledgeGraph& kg, const SummaryCountry& c) {
  *out += "\t";
  AppendDotQuoted(out, kg.node(c.country.vertex).id);
  *out += " [label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"5\">";
  *out += "<TR><TD BGCOLOR=\"#d9ead3\"><FONT POINT-SIZE=\"18\"><B>" + Markup(NameOf(kg.node(c.country.vertex))) +
          "</B></FONT><BR/>" + Markup(ActivityText(c.country)) + "</TD></TR>";
  for (std::size_t i = 0; i < c.bodies.size(); ++i) {
    const SummaryNode& body = c.bodies[i];
    *out += "<TR><TD BGCOLOR=\"#fff2cc\">" + Markup(NameOf(kg.node(body.vertex))) +
            "<BR/><FONT POINT-SIZE=\"11\">" + Markup(ActivityText(body)) + "</FONT></TD></TR>";
  }
  *out += "</TABLE>>];\n";
}

}  // namespace

std::string SummaryDot(const KnowledgeGraph& kg, const Summary& summary, const std::string& title) {
  std::string note = title;
  if (summary.countries.empty()) note += "\nNo meetings or agreements between people or bodies of known countries.";
  note += "\nA card per country: its meetings and agreements, then those of its most active bodies."
          "\nA line: meetings and agreements between the two countries' delegations, in all and in the latest "
          "years; the thicker, the more.";
  std::string left;
  if (summary.countries_left_out > 0) {
    left += Plural(summary.countries_left_out, "less active country", "less active countries") + " (";
    for (std::size_t i = 0; i < summary.countries_left_out_names.size(); ++i)
      left += (i == 0 ? "" : ", ") + summary.countries_left_out_names[i];
    left += summary.countries_left_out > summary.countries_left_out_names.size() ? ", …)" : ")";
  }
  if (summary.bodies_left_out > 0)
    left += (left.empty() ? "" : "; ") + Plural(summary.bodies_left_out, "less active body", "less active bodies") +
            " (counted in their country)";
  if (summary.links_left_out > 0)
    left += (left.empty() ? "" : "; ") + Plural(summary.links_left_out, "lighter link", "lighter links");
  if (!left.empty()) note += "\nLeft out: " + left + ".";
  std::string label;
  std::size_t start = 0;
  while (start <= note.size()) {
    const std::size_t end = std::min(note.find('\n', start), note.size());
    label += DotLabelText(TruncatedLabel(note.substr(start, end - start), 600)) + "\\l";
    start = end + 1;
  }

  std::string out = "graph summary {\n";
  out += "\tgraph [charset=\"UTF-8\", fontname=\"" + std::string(kDotFont) + "\", fontsize=16, label=";
  AppendDotQuoted(&out, label);
  out += ", labeljust=l, labelloc=t, overlap=false, sep=\"+8\", splines=true];\n";
  out += "\tnode [fontname=\"" + std::string(kDotFont) + "\", margin=0, shape=plaintext];\n";
  out += "\tedge [color=\"#1f4e79\"];\n";
  for (const SummaryCountry& c : summary.countries) WriteCard(&out, kg, c);
  std::size_t heaviest = 1;
  for (const SummaryLink& link : summary.links) heaviest = std::max(heaviest, link.Total());
  for (const SummaryLink& link : summary.links) {
    // Pen width 1 to 8 by the logarithm of the count: a link ten times
    // heavier than another still shows the other.
    const double weight = 1.0 + 7.0 * std::log1p(static_cast<double>(link.Total())) /
                                    std::log1p(static_cast<double>(heaviest));
    char width[16];
    std::snprintf(width, sizeof width, "%.1f", weight);
    // The label is a node in the line's middle: the layout keeps it clear of
    // the cards, as it does not an edge label.
    std::string a, b, middle;
    AppendDotQuoted(&a, kg.node(link.a).id);
    AppendDotQuoted(&b, kg.node(link.b).id);
    AppendDotQuoted(&middle, "link:" + kg.node(link.a).id + "--" + kg.node(link.b).id);
    out += "\t" + middle + " [fontcolor=\"#1f4e79\", fontsize=11, label=";
    AppendDotQuoted(&out, LinkLabel(link, kYearsPerLink));
    out += "];\n";
    out += "\t" + a + " -- " + middle + " [penwidth=" + width + "];\n";
    out += "\t" + middle + " -- " + b + " [penwidth=" + width + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace coopgraph::views::internal

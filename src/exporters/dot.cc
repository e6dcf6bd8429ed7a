// DOT text: shapes and colours by node kind, one cluster per country.
// Articles are left out of the drawing: provenance lives in the JSON-LD.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <tuple>
#include <vector>

#include "base/escape.h"
#include "base/utf8.h"
#include "coopgraph/base/date.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/graph/vocabulary.h"
#include "exporters/dot.h"
#include "exporters/property_graph.h"
#include "exporters/jsonld.h"
#include "exporters/text.h"

namespace coopgraph::exporters {
namespace internal {

std::string TruncatedLabel(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  constexpr std::string_view kEllipsis = "…";
  if (max_bytes < kEllipsis.size()) return "";
  std::size_t end = max_bytes - kEllipsis.size();
  while (end > 0 && IsUtf8Continuation(text[end])) --end;
  return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

// The parser reads "\\" as a pair before it reads "\"" as a quote, so a
// quote after an odd run of backslashes gets one more backslash (ids are not
// label text: DotLabelText already doubled those), and a final odd
// backslash, which would escape the closing quote, a space.
void AppendDotQuoted(std::string* out, std::string_view text) {
  out->push_back('"');
  std::size_t backslashes = 0;  // the run just written
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && text[end] != '"' && text[end] != '\\') ++end;
    if (end > i) {
      out->append(text.data() + i, end - i);  // nothing to escape: copied at once
      backslashes = 0;
    }
    if (end == text.size()) break;
    if (text[end] == '"') {
      if (backslashes % 2 == 1) out->push_back('\\');
      *out += "\\\"";
      backslashes = 0;
    } else {
      out->push_back('\\');
      ++backslashes;
    }
    i = end + 1;
  }
  if (backslashes % 2 == 1) out->push_back(' ');
  out->push_back('"');
}

}  // namespace internal
namespace {

using graph::KnowledgeGraph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using internal::AppendDotQuoted;
using internal::DotLabelText;
using internal::EncodedId;
using internal::kDotFont;

struct NodeStyle {
  const char* shape;
  const char* fillcolor;
};

NodeStyle StyleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return {"ellipse", "#cfe2f3"};
    case NodeKind::kOrganization: return {"box", "#fff2cc"};
    case NodeKind::kCountry: return {"doubleoctagon", "#d9ead3"};
    case NodeKind::kPlace: return {"house", "#ead1dc"};
    case NodeKind::kEvent: return {"diamond", "#f4cccc"};
    case NodeKind::kAgreement: return {"note", "#fce5cd"};
    case NodeKind::kArticle: return {"plaintext", "#ffffff"};
  }
  return {"ellipse", "#ffffff"};
}

// Each meeting's outline and attendee edges, so a reader can follow one
// meeting's edges through the others: dark enough on white, told apart in
// neighbouring meetings of the timeline (assigned in date order).
constexpr const char* kMeetingColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                                           "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
constexpr const char* kFocusColour = "#c00000";
constexpr const char* kMembershipColour = "#9a9a9a";

const graph::EventInfo* EventOf(const Node& node) { return std::get_if<graph::EventInfo>(&node.info); }

// Events usually have no name: their kind and date say what they are. For
// a reader, a meeting named "talks: A, B" shows "talks:" on a line of its
// own, which keeps its diamond narrow.
std::string NodeLabel(const Node& node, bool briefing) {
  std::vector<std::string> lines = internal::LabelLines(node);
  if (const std::size_t colon = lines.front().find(": ");
      briefing && EventOf(node) != nullptr && colon != std::string::npos)
    lines.front().replace(colon, 2, ":\n");
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) text += (i == 0 ? "" : "\n") + lines[i];
  return DotLabelText(internal::TruncatedLabel(text));
}


// Planned meetings (anything but held) are drawn dashed, node and edges.
bool NotHeld(const Node& node) {
  const graph::EventInfo* event = EventOf(node);
  return event != nullptr && event->status != graph::EventStatus::kHeld;
}

std::string ClusterName(const Node& country) {
  const auto& iso = std::get<graph::CountryInfo>(country.info).iso_code;
  std::string key = iso.empty() ? country.id : iso;
  std::string name = "cluster_";
  for (char c : key) {
    const auto b = static_cast<unsigned char>(c);
    name += std::isalnum(b) ? static_cast<char>(std::tolower(b)) : '_';
  }
  return name;
}

// How one node is drawn beyond its kind.
struct NodeLook {
  bool dashed = false;
  const char* outline = nullptr;  // a meeting's colour
  bool focus = false;
};

void WriteStyledNode(std::string* out, std::string_view id, std::string_view label, NodeKind kind,
                     const char* indent, const NodeLook& look = {}) {
  const NodeStyle style = StyleOf(kind);
  *out += indent;
  AppendDotQuoted(out, id);
  *out += " [";
  if (look.focus) *out += std::string("color=\"") + kFocusColour + "\", ";
  if (look.outline != nullptr && !look.focus) *out += std::string("color=\"") + look.outline + "\", ";
  *out += "fillcolor=";
  AppendDotQuoted(out, style.fillcolor);
  if (look.focus) *out += ", fontname=\"" + std::string(kDotFont) + " Bold\"";
  *out += ", label=";
  AppendDotQuoted(out, label);
  if (look.focus) *out += ", penwidth=4";
  if (look.outline != nullptr && !look.focus) *out += ", penwidth=2";
  *out += ", shape=";
  *out += style.shape;
  if (look.dashed) *out += ", style=\"filled,dashed\"";
  *out += "];\n";
}

// What the legend calls each kind.
const char* KindLabel(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson: return "person";
    case NodeKind::kOrganization: return "organisation";
    case NodeKind::kCountry: return "country";
    case NodeKind::kPlace: return "place";
    case NodeKind::kEvent: return "meeting held (kind, date)";
    case NodeKind::kAgreement: return "agreement";
    case NodeKind::kArticle: return "article";
  }
  return "";
}

constexpr const char* kNotHeldLegend = "meeting not held (planned, postponed, cancelled)";
constexpr const char* kEdgeLegend = "a meeting's lines to its attendees\nshare its colour; dashed: not held";

// The kinds among the drawn nodes, in kind order.
std::vector<NodeKind> KindsDrawn(const KnowledgeGraph& kg, const std::vector<Vertex>& drawn) {
  std::vector<bool> present(static_cast<std::size_t>(NodeKind::kArticle) + 1, false);
  for (Vertex v : drawn) present[static_cast<std::size_t>(kg.node(v).kind())] = true;
  std::vector<NodeKind> kinds;
  for (std::size_t k = 0; k < present.size(); ++k)
    if (present[k]) kinds.push_back(static_cast<NodeKind>(k));
  return kinds;
}

// What the legend shows beyond the kinds.
struct LegendExtras {
  bool not_held = false;
  bool meetings = false;
  const Node* focus = nullptr;
};

std::string FocusLegend(const Node& focus) {
  return "focus: " + DotLabelText(internal::TruncatedLabel(focus.name.empty() ? focus.id : focus.name, 200));
}

// One sample node per kind. Without edges they share the first rank, so
// `dot` stacks them in one column. Legend ids cannot be node ids, which
// always have a kind prefix ("person/").
void WriteLegendShapes(std::string* out, const std::vector<NodeKind>& kinds, const LegendExtras& extras) {
  *out += "\tsubgraph cluster_legend {\n\t\tgraph [label=\"Legend\", style=\"rounded,dashed\"];\n";
  for (NodeKind kind : kinds)
    WriteStyledNode(out, "legend:" + std::to_string(static_cast<int>(kind)), KindLabel(kind), kind, "\t\t");
  if (extras.not_held) {
    NodeLook look;
    look.dashed = true;
    WriteStyledNode(out, "legend:planned", kNotHeldLegend, NodeKind::kEvent, "\t\t", look);
  }
  if (extras.focus != nullptr) {
    NodeLook look;
    look.focus = true;
    WriteStyledNode(out, "legend:focus", FocusLegend(*extras.focus), extras.focus->kind(), "\t\t", look);
  }
  if (extras.meetings) {
    *out += "\t\t\"legend:edges\" [fillcolor=\"#ffffff\", label=";
    AppendDotQuoted(out, DotLabelText(kEdgeLegend));
    *out += ", shape=plaintext];\n";
  }
  *out += "\t}\n";
}

void WriteLegendTable(std::string* out, const std::vector<NodeKind>& kinds, const LegendExtras& extras) {
  *out += "\t\"legend:table\" [shape=plaintext, margin=0, style=\"\", label=<<TABLE BORDER=\"1\" "
          "CELLBORDER=\"0\" CELLSPACING=\"4\" STYLE=\"ROUNDED\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (NodeKind kind : kinds) {
    const NodeStyle style = StyleOf(kind);
    *out += std::string("<TR><TD BORDER=\"1\" BGCOLOR=\"") + style.fillcolor + "\" WIDTH=\"24\"> </TD>" +
            "<TD ALIGN=\"LEFT\">" + KindLabel(kind) + ", " + style.shape + "</TD></TR>";
  }
  if (extras.not_held)
    *out += std::string("<TR><TD BORDER=\"1\" STYLE=\"DASHED\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">") +
            kNotHeldLegend + ", dashed</TD></TR>";
  if (extras.focus != nullptr) {
    std::string name;
    AppendMarkupEscaped(extras.focus->name.empty() ? extras.focus->id : extras.focus->name, Markup::kXmlText, &name);
    *out += std::string("<TR><TD BORDER=\"3\" COLOR=\"") + kFocusColour + "\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">focus: " +
            internal::TruncatedLabel(name, 400) + "</TD></TR>";
  }
  if (extras.meetings)
    *out += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">a meeting's lines to its attendees share its colour; dashed: "
            "not held</TD></TR>";
  *out += "</TABLE>>];\n";
}

// The relations a country cluster already shows: a person's nationality, a
// body's or a place's country, when that country is the node's cluster.
bool ShownByCluster(Relation relation, std::optional<Vertex> cluster, Vertex head) {
  const bool belongs = relation == Relation::kNationality || relation == Relation::kCountry ||
                       relation == Relation::kContainedIn;
  return belongs && cluster && *cluster == head;
}

// A date as labels show it (base/date.h).
std::string DateText(std::string_view iso, bool year_inferred = false) {
  return DotLabelText(DescribeDate(iso, year_inferred));
}

// The meetings in timeline order: dated ones by date, then those without a
// year, then undated; ties by id. Agreements by signing date, else period.
std::string DateOf(const Node& node) {
  if (const graph::EventInfo* event = EventOf(node)) return event->start_date;
  if (const auto* agreement = std::get_if<graph::AgreementInfo>(&node.info)) return agreement->PlacedAt();
  return "";
}
std::vector<Vertex> InDateOrder(const KnowledgeGraph& kg, const std::vector<Vertex>& drawn, NodeKind kind) {
  std::vector<std::tuple<int, std::string, std::string, Vertex>> keyed;
  for (Vertex v : drawn) {
    if (kg.node(v).kind() != kind) continue;
    const std::string date = DateOf(kg.node(v));
    keyed.emplace_back(IsoDateSortGroup(date), date, kg.node(v).id, v);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<Vertex> out;
  for (const auto& k : keyed) out.push_back(std::get<3>(k));
  return out;
}

// The middle column: the meetings under one header per date, then the
// agreements under theirs, held in date order by invisible edges.
void WriteTimeline(std::string* out, const KnowledgeGraph& kg, const std::vector<Vertex>& meetings,
                   const std::vector<Vertex>& agreements, const std::vector<std::string>& quoted_ids) {
  if (meetings.empty() && agreements.empty()) return;
  std::vector<std::string> chain;
  auto header = [&](const std::string& text) {
    std::string id;
    AppendDotQuoted(&id, "timeline:" + std::to_string(chain.size()));
    *out += "\t\t" + id + " [fillcolor=\"#ffffff\", fontsize=16, label=";
    AppendDotQuoted(out, text);
    *out += ", shape=plaintext];\n";
    chain.push_back(id);
  };
  *out += "\tsubgraph timeline {\n\t\trank=same;\n";
  std::optional<std::string> date;
  for (Vertex v : meetings) {
    const graph::EventInfo& event = *EventOf(kg.node(v));
    const std::string shown = event.start_date.empty() ? "undated" : DateText(event.start_date, event.date_inferred);
    if (!date || *date != shown) header(*(date = shown));
    *out += "\t\t" + quoted_ids[v] + ";\n";
    chain.push_back(quoted_ids[v]);
  }
  if (!agreements.empty()) header("Agreements");
  for (Vertex v : agreements) {
    *out += "\t\t" + quoted_ids[v] + ";\n";
    chain.push_back(quoted_ids[v]);
  }
  *out += "\t}\n";
  // One statement a pair: Graphviz's parser runs out of stack on a long chain.
  for (std::size_t i = 1; i < chain.size(); ++i) *out += "\t" + chain[i - 1] + " -> " + chain[i] + " [style=invis];\n";
}

// The country drawn left of the timeline (the others are right of it, so
// that delegations face each other across their meetings): the one with the
// most nodes drawn, when there are two or more countries.
std::optional<Vertex> HomeCluster(const std::map<std::string, std::pair<Vertex, std::vector<Vertex>>>& clusters) {
  if (clusters.size() < 2) return std::nullopt;
  const auto* home = &*clusters.begin();
  for (const auto& cluster : clusters)
    if (cluster.second.second.size() > home->second.second.size()) home = &cluster;
  return home->second.first;
}

// The label and look of one edge: the relation, role and date. A meeting's
// edges take its colour (dashed when it was not held); for a reader, its
// attendee edges say only the role (and a date other than the meeting's).
// Memberships are grey.
void WriteEdgeAttributes(std::string* out, const Node& tail, const graph::Edge& edge, const char* meeting_colour,
                         bool briefing, bool reversed) {
  std::string label;
  auto add_line = [&](const std::string& line) { label += (label.empty() ? "" : "\\n") + line; };
  const graph::EventInfo* event = EventOf(tail);
  const bool attendee = briefing && edge.relation == Relation::kAttendee && event != nullptr;
  if (!attendee) add_line(std::string(graph::RelationTerm(edge.relation)));
  if (!edge.role.empty()) add_line(DotLabelText(internal::TruncatedLabel(edge.role)));
  if (!edge.date.empty() && !(attendee && edge.date == event->start_date)) add_line(DateText(edge.date));
  *out += " [";
  if (event != nullptr && meeting_colour != nullptr) {
    *out += std::string("color=\"") + meeting_colour + "\", fontcolor=\"" + meeting_colour + "\", ";
  } else if (edge.relation == Relation::kMemberOf || edge.relation == Relation::kParentOrganization) {
    *out += std::string("color=\"") + kMembershipColour + "\", fontcolor=\"#666666\", ";
  }
  if (reversed) *out += "dir=back, ";
  *out += "label=";
  AppendDotQuoted(out, label);
  if (attendee) *out += ", penwidth=1.5";
  if (NotHeld(tail)) *out += ", style=dashed";
  *out += "];\n";
}

}  // namespace

// Written directly rather than through cgraph's agwrite, which spends most
// of the export time in its dictionaries; the tests parse the text with
// cgraph and the dot CLI.
std::string ToDot(const KnowledgeGraph& kg) { return ToDot(kg, DotOptions{}); }

DotOptions ReaderDotOptions() {
  DotOptions options;
  options.legend = DotOptions::Legend::kShapes;
  options.briefing = true;
  return options;
}

std::string ToDot(const KnowledgeGraph& kg, const DotOptions& options) {
  const auto& g = kg.graph();
  std::vector<Vertex> order;  // drawn nodes, sorted by id
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (kg.node(*v).kind() != NodeKind::kArticle) order.push_back(*v);
  }
  std::sort(order.begin(), order.end(),
            [&](Vertex a, Vertex b) { return kg.node(a).id < kg.node(b).id; });

  // Clusters by name, members in id order; the rest at the top level.
  std::map<std::string, std::pair<Vertex, std::vector<Vertex>>> clusters;
  std::vector<Vertex> loose;
  std::vector<std::optional<Vertex>> cluster_of(boost::num_vertices(g));
  for (Vertex v : order) {
    if (const auto country = internal::CountryOf(kg, v)) {
      cluster_of[v] = country;
      auto& cluster = clusters[ClusterName(kg.node(*country))];
      cluster.first = *country;
      cluster.second.push_back(v);
    } else {
      loose.push_back(v);
    }
  }
  // Colours in date order, so neighbours in the timeline differ.
  const std::vector<Vertex> meetings = InDateOrder(kg, order, NodeKind::kEvent);
  std::vector<const char*> colour_of(boost::num_vertices(g), nullptr);
  for (std::size_t i = 0; i < meetings.size(); ++i)
    colour_of[meetings[i]] = kMeetingColours[i % std::size(kMeetingColours)];
  const std::optional<Vertex> focus = options.focus.empty() ? std::nullopt : kg.Find(options.focus);
  auto write_node = [&](std::string* out, Vertex v, const char* indent) {
    NodeLook look;
    look.dashed = NotHeld(kg.node(v));
    look.outline = colour_of[v];
    look.focus = focus == v;
    WriteStyledNode(out, EncodedId(kg.node(v).id), NodeLabel(kg.node(v), options.briefing), kg.node(v).kind(), indent, look);
  };

  std::string out;
  out.reserve(order.size() * 160);
  out += "digraph coopgraph {\n";
  out += "\tgraph [charset=\"UTF-8\", fontname=\"" + std::string(kDotFont) + "\"";
  if (!options.title.empty()) {
    out += ", fontsize=20, label=";
    AppendDotQuoted(&out, DotLabelText(internal::TruncatedLabel(options.title)));
    out += ", labeljust=l, labelloc=t";
  }
  out += ", rankdir=LR];\n";
  out += "\tnode [fillcolor=\"#ffffff\", fontname=\"" + std::string(kDotFont) +
         "\", label=\"\\N\", shape=ellipse, style=filled];\n";
  out += "\tedge [fontname=\"" + std::string(kDotFont) + "\", fontsize=10];\n";
  for (const auto& [name, cluster] : clusters) {
    const Node& country = kg.node(cluster.first);
    out += "\tsubgraph " + name + " {\n\t\tgraph [fontsize=16, label=";
    AppendDotQuoted(&out, DotLabelText(internal::TruncatedLabel(country.name.empty() ? country.id : country.name)));
    out += ", style=rounded];\n";
    for (Vertex v : cluster.second) write_node(&out, v, "\t\t");
    out += "\t}\n";
  }
  for (Vertex v : loose) write_node(&out, v, "\t");
  LegendExtras extras;
  extras.not_held = std::any_of(order.begin(), order.end(), [&](Vertex v) { return NotHeld(kg.node(v)); });
  extras.meetings = !meetings.empty();
  if (focus && kg.node(*focus).kind() != NodeKind::kArticle) extras.focus = &kg.node(*focus);
  if (!order.empty() && options.legend == DotOptions::Legend::kShapes)
    WriteLegendShapes(&out, KindsDrawn(kg, order), extras);
  if (!order.empty() && options.legend == DotOptions::Legend::kTable)
    WriteLegendTable(&out, KindsDrawn(kg, order), extras);

  // Each node's id, encoded and quoted once: most are the head of many edges.
  std::vector<std::string> quoted_ids(boost::num_vertices(g));
  for (Vertex v : order) AppendDotQuoted(&quoted_ids[v], EncodedId(kg.node(v).id));
  std::optional<Vertex> home;  // its nodes are left of the timeline
  if (options.briefing) {
    WriteTimeline(&out, kg, meetings, InDateOrder(kg, order, NodeKind::kAgreement), quoted_ids);
    home = HomeCluster(clusters);
  }

  // Edges by tail id, then in the writers' one edge order.
  std::vector<internal::OutEdge> edges;
  for (Vertex v : order) {
    internal::SortedOutEdges(kg, v, &edges);
    for (const auto& [edge, head] : edges) {
      if (kg.node(head).kind() == NodeKind::kArticle) continue;
      if (options.briefing && ShownByCluster(edge->relation, cluster_of[v], head)) continue;
      // An edge into the home country is written head first, so that its
      // head ranks before its tail (left of it); the arrow still points at it.
      const bool reversed = home && cluster_of[head] == home;
      out += '\t';
      out += quoted_ids[reversed ? head : v];
      out += " -> ";
      out += quoted_ids[reversed ? v : head];
      WriteEdgeAttributes(&out, kg.node(v), *edge, colour_of[v], options.briefing, reversed);
    }
  }
  out += "}\n";
  return out;
}

}  // namespace coopgraph::exporters

#include "views/report_tables.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <vector>

#include "coopgraph/base/date.h"
#include "coopgraph/graph/vocabulary.h"
#include "coopgraph/normalize/normalize.h"
#include "coopgraph/query/query.h"
#include "views/html.h"

namespace coopgraph::views::internal {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;

const std::string& NameOf(const graph::Node& node) { return node.name.empty() ? node.id : node.name; }

std::string Anchor(Vertex v) { return "n" + std::to_string(v); }

// The nodes of one kind, sorted as a reader looks them up: without case and
// diacritics, then as written.
std::vector<Vertex> SortedOfKind(const KnowledgeGraph& kg, NodeKind kind) {
  std::vector<std::tuple<std::string, std::string, Vertex>> keyed;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it)
    if (kg.node(*it).kind() == kind) keyed.emplace_back(normalize::LooseKey(NameOf(kg.node(*it))), NameOf(kg.node(*it)), *it);
  std::sort(keyed.begin(), keyed.end());
  std::vector<Vertex> out;
  for (const auto& k : keyed) out.push_back(std::get<2>(k));
  return out;
}

// The nodes `relation` points at, each once, with the role of the first edge.
std::vector<std::pair<Vertex, std::string>> TargetsWithRole(const KnowledgeGraph& kg, Vertex v, Relation relation) {
  std::vector<std::pair<Vertex, std::string>> out;
  const auto& g = kg.graph();
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
    if (g[*e].relation != relation) continue;
    const Vertex t = boost::target(*e, g);
    auto same = [t](const auto& p) { return p.first == t; };
    if (std::find_if(out.begin(), out.end(), same) == out.end()) out.emplace_back(t, g[*e].role);
  }
  return out;
}

// A node's name, linked to its row when it has one (persons, organisations).
std::string NameLink(const KnowledgeGraph& kg, Vertex v) {
  const graph::Node& node = kg.node(v);
  const bool has_row = node.kind() == NodeKind::kPerson || node.kind() == NodeKind::kOrganization;
  if (!has_row) return Escaped(NameOf(node));
  return "<a href=\"#" + Anchor(v) + "\">" + Escaped(NameOf(node)) + "</a>";
}

std::string NamesOf(const KnowledgeGraph& kg, Vertex v, Relation relation) {
  std::string out;
  for (const auto& [t, role] : TargetsWithRole(kg, v, relation)) out += (out.empty() ? "" : ", ") + NameLink(kg, t);
  return out;
}

std::string JoinEscaped(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + Escaped(item);
  return out;
}

void OpenTable(std::string* out, const char* id, const char* heading, std::size_t rows,
               const std::vector<const char*>& columns) {
  *out += std::string("<section id=\"") + id + "\">\n<h2>" + heading + " <span class=\"count\">(" +
          std::to_string(rows) + ")</span></h2>\n<table class=\"filterable\">\n<thead><tr>";
  for (const char* c : columns) *out += std::string("<th>") + c + "</th>";
  *out += "</tr></thead>\n<tbody>\n";
  if (rows == 0) *out += "<tr><td colspan=\"" + std::to_string(columns.size()) + "\" class=\"note\">none</td></tr>\n";
}

void CloseTable(std::string* out) { *out += "</tbody>\n</table>\n</section>\n"; }

void AppendRow(std::string* out, const std::string& id, const std::vector<std::string>& cells) {
  *out += id.empty() ? "<tr>" : "<tr id=\"" + id + "\">";
  for (const auto& cell : cells) *out += "<td>" + cell + "</td>";
  *out += "</tr>\n";
}

}  // namespace

std::string TermWords(std::string_view term) {
  std::string out;
  for (std::size_t i = 0; i < term.size(); ++i) {
    const auto c = static_cast<unsigned char>(term[i]);
    const bool word_start = std::isupper(c) && i > 0 &&
                            (std::islower(static_cast<unsigned char>(term[i - 1])) ||
                             (i + 1 < term.size() && std::islower(static_cast<unsigned char>(term[i + 1]))));
    if (word_start) out += ' ';
    // An acronym ("NGO") stays as it is.
    const bool acronym = std::isupper(c) && (i + 1 == term.size() || std::isupper(static_cast<unsigned char>(term[i + 1])));
    out += acronym ? static_cast<char>(c) : static_cast<char>(std::tolower(c));
  }
  return out;
}

void AppendPeople(std::string* out, const KnowledgeGraph& kg, EvidenceIndex* evidence) {
  const std::vector<Vertex> people = SortedOfKind(kg, NodeKind::kPerson);
  OpenTable(out, "people", "People", people.size(), {"Name", "Also written", "Titles", "Country", "Evidence"});
  for (Vertex v : people) {
    const graph::Node& node = kg.node(v);
    std::vector<graph::Role> roles = std::get<graph::PersonInfo>(node.info).roles;
    std::sort(roles.begin(), roles.end(), [](const graph::Role& a, const graph::Role& b) {
      return std::tie(a.date, a.title, a.organization_id) < std::tie(b.date, b.title, b.organization_id);
    });
    std::string titles;
    for (const graph::Role& role : roles) {
      titles += "<div class=\"title\">" + Escaped(role.title);
      if (const auto org = kg.Find(role.organization_id); org && !role.organization_id.empty())
        titles += " (" + NameLink(kg, *org) + ")";
      if (!role.date.empty()) titles += ", " + Escaped(DescribeDate(role.date));
      if (const std::string link = evidence->ArticleLink(role.article_id); !link.empty()) titles += " " + link;
      titles += "</div>";
    }
    AppendRow(out, Anchor(v),
              {"<strong>" + Escaped(NameOf(node)) + "</strong>", JoinEscaped(node.alternate_names), titles,
               NamesOf(kg, v, Relation::kNationality), evidence->Links(node.evidence)});
  }
  CloseTable(out);
}

void AppendOrganizations(std::string* out, const KnowledgeGraph& kg, EvidenceIndex* evidence) {
  const std::vector<Vertex> organizations = SortedOfKind(kg, NodeKind::kOrganization);
  OpenTable(out, "organisations", "Organisations", organizations.size(),
            {"Name", "Also written", "Kind", "Country", "Part of", "Evidence"});
  for (Vertex v : organizations) {
    const graph::Node& node = kg.node(v);
    const auto category = std::get<graph::OrganizationInfo>(node.info).category;
    AppendRow(out, Anchor(v),
              {"<strong>" + Escaped(NameOf(node)) + "</strong>", JoinEscaped(node.alternate_names),
               Escaped(TermWords(graph::OrganizationTypeTerm(category))), NamesOf(kg, v, Relation::kCountry),
               NamesOf(kg, v, Relation::kParentOrganization), evidence->Links(node.evidence)});
  }
  CloseTable(out);
}

void AppendAgreements(std::string* out, const KnowledgeGraph& kg, EvidenceIndex* evidence) {
  // Without filters the question cannot fail.
  const query::Rows rows = query::Agreements(kg, "", "").value();
  OpenTable(out, "agreements", "Agreements", rows.rows.size(),
            {"Kind", "Name", "Period", "Parties", "Status", "Date", "Sources", "Evidence"});
  // Columns: name, kind, status, period, date, parties, node, sources.
  for (const auto& row : rows.rows) {
    const auto v = kg.Find(row[6]);
    const auto* info = v ? std::get_if<graph::AgreementInfo>(&kg.node(*v).info) : nullptr;
    AppendRow(out, v ? Anchor(*v) : "",
              {Escaped(TermWords(row[1])), "<strong>" + Escaped(row[0]) + "</strong>", Escaped(row[3]),
               Escaped(row[5]), Escaped(TermWords(row[2])), Escaped(info ? DescribeDate(info->signing_date) : row[4]),
               v ? evidence->Sources(kg.node(*v).sources) : "", v ? evidence->Links(kg.node(*v).evidence) : ""});
  }
  CloseTable(out);
}

void AppendMeetings(std::string* out, const KnowledgeGraph& kg, EvidenceIndex* evidence) {
  std::vector<std::pair<query::MeetingRef, Vertex>> meetings;
  for (auto [it, end] = boost::vertices(kg.graph()); it != end; ++it)
    if (kg.node(*it).kind() == NodeKind::kEvent) meetings.emplace_back(query::DescribeMeeting(kg, *it), *it);
  // Earliest first; then dates without a year ("--05-29"), then none.
  std::sort(meetings.begin(), meetings.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(IsoDateSortGroup(a.first.date), a.first.date, a.first.id) <
           std::make_tuple(IsoDateSortGroup(b.first.date), b.first.date, b.first.id);
  });
  OpenTable(out, "meetings", "Timeline of meetings", meetings.size(),
            {"Date", "Kind", "Place", "Attendees", "Status", "Sources", "Evidence"});
  for (const auto& [ref, v] : meetings) {
    const auto& info = std::get<graph::EventInfo>(kg.node(v).info);
    std::string date = Escaped(ref.date.empty() ? "undated" : DescribeDate(ref.date, info.date_inferred));
    if (!info.end_date.empty() && info.end_date != info.start_date)
      date += " – " + Escaped(DescribeDate(info.end_date, info.date_inferred));
    // People first, heads of delegation first among them; then bodies; by name.
    auto present = TargetsWithRole(kg, v, Relation::kAttendee);
    auto order = [&](const std::pair<Vertex, std::string>& p) {
      return std::make_tuple(kg.node(p.first).kind() != NodeKind::kPerson, p.second.empty(),
                             normalize::LooseKey(NameOf(kg.node(p.first))), kg.node(p.first).id);
    };
    std::sort(present.begin(), present.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
    std::string attendees;
    for (const auto& [a, role] : present) {
      attendees += "<div>" + NameLink(kg, a);
      if (!role.empty()) attendees += " <span class=\"role\">(" + Escaped(role) + ")</span>";
      attendees += "</div>";
    }
    const std::string status = Escaped(TermWords(graph::EventStatusTerm(info.status)));
    std::vector<std::string> source_ids;
    for (const query::SourceRef& source : ref.sources) source_ids.push_back(source.id);
    AppendRow(out, Anchor(v),
              {date, Escaped(ref.kind), Escaped(ref.place), attendees,
               info.status == graph::EventStatus::kHeld ? status : "<span class=\"planned\">" + status + "</span>",
               evidence->Sources(source_ids), evidence->Links(kg.node(v).evidence)});
  }
  CloseTable(out);
}

}  // namespace coopgraph::views::internal

// Specification of query::DatedGraph: the meetings and agreements of a
// period, with what they connect, and how partial dates count.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "coopgraph/query/query.h"

namespace coopgraph::query {
namespace {

using graph::Node;
using graph::Relation;

//   event/e2018 (2018-08-10)  --attendee--> person/a (VN), person/b (LA)
//   event/e2021 (2021)        --attendee--> person/c
//   event/noyear (--05-29)    --attendee--> person/a
//   event/undated             --attendee--> person/d
//   agreement/signed (signed 2018-09)     --party--> org/x (VN)
//   agreement/period (2011–2016, no date) --party--> org/y
graph::KnowledgeGraph PeriodGraph() {
  graph::KnowledgeGraph kg;
  auto add = [&kg](std::string id, auto info) {
    Node n;
    n.id = id;
    n.name = id;
    n.info = std::move(info);
    kg.AddNode(std::move(n));
  };
  auto link = [&kg](const std::string& from, const std::string& to, Relation relation) {
    graph::Edge e;
    e.relation = relation;
    kg.AddEdge(*kg.Find(from), *kg.Find(to), e);
  };
  add("country/vn", graph::CountryInfo{"VN"});
  add("country/la", graph::CountryInfo{"LA"});
  for (const char* p : {"person/a", "person/b", "person/c", "person/d"}) add(p, graph::PersonInfo{});
  add("org/x", graph::OrganizationInfo{});
  add("org/y", graph::OrganizationInfo{});
  for (const auto& [id, date] : std::vector<std::pair<std::string, std::string>>{
           {"event/e2018", "2018-08-10"}, {"event/e2021", "2021"}, {"event/noyear", "--05-29"}, {"event/undated", ""}}) {
    graph::EventInfo event;
    event.start_date = date;
    add(id, event);
  }
  graph::AgreementInfo signed_one;
  signed_one.signing_date = "2018-09";
  add("agreement/signed", signed_one);
  graph::AgreementInfo period;
  period.period_start = "2011";
  period.period_end = "2016";
  add("agreement/period", period);
  link("person/a", "country/vn", Relation::kNationality);
  link("person/b", "country/la", Relation::kNationality);
  link("org/x", "country/vn", Relation::kCountry);
  link("event/e2018", "person/a", Relation::kAttendee);
  link("event/e2018", "person/b", Relation::kAttendee);
  link("event/e2021", "person/c", Relation::kAttendee);
  link("event/noyear", "person/a", Relation::kAttendee);
  link("event/undated", "person/d", Relation::kAttendee);
  link("agreement/signed", "org/x", Relation::kParty);
  link("agreement/period", "org/y", Relation::kParty);
  return kg;
}

std::set<std::string> Ids(const graph::KnowledgeGraph& kg) {
  std::set<std::string> ids;
  for (auto [v, end] = boost::vertices(kg.graph()); v != end; ++v) ids.insert(kg.node(*v).id);
  return ids;
}

// The meetings and agreements kept.
std::set<std::string> Facts(const graph::KnowledgeGraph& kg) {
  std::set<std::string> facts;
  for (const auto& id : Ids(kg))
    if (id.rfind("event/", 0) == 0 || id.rfind("agreement/", 0) == 0) facts.insert(id);
  return facts;
}

TEST_CASE("DatedGraph keeps the meetings and agreements of a period, dates compared at their precision",
          "[query]") {
  struct Case {
    std::string from, to;
    std::set<std::string> facts;
  };
  const std::vector<Case> cases = {
      {"2018-01-01", "2018-12-31", {"event/e2018", "agreement/signed"}},
      {"2018", "2018", {"event/e2018", "agreement/signed"}},           // a year as a bound: all of it
      {"2018-08", "2018-08", {"event/e2018"}},                         // a month: all of it
      {"2018-08-11", "2018-08-31", {}},                                // day precision counts
      {"", "2018-08-05", {"agreement/period"}},                        // open start; a period in force
      {"2021-06-01", "", {"event/e2021"}},                             // "2021" may be in June 2021
      {"2015", "2015", {"agreement/period"}},                          // undated agreement, by its period
      {"2017", "2017", {}},                                            // after that period
  };
  const auto kg = PeriodGraph();
  for (const auto& c : cases) {
    INFO("from \"" << c.from << "\" to \"" << c.to << "\"");
    const StatusOr<graph::KnowledgeGraph> dated = DatedGraph(kg, c.from, c.to);
    REQUIRE(dated.ok());
    CHECK(Facts(*dated) == c.facts);
    // Dates without a year and missing dates are in no bounded period.
    CHECK_FALSE(Ids(*dated).count("event/noyear"));
    CHECK_FALSE(Ids(*dated).count("event/undated"));
  }
  CHECK(Ids(DatedGraph(kg, "", "").value()) == Ids(kg));  // no bounds: everything
}

TEST_CASE("DatedGraph keeps what the kept facts connect, their countries, and nothing else", "[query]") {
  const auto dated = DatedGraph(PeriodGraph(), "2018", "2018").value();
  CHECK(Ids(dated) == std::set<std::string>{"event/e2018", "person/a", "person/b", "country/vn", "country/la",
                                            "agreement/signed", "org/x"});
  CHECK(dated.edge_count() == 2 + 1 + 2 + 1);  // attendees, party, nationalities, org's country
}

TEST_CASE("DatedGraph refuses bounds that are not dates and periods that end before they start", "[query]") {
  const auto kg = PeriodGraph();
  for (const char* bad : {"2018/08/10", "10-08-2018", "2018-8", "yesterday", "--05-29", "2018-08-10T10:00"}) {
    INFO(bad);
    const auto dated = DatedGraph(kg, bad, "");
    REQUIRE_FALSE(dated.ok());
    CHECK(dated.status().code() == StatusCode::kInvalidArgument);
    CHECK(dated.status().message().find(bad) != std::string::npos);
  }
  const auto backwards = DatedGraph(kg, "2019", "2018-12");
  REQUIRE_FALSE(backwards.ok());
  CHECK(backwards.status().message().find("ends before it starts") != std::string::npos);
}

TEST_CASE("who-met's period counts a month or a year given as a bound whole", "[query]") {
  WhoMetFilter filter;
  filter.to = "2018-08";  // was compared as if it meant 2018-08-00
  const auto pairs = WhoMet(PeriodGraph(), filter).value();
  REQUIRE(pairs.size() == 1);
  CHECK(pairs.front().meeting.id == "event/e2018");
  filter.to = "2018-07";
  CHECK(WhoMet(PeriodGraph(), filter).value().empty());
}

}  // namespace
}  // namespace coopgraph::query

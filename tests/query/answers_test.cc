// Specification of what every answer shows it rests on: the meeting's
// status, dates in the one notation, the articles by title, date and URL or
// file, cards for meetings, agreements and articles; and tables that fit a
// width.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../pipeline/pipeline_test_util.h"
#include "base/files.h"
#include "base/utf8.h"
#include "common/temp_dir.h"
#include "coopgraph/exporters/exporters.h"
#include "coopgraph/query/query.h"
#include "query_test_util.h"

namespace coopgraph::query {
namespace {

using graph::Node;
using graph::Relation;

//   article/a1  "Hai bên hội đàm" 2024-05-30 https://example.vn/a1
//   article/a2  "Lịch làm việc", no date, no URL: file data/a2.txt
//   event/held     talks 2024-05-29 (year inferred), held, in Vientiane, reported in a1:
//                  person/a (VN, head of delegation), person/b (LA)
//   event/planned  reception --06-01, planned, reported in a2: person/a, person/c (LA)
//   agreement/mou  Signed 2024-05-29, 2024–2026, reported in a1:
//                  parties org/x (VN), org/y (LA); signatory person/a
graph::KnowledgeGraph AnswersGraph() {
  graph::KnowledgeGraph kg;
  auto add = [&kg](const std::string& id, const std::string& name, auto info, std::vector<std::string> sources = {}) {
    Node n;
    n.id = id;
    n.name = name;
    n.info = std::move(info);
    n.sources = std::move(sources);
    return kg.AddNode(std::move(n));
  };
  auto link = [&kg](const std::string& from, const std::string& to, Relation relation, std::string role = "") {
    graph::Edge e;
    e.relation = relation;
    e.role = std::move(role);
    kg.AddEdge(*kg.Find(from), *kg.Find(to), e);
  };
  graph::ArticleInfo a1;
  a1.title = "Hai bên hội đàm";
  a1.date_published = "2024-05-30";
  a1.url = "https://example.vn/a1";
  a1.outlet = "Báo Mẫu";
  add("article/a1", a1.title, a1);
  graph::ArticleInfo a2;
  a2.title = "Lịch làm việc";
  a2.source_path = "data/a2.txt";
  add("article/a2", a2.title, a2);
  add("country/vn", "Việt Nam", graph::CountryInfo{"VN"});
  add("country/la", "Lào", graph::CountryInfo{"LA"});
  add("place/vientiane", "Vientiane", graph::PlaceInfo{});
  graph::PersonInfo a_roles;
  a_roles.roles.push_back({"Bộ trưởng", "org/x", "2024-05-30", "article/a1"});
  add("person/a", "Nguyễn Văn A", a_roles, {"article/a1", "article/a2"});
  add("person/b", "Bounmy B", graph::PersonInfo{}, {"article/a1"});
  add("person/c", "Khamla C", graph::PersonInfo{}, {"article/a2"});
  add("org/x", "Bộ X", graph::OrganizationInfo{}, {"article/a1"});
  add("org/y", "Bộ Y", graph::OrganizationInfo{}, {"article/a1"});

  graph::EventInfo held;
  held.kind = graph::MeetingKind::kTalks;
  held.start_date = "2024-05-29";
  held.date_inferred = true;
  const auto held_v = add("event/held", "talks: Nguyễn Văn A, Bounmy B", held, {"article/a1"});
  kg.mutable_node(held_v).evidence.push_back({"article/a1", 0, 0, 30, "Hai bên đã hội đàm tại Vientiane."});
  graph::EventInfo planned;
  planned.kind = graph::MeetingKind::kReception;
  planned.start_date = "--06-01";
  planned.status = graph::EventStatus::kPlanned;
  add("event/planned", "reception: Khamla C", planned, {"article/a2"});
  graph::AgreementInfo mou;
  mou.kind = graph::AgreementKind::kMemorandum;
  mou.status = graph::AgreementStatus::kSigned;
  mou.signing_date = "2024-05-29";
  mou.period_start = "2024";
  mou.period_end = "2026";
  add("agreement/mou", "Bản ghi nhớ hợp tác", mou, {"article/a1"});

  link("person/a", "country/vn", Relation::kNationality);
  link("person/b", "country/la", Relation::kNationality);
  link("person/c", "country/la", Relation::kNationality);
  link("org/x", "country/vn", Relation::kCountry);
  link("org/y", "country/la", Relation::kCountry);
  link("event/held", "person/a", Relation::kAttendee, "head of delegation");
  link("event/held", "person/b", Relation::kAttendee);
  link("event/held", "place/vientiane", Relation::kLocation);
  link("event/held", "article/a1", Relation::kReportedIn);
  link("event/planned", "person/a", Relation::kAttendee);
  link("event/planned", "person/c", Relation::kAttendee);
  link("event/planned", "article/a2", Relation::kReportedIn);
  link("agreement/mou", "org/x", Relation::kParty);
  link("agreement/mou", "org/y", Relation::kParty);
  link("agreement/mou", "person/a", Relation::kSignatory);
  link("agreement/mou", "article/a1", Relation::kReportedIn);
  return kg;
}

const graph::KnowledgeGraph& Graph() {
  static const graph::KnowledgeGraph kg = AnswersGraph();
  return kg;
}

std::set<std::string> Meetings(const std::vector<MetPair>& pairs) {
  std::set<std::string> ids;
  for (const MetPair& p : pairs) ids.insert(p.meeting.id);
  return ids;
}

std::vector<MetPair> WhoMetWith(std::vector<std::string> statuses) {
  WhoMetFilter filter;
  filter.statuses = std::move(statuses);
  return WhoMet(Graph(), filter).value();
}

TEST_CASE("who-met lists held meetings unless --status asks for others", "[query][answers]") {
  struct Case {
    std::vector<std::string> statuses;
    std::set<std::string> meetings;
  };
  const std::vector<Case> cases = {
      {{}, {"event/held"}},  // a planned meeting is not a meeting that took place
      {{"held"}, {"event/held"}},
      {{"planned"}, {"event/planned"}},
      {{"PLANNED"}, {"event/planned"}},  // any case
      {{"planned", "Held"}, {"event/held", "event/planned"}},
      {{"all"}, {"event/held", "event/planned"}},
      {{"All"}, {"event/held", "event/planned"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.statuses);
    CHECK(Meetings(WhoMetWith(c.statuses)) == c.meetings);
  }
  const auto planned = WhoMetWith({"planned"});
  REQUIRE(planned.size() == 1);
  CHECK(planned[0].meeting.status == graph::EventStatus::kPlanned);
}

TEST_CASE("an unknown --status value is refused, listing the valid ones", "[query][answers]") {
  for (const char* bad : {"canceled", "", "hel"}) {
    CAPTURE(bad);
    WhoMetFilter filter;
    filter.statuses = {"held", bad};
    const auto pairs = WhoMet(Graph(), filter);
    REQUIRE_FALSE(pairs.ok());
    CHECK(pairs.status().code() == StatusCode::kInvalidArgument);
    CHECK(pairs.status().message().find("\"" + std::string(bad) + "\"") != std::string::npos);
    CHECK(pairs.status().message().find("held, planned, cancelled, postponed, all") != std::string::npos);
  }
}

TEST_CASE("who-met rows show status, the date in the one notation and the articles", "[query][answers]") {
  const auto pairs = WhoMetWith({"all"});
  REQUIRE(pairs.size() == 2);
  const std::string table = FormatWhoMet(pairs, Format::kTable);
  CHECK(table.rfind("date                        status   person", 0) == 0);
  CHECK(table.find("2024-05-29 (year inferred)  held     Nguyễn Văn A") != std::string::npos);
  CHECK(table.find("1 June, year unknown") != std::string::npos);  // no year: in words
  CHECK(table.find("--06-01") == std::string::npos);
  CHECK(table.find("planned") != std::string::npos);
  CHECK(table.find("Hai bên hội đàm (2024-05-30) https://example.vn/a1") != std::string::npos);
  CHECK(table.find("Lịch làm việc data/a2.txt") != std::string::npos);  // no URL: the file
  CHECK(table.find("article/a1") == std::string::npos);                 // ids only in JSON

  const std::string csv = FormatWhoMet(pairs, Format::kCsv);
  CHECK(csv.rfind("person,person_id,met,met_id,meeting,kind,status,date,date_text,place,source,evidence\n", 0) == 0);
  CHECK(csv.find(",talks,held,2024-05-29,2024-05-29 (year inferred),Vientiane,"
                 "Hai bên hội đàm (2024-05-30) https://example.vn/a1,") != std::string::npos);
  CHECK(csv.find(",reception,planned,--06-01,\"1 June, year unknown\",,Lịch làm việc data/a2.txt,") !=
        std::string::npos);

  rapidjson::Document json;
  json.Parse(FormatWhoMet(pairs, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  REQUIRE(json.Size() == 2);
  // (who-met's own order puts the meeting without a year first)
  const rapidjson::SizeType held_at = std::string(json[0]["meeting"].GetString()) == "event/held" ? 0 : 1;
  const auto& held = json[held_at];
  CHECK(std::string(held["date"].GetString()) == "2024-05-29");
  CHECK(std::string(held["date_text"].GetString()) == "2024-05-29 (year inferred)");
  CHECK(held["year_inferred"].GetBool());
  CHECK(std::string(held["status"].GetString()) == "held");
  REQUIRE(held["sources"].Size() == 1);
  const auto& source = held["sources"][0];
  CHECK(std::string(source["id"].GetString()) == "article/a1");
  CHECK(std::string(source["title"].GetString()) == "Hai bên hội đàm");
  CHECK(std::string(source["date"].GetString()) == "2024-05-30");
  CHECK(std::string(source["url"].GetString()) == "https://example.vn/a1");
  CHECK_FALSE(source.HasMember("path"));
  const auto& planned = json[1 - held_at];
  CHECK(std::string(planned["date_text"].GetString()) == "1 June, year unknown");
  CHECK_FALSE(planned["year_inferred"].GetBool());
  CHECK(std::string(planned["status"].GetString()) == "planned");
  CHECK(std::string(planned["sources"][0]["path"].GetString()) == "data/a2.txt");
  CHECK_FALSE(planned["sources"][0].HasMember("url"));
}

TEST_CASE("a path step shows the meeting's status, date notation and source", "[query][answers]") {
  const auto paths = ShortestPaths(Graph(), "Bounmy B", "Nguyễn Văn A").value();
  REQUIRE(paths.size() == 1);
  const std::string table = FormatPaths(paths, Format::kTable);
  CHECK(table.find("2024-05-29 (year inferred)  held") != std::string::npos);
  CHECK(table.find("Hai bên hội đàm (2024-05-30)") != std::string::npos);
  const std::string csv = FormatPaths(paths, Format::kCsv);
  CHECK(csv.rfind("path,step,from,from_id,to,to_id,meeting,kind,status,date,date_text,place,source,evidence\n", 0) ==
        0);
  rapidjson::Document json;
  json.Parse(FormatPaths(paths, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  CHECK(std::string(json[0][0]["status"].GetString()) == "held");
  CHECK(std::string(json[0][0]["date_text"].GetString()) == "2024-05-29 (year inferred)");
  CHECK(std::string(json[0][0]["sources"][0]["title"].GetString()) == "Hai bên hội đàm");
}

using testing::Column;

TEST_CASE("a timeline row gives the status, the date in the one notation and its articles", "[query][answers]") {
  const Rows a = Timeline(Graph(), "Nguyễn Văn A").value();
  REQUIRE(a.basis.size() == a.rows.size());
  CHECK(Column(a, "what") == std::vector<std::string>{"agreement", "meeting", "role", "meeting"});
  CHECK(Column(a, "status") == std::vector<std::string>{"Signed", "held", "", "planned"});
  const std::string table = FormatRows(a, Format::kTable);
  CHECK(table.find("2024-05-29 (year inferred)  meeting") != std::string::npos);
  CHECK(table.find("1 June, year unknown        meeting    planned") != std::string::npos);
  CHECK(table.find("Hai bên hội đàm (2024-05-30) https://example.vn/a1") != std::string::npos);

  rapidjson::Document json;
  json.Parse(FormatRows(a, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  CHECK(std::string(json[1]["date"].GetString()) == "2024-05-29");
  CHECK(std::string(json[1]["date_text"].GetString()) == "2024-05-29 (year inferred)");
  CHECK(json[1]["year_inferred"].GetBool());
  CHECK_FALSE(json[0]["year_inferred"].GetBool());  // the agreement's date is stated
  CHECK(std::string(json[1]["sources"][0]["id"].GetString()) == "article/a1");
  CHECK(std::string(json[3]["date_text"].GetString()) == "1 June, year unknown");

  const std::string csv = FormatRows(a, Format::kCsv);
  CHECK(csv.rfind("date,date_text,what,status,description,node,source\n", 0) == 0);
  CHECK(csv.find("--06-01,\"1 June, year unknown\",meeting,planned,") != std::string::npos);

  const Rows agreements = Agreements(Graph(), "", "").value();
  CHECK(FormatRows(agreements, Format::kTable).find("Hai bên hội đàm (2024-05-30)") != std::string::npos);
}

// The value of each row of a card whose field is `field`.
std::vector<std::string> Field(const Rows& card, const std::string& field) {
  std::vector<std::string> out;
  for (const auto& row : card.rows)
    if (row.at(0) == field) out.push_back(row.at(1));
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("a meeting's card: kind, date, place, status, attendees with their delegation, evidence, sources",
          "[query][answers]") {
  const Rows card = EntityCard(Graph(), "event/held").value();
  CHECK(Field(card, "kind") == Strings{"talks"});
  CHECK(Field(card, "date") == Strings{"2024-05-29 (year inferred)"});
  CHECK(Field(card, "place") == Strings{"Vientiane"});
  CHECK(Field(card, "status") == Strings{"held"});
  CHECK(Field(card, "attendee") == Strings{"Nguyễn Văn A (Việt Nam, head of delegation)", "Bounmy B (Lào)"});
  CHECK(Field(card, "evidence") == Strings{"“Hai bên đã hội đàm tại Vientiane.”"});
  CHECK(Field(card, "source") == Strings{"Hai bên hội đàm (2024-05-30) https://example.vn/a1"});

  const Rows planned = EntityCard(Graph(), "event/planned").value();
  CHECK(Field(planned, "status") == Strings{"planned"});
  CHECK(Field(planned, "date") == Strings{"1 June, year unknown"});
}

TEST_CASE("an agreement's card: kind, status, date, period, parties, signatories, sources", "[query][answers]") {
  const Rows card = EntityCard(Graph(), "Bản ghi nhớ hợp tác").value();
  CHECK(Field(card, "kind") == Strings{"MemorandumOfUnderstanding"});
  CHECK(Field(card, "status") == Strings{"Signed"});
  CHECK(Field(card, "date") == Strings{"2024-05-29"});
  CHECK(Field(card, "period") == Strings{"2024–2026"});
  CHECK(Field(card, "party") == Strings{"Bộ X (Việt Nam)", "Bộ Y (Lào)"});
  CHECK(Field(card, "signatory") == Strings{"Nguyễn Văn A (Việt Nam)"});
  CHECK(Field(card, "source").size() == 1);
}

TEST_CASE("an article's card: title, outlet, date, URL or file, and what was read from it", "[query][answers]") {
  const Rows a1 = EntityCard(Graph(), "article/a1").value();
  CHECK(Field(a1, "title") == Strings{"Hai bên hội đàm"});
  CHECK(Field(a1, "outlet") == Strings{"Báo Mẫu"});
  CHECK(Field(a1, "date") == Strings{"2024-05-30"});
  CHECK(Field(a1, "url") == Strings{"https://example.vn/a1"});
  CHECK(Field(a1, "persons") == Strings{"2"});
  CHECK(Field(a1, "person") == Strings{"Bounmy B", "Nguyễn Văn A"});
  CHECK(Field(a1, "organizations") == Strings{"2"});
  CHECK(Field(a1, "meetings") == Strings{"1"});
  CHECK(Field(a1, "meeting") == Strings{"2024-05-29 (year inferred): talks: Nguyễn Văn A, Bounmy B (held)"});
  CHECK(Field(a1, "agreement") == Strings{"Bản ghi nhớ hợp tác (Signed)"});

  // Found by its title too; no URL: the file.
  const Rows a2 = EntityCard(Graph(), "Lịch làm việc").value();
  CHECK(Field(a2, "file") == Strings{"data/a2.txt"});
  CHECK(Field(a2, "url").empty());
  CHECK(Field(a2, "meeting") == Strings{"1 June, year unknown: reception: Khamla C (planned)"});
  CHECK(Field(a2, "agreements") == Strings{"0"});
}

TEST_CASE("a person's card names its sources; JSON gives each with its id", "[query][answers]") {
  const Rows card = EntityCard(Graph(), "Nguyễn Văn A").value();
  CHECK(Field(card, "source") ==
        Strings{"Hai bên hội đàm (2024-05-30) https://example.vn/a1", "Lịch làm việc data/a2.txt"});
  CHECK(Field(card, "title") == Strings{"Bộ trưởng (Bộ X), 2024-05-30"});
  rapidjson::Document json;
  json.Parse(FormatRows(card, Format::kJson).c_str());
  REQUIRE(json.IsArray());
  std::vector<std::string> ids;
  for (const auto& row : json.GetArray()) {
    if (std::string(row["field"].GetString()) != "source") {
      continue;
    }
    REQUIRE(row["sources"].Size() == 1);
    ids.push_back(row["sources"][0]["id"].GetString());
  }
  CHECK(ids == Strings{"article/a1", "article/a2"});
  CHECK(FormatRows(card, Format::kCsv).find("field,value\n") == 0);
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

// The longest line of `text`, in code points.
std::size_t WidestLine(const std::string& text) {
  std::istringstream lines(text);
  std::size_t widest = 0;
  for (std::string line; std::getline(lines, line);) widest = std::max(widest, CountCodePoints(line));
  return widest;
}

std::size_t LineCount(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// A meeting whose evidence and source are long, as real ones are.
std::vector<MetPair> LongPairs() {
  MetPair p;
  p.first = "person/a";
  p.first_name = "Huỳnh Thành Đạt";
  p.second = "person/b";
  p.second_name = "Boviengkham Vongdara";
  p.meeting.id = "event/m";
  p.meeting.kind = "joint committee session";
  p.meeting.date = "2024-05-28";
  p.meeting.year_inferred = true;
  p.meeting.place = "Vientiane";
  p.meeting.sources = {{"article/x", "Việt Nam và Lào tăng cường hợp tác trong lĩnh vực khoa học công nghệ",
                        "2024-05-30", "https://nhandan.example/viet-nam-va-lao-tang-cuong-hop-tac-post811730.html", ""}};
  p.meeting.evidence = std::string(400, 'x') + " cuối câu";
  return {p, p};
}

TEST_CASE("tables fit the width given: long cells cut with an ellipsis, cards wrapped", "[query][answers]") {
  const auto pairs = LongPairs();
  const Rows timeline = Timeline(AnswersGraph(), "Nguyễn Văn A").value();
  Rows card = EntityCard(AnswersGraph(), "event/held").value();
  card.rows.push_back({"evidence", "“" + std::string(30, 'y') + " " + std::string(150, 'z') + " cuối câu”"});
  const std::vector<Ranked> ranking = {{"person/a-very-long-identifier-of-a-person-node", "Huỳnh Thành Đạt", 0.5}};
  const std::vector<Path> paths = {{{"person/a", "person/b", "Huỳnh Thành Đạt", "Boviengkham Vongdara", pairs[0].meeting}}};
  for (const std::size_t width : {60, 100}) {
    CAPTURE(width);
    const TableStyle style{width};
    const std::string who = FormatWhoMet(pairs, Format::kTable, style);
    CHECK(WidestLine(who) <= width);
    // The rest does not fit whole beside the source and evidence: they go under each row, cut.
    CHECK(LineCount(who) == 1 + 2 * 3);
    CHECK(who.find("\n    source: Việt Nam và Lào tăng cường hợp tác") != std::string::npos);
    CHECK(who.find("\n    evidence: xxxxx") != std::string::npos);
    CHECK(who.find("…") != std::string::npos);
    CHECK(who.find("cuối câu") == std::string::npos);
    CHECK(WidestLine(FormatPaths(paths, Format::kTable, style)) <= width);
    CHECK(WidestLine(FormatRanking(ranking, Format::kTable, style)) <= width);
    CHECK(WidestLine(FormatRows(timeline, Format::kTable, style)) <= width);
    // A card wraps its values: every word is still there.
    const std::string card_table = FormatRows(card, Format::kTable, style);
    CHECK(WidestLine(card_table) <= width);
    CHECK(LineCount(card_table) > card.rows.size() + 1);
    CHECK(card_table.find("https://example.vn/a1") != std::string::npos);
    CHECK(card_table.find("cuối câu”") != std::string::npos);
  }
  // Width 0: every cell whole, one line a row.
  const std::string whole = FormatWhoMet(pairs, Format::kTable, TableStyle{0});
  CHECK(whole.find(std::string(400, 'x') + " cuối câu") != std::string::npos);
  CHECK(whole.find("…") == std::string::npos);
  CHECK(LineCount(whole) == 3);
  CHECK(LineCount(FormatRows(card, Format::kTable)) == card.rows.size() + 1);
  // Very narrow: every column narrows, down to a character, to stay within the width.
  CHECK(WidestLine(FormatWhoMet(pairs, Format::kTable, TableStyle{30})) <= 30);
}

TEST_CASE("a table cuts the free text (source, evidence) before the names", "[query][answers]") {
  const std::string table = FormatWhoMet(LongPairs(), Format::kTable, TableStyle{140});
  CHECK(LineCount(table) == 3);  // the rest fits beside them: one line a row
  CHECK(WidestLine(table) <= 140);
  CHECK(table.find("…") != std::string::npos);
  CHECK(table.find("Huỳnh Thành Đạt") != std::string::npos);
  CHECK(table.find("Boviengkham Vongdara") != std::string::npos);
  CHECK(table.find("2024-05-28 (year inferred)") != std::string::npos);
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

using pipeline::testing::RunCli;

TEST_CASE("coopgraph query who-met --status, entity article/…: through the binary", "[query][answers]") {
  coopgraph::testing::TempDir tmp;
  const std::string graph = tmp / "answers.jsonld";
  REQUIRE(WriteFileAtomically(graph, exporters::ToJsonLd(AnswersGraph())).ok());
  auto who_met = [&](std::initializer_list<std::string> more) {
    std::vector<std::string> args = {"query", "--graph", graph, "--format", "csv", "who-met"};
    args.insert(args.end(), more);
    std::string command = coopgraph::testing::ShellQuote(COOPGRAPH_BINARY);
    for (const std::string& a : args) command += " " + coopgraph::testing::ShellQuote(a);
    return coopgraph::testing::RunShell(command, tmp);
  };
  const auto held = who_met({});
  CHECK(held.exit_code == 0);
  CHECK(held.out.find(",held,") != std::string::npos);
  CHECK(held.out.find(",planned,") == std::string::npos);
  for (const auto& statuses : {"planned,held", "ALL"}) {
    CAPTURE(statuses);
    const auto both = who_met({"--status", statuses});
    CHECK(both.exit_code == 0);
    CHECK(both.out.find(",planned,--06-01,\"1 June, year unknown\",") != std::string::npos);
    CHECK(both.out.find(",held,2024-05-29,2024-05-29 (year inferred),") != std::string::npos);
  }
  const auto bad = who_met({"--status", "happened"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("\"happened\"") != std::string::npos);
  CHECK(bad.err.find("held, planned, cancelled, postponed, all") != std::string::npos);

  const auto card = RunCli({"query", "--graph", graph, "--format", "table", "entity", "article/a1"}, tmp);
  CHECK(card.exit_code == 0);
  for (const char* line : {"title          Hai bên hội đàm", "url            https://example.vn/a1", "persons        2",
                           "meeting        2024-05-29 (year inferred): talks: Nguyễn Văn A, Bounmy B (held)"}) {
    CHECK(card.out.find(line) != std::string::npos);
  }
}

}  // namespace
}  // namespace coopgraph::query

namespace coopgraph::query {
namespace {

const graph::KnowledgeGraph& SampleGraph() {
  static const graph::KnowledgeGraph kg =
      exporters::ReadJsonLd(COOPGRAPH_SOURCE_DATA_DIR "/../output/graph.jsonld").value();
  return kg;
}

TEST_CASE("the sample: a planned reception is on its article's card and its own, not in who-met", "[query][answers]") {
  const Rows article = EntityCard(SampleGraph(), "Văn phòng Trung ương Đảng Việt Nam-Lào tăng cường hợp tác").value();
  CHECK(Field(article, "url") ==
        Strings{"http://www.vietnamplus.vn/van-phong-trung-uong-dang-viet-namlao-tang-cuong-hop-tac/447749.vnp"});
  CHECK(Field(article, "meetings") == Strings{"2"});
  CHECK(Field(article, "meeting") ==
        Strings{"23 May, year unknown: reception: Khamphan Phommathat (planned)",
                "23 May, year unknown: talks: Bùi Văn Thạch, Chanthaboun Rattanavong (held)"});
  const Rows reception = EntityCard(SampleGraph(), "event/05-23-cba8c08f").value();
  CHECK(Field(reception, "status") == Strings{"planned"});
  CHECK(Field(reception, "attendee") == Strings{"Khamphan Phommathat (Lào)"});

  WhoMetFilter all;
  all.statuses = {"all"};
  // (Each answer is kept: a loop over a temporary's value() would outlive it.)
  const std::vector<MetPair> held = WhoMet(SampleGraph(), {}).value();
  for (const MetPair& p : held) CHECK(p.meeting.status == graph::EventStatus::kHeld);
  // An article without a headline is named by its file, once.
  const std::vector<MetPair> every = WhoMet(SampleGraph(), all).value();
  for (const MetPair& p : every) {
    for (const SourceRef& s : p.meeting.sources) {
      CHECK(SourceText(s).find(s.path + " " + s.path) == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace coopgraph::query

// Specification of the fact stream (extract/facts_io.h): a line read back
// gives every value written, on the sample corpus and the unseen articles;
// a bad line is a kDataLoss naming the stream, the line and the field.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "coopgraph/extract/facts_io.h"
#include "extract_test_util.h"
#include "ingest/parse_bytes.h"

namespace coopgraph::extract {
namespace {

using testing::TheLexicon;

// "" when equal, else what differs first (a path and both values).
#define DIFF(path, a, b) \
  if (!((a) == (b))) return std::string(path)

std::string DiffEvidence(const Evidence& a, const Evidence& b, const std::string& at) {
  DIFF(at + ".article_id", a.article_id, b.article_id);
  DIFF(at + ".sentence", a.sentence, b.sentence);
  DIFF(at + ".begin", a.begin, b.begin);
  DIFF(at + ".end", a.end, b.end);
  DIFF(at + ".quote", a.quote, b.quote);
  return "";
}

std::string DiffDate(const PartialDate& a, const PartialDate& b, const std::string& at) {
  DIFF(at, a, b);
  DIFF(at + ".year_inferred", a.year_inferred, b.year_inferred);
  return "";
}

std::string Diff(const ArticleFacts& x, const ingest::Document& d, const ExtractedArticle& e) {
  const ingest::Document& r = x.document;
  DIFF("id", r.id, d.id);
  DIFF("source_path", r.source_path, d.source_path);
  DIFF("url", r.url, d.url);
  DIFF("title", r.title, d.title);
  DIFF("date_published", r.date_published, d.date_published);
  DIFF("outlet", r.outlet, d.outlet);
  DIFF("text", r.text, d.text);
  DIFF("byline", r.byline, d.byline);
  const ExtractedArticle& a = x.extracted;
  DIFF("article_id", a.article_id, e.article_id);
  if (auto s = DiffDate(a.published, e.published, "published"); !s.empty()) return s;
  DIFF("mentions.size", a.mentions.size(), e.mentions.size());
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    const Mention& n = e.mentions[i];
    const std::string at = "mentions[" + std::to_string(i) + "]";
    DIFF(at + ".kind", m.kind, n.kind);
    DIFF(at + ".surface", m.surface, n.surface);
    DIFF(at + ".name", m.name, n.name);
    DIFF(at + ".aliases", m.aliases, n.aliases);
    DIFF(at + ".country", m.country, n.country);
    DIFF(at + ".category", m.category, n.category);
    DIFF(at + ".titles.size", m.titles.size(), n.titles.size());
    for (std::size_t t = 0; t < m.titles.size(); ++t) {
      DIFF(at + ".titles.text", m.titles[t].text, n.titles[t].text);
      DIFF(at + ".titles.organization", m.titles[t].organization, n.titles[t].organization);
      DIFF(at + ".titles.country", m.titles[t].country, n.titles[t].country);
    }
    DIFF(at + ".parent", m.parent, n.parent);
    DIFF(at + ".known_index", m.known_index, n.known_index);
    if (auto s = DiffEvidence(m.evidence, n.evidence, at + ".evidence"); !s.empty()) return s;
  }
  DIFF("meetings.size", a.meetings.size(), e.meetings.size());
  for (std::size_t i = 0; i < a.meetings.size(); ++i) {
    const MeetingMention& m = a.meetings[i];
    const MeetingMention& n = e.meetings[i];
    const std::string at = "meetings[" + std::to_string(i) + "]";
    DIFF(at + ".kind", m.kind, n.kind);
    if (auto s = DiffDate(m.start, n.start, at + ".start"); !s.empty()) return s;
    if (auto s = DiffDate(m.end, n.end, at + ".end"); !s.empty()) return s;
    DIFF(at + ".status", m.status, n.status);
    DIFF(at + ".place", m.place, n.place);
    DIFF(at + ".participants.size", m.participants.size(), n.participants.size());
    for (std::size_t p = 0; p < m.participants.size(); ++p) {
      DIFF(at + ".participants.mention", m.participants[p].mention, n.participants[p].mention);
      DIFF(at + ".participants.head", m.participants[p].head_of_delegation, n.participants[p].head_of_delegation);
    }
    DIFF(at + ".evidence.size", m.evidence.size(), n.evidence.size());
    for (std::size_t k = 0; k < m.evidence.size(); ++k)
      if (auto s = DiffEvidence(m.evidence[k], n.evidence[k], at + ".evidence"); !s.empty()) return s;
  }
  DIFF("agreements.size", a.agreements.size(), e.agreements.size());
  for (std::size_t i = 0; i < a.agreements.size(); ++i) {
    const AgreementMention& m = a.agreements[i];
    const AgreementMention& n = e.agreements[i];
    const std::string at = "agreements[" + std::to_string(i) + "]";
    DIFF(at + ".kind", m.kind, n.kind);
    DIFF(at + ".name", m.name, n.name);
    DIFF(at + ".period_start", m.period_start, n.period_start);
    DIFF(at + ".period_end", m.period_end, n.period_end);
    DIFF(at + ".status", m.status, n.status);
    if (auto s = DiffDate(m.date, n.date, at + ".date"); !s.empty()) return s;
    DIFF(at + ".parties", m.parties, n.parties);
    DIFF(at + ".signatories", m.signatories, n.signatories);
    if (auto s = DiffEvidence(m.evidence, n.evidence, at + ".evidence"); !s.empty()) return s;
  }
  return "";
}

#undef DIFF

std::vector<ingest::Document> Read(const std::string& path) {
  ingest::IngestOptions options;
  auto boilerplate = ingest::LoadBoilerplate(COOPGRAPH_SOURCE_DATA_DIR "/boilerplate.txt");
  REQUIRE(boilerplate.ok());
  options.boilerplate_lines = *boilerplate;
  auto result = ingest::ReadPaths({path}, options);
  REQUIRE(result.ok());
  return std::move(result->documents);
}

TEST_CASE("A fact line read back gives every value written", "[extract]") {
  const Extractor extractor(TheLexicon());
  std::size_t articles = 0, meetings = 0, agreements = 0, inferred = 0;
  for (const char* dir : {COOPGRAPH_SOURCE_DATA_DIR "/sample", COOPGRAPH_SOURCE_DATA_DIR "/../tests/data/unseen/articles",
                          COOPGRAPH_SOURCE_DATA_DIR "/../tests/data/unseen2/articles"}) {
    for (const ingest::Document& doc : Read(dir)) {
      CAPTURE(doc.source_path);
      const ExtractedArticle extracted = extractor.Extract(doc);
      const std::string line = WriteFactLine(doc, extracted);
      REQUIRE(line.back() == '\n');
      CHECK(line.find('\n') == line.size() - 1);  // one line
      auto back = ReadFactLine(line, "facts.jsonl:1");
      INFO((back.ok() ? "" : back.status().message()));
      REQUIRE(back.ok());
      CHECK(Diff(*back, doc, extracted) == "");
      const std::optional<FactLineKey> key = PeekFactLine(line);  // what merge orders lines by
      REQUIRE(key);
      CHECK(key->id == doc.id);
      CHECK(key->source_path == doc.source_path);
      CHECK(WriteFactLine(back->document, back->extracted) == line);  // the same bytes again
      ++articles;
      meetings += extracted.meetings.size();
      agreements += extracted.agreements.size();
      for (const MeetingMention& m : extracted.meetings) inferred += m.start.year_inferred;
    }
  }
  // The corpus covers what the codec carries.
  CHECK(articles >= 20);
  CHECK(meetings > 10);
  CHECK(agreements > 5);
  CHECK(inferred > 0);
}

TEST_CASE("Values the corpus may not have survive the trip too", "[extract]") {
  // A document as ingest makes it (its id the hash of its text), with every field set.
  const ingest::IngestResult parsed = ingest::ParseBytes(
      "x.json",
      "{\"text\": \"Ngày 10/8, hai Bộ trưởng ký Thỏa thuận tại Viêng Chăn \\\"đặc biệt\\\".\\nDòng hai.\", "
      "\"url\": \"https://a.vn/x\", \"title\": \"Tiêu đề\", \"date\": \"2018-08-01\"}",
      ingest::IngestOptions{});
  REQUIRE(parsed.documents.size() == 1);
  ingest::Document doc = parsed.documents[0];
  REQUIRE(doc.text.find('"') != std::string::npos);
  REQUIRE(doc.text.find('\n') != std::string::npos);
  ExtractedArticle e;
  doc.outlet = "Nhân Dân";
  doc.byline = "Khánh Linh";
  e.article_id = doc.id;
  e.published = ParseIsoDate("2018-08");
  Mention person;
  person.kind = MentionKind::kPerson;
  person.surface = "Bộ trưởng A";
  person.titles = {{"Bộ trưởng", 1, "LA"}, {"Ủy viên", -1, ""}};
  person.known_index = 0;
  person.evidence = {doc.id, 0, 3, 14, "Bộ trưởng A"};
  Mention org;
  org.kind = MentionKind::kOrganization;
  org.surface = "Bộ KH&CN";
  org.name = "Bộ Khoa học và Công nghệ";
  org.aliases = {"MOST", "Bộ KH&CN"};
  org.country = "VN";
  org.category = OrgCategory::kGovernment;
  org.parent = 2;
  org.evidence = {"another-article", 2, 0, 0, ""};
  Mention place;
  place.kind = MentionKind::kPlace;
  place.surface = "Viêng Chăn";
  e.mentions = {person, org, place};
  MeetingMention meeting;
  meeting.kind = MeetingKind::kSigningCeremony;
  meeting.start = {0, 8, 10, false};  // month and day only
  meeting.end = {2018, 8, 12, true};
  meeting.status = EventStatus::kPostponed;
  meeting.place = 2;
  meeting.participants = {{0, true}, {1, false}};
  meeting.evidence = {person.evidence, org.evidence};
  e.meetings = {meeting, MeetingMention{}};
  e.meetings[1].evidence.clear();
  AgreementMention agreement;
  agreement.kind = AgreementKind::kFrameworkProgram;
  agreement.name = "Khung chương trình";
  agreement.period_start = 2021;
  agreement.period_end = 2025;
  agreement.status = AgreementStatus::kToBeSigned;
  agreement.date = {2018, 9, 0, true};
  agreement.parties = {1, 0};
  agreement.signatories = {0};
  e.agreements = {agreement};
  const std::string line = WriteFactLine(doc, e);
  auto back = ReadFactLine(line, "x:1");
  INFO((back.ok() ? line : back.status().message()));
  REQUIRE(back.ok());
  CHECK(Diff(*back, doc, e) == "");
  CHECK(WriteFactLine(back->document, back->extracted) == line);
}

TEST_CASE("A fact line's key is peeked from its start, or not at all", "[extract]") {
  const std::string start = "{\"facts\":1,\"document\":{\"id\":\"00ff\",\"source_path\":\"a\\\"b#\\u0031\"";
  const auto key = PeekFactLine(start + ",\"text\": not JSON after the key");  // the rest is not read
  REQUIRE(key);
  CHECK(key->id == "00ff");
  CHECK(key->source_path == "a\"b#1");
  CHECK_FALSE(PeekFactLine("{\"facts\":1,\"document\":{\"id\":\"00ff\",\"text\":\"x\"},\"source_path\":\"a\"}"));
  CHECK_FALSE(PeekFactLine("{\"facts\":1,\"document\":{\"id\":\"00ff\""));  // cut before the source
  CHECK_FALSE(PeekFactLine("not JSON"));
  CHECK_FALSE(PeekFactLine(""));
}

TEST_CASE("A bad fact line is kDataLoss naming the stream, the line and the field", "[extract]") {
  const Extractor extractor(TheLexicon());
  const std::vector<ingest::Document> docs = Read(COOPGRAPH_SOURCE_DATA_DIR "/sample");
  REQUIRE(!docs.empty());
  const std::string good = WriteFactLine(docs[0], extractor.Extract(docs[0]));
  auto replace = [&good](const std::string& from, const std::string& to) {
    std::string s = good;
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  struct Case {
    std::string name;
    std::string line;
    std::string message;  // a part of the error's message
  };
  const std::vector<Case> cases = {
      {"not JSON", "hello\n", "facts.jsonl:12: not a JSON line"},
      {"truncated", good.substr(0, good.size() / 2), "facts.jsonl:12: not a JSON line"},
      {"empty object", "{}\n", "facts.jsonl:12: not a coopgraph fact line"},
      {"an array", "[1,2]\n", "facts.jsonl:12: not a JSON object"},
      {"another version", replace("{\"facts\":1,", "{\"facts\":2,"), "version 2"},
      {"no document", replace("\"document\":", "\"doc\":"), "facts.jsonl:12: document: missing"},
      {"edited text", replace("\"text\":\"", "\"text\":\"X"), "document.text: does not hash"},
      {"unknown kind", replace("\"kind\":\"person\"", "\"kind\":\"alien\""), "unknown name \"alien\""},
      {"a wrong type", replace("\"mentions\":[", "\"mentions\":\"none\",\"ignored\":["), "mentions: not an array"},
      {"offsets", replace("\"begin\":", "\"begin\":-"), "evidence.begin: not a non-negative integer"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      auto read = ReadFactLine(c.line, "facts.jsonl:12");
      REQUIRE_FALSE(read.ok());
      CHECK(read.status().code() == StatusCode::kDataLoss);
      CHECK_THAT(read.status().message(), Catch::Contains(c.message));
      CHECK_THAT(read.status().message(), Catch::StartsWith("facts.jsonl:12: "));
    }
  }
  SECTION("a mention index out of range") {
    ingest::Document doc = docs[0];
    ExtractedArticle e = extractor.Extract(doc);
    REQUIRE(!e.meetings.empty());
    REQUIRE(!e.meetings[0].participants.empty());
    e.meetings[0].participants[0].mention = static_cast<int>(e.mentions.size());
    auto read = ReadFactLine(WriteFactLine(doc, e), "f:3");
    REQUIRE_FALSE(read.ok());
    CHECK_THAT(read.status().message(), Catch::Contains("f:3: meetings[0].participants[0].mention: mention"));
  }
}

}  // namespace
}  // namespace coopgraph::extract

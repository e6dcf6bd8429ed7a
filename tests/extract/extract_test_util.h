// Shared by the extract and resolve tests: the real lexicon from data/, a
// one-call extractor, look-ups by name and a readable dump for failure messages.
#ifndef COOPGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define COOPGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "coopgraph/extract/extract.h"
#include "extract/lexicon.h"
#include "coopgraph/ingest/ingest.h"

namespace coopgraph::extract::testing {

// Loaded once: the data files are the knowledge under test.
inline std::shared_ptr<const Lexicon> TheLexicon() {
  static const std::shared_ptr<const Lexicon> lexicon = [] {
    auto loaded = LoadLexicon(COOPGRAPH_SOURCE_DATA_DIR);
    if (!loaded.ok()) FAIL("cannot load data/: " << loaded.status().ToString());
    return *loaded;
  }();
  return lexicon;
}

inline ingest::Document Doc(std::string text, std::string published = "", std::string id = "test") {
  ingest::Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date_published = std::move(published);
  return d;
}

inline ExtractedArticle Run(const std::string& text, const std::string& published = "") {
  return Extractor(TheLexicon()).Extract(Doc(text, published));
}

inline const char* KindName(MentionKind k) {
  switch (k) {
    case MentionKind::kPerson: return "person";
    case MentionKind::kOrganization: return "org";
    case MentionKind::kCountry: return "country";
    case MentionKind::kPlace: return "place";
  }
  return "?";
}

// Everything the extractor found, one line per mention or fact, for INFO().
inline std::string Dump(const ExtractedArticle& x) {
  std::ostringstream out;
  for (std::size_t i = 0; i < x.mentions.size(); ++i) {
    const Mention& m = x.mentions[i];
    out << "  #" << i << " " << KindName(m.kind) << " name=\"" << m.name << "\" surface=\"" << m.surface
        << "\" country=" << m.country << " parent=" << m.parent;
    for (const auto& a : m.aliases) out << " alias=\"" << a << "\"";
    for (const auto& t : m.titles)
      out << " title=\"" << t.text << "\"(org #" << t.organization << ", country " << t.country << ")";
    out << "\n";
  }
  for (const auto& m : x.meetings) {
    out << "  meeting kind=" << static_cast<int>(m.kind) << " start=" << m.start.ToIso()
        << (m.start.year_inferred ? "(year inferred)" : "") << " end=" << m.end.ToIso()
        << " status=" << (m.status == EventStatus::kPlanned ? "planned" : "held") << " place=#" << m.place
        << " participants:";
    for (const auto& p : m.participants) out << " #" << p.mention << (p.head_of_delegation ? "(head)" : "");
    out << "\n";
  }
  for (const auto& a : x.agreements) {
    out << "  agreement kind=" << static_cast<int>(a.kind) << " name=\"" << a.name << "\" period="
        << a.period_start << "-" << a.period_end << " status=" << static_cast<int>(a.status)
        << " date=" << a.date.ToIso() << "\n";
  }
  return out.str();
}

inline std::vector<const Mention*> MentionsOf(const ExtractedArticle& x, MentionKind kind) {
  std::vector<const Mention*> out;
  for (const auto& m : x.mentions)
    if (m.kind == kind) out.push_back(&m);
  return out;
}

// The first mention of `kind` whose name is exactly `name`, or nullptr.
inline const Mention* Find(const ExtractedArticle& x, MentionKind kind, const std::string& name) {
  for (const auto& m : x.mentions)
    if (m.kind == kind && m.name == name) return &m;
  return nullptr;
}

inline int IndexOf(const ExtractedArticle& x, const Mention* m) {
  return m ? static_cast<int>(m - x.mentions.data()) : -1;
}

// True when some person mention's name contains `word`.
inline bool AnyPersonNamed(const ExtractedArticle& x, const std::string& word) {
  for (const auto& m : x.mentions)
    if (m.kind == MentionKind::kPerson && m.name.find(word) != std::string::npos) return true;
  return false;
}

inline std::vector<std::string> TitlesOf(const Mention& m) {
  std::vector<std::string> out;
  for (const auto& t : m.titles) out.push_back(t.text);
  return out;
}

// Names of the person mentions taking part in a meeting, in order.
inline std::vector<std::string> AttendeeNames(const ExtractedArticle& x, const MeetingMention& m) {
  std::vector<std::string> out;
  for (const auto& p : m.participants) {
    const Mention& pm = x.mentions[p.mention];
    if (pm.kind == MentionKind::kPerson) out.push_back(pm.name);
  }
  return out;
}

inline bool Attends(const ExtractedArticle& x, const MeetingMention& m, const std::string& name) {
  auto names = AttendeeNames(x, m);
  return std::find(names.begin(), names.end(), name) != names.end();
}

inline bool IsHead(const ExtractedArticle& x, const MeetingMention& m, const std::string& name) {
  for (const auto& p : m.participants)
    if (x.mentions[p.mention].name == name && p.head_of_delegation) return true;
  return false;
}

}  // namespace coopgraph::extract::testing

#endif  // COOPGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

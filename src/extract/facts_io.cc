// The fact-stream codec (coopgraph/extract/facts_io.h): one article's
// Document and ExtractedArticle as one JSON line, through RapidJSON. Empty
// and default fields are left out; the reader gives them their defaults.
#include "coopgraph/extract/facts_io.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/base/enum_names.h"

namespace coopgraph::extract {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// The version of the line's shape, written first: a reader refuses another.
constexpr int kFactsVersion = 1;

std::string_view OrgCategoryName(OrgCategory c) { return EnumNameOf(kOrgCategoryNames, c); }
std::string_view EventStatusName(EventStatus s) { return EnumNameOf(kMeetingStatusNames, s); }
std::string_view AgreementStatusName(AgreementStatus s) { return EnumNameOf(kAgreementStatusNames, s); }

void String(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void Field(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  String(w, value);
}

void OptionalField(Writer& w, const char* key, std::string_view value) {
  if (!value.empty()) Field(w, key, value);
}

void OptionalInt(Writer& w, const char* key, int value, int absent) {
  if (value == absent) return;
  w.Key(key);
  w.Int(value);
}

void Date(Writer& w, const char* key, const PartialDate& date) {
  if (date.empty() && !date.year_inferred) return;
  w.Key(key);
  w.StartObject();
  OptionalInt(w, "year", date.year, 0);
  OptionalInt(w, "month", date.month, 0);
  OptionalInt(w, "day", date.day, 0);
  if (date.year_inferred) {
    w.Key("year_inferred");
    w.Bool(true);
  }
  w.EndObject();
}

void WriteEvidence(Writer& w, const Evidence& e, const std::string& article_id) {
  w.StartObject();
  if (e.article_id != article_id) Field(w, "article_id", e.article_id);
  w.Key("sentence");
  w.Uint64(e.sentence);
  w.Key("begin");
  w.Uint64(e.begin);
  w.Key("end");
  w.Uint64(e.end);
  Field(w, "quote", e.quote);
  w.EndObject();
}

void IntList(Writer& w, const char* key, const std::vector<int>& values) {
  if (values.empty()) return;
  w.Key(key);
  w.StartArray();
  for (int v : values) w.Int(v);
  w.EndArray();
}

void WriteMention(Writer& w, const Mention& m, const std::string& article_id) {
  w.StartObject();
  Field(w, "kind", EnumNameOf(kMentionKindNames, m.kind));
  Field(w, "surface", m.surface);
  OptionalField(w, "name", m.name);
  if (!m.aliases.empty()) {
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : m.aliases) String(w, a);
    w.EndArray();
  }
  OptionalField(w, "country", m.country);
  if (m.category != OrgCategory::kGeneric) Field(w, "category", OrgCategoryName(m.category));
  if (!m.titles.empty()) {
    w.Key("titles");
    w.StartArray();
    for (const TitleMention& t : m.titles) {
      w.StartObject();
      Field(w, "text", t.text);
      OptionalInt(w, "organization", t.organization, -1);
      OptionalField(w, "country", t.country);
      w.EndObject();
    }
    w.EndArray();
  }
  OptionalInt(w, "parent", m.parent, -1);
  OptionalInt(w, "known_index", m.known_index, -1);
  w.Key("evidence");
  WriteEvidence(w, m.evidence, article_id);
  w.EndObject();
}

void WriteMeeting(Writer& w, const MeetingMention& m, const std::string& article_id) {
  w.StartObject();
  Field(w, "kind", MeetingKindTerm(m.kind));
  Date(w, "start", m.start);
  Date(w, "end", m.end);
  Field(w, "status", EventStatusName(m.status));
  OptionalInt(w, "place", m.place, -1);
  w.Key("participants");
  w.StartArray();
  for (const Participant& p : m.participants) {
    w.StartObject();
    w.Key("mention");
    w.Int(p.mention);
    if (p.head_of_delegation) {
      w.Key("head_of_delegation");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : m.evidence) WriteEvidence(w, e, article_id);
  w.EndArray();
  w.EndObject();
}

void WriteAgreement(Writer& w, const AgreementMention& a, const std::string& article_id) {
  w.StartObject();
  Field(w, "kind", AgreementKindTerm(a.kind));
  Field(w, "name", a.name);
  OptionalInt(w, "period_start", a.period_start, 0);
  OptionalInt(w, "period_end", a.period_end, 0);
  Field(w, "status", AgreementStatusName(a.status));
  Date(w, "date", a.date);
  IntList(w, "parties", a.parties);
  IntList(w, "signatories", a.signatories);
  w.Key("evidence");
  WriteEvidence(w, a.evidence, article_id);
  w.EndObject();
}

// --- reading ---

// Reads the members of one JSON object, naming the path to a bad value
// ("mentions[3].evidence.begin") in its error. The first error sticks.
class Reader {
 public:
  explicit Reader(std::string where) : where_(std::move(where)) {}

  bool ok() const { return error_.empty(); }
  Status status() const { return DataLossError(where_ + ": " + error_); }

  void Fail(const std::string& path, const std::string& what) {
    if (error_.empty()) error_ = path + ": " + what;
  }

  const rapidjson::Value* Member(const rapidjson::Value& object, const std::string& path, const char* key,
                                 bool required) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || it->value.IsNull()) {
      if (required) Fail(path.empty() ? key : path + "." + key, "missing");
      return nullptr;
    }
    return &it->value;
  }

  std::string Str(const rapidjson::Value& object, const std::string& path, const char* key, bool required) {
    const rapidjson::Value* v = Member(object, path, key, required);
    if (v == nullptr) return "";
    if (!v->IsString()) {
      Fail(Join(path, key), "not a string");
      return "";
    }
    return ReplaceInvalidUtf8(std::string_view(v->GetString(), v->GetStringLength()));
  }

  int Int(const rapidjson::Value& object, const std::string& path, const char* key, int absent, bool required) {
    const rapidjson::Value* v = Member(object, path, key, required);
    if (v == nullptr) return absent;
    if (!v->IsInt()) {
      Fail(Join(path, key), "not an integer");
      return absent;
    }
    return v->GetInt();
  }

  std::size_t Size(const rapidjson::Value& object, const std::string& path, const char* key) {
    const rapidjson::Value* v = Member(object, path, key, true);
    if (v == nullptr) return 0;
    if (!v->IsUint64() || v->GetUint64() > std::numeric_limits<std::size_t>::max()) {
      Fail(Join(path, key), "not a non-negative integer");
      return 0;
    }
    return static_cast<std::size_t>(v->GetUint64());
  }

  bool Bool(const rapidjson::Value& object, const std::string& path, const char* key) {
    const rapidjson::Value* v = Member(object, path, key, false);
    if (v == nullptr) return false;
    if (!v->IsBool()) {
      Fail(Join(path, key), "not true or false");
      return false;
    }
    return v->GetBool();
  }

  const rapidjson::Value* Object(const rapidjson::Value& object, const std::string& path, const char* key,
                                 bool required) {
    const rapidjson::Value* v = Member(object, path, key, required);
    if (v != nullptr && !v->IsObject()) {
      Fail(Join(path, key), "not an object");
      return nullptr;
    }
    return v;
  }

  // The array `key` (absent: empty), each element handed to `each(value, path)`.
  template <typename Each>
  void Array(const rapidjson::Value& object, const std::string& path, const char* key, bool required, Each each) {
    const rapidjson::Value* v = Member(object, path, key, required);
    if (v == nullptr) return;
    if (!v->IsArray()) {
      Fail(Join(path, key), "not an array");
      return;
    }
    std::size_t i = 0;
    for (const rapidjson::Value& item : v->GetArray()) {
      each(item, Join(path, key) + "[" + std::to_string(i++) + "]");
      if (!ok()) return;
    }
  }

  template <typename Enum, typename Parse>
  Enum Named(const rapidjson::Value& object, const std::string& path, const char* key, Enum absent, bool required,
             Parse parse) {
    const std::string name = Str(object, path, key, required);
    if (name.empty()) return absent;
    std::optional<Enum> value = parse(name);
    if (!value) {
      Fail(Join(path, key), "unknown name \"" + name + "\"");
      return absent;
    }
    return *value;
  }

  PartialDate Date(const rapidjson::Value& object, const std::string& path, const char* key) {
    PartialDate date;
    const rapidjson::Value* v = Object(object, path, key, false);
    if (v == nullptr) return date;
    const std::string at = Join(path, key);
    date.year = Int(*v, at, "year", 0, false);
    date.month = Int(*v, at, "month", 0, false);
    date.day = Int(*v, at, "day", 0, false);
    date.year_inferred = Bool(*v, at, "year_inferred");
    if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31) Fail(at, "not a date");
    return date;
  }

  Evidence ReadEvidence(const rapidjson::Value& v, const std::string& path, const std::string& article_id) {
    Evidence e;
    if (!v.IsObject()) {
      Fail(path, "not an object");
      return e;
    }
    // Written only when it is not the article's own (empty included).
    e.article_id = v.HasMember("article_id") ? Str(v, path, "article_id", false) : article_id;
    e.sentence = Size(v, path, "sentence");
    e.begin = Size(v, path, "begin");
    e.end = Size(v, path, "end");
    e.quote = Str(v, path, "quote", true);
    if (e.end < e.begin) Fail(path, "end before begin");
    return e;
  }

  // A mention index: -1 (none) where `optional`, else 0..count-1.
  void CheckIndex(int index, std::size_t count, const std::string& path, bool optional) {
    if (optional && index == -1) return;
    if (index < 0 || static_cast<std::size_t>(index) >= count)
      Fail(path, "mention " + std::to_string(index) + " out of range (" + std::to_string(count) + " mentions)");
  }

  static std::string Join(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

 private:
  std::string where_;
  std::string error_;
};

template <typename Enum, std::size_t N>
auto ByName(const EnumName<Enum> (&table)[N]) {
  return [&table](const std::string& name) { return FindEnum(table, name); };
}

template <typename Enum>
auto ByTerm(std::string_view (*term)(Enum), int count) {
  return [term, count](const std::string& name) { return EnumWithTerm<Enum>(term, count, name); };
}

Mention ReadMention(Reader& r, const rapidjson::Value& v, const std::string& path, const std::string& article_id) {
  Mention m;
  if (!v.IsObject()) {
    r.Fail(path, "not an object");
    return m;
  }
  m.kind = r.Named(v, path, "kind", MentionKind::kPerson, true, ByName(kMentionKindNames));
  m.surface = r.Str(v, path, "surface", true);
  m.name = r.Str(v, path, "name", false);
  r.Array(v, path, "aliases", false, [&](const rapidjson::Value& a, const std::string& at) {
    if (!a.IsString()) return r.Fail(at, "not a string");
    m.aliases.push_back(ReplaceInvalidUtf8(std::string_view(a.GetString(), a.GetStringLength())));
  });
  m.country = r.Str(v, path, "country", false);
  m.category = r.Named(v, path, "category", OrgCategory::kGeneric, false, ByName(kOrgCategoryNames));
  r.Array(v, path, "titles", false, [&](const rapidjson::Value& t, const std::string& at) {
    if (!t.IsObject()) return r.Fail(at, "not an object");
    TitleMention title;
    title.text = r.Str(t, at, "text", true);
    title.organization = r.Int(t, at, "organization", -1, false);
    title.country = r.Str(t, at, "country", false);
    m.titles.push_back(std::move(title));
  });
  m.parent = r.Int(v, path, "parent", -1, false);
  m.known_index = r.Int(v, path, "known_index", -1, false);
  if (m.known_index < -1) r.Fail(Reader::Join(path, "known_index"), "negative");
  if (const rapidjson::Value* e = r.Member(v, path, "evidence", true))
    m.evidence = r.ReadEvidence(*e, Reader::Join(path, "evidence"), article_id);
  return m;
}

MeetingMention ReadMeeting(Reader& r, const rapidjson::Value& v, const std::string& path,
                           const std::string& article_id) {
  MeetingMention m;
  if (!v.IsObject()) {
    r.Fail(path, "not an object");
    return m;
  }
  m.kind = r.Named(v, path, "kind", MeetingKind::kMeeting, true, ByTerm(&MeetingKindTerm, kMeetingKindCount));
  m.start = r.Date(v, path, "start");
  m.end = r.Date(v, path, "end");
  m.status = r.Named(v, path, "status", EventStatus::kHeld, true, ByName(kMeetingStatusNames));
  m.place = r.Int(v, path, "place", -1, false);
  r.Array(v, path, "participants", true, [&](const rapidjson::Value& p, const std::string& at) {
    if (!p.IsObject()) return r.Fail(at, "not an object");
    Participant participant;
    participant.mention = r.Int(p, at, "mention", -1, true);
    participant.head_of_delegation = r.Bool(p, at, "head_of_delegation");
    m.participants.push_back(participant);
  });
  r.Array(v, path, "evidence", true, [&](const rapidjson::Value& e, const std::string& at) {
    m.evidence.push_back(r.ReadEvidence(e, at, article_id));
  });
  return m;
}

AgreementMention ReadAgreement(Reader& r, const rapidjson::Value& v, const std::string& path,
                               const std::string& article_id) {
  AgreementMention a;
  if (!v.IsObject()) {
    r.Fail(path, "not an object");
    return a;
  }
  a.kind = r.Named(v, path, "kind", AgreementKind::kAgreement, true,
                   ByTerm(&AgreementKindTerm, kAgreementKindCount));
  a.name = r.Str(v, path, "name", true);
  a.period_start = r.Int(v, path, "period_start", 0, false);
  a.period_end = r.Int(v, path, "period_end", 0, false);
  a.status = r.Named(v, path, "status", AgreementStatus::kMentioned, true, ByName(kAgreementStatusNames));
  a.date = r.Date(v, path, "date");
  auto ints = [&](const char* key, std::vector<int>* out) {
    r.Array(v, path, key, false, [&](const rapidjson::Value& i, const std::string& at) {
      if (!i.IsInt()) return r.Fail(at, "not an integer");
      out->push_back(i.GetInt());
    });
  };
  ints("parties", &a.parties);
  ints("signatories", &a.signatories);
  if (const rapidjson::Value* e = r.Member(v, path, "evidence", true))
    a.evidence = r.ReadEvidence(*e, Reader::Join(path, "evidence"), article_id);
  return a;
}

// Every mention index of the article points at one of its mentions (the
// resolver indexes with them).
void CheckIndexes(Reader& r, const ExtractedArticle& a) {
  const std::size_t n = a.mentions.size();
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    const Mention& m = a.mentions[i];
    const std::string at = "mentions[" + std::to_string(i) + "]";
    r.CheckIndex(m.parent, n, at + ".parent", true);
    for (std::size_t t = 0; t < m.titles.size(); ++t)
      r.CheckIndex(m.titles[t].organization, n, at + ".titles[" + std::to_string(t) + "].organization", true);
  }
  for (std::size_t i = 0; i < a.meetings.size() && r.ok(); ++i) {
    const MeetingMention& m = a.meetings[i];
    const std::string at = "meetings[" + std::to_string(i) + "]";
    r.CheckIndex(m.place, n, at + ".place", true);
    for (std::size_t p = 0; p < m.participants.size(); ++p)
      r.CheckIndex(m.participants[p].mention, n, at + ".participants[" + std::to_string(p) + "].mention", false);
  }
  for (std::size_t i = 0; i < a.agreements.size() && r.ok(); ++i) {
    const AgreementMention& g = a.agreements[i];
    const std::string at = "agreements[" + std::to_string(i) + "]";
    for (std::size_t p = 0; p < g.parties.size(); ++p)
      r.CheckIndex(g.parties[p], n, at + ".parties[" + std::to_string(p) + "]", false);
    for (std::size_t p = 0; p < g.signatories.size(); ++p)
      r.CheckIndex(g.signatories[p], n, at + ".signatories[" + std::to_string(p) + "]", false);
  }
}

}  // namespace

std::string WriteFactLine(const ingest::Document& document, const ExtractedArticle& extracted) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("facts");
  w.Int(kFactsVersion);
  w.Key("document");
  w.StartObject();
  Field(w, "id", document.id);
  Field(w, "source_path", document.source_path);
  OptionalField(w, "url", document.url);
  OptionalField(w, "title", document.title);
  OptionalField(w, "date_published", document.date_published);
  OptionalField(w, "outlet", document.outlet);
  OptionalField(w, "byline", document.byline);
  Field(w, "text", document.text);
  w.EndObject();
  if (extracted.article_id != document.id) Field(w, "article_id", extracted.article_id);
  Date(w, "published", extracted.published);
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : extracted.mentions) WriteMention(w, m, extracted.article_id);
  w.EndArray();
  w.Key("meetings");
  w.StartArray();
  for (const MeetingMention& m : extracted.meetings) WriteMeeting(w, m, extracted.article_id);
  w.EndArray();
  w.Key("agreements");
  w.StartArray();
  for (const AgreementMention& a : extracted.agreements) WriteAgreement(w, a, extracted.article_id);
  w.EndArray();
  w.EndObject();
  std::string line(buffer.GetString(), buffer.GetSize());
  line += '\n';
  return line;
}

StatusOr<ArticleFacts> ReadFactLine(std::string_view line, const std::string& where) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  rapidjson::Document json;
  json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());  // no recursion: any nesting depth
  if (json.HasParseError()) {
    return DataLossError(where + ": not a JSON line (" + rapidjson::GetParseError_En(json.GetParseError()) +
                         " at column " + std::to_string(json.GetErrorOffset() + 1) + "; truncated?)");
  }
  if (!json.IsObject()) return DataLossError(where + ": not a JSON object");
  auto version = json.FindMember("facts");
  if (version == json.MemberEnd() || !version->value.IsInt()) {
    return DataLossError(where + ": not a coopgraph fact line (no \"facts\" version; a fact stream is written by "
                         "`coopgraph extract` or `coopgraph merge --facts`)");
  }
  if (version->value.GetInt() != kFactsVersion) {
    return DataLossError(where + ": fact line version " + std::to_string(version->value.GetInt()) +
                         ", this coopgraph reads version " + std::to_string(kFactsVersion));
  }
  Reader r(where);
  ArticleFacts out;
  ingest::Document& doc = out.document;
  ExtractedArticle& a = out.extracted;
  if (const rapidjson::Value* d = r.Object(json, "", "document", true)) {
    doc.id = r.Str(*d, "document", "id", true);
    doc.source_path = r.Str(*d, "document", "source_path", true);
    doc.url = r.Str(*d, "document", "url", false);
    doc.title = r.Str(*d, "document", "title", false);
    doc.date_published = r.Str(*d, "document", "date_published", false);
    doc.outlet = r.Str(*d, "document", "outlet", false);
    doc.byline = r.Str(*d, "document", "byline", false);
    doc.text = r.Str(*d, "document", "text", true);
    if (r.ok() && !ingest::IsIntact(doc)) r.Fail("document.text", "does not hash to document.id (edited?)");
  }
  a.article_id = json.HasMember("article_id") ? r.Str(json, "", "article_id", false) : doc.id;
  a.published = r.Date(json, "", "published");
  r.Array(json, "", "mentions", true, [&](const rapidjson::Value& v, const std::string& at) {
    a.mentions.push_back(ReadMention(r, v, at, a.article_id));
  });
  r.Array(json, "", "meetings", true, [&](const rapidjson::Value& v, const std::string& at) {
    a.meetings.push_back(ReadMeeting(r, v, at, a.article_id));
  });
  r.Array(json, "", "agreements", true, [&](const rapidjson::Value& v, const std::string& at) {
    a.agreements.push_back(ReadAgreement(r, v, at, a.article_id));
  });
  if (r.ok()) CheckIndexes(r, a);
  if (!r.ok()) return r.status();
  return out;
}

namespace {

// Takes "document"'s "id" and "source_path" and stops the reader once it has
// both, or once the document object ends without them.
class KeyPeeker : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, KeyPeeker> {
 public:
  bool StartObject() {
    ++depth_;
    if (depth_ == 2 && top_key_ == "document") in_document_ = true;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (depth_ == 2 && in_document_) return false;  // the document is done: no need to read on
    --depth_;
    return true;
  }
  bool Key(const char* text, rapidjson::SizeType size, bool) {
    if (depth_ == 1) top_key_.assign(text, size);
    if (depth_ == 2 && in_document_) document_key_.assign(text, size);
    return true;
  }
  bool String(const char* text, rapidjson::SizeType size, bool) {
    if (depth_ == 2 && in_document_) {
      if (document_key_ == "id") key.id.assign(text, size), has_id = true;
      if (document_key_ == "source_path") key.source_path.assign(text, size), has_source = true;
      if (has_id && has_source) return false;
    }
    return true;
  }
  bool Default() { return true; }

  FactLineKey key;
  bool has_id = false, has_source = false;

 private:
  int depth_ = 0;
  bool in_document_ = false;
  std::string top_key_, document_key_;
};

}  // namespace

std::optional<FactLineKey> PeekFactLine(std::string_view line) {
  KeyPeeker peeker;
  rapidjson::MemoryStream stream(line.data(), line.size());
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseDefaultFlags>(stream, peeker);
  if (!peeker.has_id || !peeker.has_source) return std::nullopt;
  return std::move(peeker.key);
}

}  // namespace coopgraph::extract

#include "extract/lexicon.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/utf8.h"
#include "coopgraph/base/enum_names.h"
#include "base/files.h"
#include "coopgraph/normalize/normalize.h"

namespace coopgraph::extract {
namespace {

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    out.push_back(Trim(s.substr(start, pos == std::string_view::npos ? pos : pos - start)));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::vector<std::string> SplitAlternatives(const std::string& column) {
  std::vector<std::string> out;
  if (column.empty()) return out;
  for (auto& v : Split(column, '|')) {
    if (!v.empty()) out.push_back(v);
  }
  return out;
}

StatusOr<DataTable> ReadTable(const std::string& dir, const std::string& file) {
  DataTable table;
  table.path = dir + "/" + file;
  auto bytes = ReadFileBytes(table.path);
  if (!bytes.ok()) return bytes.status();
  if (!IsValidUtf8(*bytes)) return DataLossError(table.path + ": not valid UTF-8");
  std::istringstream in(*bytes);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    table.rows.push_back(DataTable::Row{Split(line, '\t'), number});
  }
  return table;
}

// The value a column names, by the enum's table of names. Errors:
// kDataLoss naming the file and line, and the known names.
template <typename Enum, std::size_t N>
StatusOr<Enum> Lookup(const EnumName<Enum> (&table)[N], const std::string& name, const char* what,
                      const std::string& where) {
  auto value = ParseEnum(table, what, name);
  if (!value.ok()) return DataLossError(where + ": " + value.status().message());
  return value;
}

// Calls add(row, value) for each row, column 1 naming a term of `Enum`.
// Errors: kDataLoss naming the file and line of an unknown term.
template <typename Enum, typename Add>
Status ForEachTermRow(const DataTable& table, std::string_view (*term)(Enum), int count, const char* what,
                      Add add) {
  for (const DataTable::Row& row : table.rows) {
    const std::optional<Enum> value = EnumWithTerm<Enum>(term, count, row.at(1));
    if (!value) return DataLossError(table.Where(row) + ": unknown " + what + " '" + row.at(1) + "'");
    add(row, *value);
  }
  return Status::Ok();
}

StatusOr<OrgCategory> ParseOrgCategory(const std::string& s, const std::string& where) {
  return Lookup(kOrgCategoryNames, s, "organisation category", where);
}

StatusOr<Marker> ParseMarker(const std::string& role, const std::string& note,
                             const std::string& where) {
  static constexpr EnumName<MarkerRole> kNames[] = {
      {MarkerRole::kPlanned, "planned"},
      {MarkerRole::kCancelled, "cancelled"},
      {MarkerRole::kPostponed, "postponed"},
      {MarkerRole::kHeadOfDelegation, "head_of_delegation"},
      {MarkerRole::kAlsoAttended, "also_attended"},
      {MarkerRole::kCredit, "credit"},
      {MarkerRole::kSigned, "signed"},
      {MarkerRole::kToBeSigned, "to_be_signed"},
      {MarkerRole::kImplemented, "implemented"},
      {MarkerRole::kProposed, "proposed"},
      {MarkerRole::kAgreed, "agreed"},
      {MarkerRole::kRelativeDate, "relative_date"},
      {MarkerRole::kDayPart, "day_part"}};
  auto value = Lookup(kNames, role, "marker role", where);
  if (!value.ok()) return value.status();
  Marker m;
  m.role = *value;
  if (m.role == MarkerRole::kRelativeDate) {
    try {
      m.day_offset = note.empty() ? 0 : std::stoi(note);
    } catch (const std::exception&) {
      return DataLossError(where + ": day offset '" + note + "' is not a number");
    }
    m.from_publication = note.find("publication") != std::string::npos;
  }
  m.photo = m.role == MarkerRole::kCredit && note.find("photo") != std::string::npos;
  return m;
}

// grammar.tsv's names of the roles, in the order of GrammarRole.
constexpr std::string_view kGrammarRoleNames[] = {
    "org_stop", "plural", "speech", "anaphor", "name_container", "location", "between", "reference",
    "name_filler", "frame", "sequence", "title_joiner", "pair", "side", "following", "greeting",
    "possessive", "cooperation", "period", "year_word", "topic", "conjunction", "past", "parties",
    "field", "venue", "invitation", "acceptance", "month_word", "day_word", "until", "led_by",
    "delegation", "attribution", "capital_noun", "acting", "unit", "setting", "needs_object",
    "ordinal", "since", "date_cue", "former", "demonstrative", "anniversary", "handover", "amends",
    "clause_link", "witness", "charge", "company_word", "level", "renamed", "representative",
    "branch", "generic_body",
};
constexpr int kGrammarRoleCount = static_cast<int>(GrammarRole::kRoleCount);
static_assert(std::size(kGrammarRoleNames) == kGrammarRoleCount, "every grammar role has a name");
std::string_view GrammarRoleName(GrammarRole role) { return kGrammarRoleNames[static_cast<int>(role)]; }

bool StartsUpper(std::string_view s) {
  std::u32string t = Utf8ToUtf32(s);
  return !t.empty() && normalize::IsUpper(t[0]);
}

}  // namespace

std::vector<std::string> TokenKeys(std::string_view utf8) {
  normalize::NormalizedText n = normalize::Normalize(utf8);
  std::vector<std::string> keys;
  for (const auto& tok : normalize::Tokenize(n.text, 0, n.text.size())) {
    std::string key;
    for (std::size_t i = tok.begin; i < tok.end; ++i) AppendUtf8(normalize::ToLower(n.text[i]), &key);
    keys.push_back(std::move(key));
  }
  return keys;
}

void Lexicon::AddPhrase(std::string_view text, PhraseReading reading, bool case_sensitive_first) {
  std::vector<std::string> tokens = TokenKeys(text);
  if (tokens.empty()) return;
  std::uint32_t state = kPhraseRoot;
  for (const std::string& token : tokens) {
    const int word = word_ids_.emplace(token, static_cast<int>(word_ids_.size())).first->second;
    const std::uint64_t edge = (std::uint64_t{state} << 32) | static_cast<std::uint32_t>(word);
    bool added = false;
    state = AddTrieEdge(edge, static_cast<std::uint32_t>(trie_phrase_.size()), &added);
    if (added) trie_phrase_.push_back(nullptr);
  }
  if (const Phrase* existing = trie_phrase_[state]) {
    auto* p = const_cast<Phrase*>(existing);
    p->readings.push_back(reading);
    p->case_sensitive_first = p->case_sensitive_first && case_sensitive_first;
    return;
  }
  auto phrase = std::make_unique<Phrase>();
  phrase->tokens = std::move(tokens);
  phrase->readings.push_back(reading);
  phrase->case_sensitive_first = case_sensitive_first;
  trie_phrase_[state] = phrase.get();
  phrase_storage_.push_back(std::move(phrase));
}

int Lexicon::WordId(const std::string& key) const {
  auto it = word_ids_.find(key);
  return it == word_ids_.end() ? -1 : it->second;
}

namespace {

constexpr std::uint64_t kNoTrieEdge = ~std::uint64_t{0};  // no state is kNoPhrase

std::size_t TrieEdgeSlot(std::uint64_t edge, std::size_t mask) {
  return static_cast<std::size_t>((edge * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

}  // namespace

std::uint32_t Lexicon::AddTrieEdge(std::uint64_t edge, std::uint32_t if_new, bool* added) {
  if (2 * (trie_edge_count_ + 1) > trie_edge_keys_.size()) {
    std::vector<std::uint64_t> keys(std::max<std::size_t>(64, 2 * trie_edge_keys_.size()), kNoTrieEdge);
    std::vector<std::uint32_t> targets(keys.size());
    keys.swap(trie_edge_keys_);
    targets.swap(trie_edge_targets_);
    trie_edge_count_ = 0;
    bool again;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] != kNoTrieEdge) AddTrieEdge(keys[i], targets[i], &again);
    }
  }
  const std::size_t mask = trie_edge_keys_.size() - 1;
  std::size_t slot = TrieEdgeSlot(edge, mask);
  for (; trie_edge_keys_[slot] != kNoTrieEdge; slot = (slot + 1) & mask) {
    if (trie_edge_keys_[slot] == edge) {
      *added = false;
      return trie_edge_targets_[slot];
    }
  }
  trie_edge_keys_[slot] = edge;
  trie_edge_targets_[slot] = if_new;
  ++trie_edge_count_;
  *added = true;
  return if_new;
}

std::uint32_t Lexicon::PhraseStep(std::uint32_t state, int word_id) const {
  if (word_id < 0 || state == kNoPhrase || trie_edge_keys_.empty()) return kNoPhrase;
  const std::uint64_t edge = (std::uint64_t{state} << 32) | static_cast<std::uint32_t>(word_id);
  const std::size_t mask = trie_edge_keys_.size() - 1;
  for (std::size_t slot = TrieEdgeSlot(edge, mask); trie_edge_keys_[slot] != kNoTrieEdge; slot = (slot + 1) & mask) {
    if (trie_edge_keys_[slot] == edge) return trie_edge_targets_[slot];
  }
  return kNoPhrase;
}

const TitleEntry* Lexicon::TitleByKey(const std::string& key) const {
  auto it = title_by_key_.find(key);
  return it == title_by_key_.end() ? nullptr : &titles_[it->second];
}

bool Lexicon::IsOrgHead(std::string_view text) const {
  std::vector<std::string> keys = TokenKeys(text);
  if (keys.empty()) return false;
  std::uint32_t state = kPhraseRoot;
  for (const std::string& key : keys) state = PhraseStep(state, WordId(key));
  const Phrase* p = state == kNoPhrase ? nullptr : PhraseAt(state);
  if (!p) return false;
  for (const auto& r : p->readings)
    if (r.type == PhraseType::kOrgHead) return true;
  return false;
}

GrammarRoleSet Lexicon::WordRoles(const std::string& key) const {
  auto it = word_roles_.find(key);
  return it == word_roles_.end() ? GrammarRoleSet() : it->second;
}

const std::string* Lexicon::Expansion(const std::string& key) const {
  auto it = expansions_.find(key);
  return it == expansions_.end() ? nullptr : &it->second;
}

const CountryEntry* Lexicon::CountryByIso(std::string_view iso2) const {
  auto it = country_by_iso_.find(std::string(iso2));
  return it == country_by_iso_.end() ? nullptr : &countries_[it->second];
}

int Lexicon::PublicFigureByKey(std::string_view loose_key) const {
  auto it = figure_by_key_.find(std::string(loose_key));
  return it == figure_by_key_.end() ? -1 : it->second;
}

std::uint64_t Lexicon::NextSerial() {
  static std::atomic<std::uint64_t> made{0};
  return ++made;
}

void Lexicon::AddVocabulary(std::string_view name) {
  for (auto& key : TokenKeys(name)) org_vocabulary_.insert(key);
}

// countries.tsv: iso2, iso3, vietnamese, english, aliases
Status Lexicon::LoadCountries(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    if (row.at(0).size() != 2 || row.at(1).size() != 3 || row.at(2).empty()) {
      return DataLossError(table.Where(row) + ": need iso2, iso3 and a Vietnamese name");
    }
    int index = static_cast<int>(countries_.size());
    countries_.push_back({row.at(0), row.at(1), row.at(2), row.at(3)});
    country_by_iso_.emplace(row.at(0), index);
    std::vector<std::string> names = {row.at(2), row.at(3)};
    for (auto& a : SplitAlternatives(row.at(4))) names.push_back(a);
    for (const auto& name : names) {
      if (name.empty()) continue;
      AddPhrase(name, {PhraseType::kCountry, index}, StartsUpper(name));
      AddVocabulary(name);
    }
  }
  return Status::Ok();
}

// places.tsv: name, iso2, kind, aliases
Status Lexicon::LoadPlaces(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    if (row.at(0).empty()) return DataLossError(table.Where(row) + ": empty name");
    int index = static_cast<int>(places_.size());
    places_.push_back({row.at(0), row.at(1), row.at(2)});
    AddPhrase(row.at(0), {PhraseType::kPlace, index}, StartsUpper(row.at(0)));
    for (auto& a : SplitAlternatives(row.at(3))) AddPhrase(a, {PhraseType::kPlace, index}, StartsUpper(a));
  }
  return Status::Ok();
}

// titles.tsv: title, category, takes_org, implied_org
Status Lexicon::LoadTitles(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    static constexpr EnumName<TitleCategory> kNames[] = {
        {TitleCategory::kPosition, "position"}, {TitleCategory::kRank, "rank"},
        {TitleCategory::kMembership, "membership"}, {TitleCategory::kHonorific, "honorific"},
        {TitleCategory::kModifier, "modifier"}};
    auto category = Lookup(kNames, row.at(1), "title category", table.Where(row));
    if (!category.ok()) return category.status();
    TitleEntry entry;
    entry.title = row.at(0);
    entry.category = *category;
    entry.takes_org = row.at(2) == "yes";
    entry.implied_org = row.at(3);
    int index = static_cast<int>(titles_.size());
    titles_.push_back(entry);
    AddPhrase(entry.title, {PhraseType::kTitle, index}, false);
    if (entry.category != TitleCategory::kHonorific) AddVocabulary(entry.title);
  }
  return Status::Ok();
}

// org_heads.tsv: head, category
Status Lexicon::LoadOrgHeads(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    auto category = ParseOrgCategory(row.at(1), table.Where(row));
    if (!category.ok()) return category.status();
    int index = static_cast<int>(org_head_categories_.size());
    org_head_categories_.push_back(*category);
    AddPhrase(row.at(0), {PhraseType::kOrgHead, index}, StartsUpper(row.at(0)));
    AddVocabulary(row.at(0));
  }
  return Status::Ok();
}

// known_orgs.tsv: name, iso2, category, aliases, parent, wikidata
Status Lexicon::LoadKnownOrgs(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    auto category = ParseOrgCategory(row.at(2), table.Where(row));
    if (!category.ok()) return category.status();
    KnownOrg org{row.at(0), row.at(1), *category, SplitAlternatives(row.at(3)), row.at(4), row.at(5)};
    int index = static_cast<int>(known_orgs_.size());
    std::vector<std::string> names = org.aliases;
    names.push_back(org.name);
    for (const auto& name : names) {
      AddPhrase(name, {PhraseType::kKnownOrg, index}, StartsUpper(name));
      AddVocabulary(name);
    }
    known_orgs_.push_back(std::move(org));
  }
  return Status::Ok();
}

// abbreviations.tsv: abbreviation, expansion, context
Status Lexicon::LoadAbbreviations(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    auto keys = TokenKeys(row.at(0));
    if (keys.size() == 1) expansions_.emplace(keys[0], row.at(1));
    else expansions_.emplace(normalize::MatchKey(row.at(0)), row.at(1));
    AddVocabulary(row.at(0));
    AddVocabulary(row.at(1));
  }
  return Status::Ok();
}

// triggers.tsv: phrase, meeting kind
Status Lexicon::LoadTriggers(const DataTable& table) {
  return ForEachTermRow(table, &MeetingKindTerm, kMeetingKindCount, "meeting kind",
                        [&](const DataTable::Row& row, MeetingKind kind) {
                          AddPhrase(row.at(0), {PhraseType::kTrigger, static_cast<int>(kind)}, false);
                        });
}

// agreement_kinds.tsv: phrase, kind
Status Lexicon::LoadAgreementKinds(const DataTable& table) {
  return ForEachTermRow(table, &AgreementKindTerm, kAgreementKindCount, "agreement kind",
                        [&](const DataTable::Row& row, AgreementKind kind) {
                          AddPhrase(row.at(0), {PhraseType::kAgreementKind, static_cast<int>(kind)}, false);
                        });
}

// markers.tsv: phrase, role, note
Status Lexicon::LoadMarkers(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    auto marker = ParseMarker(row.at(1), row.at(2), table.Where(row));
    if (!marker.ok()) return marker.status();
    int index = static_cast<int>(markers_.size());
    markers_.push_back(*marker);
    AddPhrase(row.at(0), {PhraseType::kMarker, index}, false);
  }
  return Status::Ok();
}

// public_figures.tsv: name, iso2, wikidata, variants
Status Lexicon::LoadPublicFigures(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    PublicFigure figure{row.at(0), row.at(1), row.at(2), SplitAlternatives(row.at(3))};
    int index = static_cast<int>(public_figures_.size());
    figure_by_key_.emplace(normalize::LooseKey(figure.name), index);
    AddPhrase(figure.name, {PhraseType::kPublicFigure, index}, StartsUpper(figure.name));
    for (const auto& v : figure.variants) {
      figure_by_key_.emplace(normalize::LooseKey(v), index);
      AddPhrase(v, {PhraseType::kPublicFigure, index}, StartsUpper(v));
    }
    public_figures_.push_back(std::move(figure));
  }
  return Status::Ok();
}

// grammar.tsv: word, role
Status Lexicon::LoadGrammar(const DataTable& table) {
  return ForEachTermRow(table, &GrammarRoleName, kGrammarRoleCount, "grammar role",
                        [&](const DataTable::Row& row, GrammarRole found) {
                          const auto role = static_cast<std::size_t>(found);
                          auto keys = TokenKeys(row.at(0));
                          if (keys.size() == 1) word_roles_[keys[0]].set(role);
                          AddPhrase(row.at(0), {PhraseType::kGrammar, static_cast<int>(role)}, false);
                        });
}

// family_names.txt
Status Lexicon::LoadFamilyNames(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) {
    for (auto& key : TokenKeys(row.at(0))) family_names_.insert(key);
  }
  return Status::Ok();
}

// sentence_abbreviations.txt
Status Lexicon::LoadSentenceAbbreviations(const DataTable& table) {
  for (const DataTable::Row& row : table.rows) sentence_abbrevs_.push_back(Utf8ToUtf32(row.at(0)));
  return Status::Ok();
}

// The indexes over the titles, once every file is read (IsOrgHead needs the
// organisation heads).
void Lexicon::IndexTitles() {
  for (std::size_t i = 0; i < titles_.size(); ++i) title_by_key_.emplace(normalize::MatchKey(titles_[i].title), i);
  for (TitleEntry& t : titles_) {
    t.implied_org_is_head = !t.implied_org.empty() && IsOrgHead(t.implied_org);
    auto keys = TokenKeys(t.implied_org);
    if (keys.size() == 1) t.implied_org_key = keys[0];
  }
}

StatusOr<std::shared_ptr<const Lexicon>> LoadLexicon(const std::string& data_dir) {
  // Each file and its reader, in the order they must be read.
  static constexpr std::pair<const char*, Status (Lexicon::*)(const DataTable&)> kFiles[] = {
      {"countries.tsv", &Lexicon::LoadCountries},
      {"places.tsv", &Lexicon::LoadPlaces},
      {"titles.tsv", &Lexicon::LoadTitles},
      {"org_heads.tsv", &Lexicon::LoadOrgHeads},
      {"known_orgs.tsv", &Lexicon::LoadKnownOrgs},
      {"abbreviations.tsv", &Lexicon::LoadAbbreviations},
      {"triggers.tsv", &Lexicon::LoadTriggers},
      {"agreement_kinds.tsv", &Lexicon::LoadAgreementKinds},
      {"markers.tsv", &Lexicon::LoadMarkers},
      {"public_figures.tsv", &Lexicon::LoadPublicFigures},
      {"grammar.tsv", &Lexicon::LoadGrammar},
      {"family_names.txt", &Lexicon::LoadFamilyNames},
      {"sentence_abbreviations.txt", &Lexicon::LoadSentenceAbbreviations},
  };
  auto lexicon = std::make_shared<Lexicon>();
  for (const auto& [file, load] : kFiles) {
    auto table = ReadTable(data_dir, file);
    if (!table.ok()) return table.status();
    Status loaded = (lexicon.get()->*load)(*table);
    if (!loaded.ok()) return loaded;
  }
  lexicon->IndexTitles();
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

}  // namespace coopgraph::extract

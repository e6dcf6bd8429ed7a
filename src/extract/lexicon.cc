#include "coopgraph/extract/lexicon.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "coopgraph/base/files.h"
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

// One data row: its columns (missing trailing columns are empty) and its line number.
struct Row {
  std::vector<std::string> cols;
  int line = 0;
  const std::string& at(std::size_t i) const {
    static const std::string kEmpty;
    return i < cols.size() ? cols[i] : kEmpty;
  }
};

StatusOr<std::vector<Row>> ReadTable(const std::string& path) {
  auto bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  if (!IsValidUtf8(*bytes)) return DataLossError(path + ": not valid UTF-8");
  std::vector<Row> rows;
  std::istringstream in(*bytes);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    rows.push_back(Row{Split(line, '\t'), number});
  }
  return rows;
}

// Looks `name` up in a table of (name, value) pairs.
template <typename Enum, std::size_t N>
StatusOr<Enum> Lookup(const std::pair<const char*, Enum> (&table)[N], const std::string& name,
                      const char* what, const std::string& where) {
  for (const auto& [key, value] : table) {
    if (name == key) return value;
  }
  return DataLossError(where + ": unknown " + what + " '" + name + "'");
}

// Looks a kind up by its vocabulary term.
template <typename Enum>
StatusOr<Enum> LookupTerm(std::string_view (*term)(Enum), int count, const std::string& name,
                          const char* what, const std::string& where) {
  for (int i = 0; i < count; ++i) {
    if (term(static_cast<Enum>(i)) == name) return static_cast<Enum>(i);
  }
  return DataLossError(where + ": unknown " + what + " '" + name + "'");
}

StatusOr<OrgCategory> ParseOrgCategory(const std::string& s, const std::string& where) {
  static const std::pair<const char*, OrgCategory> kNames[] = {
      {"generic", OrgCategory::kGeneric},       {"government", OrgCategory::kGovernment},
      {"party", OrgCategory::kParty},           {"company", OrgCategory::kCompany},
      {"educational", OrgCategory::kEducational}, {"research", OrgCategory::kResearch},
      {"news_media", OrgCategory::kNewsMedia},  {"committee", OrgCategory::kCommittee},
      {"ngo", OrgCategory::kNgo}};
  return Lookup(kNames, s, "organisation category", where);
}

StatusOr<Marker> ParseMarker(const std::string& role, const std::string& note,
                             const std::string& where) {
  static const std::pair<const char*, MarkerRole> kNames[] = {
      {"planned", MarkerRole::kPlanned},
      {"head_of_delegation", MarkerRole::kHeadOfDelegation},
      {"also_attended", MarkerRole::kAlsoAttended},
      {"credit", MarkerRole::kCredit},
      {"signed", MarkerRole::kSigned},
      {"to_be_signed", MarkerRole::kToBeSigned},
      {"implemented", MarkerRole::kImplemented},
      {"proposed", MarkerRole::kProposed},
      {"agreed", MarkerRole::kAgreed},
      {"relative_date", MarkerRole::kRelativeDate},
      {"day_part", MarkerRole::kDayPart}};
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

StatusOr<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& data_dir) {
  auto lexicon = std::make_shared<Lexicon>();
  Status s = lexicon->LoadAll(data_dir);
  if (!s.ok()) return s;
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Status Lexicon::LoadAll(const std::string& dir) {
  auto where = [&](const std::string& file, const Row& row) {
    return dir + "/" + file + ":" + std::to_string(row.line);
  };
  auto add_vocabulary = [&](std::string_view name) {
    for (auto& key : TokenKeys(name)) org_vocabulary_.insert(key);
  };

  {  // countries.tsv: iso2, iso3, vietnamese, english, aliases
    auto rows = ReadTable(dir + "/countries.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      if (row.at(0).size() != 2 || row.at(2).empty()) {
        return DataLossError(where("countries.tsv", row) + ": need iso2 and a Vietnamese name");
      }
      int index = static_cast<int>(countries_.size());
      countries_.push_back({row.at(0), row.at(2), row.at(3)});
      country_by_iso_.emplace(row.at(0), index);
      std::vector<std::string> names = {row.at(2), row.at(3)};
      for (auto& a : SplitAlternatives(row.at(4))) names.push_back(a);
      for (const auto& name : names) {
        if (name.empty()) continue;
        AddPhrase(name, {PhraseType::kCountry, index}, StartsUpper(name));
        add_vocabulary(name);
      }
    }
  }
  {  // places.tsv: name, iso2, kind, aliases
    auto rows = ReadTable(dir + "/places.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      if (row.at(0).empty()) return DataLossError(where("places.tsv", row) + ": empty name");
      int index = static_cast<int>(places_.size());
      places_.push_back({row.at(0), row.at(1), row.at(2)});
      AddPhrase(row.at(0), {PhraseType::kPlace, index}, StartsUpper(row.at(0)));
      for (auto& a : SplitAlternatives(row.at(3))) AddPhrase(a, {PhraseType::kPlace, index}, StartsUpper(a));
    }
  }
  {  // titles.tsv: title, category, takes_org, implied_org
    auto rows = ReadTable(dir + "/titles.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      static const std::pair<const char*, TitleCategory> kNames[] = {
          {"position", TitleCategory::kPosition}, {"rank", TitleCategory::kRank},
          {"membership", TitleCategory::kMembership}, {"honorific", TitleCategory::kHonorific},
          {"modifier", TitleCategory::kModifier}};
      auto category = Lookup(kNames, row.at(1), "title category", where("titles.tsv", row));
      if (!category.ok()) return category.status();
      TitleEntry entry;
      entry.title = row.at(0);
      entry.category = *category;
      entry.takes_org = row.at(2) == "yes";
      entry.implied_org = row.at(3);
      int index = static_cast<int>(titles_.size());
      titles_.push_back(entry);
      AddPhrase(entry.title, {PhraseType::kTitle, index}, false);
      if (entry.category != TitleCategory::kHonorific) add_vocabulary(entry.title);
    }
  }
  {  // org_heads.tsv: head, category
    auto rows = ReadTable(dir + "/org_heads.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto category = ParseOrgCategory(row.at(1), where("org_heads.tsv", row));
      if (!category.ok()) return category.status();
      int index = static_cast<int>(org_head_categories_.size());
      org_head_categories_.push_back(*category);
      AddPhrase(row.at(0), {PhraseType::kOrgHead, index}, StartsUpper(row.at(0)));
      add_vocabulary(row.at(0));
    }
  }
  {  // known_orgs.tsv: name, iso2, category, aliases, parent, wikidata
    auto rows = ReadTable(dir + "/known_orgs.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto category = ParseOrgCategory(row.at(2), where("known_orgs.tsv", row));
      if (!category.ok()) return category.status();
      KnownOrg org{row.at(0), row.at(1), *category, SplitAlternatives(row.at(3)), row.at(4), row.at(5)};
      int index = static_cast<int>(known_orgs_.size());
      std::vector<std::string> names = org.aliases;
      names.push_back(org.name);
      for (const auto& name : names) {
        AddPhrase(name, {PhraseType::kKnownOrg, index}, StartsUpper(name));
        add_vocabulary(name);
      }
      known_orgs_.push_back(std::move(org));
    }
  }
  {  // abbreviations.tsv: abbreviation, expansion, context
    auto rows = ReadTable(dir + "/abbreviations.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto keys = TokenKeys(row.at(0));
      if (keys.size() == 1) expansions_.emplace(keys[0], row.at(1));
      else expansions_.emplace(normalize::MatchKey(row.at(0)), row.at(1));
      add_vocabulary(row.at(0));
      add_vocabulary(row.at(1));
    }
  }
  {  // triggers.tsv: phrase, meeting kind
    auto rows = ReadTable(dir + "/triggers.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto kind = LookupTerm(&MeetingKindTerm, kMeetingKindCount, row.at(1), "meeting kind",
                             where("triggers.tsv", row));
      if (!kind.ok()) return kind.status();
      AddPhrase(row.at(0), {PhraseType::kTrigger, static_cast<int>(*kind)}, false);
    }
  }
  {  // agreement_kinds.tsv: phrase, kind
    auto rows = ReadTable(dir + "/agreement_kinds.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto kind = LookupTerm(&AgreementKindTerm, kAgreementKindCount, row.at(1), "agreement kind",
                             where("agreement_kinds.tsv", row));
      if (!kind.ok()) return kind.status();
      AddPhrase(row.at(0), {PhraseType::kAgreementKind, static_cast<int>(*kind)}, false);
    }
  }
  {  // markers.tsv: phrase, role, note
    auto rows = ReadTable(dir + "/markers.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto marker = ParseMarker(row.at(1), row.at(2), where("markers.tsv", row));
      if (!marker.ok()) return marker.status();
      int index = static_cast<int>(markers_.size());
      markers_.push_back(*marker);
      AddPhrase(row.at(0), {PhraseType::kMarker, index}, false);
    }
  }
  {  // public_figures.tsv: name, iso2, wikidata, variants
    auto rows = ReadTable(dir + "/public_figures.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
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
  }
  {  // grammar.tsv: word, role
    static const std::pair<const char*, GrammarRole> kRoles[] = {
        {"org_stop", GrammarRole::kOrgStop},     {"plural", GrammarRole::kPlural},
        {"speech", GrammarRole::kSpeech},        {"anaphor", GrammarRole::kAnaphor},
        {"name_container", GrammarRole::kNameContainer},
        {"location", GrammarRole::kLocation},   {"between", GrammarRole::kBetween},
        {"reference", GrammarRole::kReference}, {"name_filler", GrammarRole::kNameFiller},
        {"frame", GrammarRole::kFrame}, {"sequence", GrammarRole::kSequence},
        {"title_joiner", GrammarRole::kTitleJoiner}, {"pair", GrammarRole::kPair},
        {"side", GrammarRole::kSide}, {"following", GrammarRole::kFollowing},
        {"greeting", GrammarRole::kGreeting}, {"possessive", GrammarRole::kPossessive},
        {"cooperation", GrammarRole::kCooperation}, {"period", GrammarRole::kPeriod},
        {"year_word", GrammarRole::kYearWord}, {"topic", GrammarRole::kTopic},
        {"conjunction", GrammarRole::kConjunction}, {"past", GrammarRole::kPast},
        {"parties", GrammarRole::kParties}, {"field", GrammarRole::kField},
        {"venue", GrammarRole::kVenue}, {"invitation", GrammarRole::kInvitation},
        {"acceptance", GrammarRole::kAcceptance}, {"month_word", GrammarRole::kMonthWord},
        {"day_word", GrammarRole::kDayWord}, {"until", GrammarRole::kUntil},
        {"led_by", GrammarRole::kLedBy}, {"delegation", GrammarRole::kDelegation},
        {"attribution", GrammarRole::kAttribution}, {"capital_noun", GrammarRole::kCapitalNoun},
        {"acting", GrammarRole::kActing}, {"unit", GrammarRole::kUnit},
        {"setting", GrammarRole::kSetting}, {"needs_object", GrammarRole::kNeedsObject},
        {"ordinal", GrammarRole::kOrdinal},
        {"since", GrammarRole::kSince}, {"date_cue", GrammarRole::kDateCue},
        {"former", GrammarRole::kFormer},
        {"demonstrative", GrammarRole::kDemonstrative}, {"anniversary", GrammarRole::kAnniversary},
        {"handover", GrammarRole::kHandover}, {"amends", GrammarRole::kAmends},
        {"clause_link", GrammarRole::kClauseLink}, {"witness", GrammarRole::kWitness},
        {"charge", GrammarRole::kCharge}, {"company_word", GrammarRole::kCompanyWord},
        {"level", GrammarRole::kLevel},
        {"renamed", GrammarRole::kRenamed}, {"representative", GrammarRole::kRepresentative},
        {"branch", GrammarRole::kBranch},
        {"generic_body", GrammarRole::kGenericBody}};
    auto rows = ReadTable(dir + "/grammar.tsv");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      auto found = Lookup(kRoles, row.at(1), "grammar role", where("grammar.tsv", row));
      if (!found.ok()) return found.status();
      const int role = static_cast<int>(*found);
      auto keys = TokenKeys(row.at(0));
      if (keys.size() == 1) word_roles_[keys[0]].set(static_cast<std::size_t>(role));
      AddPhrase(row.at(0), {PhraseType::kGrammar, role}, false);
    }
  }
  {  // family_names.txt
    auto rows = ReadTable(dir + "/family_names.txt");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      for (auto& key : TokenKeys(row.at(0))) family_names_.insert(key);
    }
  }
  {  // sentence_abbreviations.txt
    auto rows = ReadTable(dir + "/sentence_abbreviations.txt");
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) sentence_abbrevs_.push_back(Utf8ToUtf32(row.at(0)));
  }
  for (std::size_t i = 0; i < titles_.size(); ++i) title_by_key_.emplace(normalize::MatchKey(titles_[i].title), i);
  for (TitleEntry& t : titles_) {
    t.implied_org_is_head = !t.implied_org.empty() && IsOrgHead(t.implied_org);
    auto keys = TokenKeys(t.implied_org);
    if (keys.size() == 1) t.implied_org_key = keys[0];
  }
  return Status::Ok();
}

}  // namespace coopgraph::extract

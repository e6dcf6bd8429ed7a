// Internal: the Lexicon's tables and its phrase trie, for the extractor and
// the resolver. Library users see only the opaque class and LoadLexicon
// (include/coopgraph/extract/lexicon.h). Formats of the files: data/README.md.
// Phrases are matched on token keys made by the one normalizer, so case and
// tone-mark placement in the files do not matter.
#ifndef COOPGRAPH_SRC_EXTRACT_LEXICON_H_
#define COOPGRAPH_SRC_EXTRACT_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coopgraph/base/status.h"
#include "coopgraph/extract/lexicon.h"
#include "coopgraph/extract/types.h"

namespace coopgraph::extract {

struct CountryEntry {
  std::string iso2;
  std::string iso3;
  std::string name_vi;
  std::string name_en;
};

struct PlaceEntry {
  std::string name;
  std::string country;  // iso2
  std::string kind;     // capital, province, city, venue, …
};

enum class TitleCategory { kPosition, kRank, kMembership, kHonorific, kModifier };

struct TitleEntry {
  std::string title;
  TitleCategory category = TitleCategory::kPosition;
  bool takes_org = false;
  std::string implied_org;
  bool implied_org_is_head = false;  // implied_org is a head word ("Bộ") a field completes
  std::string implied_org_key;       // its token key when it is one token, else empty
};

struct KnownOrg {
  std::string name;
  std::string country;  // iso2 or empty
  OrgCategory category = OrgCategory::kGeneric;
  std::vector<std::string> aliases;
  std::string parent;
  std::string wikidata;
};

struct PublicFigure {
  std::string name;
  std::string country;
  std::string wikidata;
  std::vector<std::string> variants;
};

enum class MarkerRole {
  kPlanned, kCancelled, kPostponed, kHeadOfDelegation, kAlsoAttended, kCredit, kSigned, kToBeSigned,
  kImplemented, kProposed, kAgreed, kRelativeDate, kDayPart, kOther
};

struct Marker {
  MarkerRole role = MarkerRole::kOther;
  int day_offset = 0;           // for kRelativeDate
  bool from_publication = false;  // kRelativeDate: counted from the publication date, else from the previous event
  bool photo = false;  // kCredit: credits a photo (note "photo"), so the sentence it closes is a caption
};

// What a phrase in the text can be. One phrase may have several readings.
enum class PhraseType {
  kCountry, kPlace, kTitle, kOrgHead, kKnownOrg, kTrigger, kAgreementKind, kMarker, kPublicFigure,
  kGrammar
};

// Roles of function words (grammar.tsv); a kGrammar reading's index is one of these.
enum class GrammarRole {
  kOrgStop, kPlural, kSpeech, kAnaphor, kNameContainer, kLocation, kBetween, kReference, kNameFiller,
  kFrame, kSequence, kTitleJoiner, kPair, kSide, kFollowing, kGreeting, kPossessive,
  // Cue roles: words the readers look for that are no function words ending a name.
  kCooperation, kPeriod, kYearWord, kTopic, kConjunction, kPast, kParties, kField, kVenue, kInvitation,
  kAcceptance, kMonthWord, kDayWord, kUntil, kLedBy, kDelegation, kAttribution, kCapitalNoun, kActing,
  kUnit, kSetting, kNeedsObject, kOrdinal, kSince, kDateCue, kFormer, kDemonstrative, kAnniversary, kHandover,
  kAmends, kClauseLink, kWitness, kCharge, kCompanyWord, kLevel, kRenamed, kRepresentative, kBranch, kGenericBody,
  kRoleCount  // not a role: how many there are
};

// The grammar roles of one word, bit r for GrammarRole r; room for more roles than there are.
using GrammarRoleSet = std::bitset<128>;
static_assert(static_cast<int>(GrammarRole::kRoleCount) <= 128, "GrammarRoleSet holds every role");

// True for the cue roles ("hợp tác", "giai đoạn", "năm", "và"): a name finder
// does not stop at them as it stops at function words.
constexpr bool IsCueRole(int role) { return role >= static_cast<int>(GrammarRole::kCooperation); }

struct PhraseReading {
  PhraseType type;
  int index;  // into the table of that type (countries(), titles(), …) or an enum value
};

// A phrase as a sequence of lower-case token keys.
struct Phrase {
  std::vector<std::string> tokens;
  std::vector<PhraseReading> readings;
  bool case_sensitive_first = false;  // the first text token must be capitalised
};

// One knowledge file as read: its rows (columns split at tabs, comments and
// blank lines dropped) with their line numbers, for messages naming them.
struct DataTable {
  struct Row {
    std::vector<std::string> cols;
    int line = 0;
    // Column `i`, empty when the row has fewer columns.
    const std::string& at(std::size_t i) const {
      static const std::string kEmpty;
      return i < cols.size() ? cols[i] : kEmpty;
    }
  };
  std::string path;
  std::vector<Row> rows;
  // "path:line" of a row.
  std::string Where(const Row& row) const { return path + ":" + std::to_string(row.line); }
};

// Immutable after LoadLexicon; thread safe for concurrent reads.
class Lexicon {
 public:
  // The phrases form a trie over token keys. A key that occurs in some
  // phrase has a word id (>= 0; -1 otherwise). Walking from kPhraseRoot one
  // word id at a time, PhraseStep gives the next state or kNoPhrase, and
  // PhraseAt the phrase ending at a state (nullptr when none ends there).
  static constexpr std::uint32_t kPhraseRoot = 0;
  static constexpr std::uint32_t kNoPhrase = 0xFFFFFFFFu;
  int WordId(const std::string& key) const;
  std::uint32_t PhraseStep(std::uint32_t state, int word_id) const;
  const Phrase* PhraseAt(std::uint32_t state) const { return trie_phrase_[state]; }

  const std::vector<CountryEntry>& countries() const { return countries_; }
  const std::vector<PlaceEntry>& places() const { return places_; }
  const std::vector<TitleEntry>& titles() const { return titles_; }
  const std::vector<KnownOrg>& known_orgs() const { return known_orgs_; }
  const std::vector<PublicFigure>& public_figures() const { return public_figures_; }
  const std::vector<std::u32string>& sentence_abbreviations() const { return sentence_abbrevs_; }
  OrgCategory HeadCategory(int head_index) const { return org_head_categories_[head_index]; }
  const Marker& marker(int index) const { return markers_[index]; }

  // The title whose MatchKey is `key` ("bộ trưởng"), or nullptr.
  const TitleEntry* TitleByKey(const std::string& key) const;
  // True when `text` is exactly an organisation head ("Bộ", "Văn phòng").
  bool IsOrgHead(std::string_view text) const;
  // True when the one-token `key` has grammar role `role`.
  bool HasRole(const std::string& key, GrammarRole role) const {
    return WordRoles(key).test(static_cast<std::size_t>(role));
  }
  // The grammar roles of the one-token `key`.
  GrammarRoleSet WordRoles(const std::string& key) const;
  bool IsFamilyName(const std::string& key) const { return family_names_.count(key) > 0; }
  // Capitalised words that occur in organisation, title and country names
  // ("khoa", "học", "công", …): such words are not read as a foreign name.
  bool IsOrgVocabulary(const std::string& key) const { return org_vocabulary_.count(key) > 0; }
  // Expansion of an abbreviation token ("kh&cn" -> "Khoa học và Công nghệ"), or nullptr.
  const std::string* Expansion(const std::string& key) const;
  // Country by ISO code, or nullptr.
  const CountryEntry* CountryByIso(std::string_view iso2) const;
  // Index of a public figure by LooseKey of a variant, or -1.
  int PublicFigureByKey(std::string_view loose_key) const;
  // Distinct for every lexicon made in this process, so caches of what a
  // lexicon says can tell lexicons apart (an address can be reused).
  std::uint64_t serial() const { return serial_; }

 private:
  friend StatusOr<std::shared_ptr<const Lexicon>> LoadLexicon(const std::string& data_dir);
  // One reader a file: each parses its rows into a table and adds their phrases.
  Status LoadCountries(const DataTable& table);
  Status LoadPlaces(const DataTable& table);
  Status LoadTitles(const DataTable& table);
  Status LoadOrgHeads(const DataTable& table);
  Status LoadKnownOrgs(const DataTable& table);
  Status LoadAbbreviations(const DataTable& table);
  Status LoadTriggers(const DataTable& table);
  Status LoadAgreementKinds(const DataTable& table);
  Status LoadMarkers(const DataTable& table);
  Status LoadPublicFigures(const DataTable& table);
  Status LoadGrammar(const DataTable& table);
  Status LoadFamilyNames(const DataTable& table);
  Status LoadSentenceAbbreviations(const DataTable& table);
  void IndexTitles();
  // Capitalised words of names the files give (see IsOrgVocabulary).
  void AddVocabulary(std::string_view name);
  void AddPhrase(std::string_view text, PhraseReading reading, bool case_sensitive_first);

  std::vector<CountryEntry> countries_;
  std::vector<PlaceEntry> places_;
  std::vector<TitleEntry> titles_;
  std::vector<KnownOrg> known_orgs_;
  std::vector<PublicFigure> public_figures_;
  std::vector<OrgCategory> org_head_categories_;
  std::vector<Marker> markers_;
  std::vector<std::u32string> sentence_abbrevs_;
  std::unordered_set<std::string> family_names_;
  std::unordered_map<std::string, GrammarRoleSet> word_roles_;  // key -> its roles
  std::unordered_set<std::string> org_vocabulary_;
  std::unordered_map<std::string, std::string> expansions_;
  std::unordered_map<std::string, int> country_by_iso_;
  std::unordered_map<std::string, int> title_by_key_;
  std::unordered_map<std::string, int> figure_by_key_;
  std::vector<std::unique_ptr<Phrase>> phrase_storage_;
  std::unordered_map<std::string, int> word_ids_;
  // The trie's edges, state << 32 | word id -> state: open addressing over a
  // power-of-two number of slots at most half full (PhraseStep runs once per
  // token and phrase position; a std::unordered_map divided on every look-up).
  std::uint32_t AddTrieEdge(std::uint64_t edge, std::uint32_t if_new, bool* added);
  std::vector<std::uint64_t> trie_edge_keys_;
  std::vector<std::uint32_t> trie_edge_targets_;
  std::size_t trie_edge_count_ = 0;
  std::vector<const Phrase*> trie_phrase_{nullptr};              // by state; the root first
  static std::uint64_t NextSerial();
  std::uint64_t serial_ = NextSerial();
};

// Splits normalized text into lower-case token keys, as the lexicon does.
std::vector<std::string> TokenKeys(std::string_view utf8);

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_SRC_EXTRACT_LEXICON_H_

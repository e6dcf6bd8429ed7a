// Private to extract: the reader of names in one sentence. Its methods live
// in names.cc (scanning helpers), names_persons.cc and names_orgs.cc.
#ifndef COOPGRAPH_SRC_EXTRACT_NAME_FINDER_H_
#define COOPGRAPH_SRC_EXTRACT_NAME_FINDER_H_

#include <string>
#include <vector>

#include "names.h"

namespace coopgraph::extract::internal {

class NameFinder {
 public:
  NameFinder(const Lexicon& lexicon, const TaggedSentence& s, std::vector<TradeName>* learned = nullptr);

  SentenceNames Run();

 private:
  enum class Mode { kOrg, kTitle };

  // A photo credit runs from its marker ("Ảnh:") to the end of the
  // parenthesis or sentence.
  void MarkCredits();

  // "," or "kiêm" between two titles of one person.
  bool TitleSeparator(std::size_t i) const;

  // A word or dash joining the parts of one name ("Việt Nam - Lào", "Khoa học và
  // Công nghệ", "Ủy ban về …"): a conjunction or topic word of grammar.tsv, or '-'.
  bool IsConnector(const Tok& t) const {
    return t.Has(GrammarRole::kConjunction) || t.Has(GrammarRole::kTopic) ||
           t.punct('-');
  }

  bool Free(std::size_t i) const;

  // The longer of a country and a place name at i ("Lào Cai" is a province,
  // not "Lào"); 0 when neither.
  std::size_t PlaceAt(std::size_t i, bool* is_country, int* index) const;
  bool LocalNameAt(std::size_t i) const;

  // The country a country or place name at i belongs to, or "".
  std::string PlaceCountryAt(std::size_t i, std::size_t* len) const;

  // Modifiers then a title; returns its length and the title's index.
  std::size_t TitleHeadAt(std::size_t k, int* title_index) const;

  bool FamilyRunAt(std::size_t k, std::size_t* end) const;
  bool PositionTitleAt(std::size_t j) const;

  // The run of name-like tokens from k (see the extract README section).
  std::size_t RunEnd(std::size_t k, Mode mode, std::size_t window) const;

  // A phrase of the lexicon that is not a name part (a marker, trigger or function word).
  bool FunctionPhraseAt(std::size_t i) const;
  bool FieldConjunctionAt(std::size_t i) const;
  // A speech phrase at i that is a noun of the body's name before it ("Công nghệ thông tin").
  bool SpeechCompoundAt(std::size_t i) const;

  // A lower-case syllable right after a capitalised one belongs to the same
  // word of a proper name: "Hữu nghị", "Cách mạng", "Công nghệ".
  bool CompoundTail(std::size_t i) const;

  // True when a noun such as "đường", "nhà văn hóa" ends just before token i:
  // the name that follows names a thing.
  bool ContainerEndsAt(std::size_t i) const;

  // True when a country or place name ends just before token i ("Thủ tướng Lào chiều").
  bool PlaceEndsAt(std::size_t i) const;

  // "Lee Jae-yong", "Thoong-xa-lit …": a capitalised word run holding a
  // hyphenated word with a lower-case part is a transliterated personal name.
  bool TransliteratedName(std::size_t i) const;

  bool NameLike(std::size_t i) const;
  bool Initial(std::size_t i) const;
  bool MultiWordPlaceAt(std::size_t i) const;
  bool PlaceInsideName(std::size_t family, std::size_t i) const;
  bool Foreign(std::size_t i) const;

  // Where a person's name begins inside the run [e, r); r when none.
  std::size_t NameStart(std::size_t e, std::size_t r, bool honorific) const;

  std::string TrimmedText(std::size_t first, std::size_t last) const;

  std::string FirstCountry(std::size_t first, std::size_t last) const;

  // Parses the title at k. Returns the index of the new TitleSpan, fills the
  // name range [*name_first, *name_last) (equal when there is no name).
  // With `name_follows` false the title's person was named before it ("X - Chủ tịch …").
  int ParseTitle(std::size_t k, std::size_t* name_first, std::size_t* name_last, bool name_follows = true);

  // The end of the capitalised name words from e (after a form of address).
  std::size_t NameRunEnd(std::size_t e) const;
  bool JoinedDashAt(std::size_t q) const;

  // The end of the field after a charge cue ("phụ trách kinh tế") when a name follows it; else e.
  std::size_t ChargeFieldEnd(std::size_t e) const;

  // "…: Sean Lam - Chủ tịch …", "Theo Maria Lopez, Giám đốc …": the start of a name-like
  // run that a dash or comma joins to the title at k; k when there is none.
  std::size_t NameBeforeApposition(std::size_t k) const;

  // The organisation a title names: a full name ("Thứ trưởng Bộ KH&CN") or a
  // field after a title that implies its head ("Bộ trưởng Công Thương").
  int TitleOrg(const TitleEntry& entry, std::size_t k, std::size_t e, std::size_t p,
               const std::string& country);

  void AddAppositives(PersonSpan* person);

  void FindTitledPersons();

  // "Bộ trưởng Quốc phòng Tea Banh": a state body of a known figure's title without a
  // country of its own is of the figure's country, not the home country.
  void GiveFigureCountryToBodies(const PersonSpan& person);
  void GiveCountryToBodies(const PersonSpan& person, const std::string& country);

  bool HonorificAt(std::size_t j) const;

  // A person named by the tokens [first, last), which it now owns (no titles yet).
  PersonSpan ClaimName(std::size_t first, std::size_t last);

  // "các ông John Smith, Peter Brown và Mary Jones": a person for each name from j;
  // returns the end of the list.
  std::size_t ReadNameList(std::size_t j);

  // Organisation at i; appends the span(s) (several for a list) and returns the end.
  std::size_t OrgAt(std::size_t i, std::vector<OrgSpan>* found) const;

  // A capitalised English word that ends a company's trade name ("Airlines", "Holdings").
  bool CompanyWordAt(std::size_t i) const;

  // A run of capitalised words closed by a company word, without a head ("Turkish
  // Airlines"); appends it and returns its end, 0 when none.
  std::size_t TradeNameAt(std::size_t i, std::vector<OrgSpan>* found) const;

  std::size_t ListAt(std::size_t i, std::size_t colon, int head, std::vector<OrgSpan>* found) const;

  std::string OrgCountry(std::size_t first, std::size_t last) const;

  void FindOrganizations();

  // The trade name of a company named in full ("Vari" in "Công ty cổ phần Vari") is learned.
  void LearnTradeName(const OrgSpan& org);
  // A learned trade name at i standing alone: appends its company and returns its end; 0 if none.
  std::size_t LearnedTradeNameAt(std::size_t i, std::vector<OrgSpan>* found) const;

  // "X - Chi nhánh tại Nghệ An": appends X's branch after X and returns its end; else `end`.
  std::size_t BranchAt(std::size_t end, std::vector<OrgSpan>* found) const;

  // "Trung tâm X, nay là Viện Y": the old name is an alias of the new body.
  void JoinRenamedBodies();

  void AppendOrgs(std::vector<OrgSpan> found);

  void FindBareNames();

  // "Angela Merkel … Merkel cho biết": a foreign person's surname, alone, after the full name.
  void LearnSurname(const PersonSpan& person);
  void FindLearnedSurnames();

  void FindPlaces();

  // "Về phía Thái Lan, có Phó Thủ tướng X, …": the persons after a side of a country are
  // of that country unless their titles say otherwise.
  void GiveSideCountries();

  const Lexicon& lex_;
  const TaggedSentence& s_;
  const std::size_t n_;
  SentenceNames out_;
  std::vector<bool> in_place_;  // token inside a country or place name
  std::vector<TradeName>* learned_;  // the article's trade names, or nullptr
};

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_NAME_FINDER_H_

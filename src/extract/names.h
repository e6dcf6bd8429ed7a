// Private to extract: organisations, titles and persons in one sentence.
#ifndef COOPGRAPH_SRC_EXTRACT_NAMES_H_
#define COOPGRAPH_SRC_EXTRACT_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "tokens.h"

namespace coopgraph::extract::internal {

// The longest real names are about 25 words and 130 characters ("Ủy ban liên
// Chính phủ Việt Nam - Liên bang Nga về hợp tác kinh tế - thương mại và khoa
// học - kỹ thuật"); a longer run is capitalised text the rules read as one
// name (a long line without punctuation), so it is no name at all: dropped,
// not cut into a wrong one.
inline constexpr std::size_t kMaxNameWords = 40;
inline constexpr std::size_t kMaxNameCodePoints = 300;

// Whether `name` is within both bounds (it stops reading past them).
bool IsNameSized(std::string_view name);

struct OrgSpan {
  std::size_t first = 0, last = 0;  // tokens
  std::string surface;
  std::string name;                 // acronyms expanded, country appended when known
  std::vector<std::string> aliases;
  std::string country;
  OrgCategory category = OrgCategory::kGeneric;
  int known = -1;
  int parent = -1;                  // index into SentenceNames::orgs
};

// The name and every alias within the bounds.
bool IsNameSized(const OrgSpan& org);

struct TitleSpan {
  std::size_t first = 0, last = 0;
  std::string text;
  int org = -1;
  std::string country;
  bool honorific_only = false;
};

struct PersonSpan {
  std::size_t first = 0, last = 0;  // the name tokens; empty range for a title-only mention
  std::string name;
  int figure = -1;
  std::vector<int> titles;          // indexes into SentenceNames::titles
  std::string country;
  std::size_t construct_first = 0;  // first token of titles + name
  std::size_t construct_last = 0;
};

struct PlaceSpan {
  std::size_t first = 0, last = 0;
  bool is_country = false;
  int index = -1;  // into countries() or places()
};

struct SentenceNames {
  std::vector<OrgSpan> orgs;
  std::vector<TitleSpan> titles;
  std::vector<PersonSpan> persons;
  std::vector<PlaceSpan> places;
  std::vector<bool> credit;  // token is inside a photo credit or source line
  std::vector<int> owner;    // token -> kind of span covering it (0 none, 1 org, 2 title, 3 person)
};

// A short name learned from a full name earlier in the article: a company's trade
// name ("Công ty cổ phần Vari" teaches "Vari"), a foreign person's surname
// ("Angela Merkel" teaches "Merkel").
struct TradeName {
  std::vector<std::string> keys;  // token keys of the short name
  std::string name;               // the full name it stands for
  std::string country;
  bool person = false;
};

// Finds the names of one sentence. With `learned`, trade names of the companies
// named in full are added to it and later bare uses of them read as those companies.
SentenceNames FindNames(const Lexicon& lexicon, const TaggedSentence& s,
                        std::vector<TradeName>* learned = nullptr);

// Expands acronym tokens of `first..last` ("KH&CN" -> "Khoa học và Công nghệ").
std::string ExpandedText(const Lexicon& lexicon, const TaggedSentence& s, std::size_t first,
                         std::size_t last);

}  // namespace coopgraph::extract::internal

#endif  // COOPGRAPH_SRC_EXTRACT_NAMES_H_

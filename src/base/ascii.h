// ASCII case for the names formats define in ASCII (HTML tags and
// attributes, file extensions, directives). Text keys use normalize's
// Unicode folding instead. Internal, byte level.
#ifndef COOPGRAPH_SRC_BASE_ASCII_H_
#define COOPGRAPH_SRC_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace coopgraph {

// `s` with A-Z as a-z; every other byte as it is.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

inline bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == AsciiLower(prefix);
}

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_ASCII_H_

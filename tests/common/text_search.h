// Searching test output (SVG, HTML, DOT) for expected pieces.
#ifndef COOPGRAPH_TESTS_COMMON_TEXT_SEARCH_H_
#define COOPGRAPH_TESTS_COMMON_TEXT_SEARCH_H_

#include <cstddef>
#include <string>

namespace coopgraph::testing {

inline bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// Occurrences of `needle`, overlapping ones included.
inline std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

}  // namespace coopgraph::testing

#endif  // COOPGRAPH_TESTS_COMMON_TEXT_SEARCH_H_

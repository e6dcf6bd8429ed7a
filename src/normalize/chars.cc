#include "normalize/chars.h"

#include <unicode/uchar.h>

#include "coopgraph/normalize/normalize.h"

namespace coopgraph::normalize {
namespace chars {

bool IcuIsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool IcuIsUpper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }
bool IcuIsLower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }
bool IcuIsDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }

bool IcuIsMark(char32_t cp) {
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return (mask & U_GC_M_MASK) != 0;
}

char32_t IcuToLower(char32_t cp) {
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

}  // namespace chars

char32_t ToLower(char32_t cp) { return chars::ToLower(cp); }
bool IsLetter(char32_t cp) { return chars::IsLetter(cp); }
bool IsUpper(char32_t cp) { return chars::IsUpper(cp); }

}  // namespace coopgraph::normalize

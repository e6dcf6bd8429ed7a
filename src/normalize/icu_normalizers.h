// Private: the ICU normalizer singletons shared by the normalize sources.
#ifndef COOPGRAPH_SRC_NORMALIZE_ICU_NORMALIZERS_H_
#define COOPGRAPH_SRC_NORMALIZE_ICU_NORMALIZERS_H_

#include <unicode/unorm2.h>

namespace coopgraph::normalize {

// ICU-owned singletons; nullptr only when ICU's data is missing, in which
// case callers leave text unnormalized rather than fail.
const UNormalizer2* NfcInstance();
const UNormalizer2* NfdInstance();

}  // namespace coopgraph::normalize

#endif  // COOPGRAPH_SRC_NORMALIZE_ICU_NORMALIZERS_H_

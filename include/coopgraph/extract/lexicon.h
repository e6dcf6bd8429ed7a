// The extractor's knowledge: titles, organisation head words, meeting verbs,
// countries, places, public figures and grammar words, loaded once from the
// data files of a directory (formats in data/README.md). Library users load
// it and hand it to an Extractor and a Resolver; its tables are internal.
#ifndef COOPGRAPH_EXTRACT_LEXICON_H_
#define COOPGRAPH_EXTRACT_LEXICON_H_

#include <memory>
#include <string>

#include "coopgraph/base/status.h"

namespace coopgraph::extract {

// Immutable once loaded; thread safe for concurrent reads.
class Lexicon;

// Loads every knowledge file from `data_dir`. Errors: kNotFound or kDataLoss
// naming the file and line.
[[nodiscard]] StatusOr<std::shared_ptr<const Lexicon>> LoadLexicon(const std::string& data_dir);

}  // namespace coopgraph::extract

#endif  // COOPGRAPH_EXTRACT_LEXICON_H_

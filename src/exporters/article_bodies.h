// What WriteAll needs of an ArticleBodyWriter: its file, to commit with the graph's.
#ifndef COOPGRAPH_EXPORTERS_ARTICLE_BODIES_H_
#define COOPGRAPH_EXPORTERS_ARTICLE_BODIES_H_

#include "base/files.h"
#include "coopgraph/exporters/exporters.h"

namespace coopgraph::exporters {

struct ArticleBodyAccess {
  // Writes what is buffered and closes the file; its set then takes the graph files.
  static StatusOr<AtomicFileSet*> Finish(ArticleBodyWriter& writer);
};

}  // namespace coopgraph::exporters

#endif  // COOPGRAPH_EXPORTERS_ARTICLE_BODIES_H_

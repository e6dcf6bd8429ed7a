// Internal to the DOT writers (exporters' ToDot, views' summary diagram):
// quoted strings, labels bounded below Graphviz's limit.
#ifndef COOPGRAPH_EXPORTERS_DOT_H_
#define COOPGRAPH_EXPORTERS_DOT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace coopgraph::exporters::internal {

// Graphviz's lexer rejects a quoted string over 16 KB; a label is cut well
// below that (escaping may double it), and far above any real label.
inline constexpr std::size_t kMaxDotLabelBytes = 2048;

// `text` when it has at most `max_bytes` bytes; else its longest prefix of
// whole code points that leaves room for "…", followed by "…" (at most
// `max_bytes` bytes in all). Never cuts inside a UTF-8 sequence.
std::string TruncatedLabel(std::string_view text, std::size_t max_bytes = kMaxDotLabelBytes);

// `text` as a DOT quoted string appended to *out. Label text must have been
// through DotLabelText (exporters/text.h) first; ids and attribute values
// may go as they are.
void AppendDotQuoted(std::string* out, std::string_view text);

// The font every diagram writes its text in.
inline constexpr const char* kDotFont = "DejaVu Sans";

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_EXPORTERS_DOT_H_

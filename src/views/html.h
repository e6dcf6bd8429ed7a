// Private to views: text made safe for HTML, and the SVG that may go inline.
#ifndef COOPGRAPH_SRC_VIEWS_HTML_H_
#define COOPGRAPH_SRC_VIEWS_HTML_H_

#include <string>
#include <string_view>

#include "base/escape.h"
#include "coopgraph/base/status.h"

namespace coopgraph::views::internal {

// Text for HTML element content and for quoted attribute values alike: the
// one escaper's HTML dialect (base/escape.h).
inline void AppendEscaped(std::string* out, std::string_view text) { AppendMarkupEscaped(text, Markup::kHtml, out); }
inline std::string Escaped(std::string_view text) { return MarkupEscaped(text, Markup::kHtml); }

// `url` escaped for an href when it is an absolute http or https URL without
// spaces or control characters; "" otherwise (javascript:, data:, relative…),
// and the caller writes no link.
std::string SafeHttpHref(std::string_view url);

// Graphviz's SVG document made fit to sit inside HTML: the XML prolog,
// doctype and comments dropped. Errors: kDataLoss when it is not an SVG
// document or holds what could run or fetch (script, foreignObject, event
// handler attributes, javascript: or external references).
StatusOr<std::string> InlineSvg(std::string_view svg);

}  // namespace coopgraph::views::internal

#endif  // COOPGRAPH_SRC_VIEWS_HTML_H_

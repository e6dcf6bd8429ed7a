#include "views/html.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "base/ascii.h"

namespace coopgraph::views::internal {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Elements that could run code, fetch something or restyle the page.
const std::vector<std::string_view> kRefusedElements = {"script", "foreignobject", "style", "image", "use",
                                                         "iframe", "object", "embed", "a", "set", "animate"};

// A reference is allowed only to something inside the document.
bool LocalReference(std::string_view value) { return value.empty() || value[0] == '#'; }

// One tag's attributes ("name" or name="value"), checked; `tag` is the text
// between '<' and '>' without the element name.
Status CheckAttributes(std::string_view tag, const std::string& element) {
  std::size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (std::isspace(static_cast<unsigned char>(tag[i])) || tag[i] == '/')) ++i;
    const std::size_t name_begin = i;
    while (i < tag.size() && tag[i] != '=' && !std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    const std::string name = AsciiLower(tag.substr(name_begin, i - name_begin));
    std::string value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      const char quote = i < tag.size() ? tag[i] : '\0';
      if (quote != '"' && quote != '\'') return DataLossError("SVG: unquoted attribute " + name + " in <" + element + ">");
      const std::size_t end = tag.find(quote, i + 1);
      if (end == std::string_view::npos) return DataLossError("SVG: unterminated attribute " + name);
      value = AsciiLower(tag.substr(i + 1, end - i - 1));
      i = end + 1;
    }
    if (name.empty()) continue;
    if (StartsWith(name, "on")) return DataLossError("SVG: event handler attribute " + name);
    const bool reference = name == "href" || name == "xlink:href" || name == "src";
    if (reference && !LocalReference(value)) return DataLossError("SVG: external reference in " + name);
    for (std::size_t u = value.find("url("); u != std::string::npos; u = value.find("url(", u + 4))
      if (value.compare(u + 4, 1, "#") != 0) return DataLossError("SVG: external url() in " + name);
    if (value.find("javascript:") != std::string::npos) return DataLossError("SVG: javascript: in " + name);
  }
  return Status::Ok();
}

}  // namespace

std::string SafeHttpHref(std::string_view url) {
  const std::string lower = AsciiLower(url.substr(0, 8));
  const std::size_t scheme = StartsWith(lower, "https://") ? 8 : StartsWith(lower, "http://") ? 7 : 0;
  if (scheme == 0 || url.size() == scheme) return "";
  for (char c : url) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b == 0x7f) return "";
  }
  return Escaped(url);
}

StatusOr<std::string> InlineSvg(std::string_view svg) {
  const std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) return DataLossError("SVG: no <svg> element");
  std::string out;
  out.reserve(svg.size() - start);
  std::size_t i = start;
  while (i < svg.size()) {
    const std::size_t open = svg.find('<', i);
    out.append(svg.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i));
    if (open == std::string_view::npos) break;
    if (svg.compare(open, 4, "<!--") == 0) {
      const std::size_t close = svg.find("-->", open + 4);
      if (close == std::string_view::npos) return DataLossError("SVG: unterminated comment");
      i = close + 3;
      continue;
    }
    // The end of the tag, past quoted attribute values.
    std::size_t end = open + 1;
    char quote = '\0';
    for (; end < svg.size(); ++end) {
      if (quote != '\0') {
        if (svg[end] == quote) quote = '\0';
      } else if (svg[end] == '"' || svg[end] == '\'') {
        quote = svg[end];
      } else if (svg[end] == '>') {
        break;
      }
    }
    if (end >= svg.size()) return DataLossError("SVG: unterminated tag");
    std::string_view tag = svg.substr(open + 1, end - open - 1);
    if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
    if (!tag.empty() && (tag[0] == '!' || tag[0] == '?')) return DataLossError("SVG: markup declaration inside");
    std::size_t name_end = 0;
    while (name_end < tag.size() && !std::isspace(static_cast<unsigned char>(tag[name_end])) && tag[name_end] != '/')
      ++name_end;
    const std::string element = AsciiLower(tag.substr(0, name_end));
    if (std::find(kRefusedElements.begin(), kRefusedElements.end(), element) != kRefusedElements.end())
      return DataLossError("SVG: <" + element + "> element");
    if (Status s = CheckAttributes(tag.substr(name_end), element); !s.ok()) return s;
    out.append(svg.substr(open, end + 1 - open));
    i = end + 1;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace coopgraph::views::internal

#include "views/evidence.h"

#include <algorithm>

#include "base/utf8.h"
#include "views/html.h"

namespace coopgraph::views::internal {
namespace {

// Context shown on each side of a quote, in code points, within its line.
constexpr std::size_t kContext = 160;

}  // namespace

std::string EvidenceIndex::Links(const std::vector<graph::Evidence>& evidence) {
  std::string out;
  for (const graph::Evidence& ev : evidence) {
    const Key key{ev.article_id, ev.begin, ev.end, ev.quote};
    auto [it, added] = evidence_numbers_.emplace(key, evidence_.size() + 1);
    if (added) {
      evidence_.push_back(ev);
      ArticleLink(ev.article_id);
    }
    const std::string n = std::to_string(it->second);
    out += (out.empty() ? "" : " ") + std::string("<a class=\"ev\" href=\"#ev-") + n + "\">[" + n + "]</a>";
  }
  return out;
}

std::string EvidenceIndex::ArticleLink(const std::string& article_id) {
  const auto v = kg_.Find(article_id);
  if (!v || kg_.node(*v).kind() != graph::NodeKind::kArticle) return "";
  auto [it, added] = article_numbers_.emplace(article_id, articles_.size() + 1);
  if (added) articles_.push_back(article_id);
  const std::string n = std::to_string(it->second);
  return "<a class=\"src\" href=\"#article-" + n + "\">a" + n + "</a>";
}

std::string EvidenceIndex::QuoteInContext(const graph::Evidence& ev) {
  const auto v = kg_.Find(ev.article_id);
  const auto* article = v ? std::get_if<graph::ArticleInfo>(&kg_.node(*v).info) : nullptr;
  const std::string marked = "<mark>" + Escaped(ev.quote) + "</mark>";
  if (article == nullptr) return marked;
  auto [it, added] = texts_.emplace(ev.article_id, std::u32string());
  if (added) it->second = Utf8ToUtf32(article->text);
  const std::u32string& text = it->second;
  if (ev.begin > ev.end || ev.end > text.size() ||
      Utf32ToUtf8(std::u32string_view(text).substr(ev.begin, ev.end - ev.begin)) != ev.quote) {
    return marked;
  }
  std::size_t from = ev.begin, to = ev.end;
  while (from > 0 && ev.begin - from < kContext && text[from - 1] != U'\n') --from;
  while (to < text.size() && to - ev.end < kContext && text[to] != U'\n') ++to;
  const bool cut_before = from > 0 && text[from - 1] != U'\n';
  const bool cut_after = to < text.size() && text[to] != U'\n';
  // A cut context starts and ends with whole words.
  if (cut_before)
    if (const auto space = text.find(U' ', from); space < ev.begin) from = space + 1;
  if (cut_after)
    if (const auto space = text.rfind(U' ', to - 1); space != std::u32string::npos && space > ev.end) to = space;
  const std::u32string_view all(text);
  return (cut_before ? "…" : "") + Escaped(Utf32ToUtf8(all.substr(from, ev.begin - from))) + marked +
         Escaped(Utf32ToUtf8(all.substr(ev.end, to - ev.end))) + (cut_after ? "…" : "");
}

void EvidenceIndex::AppendEvidenceSection(std::string* out) {
  *out += "<section id=\"evidence\">\n<h2>Evidence</h2>\n";
  if (evidence_.empty()) *out += "<p class=\"note\">No evidence is cited.</p>\n";
  *out += "<ol class=\"evidence\">\n";
  for (std::size_t i = 0; i < evidence_.size(); ++i) {
    const graph::Evidence& ev = evidence_[i];
    *out += "<li id=\"ev-" + std::to_string(i + 1) + "\"><blockquote>" + QuoteInContext(ev) + "</blockquote>";
    *out += "<p class=\"where\">" + ArticleLink(ev.article_id) + " sentence " + std::to_string(ev.sentence + 1) +
            ", characters " + std::to_string(ev.begin) + "–" + std::to_string(ev.end) + "</p></li>\n";
  }
  *out += "</ol>\n</section>\n";
}

void EvidenceIndex::AppendArticlesSection(std::string* out) const {
  *out += "<section id=\"articles\">\n<h2>Articles</h2>\n<ol class=\"articles\">\n";
  for (std::size_t i = 0; i < articles_.size(); ++i) {
    const graph::Node& node = kg_.node(*kg_.Find(articles_[i]));
    const auto& info = std::get<graph::ArticleInfo>(node.info);
    *out += "<li id=\"article-" + std::to_string(i + 1) + "\"><span class=\"n\">a" + std::to_string(i + 1) +
            "</span> <cite>";
    AppendEscaped(out, info.title.empty() ? node.id : info.title);
    *out += "</cite>";
    for (const std::string* part : {&info.outlet, &info.date_published}) {
      if (part->empty()) continue;
      *out += " · ";
      AppendEscaped(out, *part);
    }
    if (const std::string href = SafeHttpHref(info.url); !href.empty()) {
      *out += " · <a href=\"" + href + "\" rel=\"noopener noreferrer\">" + href + "</a>";
    } else if (!info.url.empty()) {
      *out += " · <span class=\"url\">";
      AppendEscaped(out, info.url);
      *out += "</span>";
    }
    *out += "</li>\n";
  }
  if (articles_.empty()) *out += "<li class=\"note\">No article is cited.</li>\n";
  *out += "</ol>\n</section>\n";
}

}  // namespace coopgraph::views::internal

#include "views/evidence.h"

#include <algorithm>

#include "base/utf8.h"
#include "coopgraph/base/date.h"
#include "views/html.h"

namespace coopgraph::views::internal {
namespace {

// Context shown on each side of the quotes, in code points, within their line.
constexpr std::size_t kContext = 80;

bool SameItem(const graph::Evidence& a, const graph::Evidence& b) {
  return a.begin == b.begin && a.end == b.end && a.quote == b.quote;
}

}  // namespace

std::string EvidenceIndex::Links(const std::vector<graph::Evidence>& evidence) {
  std::string out;
  std::vector<std::size_t> linked;
  for (const graph::Evidence& ev : evidence) {
    auto [it, added] = entry_numbers_.emplace(Key{ev.article_id, ev.sentence}, entries_.size() + 1);
    if (added) {
      entries_.emplace_back();
      ArticleLink(ev.article_id);
    }
    std::vector<graph::Evidence>& items = entries_[it->second - 1];
    if (std::none_of(items.begin(), items.end(), [&](const graph::Evidence& e) { return SameItem(e, ev); }))
      items.push_back(ev);
    if (std::find(linked.begin(), linked.end(), it->second) != linked.end()) continue;
    linked.push_back(it->second);
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

std::string EvidenceIndex::Sources(const std::vector<std::string>& article_ids, std::size_t named) {
  std::string out;
  std::size_t shown = 0, more = 0;
  for (const std::string& id : article_ids) {
    const std::string link = ArticleLink(id);
    if (link.empty()) continue;
    if (shown == named) {
      ++more;
      continue;
    }
    ++shown;
    const auto& info = std::get<graph::ArticleInfo>(kg_.node(*kg_.Find(id)).info);
    const std::string& where = info.url.empty() ? info.source_path : info.url;
    // Without a headline, the article is named by its URL or file.
    const std::string title = Escaped(info.title.empty() ? (where.empty() ? id : where) : info.title);
    out += "<div class=\"source\">";
    if (const std::string href = SafeHttpHref(info.url); !href.empty()) {
      out += "<a href=\"" + href + "\" rel=\"noopener noreferrer\">" + title + "</a>";
    } else {
      out += "<cite>" + title + "</cite>";
      if (!where.empty() && !info.title.empty()) out += " · <span class=\"url\">" + Escaped(where) + "</span>";
    }
    if (!info.date_published.empty()) out += " · " + Escaped(DescribeDate(info.date_published));
    out += " " + link + "</div>";
  }
  if (more > 0) out += "<div class=\"note\">and " + std::to_string(more) + " more</div>";
  return out;
}

std::string EvidenceIndex::QuotesInContext(const std::vector<graph::Evidence>& quotes) {
  std::vector<graph::Evidence> sorted = quotes;
  std::sort(sorted.begin(), sorted.end(), [](const graph::Evidence& a, const graph::Evidence& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  auto quotes_alone = [&] {
    std::string out;
    for (const graph::Evidence& ev : sorted) out += (out.empty() ? "" : " … ") + ("<mark>" + Escaped(ev.quote) + "</mark>");
    return out;
  };
  const auto v = kg_.Find(sorted.front().article_id);
  const auto* article = v ? std::get_if<graph::ArticleInfo>(&kg_.node(*v).info) : nullptr;
  if (article == nullptr || bodies_ == nullptr) return quotes_alone();
  const auto body = bodies_->find(article->content_hash);
  if (body == bodies_->end()) return quotes_alone();
  auto [it, added] = texts_.emplace(sorted.front().article_id, std::u32string());
  if (added) it->second = Utf8ToUtf32(body->second);
  const std::u32string& text = it->second;
  const std::u32string_view all(text);
  for (const graph::Evidence& ev : sorted) {
    if (ev.begin > ev.end || ev.end > text.size() || Utf32ToUtf8(all.substr(ev.begin, ev.end - ev.begin)) != ev.quote)
      return quotes_alone();
  }
  const std::size_t begin = sorted.front().begin;
  std::size_t end = 0;
  for (const graph::Evidence& ev : sorted) end = std::max(end, ev.end);
  std::size_t from = begin, to = end;
  while (from > 0 && begin - from < kContext && text[from - 1] != U'\n') --from;
  while (to < text.size() && to - end < kContext && text[to] != U'\n') ++to;
  const bool cut_before = from > 0 && text[from - 1] != U'\n';
  const bool cut_after = to < text.size() && text[to] != U'\n';
  // A cut context starts and ends with whole words.
  if (cut_before)
    if (const auto space = text.find(U' ', from); space < begin) from = space + 1;
  if (cut_after)
    if (const auto space = text.rfind(U' ', to - 1); space != std::u32string::npos && space > end) to = space;
  // The quotes marked in order; one overlapping the one before is merged into it.
  std::string out = cut_before ? "…" : "";
  std::size_t at = from;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t mark_end = sorted[i].end;
    const std::size_t mark_begin = std::max(sorted[i].begin, at);
    for (++i; i < sorted.size() && sorted[i].begin < mark_end; ++i) mark_end = std::max(mark_end, sorted[i].end);
    if (mark_end <= at) continue;
    out += Escaped(Utf32ToUtf8(all.substr(at, mark_begin - at)));
    out += "<mark>" + Escaped(Utf32ToUtf8(all.substr(mark_begin, mark_end - mark_begin))) + "</mark>";
    at = mark_end;
  }
  return out + Escaped(Utf32ToUtf8(all.substr(at, to - at))) + (cut_after ? "…" : "");
}

void EvidenceIndex::AppendEvidenceSection(std::string* out) {
  *out += "<section id=\"evidence\">\n<h2>Evidence <span class=\"count\">(" + std::to_string(entries_.size()) +
          ")</span></h2>\n";
  if (entries_.empty()) *out += "<p class=\"note\">No evidence is cited.</p>\n";
  if (entries_.size() > kEvidencePage)
    *out += "<p class=\"note\">The first " + std::to_string(kEvidencePage) + " are shown; the search box searches all. " +
            "<button type=\"button\" id=\"evidence-all\">Show all " + std::to_string(entries_.size()) + "</button></p>\n";
  *out += "<ol class=\"evidence filterable\">\n";
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const std::vector<graph::Evidence>& items = entries_[i];
    const graph::Evidence& first = items.front();
    *out += "<li id=\"ev-" + std::to_string(i + 1) + "\"" + (i < kEvidencePage ? "" : " class=\"later\" hidden") +
            "><blockquote>" + QuotesInContext(items) + "</blockquote>";
    *out += "<p class=\"where\">" + ArticleLink(first.article_id) + " sentence " + std::to_string(first.sentence + 1) +
            ", characters ";
    for (std::size_t k = 0; k < items.size(); ++k)
      *out += (k == 0 ? "" : ", ") + std::to_string(items[k].begin) + "–" + std::to_string(items[k].end);
    *out += "</p></li>\n";
  }
  *out += "</ol>\n</section>\n";
}

void EvidenceIndex::AppendArticlesSection(std::string* out) const {
  *out += "<section id=\"articles\">\n<h2>Articles <span class=\"count\">(" + std::to_string(articles_.size()) +
          ")</span></h2>\n<ol class=\"articles filterable\">\n";
  for (std::size_t i = 0; i < articles_.size(); ++i) {
    const graph::Node& node = kg_.node(*kg_.Find(articles_[i]));
    const auto& info = std::get<graph::ArticleInfo>(node.info);
    *out += "<li id=\"article-" + std::to_string(i + 1) + "\"><span class=\"n\">a" + std::to_string(i + 1) +
            "</span> <cite>";
    AppendEscaped(out, info.title.empty() ? node.id : info.title);
    *out += "</cite>";
    if (!info.outlet.empty()) {
      *out += " · ";
      AppendEscaped(out, info.outlet);
    }
    if (!info.date_published.empty()) {
      *out += " · ";
      AppendEscaped(out, DescribeDate(info.date_published));
    }
    if (const std::string href = SafeHttpHref(info.url); !href.empty()) {
      *out += " · <a href=\"" + href + "\" rel=\"noopener noreferrer\">" + href + "</a>";
    } else if (const std::string& where = info.url.empty() ? info.source_path : info.url; !where.empty()) {
      *out += " · <span class=\"url\">";
      AppendEscaped(out, where);
      *out += "</span>";
    }
    *out += "</li>\n";
  }
  if (articles_.empty()) *out += "<li class=\"note\">No article is cited.</li>\n";
  *out += "</ol>\n</section>\n";
}

}  // namespace coopgraph::views::internal

#include "ingest/html.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "ingest/entities.h"
#include "ingest/util.h"

namespace coopgraph::ingest {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Content is not markup: skipped up to the matching end tag.
constexpr std::array<std::string_view, 7> kRawText = {"script", "style",    "title", "noscript",
                                                      "iframe", "textarea", "xmp"};
// Page chrome, skipped with everything inside (nesting counted).
constexpr std::array<std::string_view, 14> kChrome = {
    "nav",    "header", "footer",   "aside", "form",  "button", "select",
    "template", "svg",  "audio",    "video", "canvas", "object", "dialog"};
// Chrome that can never hold article text, dropped even in the lenient pass.
constexpr std::array<std::string_view, 5> kAlwaysSkipped = {"template", "svg", "select", "button",
                                                            "object"};
constexpr std::array<std::string_view, 24> kParagraphBlocks = {
    "p",          "div",   "h1",      "h2",     "h3",     "h4",      "h5",     "h6",
    "article",    "section", "blockquote", "ul", "ol",    "table",   "figure", "figcaption",
    "main",       "header", "footer", "pre",   "dl",      "address", "center", "hr"};
constexpr std::array<std::string_view, 6> kLineBlocks = {"br", "li", "tr", "dt", "dd", "caption"};

template <std::size_t N>
int IndexOf(const std::array<std::string_view, N>& names, std::string_view name) {
  auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsNameChar(char c) { return IsAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_'; }

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

struct Tag {
  std::string name;  // lowercase
  bool closing = false;
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // lowercase name, decoded value
  std::size_t end = 0;  // just after '>'

  std::string Attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes) {
      if (key == name) return value;
    }
    return "";
  }
};

// The string value after `key` in a JSON text ("\"datePublished\": \"2024-05-30T08:00\""),
// found without parsing the whole script: schema.org blocks nest it anywhere.
std::string JsonStringAfter(std::string_view json, std::string_view key) {
  const std::size_t at = json.find(key);
  if (at == std::string_view::npos) return "";
  std::size_t i = at + key.size();
  while (i < json.size() && (json[i] == ' ' || json[i] == ':' || json[i] == '\n' || json[i] == '\t')) ++i;
  if (i >= json.size() || json[i] != '"') return "";
  const std::size_t end = json.find('"', i + 1);
  return end == std::string_view::npos ? "" : std::string(json.substr(i + 1, end - i - 1));
}

class Scanner {
 public:
  Scanner(std::string_view html, bool lenient) : in_(html), lenient_(lenient) {}

  HtmlArticle Run();

 private:
  std::size_t FindCached(char c, std::size_t from);
  std::size_t FindEndTag(std::string_view name, std::size_t from);
  Tag ParseTag(std::size_t lt);
  void HandleTag(const Tag& tag);
  void HandleMeta(const Tag& tag);
  void AppendText(std::string_view raw);
  void Break(int newlines);
  bool Skipping() const { return skip_depth_ > 0; }

  std::string_view in_;
  bool lenient_;
  std::size_t pos_ = 0;
  std::string out_;
  bool pending_space_ = false;
  std::array<int, kChrome.size()> chrome_depth_{};
  int skip_depth_ = 0;
  std::map<char, std::size_t> no_char_after_;             // find(c) failed from here on
  std::map<std::string, std::size_t> no_end_tag_after_;  // same for "</name"
  std::size_t h1_start_ = kNpos;
  std::string h1_, title_tag_, og_title_, canonical_, og_url_, site_name_;
  std::string meta_date_, published_time_, time_date_, json_ld_date_;
};

std::size_t Scanner::FindCached(char c, std::size_t from) {
  auto it = no_char_after_.find(c);
  if (it != no_char_after_.end() && from >= it->second) return kNpos;
  const std::size_t found = in_.find(c, from);
  if (found == kNpos) no_char_after_[c] = from;
  return found;
}

std::size_t Scanner::FindEndTag(std::string_view name, std::size_t from) {
  const std::string key(name);
  auto it = no_end_tag_after_.find(key);
  if (it != no_end_tag_after_.end() && from >= it->second) return kNpos;
  for (std::size_t p = in_.find("</", from); p != kNpos; p = in_.find("</", p + 2)) {
    const std::size_t after = p + 2 + name.size();
    if (after <= in_.size() && AsciiLower(in_.substr(p + 2, name.size())) == name &&
        (after == in_.size() || !IsNameChar(in_[after]))) {
      return p;
    }
  }
  no_end_tag_after_[key] = from;
  return kNpos;
}

Tag Scanner::ParseTag(std::size_t lt) {
  Tag tag;
  std::size_t i = lt + 1;
  if (in_[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_begin = i;
  while (i < in_.size() && IsNameChar(in_[i])) ++i;
  tag.name = AsciiLower(in_.substr(name_begin, i - name_begin));
  while (i < in_.size()) {
    while (i < in_.size() && IsSpace(in_[i])) ++i;
    if (i >= in_.size()) break;
    if (in_[i] == '>') {
      tag.end = i + 1;
      return tag;
    }
    if (in_[i] == '/') {
      tag.self_closing = i + 1 < in_.size() && in_[i + 1] == '>';
      ++i;
      continue;
    }
    const std::size_t attr_begin = i++;  // at least one character, even '=' or '"'
    while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '=' && in_[i] != '>' && in_[i] != '/') ++i;
    std::string attr = AsciiLower(in_.substr(attr_begin, i - attr_begin));
    while (i < in_.size() && IsSpace(in_[i])) ++i;
    std::string value;
    if (i < in_.size() && in_[i] == '=') {
      ++i;
      while (i < in_.size() && IsSpace(in_[i])) ++i;
      if (i < in_.size() && (in_[i] == '"' || in_[i] == '\'')) {
        const std::size_t close = FindCached(in_[i], i + 1);
        if (close == kNpos) {  // unterminated quote: end the tag at the next '>'
          const std::size_t gt = FindCached('>', lt + 1);
          tag.end = gt == kNpos ? in_.size() : gt + 1;
          return tag;
        }
        value = std::string(in_.substr(i + 1, close - i - 1));
        i = close + 1;
      } else {
        const std::size_t begin = i;
        while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '>') ++i;
        value = std::string(in_.substr(begin, i - begin));
      }
    }
    tag.attributes.emplace_back(std::move(attr), DecodeEntities(value, EntityMode::kHtml));
  }
  tag.end = in_.size();  // a tag cut off by the end of the file
  return tag;
}

void Scanner::Break(int newlines) {
  pending_space_ = false;
  while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  if (out_.empty()) return;
  int have = 0;
  for (std::size_t k = out_.size(); k-- > 0 && out_[k] == '\n';) ++have;
  for (; have < newlines; ++have) out_.push_back('\n');
}

void Scanner::AppendText(std::string_view raw) {
  if (Skipping() || raw.empty()) return;
  const std::string text = raw.find('&') == kNpos ? std::string(raw)
                                                  : DecodeEntities(raw, EntityMode::kHtml);
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space_ = true;
      continue;
    }
    if (pending_space_ && !out_.empty() && out_.back() != '\n') out_.push_back(' ');
    pending_space_ = false;
    out_.push_back(c);
  }
}

void Scanner::HandleMeta(const Tag& tag) {
  std::string key = tag.Attribute("property");
  if (key.empty()) key = tag.Attribute("name");
  if (key.empty()) key = tag.Attribute("itemprop");
  key = AsciiLower(key);
  const std::string content = CollapseSpaces(tag.Attribute("content"));
  if (content.empty()) return;
  if (key == "og:title" && og_title_.empty()) og_title_ = content;
  else if (key == "og:url" && og_url_.empty()) og_url_ = content;
  else if (key == "og:site_name" && site_name_.empty()) site_name_ = content;
  else if (key == "article:published_time" && published_time_.empty()) published_time_ = content;
  else if ((key == "pubdate" || key == "publishdate" || key == "publish-date" ||
            key == "datepublished" || key == "date" || key == "dc.date" || key == "dc.date.issued" ||
            key == "dcterms.created" || key == "og:published_time") &&
           meta_date_.empty()) {
    meta_date_ = content;
  }
}

void Scanner::HandleTag(const Tag& tag) {
  const std::string& name = tag.name;
  if (name == "meta") HandleMeta(tag);
  if (name == "link" && canonical_.empty() && AsciiLower(tag.Attribute("rel")) == "canonical") {
    canonical_ = CollapseSpaces(tag.Attribute("href"));
  }
  const int chrome = IndexOf(kChrome, name);
  const bool skip_this = chrome >= 0 && (!lenient_ || IndexOf(kAlwaysSkipped, name) >= 0);
  if (skip_this && !tag.self_closing) {
    int& depth = chrome_depth_[static_cast<std::size_t>(chrome)];
    if (!tag.closing) {
      ++depth;
      ++skip_depth_;
    } else if (depth > 0) {
      --depth;
      --skip_depth_;
    }
  }
  if (Skipping()) return;
  if (name == "time" && !tag.closing && time_date_.empty()) time_date_ = tag.Attribute("datetime");
  if (IndexOf(kParagraphBlocks, name) >= 0) Break(2);
  else if (IndexOf(kLineBlocks, name) >= 0) Break(1);
  else if (name == "td" || name == "th") pending_space_ = true;
  if (name == "h1" && !tag.closing) h1_start_ = out_.size();
  if (name == "h1" && tag.closing && h1_start_ != kNpos && h1_.empty()) {
    h1_ = CollapseSpaces(out_.substr(std::min(h1_start_, out_.size())));
  }
}

HtmlArticle Scanner::Run() {
  while (pos_ < in_.size()) {
    const std::size_t lt = in_.find('<', pos_);
    AppendText(in_.substr(pos_, (lt == kNpos ? in_.size() : lt) - pos_));
    if (lt == kNpos) break;
    pos_ = lt;
    const char next = lt + 1 < in_.size() ? in_[lt + 1] : '\0';
    if (next == '!' || next == '?' || (next == '/' && !(lt + 2 < in_.size() && IsAlpha(in_[lt + 2])))) {
      // Comment, doctype, processing instruction or bogus "</…>".
      const bool comment = in_.compare(lt, 4, "<!--") == 0;
      const std::size_t close = comment ? in_.find("-->", lt + 4) : FindCached('>', lt + 1);
      pos_ = close == kNpos ? in_.size() : close + (comment ? 3 : 1);
      continue;
    }
    if (!IsAlpha(next) && next != '/') {  // "a < b": text
      AppendText("<");
      pos_ = lt + 1;
      continue;
    }
    Tag tag = ParseTag(lt);
    pos_ = tag.end;
    if (!tag.closing && !tag.self_closing && IndexOf(kRawText, tag.name) >= 0) {
      const std::size_t close = FindEndTag(tag.name, pos_);
      if (close == kNpos) {
        // An unclosed <title> or <textarea> is ignored; unclosed script hides the rest.
        if (tag.name != "title" && tag.name != "textarea") pos_ = in_.size();
        continue;
      }
      if (tag.name == "script" && json_ld_date_.empty() &&
          AsciiLower(tag.Attribute("type")).find("ld+json") != std::string::npos) {
        json_ld_date_ = JsonStringAfter(in_.substr(pos_, close - pos_), "\"datePublished\"");
      }
      if (tag.name == "title" && title_tag_.empty() && !Skipping()) {
        title_tag_ = CollapseSpaces(DecodeEntities(in_.substr(pos_, close - pos_), EntityMode::kHtml));
      }
      const std::size_t gt = FindCached('>', close);
      pos_ = gt == kNpos ? in_.size() : gt + 1;
      continue;
    }
    HandleTag(tag);
  }
  HtmlArticle article;
  article.text = std::move(out_);
  article.title = !og_title_.empty() ? og_title_ : !h1_.empty() ? h1_ : title_tag_;
  article.url = !canonical_.empty() ? canonical_ : og_url_;
  for (const std::string* date : {&published_time_, &meta_date_, &json_ld_date_, &time_date_}) {
    article.date = NormalizeDate(*date);
    if (!article.date.empty()) break;
  }
  article.outlet = site_name_;
  return article;
}

bool Blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return IsSpace(c); });
}

}  // namespace

HtmlArticle ExtractHtml(std::string_view html) {
  HtmlArticle article = Scanner(html, /*lenient=*/false).Run();
  if (Blank(article.text)) {
    HtmlArticle lenient = Scanner(html, /*lenient=*/true).Run();
    article.text = std::move(lenient.text);
  }
  return article;
}

}  // namespace coopgraph::ingest

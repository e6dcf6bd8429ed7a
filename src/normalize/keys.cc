// Matching keys. MatchKey mirrors the reference scorer's key (coopscore.py
// vkey) so that what coopgraph matches is what the evaluation matches.
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "coopgraph/normalize/normalize.h"
#include "normalize/chars.h"
#include "normalize/icu_normalizers.h"

namespace coopgraph::normalize {

namespace {

// ICU's shared instance from `get`, or nullptr when ICU cannot give it.
const UNormalizer2* IcuInstance(const UNormalizer2* (*get)(UErrorCode*)) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* n = get(&status);
  return U_SUCCESS(status) ? n : nullptr;
}

}  // namespace

const UNormalizer2* NfcInstance() {
  static const UNormalizer2* const nfc = IcuInstance(unorm2_getNFCInstance);
  return nfc;
}

const UNormalizer2* NfdInstance() {
  static const UNormalizer2* const nfd = IcuInstance(unorm2_getNFDInstance);
  return nfd;
}

namespace {

bool IsTrimmed(char32_t cp) {
  switch (cp) {
    case ' ': case '.': case ',': case ';': case ':': case '"': case '\'': case '(': case ')':
      return true;
    default:
      return false;
  }
}

bool IsAsciiLower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

// The key in code points; `normalized` is output of Normalize. One pass:
// lower-case; drop the ';' of an entity remnant "&cn;" (a half-decoded
// "KH&amp;CN;" leaves it), as vkey's re.sub('&([a-z]+);'); drop spaces
// around '-'; collapse spaces; then trim.
std::u32string MatchKeyCodePoints(std::u32string_view normalized) {
  std::u32string key;
  key.reserve(normalized.size());
  bool pending_space = false;
  std::size_t remnant_semicolon = std::u32string_view::npos;
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    const char32_t cp = chars::ToLower(normalized[i]);
    if (cp == '&') {
      std::size_t j = i + 1;
      while (j < normalized.size() && IsAsciiLower(chars::ToLower(normalized[j]))) ++j;
      if (j > i + 1 && j < normalized.size() && normalized[j] == ';') remnant_semicolon = j;
    }
    if (i == remnant_semicolon) continue;
    if (chars::IsSpace(cp)) {
      pending_space = true;
      continue;
    }
    if (cp == '-') {  // Spaces on either side of a hyphen go.
      pending_space = false;
      key.push_back(cp);
      continue;
    }
    if (pending_space && !key.empty() && key.back() != '-') key.push_back(' ');
    pending_space = false;
    key.push_back(cp);
  }
  std::size_t begin = 0;
  while (begin < key.size() && IsTrimmed(key[begin])) ++begin;
  while (key.size() > begin && IsTrimmed(key.back())) key.pop_back();
  key.erase(0, begin);
  return key;
}

// Appends `cp` without its Latin diacritics (NFD, combining marks U+0300..
// U+036F dropped; đ has no decomposition, so it is mapped by hand).
void AppendWithoutDiacritics(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  if (cp == 0x111 || cp == 0x110) {
    out->push_back(cp == 0x111 ? 'd' : 'D');
    return;
  }
  if (cp >= 0x300 && cp <= 0x36F) return;
  const UNormalizer2* nfd = NfdInstance();
  UChar parts[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t len = nfd == nullptr ? -1
                      : unorm2_getDecomposition(nfd, static_cast<UChar32>(cp), parts, 8, &status);
  if (len < 0 || U_FAILURE(status)) {
    AppendUtf8(cp, out);
    return;
  }
  for (int32_t k = 0; k < len;) {
    UChar32 part;
    U16_NEXT_UNSAFE(parts, k, part);
    if (part < 0x300 || part > 0x36F) AppendUtf8(static_cast<char32_t>(part), out);
  }
}

}  // namespace

std::string MatchKeyOfNormalized(std::u32string_view normalized) {
  return Utf32ToUtf8(MatchKeyCodePoints(normalized));
}

namespace {

// Keys are asked for the same few thousand names and titles over and over;
// each thread remembers the ones it computed (bounded, so memory stays flat).
class KeyCache {
 public:
  template <typename Compute>
  const std::string& Get(std::string_view text, Compute compute) {
    probe_.assign(text.data(), text.size());  // reuses its buffer: no allocation per lookup
    if (auto it = keys_.find(probe_); it != keys_.end()) return it->second;
    if (keys_.size() >= kMaxEntries) keys_.clear();
    std::string key = compute(text);
    return keys_.emplace(probe_, std::move(key)).first->second;
  }

 private:
  static constexpr std::size_t kMaxEntries = 1 << 16;
  std::string probe_;
  std::unordered_map<std::string, std::string> keys_;
};

std::string ComputeLooseKey(std::string_view utf8) {
  const std::u32string key = MatchKeyCodePoints(Normalize(utf8).text);
  std::string out;
  out.reserve(key.size() + key.size() / 4);
  for (char32_t cp : key) AppendWithoutDiacritics(cp, &out);
  return out;
}

}  // namespace

const std::vector<Fold>& FoldingTable() {
  static const std::vector<Fold> table = [] {
    constexpr char32_t kRanges[][2] = {{0x41, 0x24F}, {0x300, 0x36F}, {0x370, 0x4FF}, {0x1E00, 0x1EFF}};
    std::vector<Fold> folds;
    for (const auto& range : kRanges) {
      for (char32_t cp = range[0]; cp <= range[1]; ++cp) {
        std::string to;
        AppendWithoutDiacritics(chars::ToLower(cp), &to);  // as LooseKey does
        std::string same;
        AppendUtf8(cp, &same);
        if (to != same) folds.push_back({cp, std::move(to)});
      }
    }
    return folds;
  }();
  return table;
}

std::string MatchKey(std::string_view utf8) {
  thread_local KeyCache cache;
  return cache.Get(utf8, [](std::string_view text) { return MatchKeyOfNormalized(Normalize(text).text); });
}

std::string LooseKey(std::string_view utf8) {
  thread_local KeyCache cache;
  return cache.Get(utf8, ComputeLooseKey);
}

}  // namespace coopgraph::normalize

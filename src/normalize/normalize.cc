// Normalize: UTF-8 -> character clean-up -> NFC -> tone marks,
// keeping for every output character the source code point it came from.
#include "coopgraph/normalize/normalize.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include <bitset>

#include "base/utf8.h"
#include "normalize/chars.h"
#include "normalize/icu_normalizers.h"

namespace coopgraph::normalize {
namespace {

// NFC facts for U+0000..U+1FFF (Latin, Vietnamese, combining marks, Lao,
// Thai), looked up once so the hot loop avoids a call into ICU per character.
class NfcFacts {
 public:
  static const NfcFacts& Get() {
    static const NfcFacts facts;
    return facts;
  }

  // True when NFC never combines `cp` with what precedes it.
  bool BoundaryBefore(char32_t cp) const {
    if (cp < 0x300) return true;
    if (cp < kTabulated) return boundary_before_[cp];
    const UNormalizer2* nfc = NfcInstance();
    return nfc == nullptr || unorm2_hasBoundaryBefore(nfc, static_cast<UChar32>(cp));
  }

  // True when `cp` alone is already NFC.
  bool StableAlone(char32_t cp) const {
    if (cp < 0x300) return true;
    if (cp < kTabulated) return stable_alone_[cp];
    return IsNfcYes(cp);
  }

 private:
  static constexpr char32_t kTabulated = 0x2000;

  NfcFacts() {
    const UNormalizer2* nfc = NfcInstance();
    for (char32_t cp = 0; cp < kTabulated; ++cp) {
      boundary_before_[cp] =
          nfc == nullptr || unorm2_hasBoundaryBefore(nfc, static_cast<UChar32>(cp));
      stable_alone_[cp] = IsNfcYes(cp);
    }
  }

  static bool IsNfcYes(char32_t cp) {
    return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
  }

  std::bitset<kTabulated> boundary_before_;
  std::bitset<kTabulated> stable_alone_;
};

// Composes `segment`, one NFC segment, through ICU; every output character
// maps to `source`, that of the segment's first character.
void ComposeSegment(std::u32string_view segment, std::size_t source, NormalizedText* out) {
  const UNormalizer2* nfc = NfcInstance();
  constexpr std::size_t kSmall = 64;
  char16_t small_src[kSmall];
  char16_t small_dst[3 * kSmall];
  std::u16string big_src;
  std::u16string big_dst;
  char16_t* src = small_src;
  if (2 * segment.size() > kSmall) {  // Very long runs of combining marks.
    big_src.resize(2 * segment.size());
    src = big_src.data();
  }
  int32_t src_len = 0;
  for (char32_t cp : segment) U16_APPEND_UNSAFE(src, src_len, static_cast<UChar32>(cp));
  char16_t* dst = small_dst;
  UErrorCode status = U_ZERO_ERROR;
  int32_t dst_len = nfc == nullptr ? -1
                    : unorm2_normalize(nfc, src, src_len, dst, 3 * kSmall, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    big_dst.resize(static_cast<std::size_t>(dst_len));
    dst = big_dst.data();
    status = U_ZERO_ERROR;
    dst_len = unorm2_normalize(nfc, src, src_len, dst, dst_len, &status);
  }
  if (nfc == nullptr || U_FAILURE(status)) {  // No ICU data: keep the text as is.
    dst = src;
    dst_len = src_len;
  }
  for (int32_t k = 0; k < dst_len;) {
    UChar32 cp;
    U16_NEXT_UNSAFE(dst, k, cp);
    out->text.push_back(static_cast<char32_t>(cp));
    out->to_source.push_back(source);
  }
}

// Streams cleaned characters into NFC: characters gather into a segment
// until one that NFC never combines backwards; most segments are a single
// character that is already NFC and is copied without asking ICU. Such a
// segment is held in `head_` rather than in `segment_`, which is used only
// once a combining character joins it.
class Composer {
 public:
  explicit Composer(NormalizedText* out) : out_(out), facts_(NfcFacts::Get()) {}

  void Push(char32_t cp, std::size_t source) {
    if (facts_.BoundaryBefore(cp)) {
      Flush();
      has_head_ = true;
      head_ = cp;
      head_source_ = source;
      return;
    }
    if (has_head_) {
      segment_.assign(1, head_);
      segment_source_ = head_source_;
      has_head_ = false;
    } else if (segment_.empty()) {
      segment_source_ = source;
    }
    segment_.push_back(cp);
  }

  // A run of plain characters (see PlainChars), none of which NFC changes or
  // combines with its neighbours: all but the last go out at once; the last
  // is held, as Push holds every character, for a mark that may follow.
  void PushRun(const char32_t* run, std::size_t length, std::size_t source) {
    Flush();
    out_->text.append(run, length - 1);
    for (std::size_t i = 0; i + 1 < length; ++i) out_->to_source.push_back(source + i);
    has_head_ = true;
    head_ = run[length - 1];
    head_source_ = source + length - 1;
  }

  void Flush() {
    if (has_head_) {
      has_head_ = false;
      if (facts_.StableAlone(head_)) {
        out_->text.push_back(head_);
        out_->to_source.push_back(head_source_);
      } else {
        ComposeSegment(std::u32string_view(&head_, 1), head_source_, out_);
      }
    } else if (!segment_.empty()) {
      ComposeSegment(segment_, segment_source_, out_);
      segment_.clear();
    }
  }

 private:
  NormalizedText* out_;
  const NfcFacts& facts_;
  bool has_head_ = false;
  char32_t head_ = 0;
  std::size_t head_source_ = 0;
  std::u32string segment_;  // a segment of two or more characters
  std::size_t segment_source_ = 0;
};

enum class Kind { kKeep, kDrop, kSpace, kBreak };

// Classifies one code point and returns its replacement.
char32_t Clean(char32_t cp, Kind* kind) {
  *kind = Kind::kKeep;
  if (cp < 0x80) {
    if (cp >= 0x21 && cp < 0x7F) return cp;
    if (cp == ' ' || cp == '\t') *kind = Kind::kSpace;
    else if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') *kind = Kind::kBreak;
    else *kind = Kind::kDrop;
    return cp;
  }
  switch (cp) {
    case 0x85: case 0x2028: case 0x2029:
      *kind = Kind::kBreak;
      return cp;
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      *kind = Kind::kSpace;
      return cp;
    case 0xAD: case 0xFEFF:  // Soft hyphen, byte-order mark.
      *kind = Kind::kDrop;
      return cp;
    case 0xD0:  // Icelandic eth, commonly typed for the Vietnamese Đ.
      return 0x110;
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xFF02:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A: case 0xFF07:
      return '\'';
    default:
      break;
  }
  if (cp < 0xA0) *kind = Kind::kDrop;                               // C1 controls.
  else if (cp >= 0x2000 && cp <= 0x200A) *kind = Kind::kSpace;      // En/em/thin spaces.
  else if (cp >= 0x200B && cp <= 0x200F) *kind = Kind::kDrop;       // Zero-width, LRM, RLM.
  else if (cp >= 0x202A && cp <= 0x202E) *kind = Kind::kDrop;       // Bidi embeddings.
  else if (cp >= 0x2060 && cp <= 0x206F) *kind = Kind::kDrop;       // Word joiner, isolates.
  else if (cp >= 0x2010 && cp <= 0x2015) return '-';               // Hyphens and dashes.
  return cp;
}

// Characters below U+2000 that Clean keeps unchanged and that are an NFC
// segment of their own, already NFC: most of any Latin-script text.
class PlainChars {
 public:
  static const PlainChars& Get() {
    static const PlainChars plain;
    return plain;
  }
  bool operator()(char32_t cp) const { return cp < kTabulated && plain_[cp]; }

 private:
  static constexpr char32_t kTabulated = 0x2000;
  PlainChars() {
    const NfcFacts& facts = NfcFacts::Get();
    for (char32_t cp = 0; cp < kTabulated; ++cp) {
      Kind kind;
      plain_[cp] = Clean(cp, &kind) == cp && kind == Kind::kKeep && facts.BoundaryBefore(cp) && facts.StableAlone(cp);
    }
  }
  std::bitset<kTabulated> plain_;
};

// Drops, replaces and collapses characters, handing the rest with their
// source offsets to a Composer. Fed chunk by chunk.
class Cleaner {
 public:
  explicit Cleaner(Composer* composer) : composer_(composer) {}

  // `chunk` starts at source code point `offset`.
  void Feed(std::u32string_view chunk, std::size_t offset) {
    const std::size_t n = chunk.size();
    for (std::size_t k = 0; k < n; ++k) {
      // Words of plain characters with single spaces between them go to the
      // composer as one run: what the loop below would do, character by
      // character (a lone ' ' after an emitted character, before a kept one,
      // is emitted as itself).
      if (plain_(chunk[k]) && !pending_) {
        std::size_t end = k + 1;
        for (;;) {
          if (end < n && plain_(chunk[end])) {
            ++end;
          } else if (end + 1 < n && chunk[end] == U' ' && plain_(chunk[end + 1])) {
            end += 2;
          } else {
            break;
          }
        }
        composer_->PushRun(chunk.data() + k, end - k, offset + k);
        emitted_ = true;
        k = end - 1;
        continue;
      }
      Kind kind;
      const char32_t cp = Clean(chunk[k], &kind);
      if (kind == Kind::kDrop) continue;
      if (kind == Kind::kSpace || kind == Kind::kBreak) {
        if (!pending_) pending_source_ = offset + k;
        pending_ = true;
        pending_break_ = pending_break_ || kind == Kind::kBreak;
        continue;
      }
      if (pending_ && emitted_) composer_->Push(pending_break_ ? U'\n' : U' ', pending_source_);
      pending_ = pending_break_ = false;
      composer_->Push(cp, offset + k);
      emitted_ = true;
    }
  }

 private:
  Composer* composer_;
  const PlainChars& plain_ = PlainChars::Get();
  bool pending_ = false;  // A whitespace run awaits the next kept character.
  bool pending_break_ = false;
  bool emitted_ = false;  // Leading whitespace is never emitted.
  std::size_t pending_source_ = 0;
};

// Splits UTF-8 where no well-formed sequence spans the cut, so that decoding
// the pieces one by one gives what decoding the whole would.
std::size_t ChunkEnd(std::string_view utf8, std::size_t begin) {
  constexpr std::size_t kChunkBytes = 16 * 1024;
  if (utf8.size() - begin <= kChunkBytes) return utf8.size();
  return Utf8SequenceStart(utf8, begin + kChunkBytes);
}

bool IsToneMark(char16_t mark) {
  return mark == 0x300 || mark == 0x301 || mark == 0x303 || mark == 0x309 || mark == 0x323;
}

// Old-style tone placement: a syllable-final oa/oe/uy carrying the mark on
// the second vowel gets it on the first (hoà -> hòa, thuỷ -> thủy), except
// after q, where u belongs to the consonant (quý). Length is unchanged.
void PlaceToneMarks(std::u32string* text) {
  const UNormalizer2* nfc = NfcInstance();
  if (nfc == nullptr) return;
  std::u32string& t = *text;
  for (std::size_t i = 1; i < t.size(); ++i) {
    const char32_t second = t[i];
    if (second < 0xC0) continue;  // No toned a, e or y lies below U+00C0.
    const char32_t first = t[i - 1];
    const char32_t first_lower = first | 0x20;
    if (first_lower != 'o' && first_lower != 'u') continue;
    if (i >= 2 && (t[i - 2] | 0x20) == 'q') continue;
    // A following mark also blocks: the bare vowel could compose with it,
    // and the output must stay NFC.
    if (i + 1 < t.size() && (chars::IsLetter(t[i + 1]) || chars::IcuIsMark(t[i + 1]))) continue;
    UChar parts[4];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t len = unorm2_getRawDecomposition(nfc, static_cast<UChar32>(second), parts, 4,
                                                   &status);
    if (U_FAILURE(status) || len != 2 || !IsToneMark(parts[1])) continue;
    const char32_t base = parts[0];
    const char32_t base_lower = base | 0x20;
    const bool pair = first_lower == 'o' ? (base_lower == 'a' || base_lower == 'e')
                                         : base_lower == 'y';
    if (!pair) continue;
    const UChar32 toned_first = unorm2_composePair(nfc, static_cast<UChar32>(first), parts[1]);
    if (toned_first < 0) continue;
    t[i - 1] = static_cast<char32_t>(toned_first);
    t[i] = base;
  }
}

}  // namespace

NormalizedText Normalize(std::string_view utf8_source) {
  NormalizedText result;
  result.text.reserve(utf8_source.size());
  result.to_source.reserve(utf8_source.size() + 1);
  // Cleaning comes before NFC so that NFC sees marks that a dropped
  // zero-width character used to separate, which keeps Normalize idempotent.
  Composer composer(&result);
  Cleaner cleaner(&composer);
  // Decoding by chunks keeps no UTF-32 copy of a long source in memory.
  std::size_t source_length = 0;
  for (std::size_t begin = 0; begin < utf8_source.size();) {
    const std::size_t end = ChunkEnd(utf8_source, begin);
    const std::u32string chunk = Utf8ToUtf32(utf8_source.substr(begin, end - begin));
    cleaner.Feed(chunk, source_length);
    source_length += chunk.size();
    begin = end;
  }
  composer.Flush();
  PlaceToneMarks(&result.text);
  result.to_source.push_back(source_length);
  return result;
}

}  // namespace coopgraph::normalize

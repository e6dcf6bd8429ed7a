// The normalizer and what is built on it: the offset map's invariants,
// idempotence, matching keys, sentences and tokens inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"

COOPGRAPH_FUZZ_TARGET(normalize)(const std::uint8_t* data, std::size_t size) {
  using namespace coopgraph;
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  const normalize::NormalizedText n = normalize::Normalize(source);
  const std::size_t source_length = CountCodePoints(source);

  // The offset map: one entry per character plus the end, non-decreasing,
  // inside the source, ending at its length.
  FUZZ_CHECK(n.to_source.size() == n.text.size() + 1);
  FUZZ_CHECK(n.to_source.back() == source_length);
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    FUZZ_CHECK(n.to_source[i] <= n.to_source[i + 1]);
    FUZZ_CHECK(n.to_source[i] < source_length);
  }
  for (char32_t c : n.text) FUZZ_CHECK(c != 0 && c != '\r' && c != '\t' && c < 0x110000);

  // Idempotent, and the keys agree with each other.
  const std::string utf8 = Utf32ToUtf8(n.text);
  FUZZ_CHECK(normalize::Normalize(utf8).text == n.text);
  const std::string key = normalize::MatchKey(source);
  FUZZ_CHECK(IsValidUtf8(key));
  FUZZ_CHECK(normalize::MatchKeyOfNormalized(n.text) == key);
  FUZZ_CHECK(IsValidUtf8(normalize::LooseKey(source)));

  // Sentences are ordered, non-empty, inside the text; tokens inside their sentence.
  std::size_t previous_end = 0;
  for (const normalize::Sentence& s : normalize::SplitSentences(n.text, {U"tp", U"ths"})) {
    FUZZ_CHECK(previous_end <= s.begin && s.begin < s.end && s.end <= n.text.size());
    previous_end = s.end;
    std::size_t previous_token = s.begin;
    for (const normalize::Token& t : normalize::Tokenize(n.text, s.begin, s.end)) {
      FUZZ_CHECK(previous_token <= t.begin && t.begin < t.end && t.end <= s.end);
      previous_token = t.end;
    }
  }
  return 0;
}

#include "coopgraph/extract/extract.h"

#include <algorithm>
#include <memory>
#include <string_view>

#include "article.h"
#include "base/utf8.h"

namespace coopgraph::extract {

std::string_view MeetingKindTerm(MeetingKind kind) {
  static constexpr std::string_view kTerms[kMeetingKindCount] = {
      "Meeting", "Talks", "OnlineTalks", "WorkingSession", "Reception", "CourtesyCall",
      "JointCommitteeSession", "Visit", "SigningCeremony", "PhoneCall", "Conference"};
  return kTerms[static_cast<int>(kind)];
}

std::string_view AgreementKindTerm(AgreementKind kind) {
  static constexpr std::string_view kTerms[kAgreementKindCount] = {
      "CooperationAgreement", "CooperationPlan", "CooperationProgram", "FrameworkProgram",
      "Treaty", "Accord", "MemorandumOfUnderstanding", "Protocol", "Contract",
      "JointStatement", "CooperationOrientation"};
  return kTerms[static_cast<int>(kind)];
}

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

ExtractedArticle Extractor::Extract(const ingest::Document& document) const {
  return internal::ArticleReader(*lexicon_, document).Run();
}

namespace internal {
ArticleReader::ArticleReader(const Lexicon& lexicon, const ingest::Document& doc)
    : lex_(lexicon), doc_(doc) {}

Evidence ArticleReader::EvidenceFor(std::size_t sentence, std::size_t begin, std::size_t end) const {
  Evidence e;
  e.article_id = doc_.id;
  e.sentence = sentence;
  e.begin = norm_.to_source[begin];
  e.end = norm_.to_source[end];
  if (e.end > source_length_) e.end = source_length_;
  if (e.begin > e.end) e.begin = e.end;
  if (!source_bytes_.empty()) {
    e.quote = doc_.text.substr(source_bytes_[e.begin], source_bytes_[e.end] - source_bytes_[e.begin]);
  } else {
    e.quote = Utf32ToUtf8(std::u32string_view(source_decoded_).substr(e.begin, e.end - e.begin));
  }
  return e;
}

Evidence ArticleReader::SentenceEvidence(const SentenceFacts& f) const {
  return EvidenceFor(f.index, f.tokens->begin_offset(), f.tokens->end_offset());
}

bool ArticleReader::HasMarker(const TaggedSentence& s, std::size_t first, std::size_t last,
                              MarkerRole role, std::size_t* at) const {
  for (std::size_t i = first; i < last && i < s.size(); ++i) {
    for (const Match& m : s.MatchesAt(i)) {
      for (const auto& r : m.phrase->readings) {
        if (r.type == PhraseType::kMarker && lex_.marker(r.index).role == role) {
          if (at) *at = i;
          return true;
        }
      }
    }
  }
  return false;
}

int ArticleReader::AddMention(Mention m) {
  out_.mentions.push_back(std::move(m));
  return static_cast<int>(out_.mentions.size()) - 1;
}

bool ArticleReader::CreditIn(const TaggedSentence& s, std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i < last && i < s.size(); ++i) {
    int marker = -1;
    if (s[i].cap && s.MatchAt(i, PhraseType::kMarker, &marker) && lex_.marker(marker).photo) return true;
  }
  return false;
}

bool ArticleReader::EndsWithCredit(const SentenceFacts& f) const {
  const TaggedSentence& s = *f.tokens;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!CreditIn(s, i, i + 1)) continue;
    // "… Ảnh: TTXVN Sáng 5/3, …": a dated report glued after the credit goes on.
    if (std::any_of(f.dates.begin(), f.dates.end(), [&](const DateExpr& d) { return d.first > i; })) continue;
    if (i == 0 || !s[i - 1].punct('(')) return true;  // "… - Ảnh: NGỌC AN" runs to the end
    // "(Ảnh: …) Theo phóng viên …": the report goes on after the parenthesis.
    std::size_t close = i;
    while (close < s.size() && !s[close].punct(')')) ++close;
    bool words_after = false;
    for (std::size_t j = close + 1; j < s.size(); ++j) words_after |= s[j].word();
    if (!words_after) return true;
  }
  return false;
}

void ArticleReader::MarkCaptions(const std::vector<normalize::Sentence>& sentences,
                                 std::vector<SentenceFacts>* facts) const {
  auto text_of = [&](std::size_t i) {
    return std::u32string_view(norm_.text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  };
  for (std::size_t i = facts->size(); i-- > 0;) {
    SentenceFacts& f = (*facts)[i];
    if (EndsWithCredit(f)) {
      f.caption = true;
      continue;
    }
    if (i + 1 == facts->size()) continue;
    // "Lễ đón … tại Tòa nhà Chính phủ. Ảnh: …" on one line: the credit closes a caption.
    const std::u32string_view between(norm_.text.data() + sentences[i].end, sentences[i + 1].begin - sentences[i].end);
    const TaggedSentence& next = *(*facts)[i + 1].tokens;
    const std::size_t skip = next.size() > 0 && next[0].punct('(') ? 1 : 0;
    f.caption = between.find(U'\n') == std::u32string_view::npos && CreditIn(next, skip, skip + 1);
    // A scraped picture's text before its caption repeats the caption.
    f.caption = f.caption || ((*facts)[i + 1].caption && text_of(i) == text_of(i + 1));
  }
}

ExtractedArticle ArticleReader::Run() {
  out_.article_id = doc_.id;
  out_.published = ParseIsoDate(doc_.date_published);
  // The byte offset of every code point, the text checked on the way.
  bool valid = true;
  source_bytes_.reserve(doc_.text.size() + 1);
  for (std::size_t i = 0; i < doc_.text.size();) {
    const std::size_t length = Utf8SequenceLength(doc_.text, i);
    if (length == 0) {
      valid = false;
      break;
    }
    source_bytes_.push_back(i);
    i += length;
  }
  if (valid) {
    source_length_ = source_bytes_.size();
    source_bytes_.push_back(doc_.text.size());
  } else {
    source_bytes_.clear();
    source_decoded_ = Utf8ToUtf32(doc_.text);
    source_length_ = source_decoded_.size();
  }
  norm_ = normalize::Normalize(doc_.text);
  auto sentences = normalize::SplitSentences(norm_.text, lex_.sentence_abbreviations());

  std::vector<std::unique_ptr<TaggedSentence>> tagged;
  std::vector<SentenceFacts> facts(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    tagged.push_back(std::make_unique<TaggedSentence>(lex_, norm_.text, sentences[i].begin, sentences[i].end));
    facts[i].index = i;
    facts[i].tokens = tagged.back().get();
    facts[i].dates = FindDates(*tagged.back());
  }
  // Missing years come from the publication date, else from the first full
  // date in the article; never from the clock.
  reference_ = out_.published;
  for (std::size_t i = 0; i < facts.size() && reference_.year == 0; ++i) {
    for (const auto& d : facts[i].dates) {
      if (!d.is_period && !d.aside && d.start.year && d.start.month) { reference_.year = d.start.year; break; }
    }
  }
  std::vector<TradeName> trade_names;  // learned from the article's full company names
  for (auto& f : facts) {
    f.names = FindNames(lex_, *f.tokens, &trade_names);
    ReadMentions(&f);
  }
  MarkCaptions(sentences, &facts);
  for (auto& f : facts) {
    ReadMeetings(f);
    ReadAgreements(f);
  }
  FoldUndatedRepeats();
  return std::move(out_);
}

void ArticleReader::ReadMentions(SentenceFacts* f) {
  const TaggedSentence& s = *f->tokens;
  SentenceNames& names = f->names;
  std::size_t word_count = 0;
  for (const auto& t : s.toks()) word_count += t.word();

  f->org_mention.assign(names.orgs.size(), -1);
  for (std::size_t i = 0; i < names.orgs.size(); ++i) {
    const OrgSpan& o = names.orgs[i];
    if (o.first < names.credit.size() && names.credit[o.first]) continue;
    if (!IsNameSized(o)) continue;
    Mention m;
    m.kind = MentionKind::kOrganization;
    m.surface = o.surface;
    m.name = o.name;
    m.aliases = o.aliases;
    m.country = o.country;
    m.category = o.category;
    m.known_index = o.known;
    m.parent = o.parent >= 0 ? f->org_mention[o.parent] : -1;
    m.evidence = EvidenceFor(f->index, s[o.first].begin, s[o.last - 1].end);
    f->org_mention[i] = AddMention(std::move(m));
  }
  f->person_mention.assign(names.persons.size(), -1);
  for (std::size_t i = 0; i < names.persons.size(); ++i) {
    const PersonSpan& p = names.persons[i];
    const bool named = p.first != p.last;
    // A byline or a lone name line is not an actor.
    if (named && p.titles.empty() && p.last - p.first == word_count) continue;
    if (named && !IsNameSized(p.name)) continue;
    Mention m;
    m.kind = MentionKind::kPerson;
    m.surface = s.Text(p.construct_first, p.construct_last);
    m.name = named ? p.name : "";
    m.known_index = p.figure;
    std::string explicit_country, org_country;
    for (int t : p.titles) {
      const TitleSpan& ts = names.titles[t];
      if (ts.honorific_only || ts.text.empty()) continue;
      TitleMention tm;
      tm.text = ts.text;
      tm.country = ts.country;
      tm.organization = ts.org >= 0 ? f->org_mention[ts.org] : -1;
      if (explicit_country.empty()) explicit_country = ts.country;
      if (org_country.empty() && tm.organization >= 0) org_country = out_.mentions[tm.organization].country;
      m.titles.push_back(std::move(tm));
    }
    if (!named && m.titles.empty()) continue;
    m.country = !explicit_country.empty() ? explicit_country : org_country;
    if (m.country.empty() && p.figure >= 0) m.country = lex_.public_figures()[p.figure].country;
    if (m.country.empty()) m.country = p.country;  // "Về phía Thái Lan, có …"
    m.evidence = EvidenceFor(f->index, s[p.construct_first].begin, s[p.construct_last - 1].end);
    f->person_mention[i] = AddMention(std::move(m));
  }
  f->place_mention.assign(names.places.size(), -1);
  for (std::size_t i = 0; i < names.places.size(); ++i) {
    const PlaceSpan& pl = names.places[i];
    Mention m;
    if (pl.is_country) {
      const CountryEntry& c = lex_.countries()[pl.index];
      m.kind = MentionKind::kCountry;
      m.name = c.name_vi;
      m.country = c.iso2;
    } else {
      const PlaceEntry& place = lex_.places()[pl.index];
      m.kind = MentionKind::kPlace;
      m.name = place.name;
      m.country = place.country;
    }
    m.surface = s.Text(pl.first, pl.last);
    m.known_index = pl.index;
    m.evidence = EvidenceFor(f->index, s[pl.first].begin, s[pl.last - 1].end);
    f->place_mention[i] = AddMention(std::move(m));
  }
}

}  // namespace internal
}  // namespace coopgraph::extract

#include "facts/quotes.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace rasd {
namespace {

constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";            // أن / إن
constexpr std::string_view kMaa = "\xD9\x85\xD8\xB9";           // مع
constexpr std::string_view kLam = "\xD9\x84";                   // ل
constexpr std::string_view kAn2 = "\xD8\xB9\xD9\x86";           // عن
constexpr std::string_view kMin = "\xD9\x85\xD9\x86";           // من
constexpr std::string_view kMaa2 = "\xD9\x85\xD8\xA7";          // ما
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";            // في
constexpr std::string_view kWa = "\xD9\x88";                    // و
constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x8A";   // على
constexpr std::string_view kIla = "\xD8\xA7\xD9\x84\xD9\x8A";   // إلى
constexpr std::string_view kLada = "\xD9\x84\xD8\xAF\xD9\x8A";  // لدى
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";            // ال
constexpr std::string_view kSin = "\xD8\xB3";                   // س
constexpr std::string_view kAmma = "\xD8\xA7\xD9\x85\xD8\xA7";  // أما
constexpr std::string_view kFa = "\xD9\x81";                    // ف
constexpr std::string_view kPluralUn = "\xD9\x88\xD9\x86";      // ـون
constexpr std::string_view kPluralIn = "\xD9\x8A\xD9\x86";      // ـين
constexpr std::string_view kPluralAt = "\xD8\xA7\xD8\xAA";      // ـات
constexpr std::string_view kNisba = "\xD9\x8A";                 // ـي
constexpr std::string_view kNisbaF = "\xD9\x8A\xD9\x87";        // ـية
constexpr std::string_view kRelative[] = {
    "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",          // الذي
    "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",          // التي
    "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",  // الذين
};
// Words that make أن a time or manner conjunction: بعد، قبل، منذ، دون،
// حتى (normalised).
constexpr std::string_view kTimeAn[] = {
    "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84",
    "\xD9\x85\xD9\x86\xD8\xB0", "\xD8\xAF\xD9\x88\xD9\x86",
    "\xD8\xAD\xD8\xAA\xD9\x8A"};
constexpr size_t kMaxPhrase = 14;  // items in a speaker phrase
constexpr size_t kMaxOutlet = 6;   // items in an outlet phrase
constexpr size_t kMaxToComp = 40;  // items from a verb to its complement
constexpr size_t kMinQuoted = 3;   // words in a quoted passage to be a quote

struct Quoted {
  size_t open, close;  // items of the marks
  size_t words;
  bool claimed = false;
};

struct Speaker {
  Span span;
  std::string kind;
};

class QuoteFinder {
 public:
  QuoteFinder(const FactsLexicon& lex, const Document& doc, const WordSeq& seq)
      : lex_(lex), doc_(doc), seq_(seq) {}

  void Run(std::vector<Quote>* out) {
    const size_t n = seq_.items.size();
    if (n == 0) return;
    FindMarks();
    sent_begin_.assign(doc_.sentences.size() + 1, n);
    sent_end_.assign(doc_.sentences.size() + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t s = seq_.items[i].sentence;
      sent_begin_[s] = std::min(sent_begin_[s], i);
      sent_end_[s] = i + 1;
    }
    used_cue_.assign(n, false);
    for (size_t v = 0; v < n; ++v) {
      if (inside_[v] >= 0 || !seq_.IsWord(v)) continue;
      const PhraseMatch sp = lex_.speech_table.Match(seq_, v);
      if (sp.entry < 0) continue;
      if (lex_.speech[sp.entry].kind == SpeechKind::kNone) {
        v += sp.words - 1;  // رفض ذكر اسمه: not a speech verb here
        continue;
      }
      // ستعلن النتائج: a future (or passive future) verb reports nothing yet.
      if (seq_.items[v].proclitics.find(kSin) != std::string_view::npos)
        continue;
      FromVerb(v, sp, out);
    }
    QuotedWithoutVerb(out);
    CueOnly(out);
    std::sort(out->begin(), out->end(), [](const Quote& a, const Quote& b) {
      return a.span.begin < b.span.begin;
    });
  }

 private:
  std::string_view Raw(size_t i) const { return doc_.Text(seq_.items[i].span); }
  bool IsOpen(size_t i) const {
    return i < seq_.items.size() && open_at_[i] >= 0;
  }
  bool IsQuoteMark(size_t i) const {
    if (i >= seq_.items.size() || seq_.items[i].kind != TokenKind::kPunct)
      return false;
    const std::string_view r = Raw(i);
    return r == "\"" || r == "\xC2\xAB" || r == "\xC2\xBB" ||
           r == "\xE2\x80\x9C" || r == "\xE2\x80\x9D";
  }

  // Pairs quote marks: « », “ ”, and straight quotes in order.
  void FindMarks() {
    const size_t n = seq_.items.size();
    inside_.assign(n, -1);
    open_at_.assign(n, -1);
    long open_straight = -1, open_guill = -1, open_curly = -1;
    for (size_t i = 0; i < n; ++i) {
      if (!IsQuoteMark(i)) continue;
      const std::string_view r = Raw(i);
      long* slot = nullptr;
      bool closing = false;
      if (r == "\"") {
        slot = &open_straight;
        closing = open_straight >= 0;
      } else if (r == "\xC2\xAB") {
        slot = &open_guill;
      } else if (r == "\xC2\xBB") {
        slot = &open_guill;
        closing = open_guill >= 0;
        if (!closing) continue;
      } else if (r == "\xE2\x80\x9C") {
        slot = &open_curly;
      } else {
        slot = &open_curly;
        closing = open_curly >= 0;
        if (!closing) continue;
      }
      if (!closing) {
        *slot = static_cast<long>(i);
        continue;
      }
      const size_t o = static_cast<size_t>(*slot);
      *slot = -1;
      // A pair never spans more than a few hundred words: a lost mark must
      // not swallow the rest of the article.
      if (i - o > 400) continue;
      Quoted q{o, i, 0};
      for (size_t k = o + 1; k < i; ++k) q.words += seq_.IsWord(k);
      const int32_t idx = static_cast<int32_t>(quoted_.size());
      quoted_.push_back(q);
      open_at_[o] = idx;
      for (size_t k = o; k <= i; ++k)
        if (inside_[k] < 0) inside_[k] = idx;
    }
  }

  bool IsStop(size_t i) const {
    return lex_.stop_table.Match(seq_, i).entry >= 0 ||
           seq_.items[i].norm == kAn;
  }
  const FactsLexicon::Cite* CueAt(size_t i, PhraseMatch* m) const {
    *m = lex_.cite_table.Match(seq_, i);
    if (m->entry < 0 || lex_.cites[m->entry].kind == CiteKind::kNone)
      return nullptr;
    return &lex_.cites[m->entry];
  }
  template <size_t N>
  bool OneOfWords(size_t i, const std::string_view (&set)[N]) const {
    for (std::string_view w : set)
      if (seq_.items[i].norm == w) return true;
    return false;
  }
  bool IsMediumCue(size_t i) const {
    PhraseMatch m;
    const FactsLexicon::Cite* c = CueAt(i, &m);
    return c && c->kind == CiteKind::kMedium;
  }
  bool IsSpeech(size_t i) const {
    const PhraseMatch m = lex_.speech_table.Match(seq_, i);
    return m.entry >= 0 && lex_.speech[m.entry].kind != SpeechKind::kNone;
  }

  // The end (exclusive) of a name phrase starting at i, before `limit`.
  size_t PhraseEnd(size_t i, size_t limit, size_t max_items) const {
    if (i >= limit) return i;
    if (IsOpen(i)) {
      const size_t close = quoted_[open_at_[i]].close;
      return close < limit ? close + 1 : i;
    }
    size_t k = i;
    size_t count = 0;
    // وتؤكد موسكو علنا دعمها: a phrase that opens with a name ends with
    // it, unless a comma joins a title after it.
    const size_t name_end = max_items == kMaxPhrase ? MentionEndAt(i) : i;
    while (k < limit && count < max_items) {
      if (k > i && k == name_end && !IsComma(k)) break;
      const SeqItem& it = seq_.items[k];
      // دبلوماسي أوروبي لـ«صحيفة الساحل»: the outlet spoken to ends a
      // speaker's phrase.
      // الرئيس التنفيذي لـ«تداول»، خالد الحصان: a quoted name with a name
      // after it belongs to the title.
      // وصرح الوزير للصحفيين: the audience spoken to ends it too.
      if (k > i && max_items == kMaxPhrase && EndsWithLam(k) &&
          (IsMediumCue(k) || (IsOpen(k) && !NameAfterQuoted(k, limit)) ||
           lex_.audience_table.Match(seq_, k).entry >= 0))
        break;
      if (k > i && IsOpen(k) && quoted_[open_at_[k]].words <= 4 &&
          quoted_[open_at_[k]].close < limit) {
        k = quoted_[open_at_[k]].close + 1;  // وكالة «سبوتنيك»
        ++count;
        continue;
      }
      if (it.kind == TokenKind::kPunct) {
        // A comma inside a phrase joins a title and a name
        // (وزير خارجية مالطا، جورج فيلا) if a name word follows.
        // Outlet names never span a comma.
        const bool comma = max_items == kMaxPhrase && IsComma(k);
        if (!comma || k + 1 >= limit || !seq_.IsWord(k + 1) || IsStop(k + 1) ||
            IsSpeech(k + 1))
          break;
        PhraseMatch m;
        if (CueAt(k + 1, &m)) break;
        ++k;
        continue;
      }
      // السفير الروسي لدى ليبيا: لدى before a named state is part of a
      // title; لدى وصوله ends the phrase.
      // A phrase's first word read as و + a preposition (والي "governor"
      // → و + إلى) gives no phrase at all; read it whole.
      const bool split_word = k == i && seq_.items[k].proclitics == kWa &&
                              k + 1 < limit && seq_.IsWord(k + 1) &&
                              !IsStop(k + 1);
      if (IsStop(k) && !split_word &&
          !(seq_.items[k].norm == kLada && k > i && NamedGpeAt(k + 1)))
        break;
      if (!seq_.IsWord(k) || IsSpeech(k)) break;
      // أعلن الرئيس تميم بن حمد أمس الأربعاء: a date ends a name.
      if (k > i && max_items == kMaxPhrase && AfterDate(k) != k) break;
      PhraseMatch m;
      const FactsLexicon::Cite* c = CueAt(k, &m);
      // وأشار بلاغ الوزارة إلى أن: a statement can be a phrase's head.
      if (c && c->kind != CiteKind::kMedium &&
          !(k == i && c->kind == CiteKind::kStatement))
        break;
      ++k;
      ++count;
    }
    while (k > i && IsPlainPunct(k - 1)) --k;
    return k;
  }

  // The first mention that starts at item k, or nullptr.
  const Mention* MentionStartingAt(size_t k) const {
    if (k >= seq_.items.size()) return nullptr;
    const uint32_t at = seq_.items[k].span.begin;
    for (const Mention& m : doc_.mentions) {
      if (m.span.begin < at) continue;
      return m.span.begin == at ? &m : nullptr;
    }
    return nullptr;
  }
  // The item after mention m, which starts at item k.
  size_t ItemAfter(size_t k, const Mention& m) const {
    size_t e = k;
    while (e < seq_.items.size() && seq_.items[e].span.begin < m.span.end) ++e;
    return e;
  }
  // The item after a name mention that starts at item k, or k.
  size_t MentionEndAt(size_t k) const {
    const Mention* m = MentionStartingAt(k);
    return m ? ItemAfter(k, *m) : k;
  }
  // The end item of a GPE mention that starts at item k, or k.
  size_t GpeMentionEnd(size_t k) const {
    const Mention* m = MentionStartingAt(k);
    return m && m->type == EntityType::kGpe ? ItemAfter(k, *m) : k;
  }

  // «X»، NAME: a comma and a person's name after the quoted name at k.
  bool NameAfterQuoted(size_t k, size_t limit) const {
    const size_t c = quoted_[open_at_[k]].close + 1;
    return c + 1 < limit && IsComma(c) && PersonAt(c + 1);
  }

  // A person (organisation) mention starts at item k / a person mention
  // overlaps items [b, e).
  bool PersonAt(size_t k) const {
    const Mention* m = MentionStartingAt(k);
    return m && m->type == EntityType::kPer;
  }
  bool OrgAt(size_t k) const {
    const Mention* m = MentionStartingAt(k);
    return m && m->type == EntityType::kOrg;
  }
  bool PersonIn(size_t b, size_t e) const {
    const Span s = SpanOf(b, e);
    for (const Mention& m : doc_.mentions)
      if (m.type == EntityType::kPer && m.span.begin < s.end &&
          s.begin < m.span.end)
        return true;
    return false;
  }
  // The item after a date expression that starts at item k, or k.
  size_t AfterDate(size_t k) const {
    if (k >= seq_.items.size()) return k;
    const uint32_t at = seq_.items[k].span.begin;
    for (const DateExpr& d : doc_.dates) {
      if (d.span.begin != at) continue;
      size_t e = k;
      while (e < seq_.items.size() && seq_.items[e].span.begin < d.span.end)
        ++e;
      return e;
    }
    return k;
  }

  bool NamedGpeAt(size_t k) const {
    if (k >= seq_.items.size()) return false;
    const uint32_t at = seq_.items[k].span.begin;
    for (const Mention& m : doc_.mentions)
      if (m.span.begin == at) return m.type == EntityType::kGpe;
    return false;
  }

  // From the first item's host (without its proclitics) to the end of the
  // last item's token (with its enclitics: رفض نشر اسمه).
  // ل before the article merges with it (للمرصد = ل + المرصد): the host
  // then starts at the second ل, and the phrase at the first, so that it
  // reads as written (للمرصد السوري) rather than as لمرصد.
  // The words between quote marks open and close, whole (the س of
  // «سنبني» is the speaker's too).
  Span QuotedSpan(const Quoted& q) const {
    return {seq_.items[q.open + 1].token_span.begin,
            seq_.items[q.close - 1].token_span.end};
  }
  Span SpanOf(size_t b, size_t e) const {
    uint32_t begin = seq_.items[b].span.begin;
    if (EndsWithLam(b) && begin >= kLam.size() && Raw(b).starts_with(kLam) &&
        doc_.text.compare(begin - kLam.size(), kLam.size(), kLam) == 0)
      begin -= kLam.size();
    return {begin, seq_.items[e - 1].token_span.end};
  }

  // أوضح أردوغان، وفق ما نقلته وسائل إعلام تركية، أن ...: a source cue
  // between commas, with the complement after it.
  bool Parenthetical(size_t k, size_t end) const {
    if (k == 0 || !IsComma(k - 1)) return false;
    for (size_t j = k + 1; j < end && j < k + 12; ++j) {
      if (IsComma(j)) return j + 1 < end && seq_.items[j + 1].norm == kAn;
    }
    return false;
  }

  bool RelayWithPronoun(size_t k) const {
    const PhraseMatch sp = lex_.speech_table.Match(seq_, k);
    return sp.entry >= 0 && lex_.speech[sp.entry].kind == SpeechKind::kRelay &&
           seq_.items[k].token_span.end > seq_.items[k].span.end;
  }

  bool InSentence(Span span, uint32_t sent) const {
    if (span.empty() || sent >= doc_.sentences.size()) return false;
    const size_t b = sent_begin_[sent], e = sent_end_[sent];
    return b < e && span.begin >= seq_.items[b].span.begin &&
           span.begin < seq_.items[e - 1].token_span.end;
  }

  // The first person, organisation or state mention of v's sentence that
  // ends before v, or an empty span.
  Span SentenceSubject(size_t v) const {
    const size_t b = sent_begin_[seq_.items[v].sentence];
    if (b >= v) return {};
    const uint32_t from = seq_.items[b].span.begin;
    const uint32_t to = seq_.items[v].span.begin;
    Span first;
    for (const Mention& m : doc_.mentions) {
      if (m.span.begin < from) continue;
      if (m.span.end > to) break;
      if (m.type == EntityType::kPer || m.type == EntityType::kOrg ||
          m.type == EntityType::kGpe) {
        first = m.span;
        break;
      }
    }
    // وردت المؤسسة في طرابلس ...، محذرة: a body named by its common noun
    // before the first name is the subject.
    for (size_t k = b; k < v; ++k) {
      if (!first.empty() && seq_.items[k].span.begin >= first.begin) break;
      const PhraseMatch body =
          inside_[k] < 0 ? lex_.body_table.Match(seq_, k) : PhraseMatch{};
      if (body.entry < 0) continue;
      // وزارة الخارجية الإثيوبية: a head in the construct state takes
      // the rest of its phrase.
      const size_t e =
          seq_.items[k].norm.substr(0, kAl.size()) == kAl
              ? k + body.words
              : std::max(k + body.words, PhraseEnd(k, v, kMaxPhrase));
      return SpanOf(k, e);
    }
    return first;
  }

  // بحضور رئيس الوزراء بيدرو سانشيز، الذي قال: the named person,
  // organisation or state a relative pronoun right before v refers to.
  Span Antecedent(size_t v) const {
    if (v < 2 || !OneOfWords(v - 1, kRelative)) return {};
    size_t j = v - 1;
    if (IsComma(j - 1)) --j;
    if (j == 0 || !seq_.IsWord(j - 1)) return {};
    const Span last = seq_.items[j - 1].token_span;
    for (const Mention& m : doc_.mentions) {
      if (m.span.begin >= last.end) break;
      if (m.span.end > last.begin && m.span.end <= last.end &&
          (m.type == EntityType::kPer || m.type == EntityType::kOrg ||
           m.type == EntityType::kGpe))
        return m.span;
    }
    return {};
  }

  // The person the sentence before v's opens with (a person mention
  // among its first four words: وكان كوبلر قد أشرف), if no one spoke
  // since; else none.
  Span PreviousSentencePerson(size_t v) const {
    const uint32_t sent = seq_.items[v].sentence;
    if (sent == 0 || sent_begin_[sent - 1] >= sent_end_[sent - 1]) return {};
    const size_t b = sent_begin_[sent - 1];
    const uint32_t from = seq_.items[b].span.begin;
    const uint32_t to =
        seq_.items[std::min(b + 4, sent_end_[sent - 1] - 1)].span.end;
    if (!last_.span.empty() && last_.span.end > from) return {};
    for (const Mention& m : doc_.mentions) {
      if (m.span.begin < from) continue;
      if (m.span.begin >= to) break;
      if (m.type == EntityType::kPer) return m.span;
    }
    return {};
  }

  // An unnamed-source phrase (شخصيات سياسية، مصدر أمني) that is the
  // subject of v's clause: at the start of the sentence or of a clause, or
  // right after the word that opens one (the verb: أبدت شخصيات ...); at
  // most three words.
  Speaker SentenceSource(size_t v) const {
    const size_t sb = sent_begin_[seq_.items[v].sentence];
    auto opens = [&](size_t k) { return k <= sb || IsPlainPunct(k - 1); };
    for (size_t k = sb; k < v; ++k) {
      if (inside_[k] >= 0 || !seq_.IsWord(k)) continue;
      if (!opens(k) && !(k > sb && seq_.IsWord(k - 1) && opens(k - 1)))
        continue;
      if (lex_.source_table.Match(seq_, k).entry < 0) continue;
      const size_t e = SpeakerEnd(k, std::min(v, k + 3));
      if (e > k) return {SpanOf(k, e), KindOf(k, e)};
    }
    return {};
  }

  // The end of a speaker phrase starting at b: PhraseEnd, and for the head
  // of an unnamed source a following في phrase too (مسؤول في وزارة
  // الخارجية، عضو في الوفد).
  size_t SpeakerEnd(size_t b, size_t limit) const {
    size_t e = PhraseEnd(b, limit, kMaxPhrase);
    if (e <= b || e + 1 >= limit) return e;
    const std::string_view prep = seq_.items[e].norm;
    if (prep != kFi && prep != kIla && prep != kLada && prep != kAn2) return e;
    // نقلت «X» عن وكالة «Y» عن مصدر: an outlet is not placed.
    if (Outletish(b, e) || IsOutletName(b, e)) return e;
    // منسقة الشؤون الإنسانية في اليمن، ليز غراندي؛ النائب في مجلس الأمة
    // رياض العدساني؛ النائب عن حزب الأمة سالم العلي؛ المحلل في شركة
    // «غلف» للاستشارات فهد سالم: a title placed by a preposition, then
    // the person's name.
    if (!PersonIn(b, e)) {
      for (size_t j = e + 2; j < limit && j <= e + 8; ++j) {
        const size_t at = IsComma(j) ? j + 1 : j;
        if (at < limit && IsStop(at)) break;
        if (at < limit && PersonAt(at)) {
          const size_t ne = PhraseEnd(at, limit, kMaxPhrase);
          if (ne > at) return ne;
        }
        if (!seq_.IsWord(j) && !IsComma(j) && !IsQuoteMark(j)) break;
      }
    }
    if (prep != kFi) return e;
    const size_t k = IsOpen(b) ? b + 1 : b;
    // وزارة الصحة في غزة: a body placed in a named place.
    if ((lex_.body_table.Match(seq_, k).entry >= 0 || OrgAt(k)) &&
        GpeMentionEnd(e + 1) > e + 1)
      return std::min(limit, GpeMentionEnd(e + 1));
    const PhraseMatch head = lex_.source_table.Match(seq_, k);
    // مهندس في حقل السرير: an unnamed person is placed too.
    if (head.entry < 0 && e - b <= 3 && IndefiniteUnnamed(k, e)) {
      const size_t e2 = PhraseEnd(e + 1, std::min(limit, e + 6), 5);
      return e2 > e + 1 ? e2 : e;
    }
    if (head.entry < 0 || e - b > 3) return e;
    // مصادر في الرئاسة التركية, but not يرى مراقبون في ذلك: a group is
    // placed by a definite noun only.
    // المتظاهرون في الساحة: a definite group needs no place.
    if (lex_.source_group[head.entry] &&
        (seq_.items[e + 1].norm.substr(0, kAl.size()) != kAl ||
         seq_.items[k].norm.substr(0, kAl.size()) == kAl))
      return e;
    const size_t e2 = PhraseEnd(e + 1, std::min(limit, e + 6), 5);
    return e2 > e + 1 ? e2 : e;
  }

  // "anonymous": the phrase [b, e) opens with the head of an unnamed
  // source (مصدر، أستاذ اقتصاد) and names no person.
  std::string KindOf(size_t b, size_t e) const {
    size_t k = IsOpen(b) ? b + 1 : b;
    const PhraseMatch head = lex_.source_table.Match(seq_, k);
    if (head.entry < 0) return IndefiniteUnnamed(k, e) ? "anonymous" : "named";
    if (lex_.source_group[head.entry]) return "anonymous";
    // A name in a following في or من phrase is someone else's (عضو في
    // الوفد المرافق للسراج، مصدر مقرب من حملة جليلي).
    size_t pe = PhraseEnd(b, e, kMaxPhrase);
    for (size_t j = k + 1; j < pe; ++j)
      if (seq_.items[j].norm == kMin) pe = j;
    const Span s = SpanOf(b, std::max(k + 1, pe));
    for (const Mention& m : doc_.mentions)
      if (m.type == EntityType::kPer && m.span.begin < s.end &&
          s.begin < m.span.end)
        return "named";
    return "anonymous";
  }

  // لاجئون، متعاملين في السوق، مهاجر غيني: a phrase headed by an
  // indefinite noun that names nobody (no mention in it) is unnamed.
  bool IndefiniteUnnamed(size_t k, size_t e) const {
    if (k >= e || seq_.items[k].kind != TokenKind::kArabic ||
        seq_.items[k].norm.substr(0, kAl.size()) == kAl)
      return false;
    auto ends = [](std::string_view w, std::string_view t) {
      return w.size() > t.size() + 4 && w.substr(w.size() - t.size()) == t;
    };
    const std::string_view w = seq_.items[k].norm;
    const bool plural =
        ends(w, kPluralUn) || ends(w, kPluralIn) || ends(w, kPluralAt);
    // وزير الخزانة، رئيسة بعثة البنك: a head in the construct state is
    // defined by its noun; a singular needs a nisba after it (مهاجر غيني).
    if (k + 1 < e && seq_.IsWord(k + 1)) {
      const std::string_view next = seq_.items[k + 1].norm;
      if (next.substr(0, kAl.size()) == kAl) return false;
      if (!plural && !IsStop(k + 1) && !ends(next, kNisba) &&
          !ends(next, kNisbaF))
        return false;
    } else if (!plural) {
      return false;
    }
    const Span s = SpanOf(k, std::max(k + 1, PhraseEnd(k, e, kMaxPhrase)));
    for (const Mention& m : doc_.mentions)
      if (m.span.begin < s.end && s.begin < m.span.end) return false;
    return true;
  }

  // A known outlet's name (روسيا اليوم) or a medium head noun (وكالة،
  // صحيفة) opens [b, e), quoted or not.
  bool IsOutletName(size_t b, size_t e) const {
    const size_t k = IsOpen(b) ? b + 1 : b;
    if (k >= e) return false;
    PhraseMatch m;
    const FactsLexicon::Cite* c = CueAt(k, &m);
    return (c && c->kind == CiteKind::kMedium) ||
           lex_.outlet_table.Match(seq_, k).entry >= 0;
  }

  bool SourceLike(size_t b, size_t e) const {
    if (Outletish(b, e) || IsOutletName(b, e)) return true;
    const size_t k = IsOpen(b) ? b + 1 : b;
    if (lex_.source_table.Match(seq_, k).entry >= 0 ||
        lex_.body_table.Match(seq_, k).entry >= 0 ||
        lex_.report_table.Match(seq_, k).entry >= 0 || IndefiniteUnnamed(k, e))
      return true;
    const Span s = SpanOf(b, e);
    for (const Mention& m : doc_.mentions) {
      if (m.span.begin >= s.end) break;
      if (m.span.end > s.begin) return true;
    }
    return false;
  }
  bool Outletish(size_t b, size_t e) const {
    if (IsOpen(b)) return true;
    if (lex_.outlet_table.Match(seq_, b).words >= e - b) return true;
    PhraseMatch m;
    const FactsLexicon::Cite* c = CueAt(b, &m);
    return c && c->kind == CiteKind::kMedium;
  }

  // Outlet and source cues in [b, e) outside quotes; fills outlet (and the
  // speaker when the quote has none yet).
  // `addressee_end`: a quoted name after ل before it is the outlet spoken
  // to (قال لـ«X» إن); after the complement starts, لـ«X» is a possessor
  // (مواقع لـ«مجلس ...»).
  void Attribute(size_t b, size_t e, Quote* q, std::string* rule,
                 size_t addressee_end = SIZE_MAX) {
    for (size_t k = b; k < e; ++k) {
      if (inside_[k] >= 0 || !seq_.IsWord(k)) continue;
      PhraseMatch m;
      const FactsLexicon::Cite* c = CueAt(k, &m);
      if (!c || c->kind == CiteKind::kTurn) {
        if (c) k += m.words - 1;  // حسب قوله is not a source
        continue;
      }
      size_t start = k + m.words;
      if (c->kind == CiteKind::kAccording) start = AfterWhatSaid(start, e);
      if (c->kind == CiteKind::kAccording) start = AuthorOfStatement(start, e);
      if (c->kind == CiteKind::kMedium) {
        if (!q->outlet_span.empty() || !EndsWithLam(k)) continue;
        start = k;
      } else if (c->kind == CiteKind::kChannel) {
        // تصريح لـX / تصريح مع X / تصريح خاص لـX
        size_t s = start;
        while (s < e && s < start + 3 && seq_.IsWord(s) && !EndsWithLam(s) &&
               seq_.items[s].norm != kMaa)
          ++s;
        if (s >= e || (!seq_.IsWord(s) && !IsOpen(s))) continue;
        const bool with = seq_.items[s].norm == kMaa;
        if (with)
          ++s;
        else if (!EndsWithLam(s))
          continue;
        // حوار مع حفتر is talks with a person; مقابلة مع قناة X، تصريح مع
        // CNN an outlet.
        if (with && s < e) {
          const size_t se = PhraseEnd(s, e, kMaxOutlet);
          if (!Outletish(s, se) && !IsOutletName(s, se)) continue;
        } else if (with) {
          continue;
        }
        start = s;
        if (!q->outlet_span.empty()) continue;
      } else if (c->kind == CiteKind::kStatement) {
        // بيان للقيادة العامة: the statement's author, never an outlet;
        // it speaks if no one else does.
        if (start >= e || !EndsWithLam(start) || !q->speaker_span.empty())
          continue;
      } else {
        // وفقا لـ"X": the ل is a proclitic of the name or a glued token.
      }
      const size_t end = PhraseEnd(
          start, e, c->kind == CiteKind::kVoice ? kMaxPhrase : kMaxOutlet);
      if (end <= start) continue;
      // تصريحات للصحافة: the press spoken to is no outlet; but وفق ما
      // نقلته الصحافة الإيطالية cites it.
      if (lex_.audience_table.Match(seq_, start).entry >= 0 &&
          (c->kind != CiteKind::kAccording || EndsWithLam(start)))
        continue;
      used_cue_[k] = true;
      // وفق ما أفادت به مصادر طبية لوكالة X: the source spoke to the
      // outlet.
      if (c->kind == CiteKind::kAccording) {
        size_t k2 = start + 1;
        while (k2 < end &&
               !(EndsWithLam(k2) && (IsMediumCue(k2) || IsOpen(k2))))
          ++k2;
        if (k2 < end) {
          if (q->speaker_span.empty()) {
            q->speaker_span = SpanOf(start, k2);
            q->speaker_kind = KindOf(start, k2);
          }
          if (q->outlet_span.empty()) q->outlet_span = SpanOf(k2, end);
          *rule += " source-to-outlet:" + c->form;
          if (q->cue.empty())
            q->cue = std::string(doc_.Text(seq_.items[k].span));
          k = end - 1;
          continue;
        }
      }
      const Span s = SpanOf(start, end);
      if (c->kind == CiteKind::kVoice || c->kind == CiteKind::kStatement) {
        // حذرت مالطا على لسان وزير خارجيتها: the minister speaks.
        q->speaker_span = s;
        q->speaker_kind = KindOf(start, end);
        *rule +=
            (c->kind == CiteKind::kVoice ? " voice:" : " statement:") + c->form;
      } else if (c->kind == CiteKind::kAccording && !q->speaker_span.empty() &&
                 q->outlet_span.empty() && !Outletish(start, end)) {
        // وفق العرض والطلب: after a speaker, an according-to phrase that
        // names no outlet is not a source (and no other quote's either).
        continue;
      } else if (c->kind == CiteKind::kAccording && q->speaker_span.empty() &&
                 !Outletish(start, end)) {
        // حسب مصادر في الرئاسة: an unnamed source's في phrase too.
        const size_t se = std::max(end, SpeakerEnd(start, e));
        q->speaker_span = SpanOf(start, se);
        q->speaker_kind = KindOf(start, se);
        *rule += " speaker-after:" + c->form;
        if (q->cue.empty()) q->cue = std::string(doc_.Text(seq_.items[k].span));
      } else if (q->outlet_span.empty()) {
        q->outlet_span = s;
        *rule += " outlet:" + c->form;
        if (q->cue.empty()) q->cue = std::string(doc_.Text(seq_.items[k].span));
        // حسب ما نقلته وكالة X عن مصادر: the outlet relays a source.
        if (start >= k + 2 && q->speaker_span.empty() && end + 1 < e &&
            seq_.items[end].norm == kAn2) {
          const size_t se = SpeakerEnd(end + 1, e);
          if (se > end + 1) {
            q->speaker_span = SpanOf(end + 1, se);
            q->speaker_kind = KindOf(end + 1, se);
            *rule += " relayed-source";
            k = se - 1;
            continue;
          }
        }
      } else if (q->via_span.empty() && c->kind == CiteKind::kAccording) {
        q->via_span = s;
        *rule += " via:" + c->form;
      }
      k = end - 1;
    }
    // قال X لـ«Y»: a quoted name of a few words after ل is the outlet
    // spoken to.
    for (size_t k = b; k < std::min(e, addressee_end) && q->outlet_span.empty();
         ++k) {
      if (!IsOpen(k) || !EndsWithLam(k)) continue;
      const Quoted& qq = quoted_[open_at_[k]];
      if (qq.words == 0 || qq.words > 4 || qq.close >= e) continue;
      q->outlet_span = SpanOf(k, qq.close + 1);
      *rule += " outlet:addressee";
    }
  }

  // نقلا عن بيان لوزارة الدفاع، بحسب تصريحات سابقة لرئيس الوزراء: the
  // author of the statement (after ل, past one adjective) is the source.
  size_t AuthorOfStatement(size_t start, size_t e) const {
    PhraseMatch cm;
    const FactsLexicon::Cite* cc = start < e ? CueAt(start, &cm) : nullptr;
    if (!cc ||
        (cc->kind != CiteKind::kStatement && cc->kind != CiteKind::kChannel))
      return start;
    for (size_t j = start + cm.words; j < e && j <= start + cm.words + 1; ++j) {
      if (!seq_.IsWord(j)) break;
      if (EndsWithLam(j)) return j;
    }
    return start;
  }

  // وفق ما نقلته وكالة X، حسب ما أعلنه الطرفان: the source follows the
  // relative clause.
  size_t AfterWhatSaid(size_t start, size_t e) const {
    if (start + 1 < e && seq_.items[start].norm == kMaa2 &&
        IsSpeech(start + 1)) {
      // وفق ما أفادت به مصادر: the preposition with its pronoun too.
      if (start + 2 < e && seq_.items[start + 2].norm == "\xD8\xA8" &&
          seq_.items[start + 2].token_span.end > seq_.items[start + 2].span.end)
        return start + 3;
      return start + 2;
    }
    return start;
  }

  bool EndsWithLam(size_t i) const {
    const std::string_view p = seq_.items[i].proclitics;
    return p.size() >= kLam.size() && p.substr(p.size() - kLam.size()) == kLam;
  }

  // The item that opens v's clause: the sentence start, or the turn word
  // of the last OpensClause before v. Citation cues before it are another
  // clause's.
  size_t ClauseBegin(size_t v) const {
    size_t a = sent_begin_[seq_.items[v].sentence];
    for (size_t k = a; k + 1 < v; ++k)
      if (inside_[k] < 0 && OpensClause(k)) a = k + 1;
    return a;
  }

  // Whether item k is a comma followed by a turn word that opens a new
  // clause (…، فيما، …، في حين، …، علما بأن), not one set off by commas
  // (…، من جهته، …).
  bool OpensClause(size_t k) const {
    if (!IsComma(k) || k + 1 >= seq_.items.size()) return false;
    PhraseMatch tm;
    const FactsLexicon::Cite* tc = CueAt(k + 1, &tm);
    const size_t after = k + 1 + tm.words;
    return tc && tc->kind == CiteKind::kTurn && after < seq_.items.size() &&
           !IsComma(after);
  }

  // The item that ends a verb's clause: the sentence end (or the close of a
  // quote that runs past it), the next speech verb, or an according cue.
  size_t ClauseEnd(size_t v) const {
    const uint32_t s = seq_.items[v].sentence;
    size_t end = sent_end_[s];
    for (size_t k = v + 1; k < end; ++k) {
      if (IsOpen(k) && quoted_[open_at_[k]].close >= end)
        end = std::min(seq_.items.size(), quoted_[open_at_[k]].close + 1);
      if (inside_[k] >= 0) continue;
      // في تصريحات نقلتها وكالة "تاس": a relay verb with a pronoun is a
      // citation inside the clause, not a new one.
      if (RelayWithPronoun(k)) continue;
      if (IsSpeech(k)) return k;
      if (OpensClause(k)) return k;
      PhraseMatch m;
      const FactsLexicon::Cite* c = CueAt(k, &m);
      // في دراسة نشرها، في كلمة بثتها قناة X: a cue that carries a pronoun
      // points back into the clause.
      const bool pronoun =
          seq_.items[k].token_span.end > seq_.items[k].span.end;
      if (c && c->kind == CiteKind::kAccording && !pronoun &&
          !Parenthetical(k, end) && !SourceBeforeComplement(k + m.words, end))
        return k;
    }
    return end;
  }

  // ذكرت «X» نقلا عن بيان للوزارة أن ...: a source phrase right before the
  // verb's complement belongs to the clause.
  bool SourceBeforeComplement(size_t k, size_t end) const {
    for (size_t j = k; j < end && j < k + 10; ++j) {
      if (inside_[j] >= 0) continue;
      if (seq_.items[j].norm == kAn) return j > k;
      if (IsPlainPunct(j) || IsSpeech(j)) return false;
    }
    return false;
  }

  void FromVerb(size_t v, const PhraseMatch& sp, std::vector<Quote>* out) {
    const FactsLexicon::Speech& speech = lex_.speech[sp.entry];
    const size_t b = ClauseEnd(v);
    size_t comp = 0;
    bool have_comp = false;
    for (size_t j = v + sp.words; j < b && j <= v + kMaxToComp; ++j) {
      // …، فيما قال، …، علما بأنها: another clause.
      if (OpensClause(j)) break;
      // بعد أن، قبل أن، دون أن: a time or manner clause, not what was said.
      if (seq_.items[j].norm == kAn && j > 0 && OneOfWords(j - 1, kTimeAn))
        continue;
      // غير أن، إلا أن، بيد أن: "but", a new clause, not what was said.
      if (seq_.items[j].norm == kAn && j > 0) {
        PhraseMatch tm;
        const FactsLexicon::Cite* tc = CueAt(j - 1, &tm);
        if (tc && tc->kind == CiteKind::kTurn && tm.words == 2) break;
      }
      if (seq_.items[j].norm == kAn || seq_.IsPunct(j, ":") || IsOpen(j)) {
        // A quoted name is not a complement: right after the verb it is
        // the subject (أكده "المسماري"، نقلت «بوابة المتوسط») and a short
        // one inside a clause is a name ("الأميرال كوزنيتسوف").
        // After a preposition or with a clitic preposition it is a name
        // too (أمام «سرايا الدفاع عن بنغازي»، لـ«مجلس شورى مجاهدي درنة»).
        // يرى محللون في بنك «جيه بي مورغان» أن: a quoted name right before
        // the complement belongs to the subject.
        const size_t after_q = IsOpen(j) ? quoted_[open_at_[j]].close + 1 : 0;
        if (IsOpen(j) && after_q < b && seq_.items[after_q].norm == kAn)
          continue;
        // أعلنت الحكومة وقف الإنتاج «إلى حين إشعار آخر»: quoted words
        // after more than the subject (no colon or comma before them) are
        // not what was said.
        if (IsOpen(j) && j > v + sp.words && !IsComma(j - 1) &&
            !seq_.IsPunct(j - 1, ":") && seq_.items[j - 1].norm != kAn &&
            SpeakerEnd(v + sp.words, j) != j)
          continue;
        if (IsOpen(j) &&
            (j == v + sp.words || quoted_[open_at_[j]].words < kMinQuoted ||
             !seq_.items[j].proclitics.empty() ||
             (j > v + sp.words && IsMediumCue(j - 1)) ||
             (j > v + sp.words && seq_.items[j - 1].norm != kAn &&
              IsStop(j - 1))))
          continue;
        comp = j;
        have_comp = true;
        break;
      }
    }
    // Subject after the verb.
    Speaker who;
    std::string rule = "verb:" + speech.lemma;
    const size_t subj_limit = have_comp ? comp : b;
    Span relay_outlet;
    if (speech.kind == SpeechKind::kRelay) {
      // نقلت وكالة “X” عن Y أن ...: X is the outlet, Y the speaker.
      const size_t s0 = v + sp.words;
      const size_t oe = PhraseEnd(s0, subj_limit, kMaxOutlet);
      if (oe <= s0 || !have_comp) return;
      size_t j = oe;
      while (j < subj_limit && j < oe + 3 && seq_.items[j].norm != kAn2) ++j;
      if (j >= subj_limit || seq_.items[j].norm != kAn2) return;
      size_t se = SpeakerEnd(j + 1, subj_limit);
      // نقلت «X» عن وكالة «Y» عن مصدر: the last in the chain speaks.
      while (se > j + 1 && se + 1 < subj_limit && seq_.items[se].norm == kAn2 &&
             Outletish(j + 1, se)) {
        j = se;
        se = SpeakerEnd(j + 1, subj_limit);
        rule += " chain";
      }
      relay_outlet = SpanOf(s0, oe);
      if (se > j + 1) who = {SpanOf(j + 1, se), KindOf(j + 1, se)};
      rule += " relay";
    } else if (!(speech.kind == SpeechKind::kCont)) {
      size_t s = v + sp.words;
      PhraseMatch m;
      const FactsLexicon::Cite* c = s < subj_limit ? CueAt(s, &m) : nullptr;
      if (c && c->kind == CiteKind::kTurn) s += m.words;
      // أعلن الأسبوع الماضي أن، قال مساء الاثنين إن: a date is no subject.
      s = std::min(AfterDate(s), subj_limit);
      // حذر من أن: a preposition before the complement, no subject;
      // أشار، الاثنين الماضي، إلى أن: a phrase set off by commas is none.
      // قال لـ«وكالة X» إن: a phrase with ل is the one spoken to.
      const bool no_subject =
          s < subj_limit &&
          ((seq_.items[s].kind == TokenKind::kPunct && !IsOpen(s)) ||
           seq_.items[s].norm == kMin || seq_.items[s].norm == kAla ||
           EndsWithLam(s));
      const size_t e = no_subject ? s : SpeakerEnd(s, subj_limit);
      if (e > s && IsOutletName(s, e)) {
        // ذكرت «روسيا اليوم» أن، أفادت وكالة X بأن: an outlet reports;
        // the speaker, if any, is the source it cites (نقلا عن Y).
        relay_outlet = SpanOf(s, e);
        rule += " outlet-subject";
      } else if (e > s) {
        who = {SpanOf(s, e), KindOf(s, e)};
        rule += " subject-after";
      }
    }
    // A subject before the verb that opens the clause; not for a verb
    // joined by و or ف (الوزير ... وأكد: the clause before is another).
    const bool outlet_subject = !relay_outlet.empty();
    // أما المتحدث باسم الجيش، فأكد أن: the topic after أما speaks.
    if (who.span.empty() && !outlet_subject &&
        seq_.items[v].proclitics == kFa) {
      const size_t sb = ClauseBegin(v);
      for (size_t k = sb; k + 1 < v && k < sb + 3; ++k) {
        if (seq_.items[k].norm != kAmma) continue;
        size_t end = v;
        while (end > k + 1 && IsPlainPunct(end - 1)) --end;
        const size_t e = SpeakerEnd(k + 1, end);
        if (e > k + 1) {
          who = {SpanOf(k + 1, e), KindOf(k + 1, e)};
          rule += " amma-topic";
        }
        break;
      }
    }
    if (who.span.empty() && !outlet_subject) {
      const Span ante = Antecedent(v);
      if (!ante.empty()) {
        who = {ante, "named"};
        rule += " relative-antecedent";
      }
    }
    // أصدرت القاهرة بيانا قالت فيه إن، استبق المجلس الموقف بإعلان أكد
    // فيه أن: "in it" points back to a statement; its issuer speaks.
    if (who.span.empty() && !outlet_subject && v > 0 &&
        v + sp.words < subj_limit + 1 && v + sp.words < seq_.items.size() &&
        seq_.items[v + sp.words].norm == kFi &&
        seq_.items[v + sp.words].token_span.end >
            seq_.items[v + sp.words].span.end) {
      const Span subj = SentenceSubject(v);
      if (!subj.empty()) {
        who = {subj, "named"};
        rule += " statement-issuer";
      }
    }
    if (who.span.empty() && !outlet_subject &&
        speech.kind == SpeechKind::kVerb && seq_.items[v].proclitics.empty()) {
      const uint32_t sent = seq_.items[v].sentence;
      size_t a = sent_begin_[sent];
      for (size_t k = a; k < v; ++k) {
        if (seq_.IsPunct(k, ".") || seq_.IsPunct(k, ":")) a = k + 1;
        // …، غير أن مصدرا عسكريا أفاد: a clause opened by a turn word.
        PhraseMatch tm;
        const FactsLexicon::Cite* tc =
            IsComma(k) && k + 1 < v ? CueAt(k + 1, &tm) : nullptr;
        // المتحدث باسم الوزارة، من جهته، قال إن: a turn phrase set off
        // by commas right before the verb is inside the clause.
        const size_t after_turn = tc ? k + 1 + tm.words : 0;
        if (tc && tc->kind == CiteKind::kTurn &&
            !(after_turn + 1 == v && IsComma(after_turn)))
          a = k + 1;
      }
      PhraseMatch m;
      while (a < v) {
        const FactsLexicon::Cite* c = CueAt(a, &m);
        if (!c || c->kind != CiteKind::kTurn) break;
        a += m.words;
      }
      const size_t e = a < v ? SpeakerEnd(a, v) : a;
      size_t last = v;
      while (last > a) {
        if (seq_.items[last - 1].kind == TokenKind::kPunct &&
            !IsQuoteMark(last - 1)) {
          --last;
          continue;
        }
        // A turn phrase of one or two words ending the phrase (من جهته).
        size_t turn_at = last;
        for (size_t n = 1; n <= 2 && n <= last - a; ++n) {
          const FactsLexicon::Cite* t = CueAt(last - n, &m);
          if (t && t->kind == CiteKind::kTurn && m.words == n) {
            turn_at = last - n;
            break;
          }
        }
        if (turn_at == last) break;
        last = turn_at;
      }
      if (e > a && e == last) {
        who = {SpanOf(a, e), KindOf(a, e)};
        rule += " subject-before";
      }
    }
    // وأدان كوبلر العنف، وحذر من أن ...؛ رحب لافروف ...، مشيرا إلى أن:
    // a verb joined by و, or a participle, with no subject of its own and
    // no speaker yet in this sentence takes the sentence's first actor.
    if (who.span.empty() && !outlet_subject &&
        speech.kind != SpeechKind::kRelay &&
        (speech.kind == SpeechKind::kCont ||
         !seq_.items[v].proclitics.empty()) &&
        !InSentence(last_.span, seq_.items[v].sentence)) {
      const Span subj = SentenceSubject(v);
      if (!subj.empty()) {
        who = {subj, "named"};
        rule += " sentence-subject";
      } else if (Speaker anon = SentenceSource(v); !anon.span.empty()) {
        // أبدت شخصيات سياسية قلقها، مطالبة بأن: an unnamed source.
        who = anon;
        rule += " sentence-source";
      } else if (const Span prev = speech.kind == SpeechKind::kVerb
                                       ? PreviousSentencePerson(v)
                                       : Span{};
                 !prev.empty()) {
        // وكان كوبلر قد أشرف على ... . وكرر أن: the person the last
        // sentence was about, if no one spoke since.
        who = {prev, "named"};
        rule += " previous-sentence-subject";
      }
    }
    if (who.span.empty() && !last_.span.empty() && !outlet_subject &&
        speech.kind != SpeechKind::kRelay) {
      // An unnamed source stays unnamed when it goes on speaking.
      who = {last_.span, last_.kind == "anonymous" ? "anonymous" : "pronoun"};
      rule += " last-speaker";
    }
    if (!who.span.empty() && who.kind != "pronoun") last_ = who;
    if (!have_comp) return;

    Quote base;
    // The verb as written, with its enclitics (أكده), without proclitics.
    base.cue =
        std::string(doc_.Text({seq_.items[v].span.begin,
                               seq_.items[v + sp.words - 1].token_span.end}));
    base.speaker_span = who.span;
    base.speaker_kind = who.kind;
    base.outlet_span = relay_outlet;
    const uint32_t sent = seq_.items[v].sentence;
    Attribute(ClauseBegin(v), std::max<size_t>(sent_end_[sent], b), &base,
              &rule, comp);
    // ورحب لافروف، وفق ما نقلته “سبوتنيك”، …، مشيرا إلى أن … وأضاف: the
    // next statement of the same speaker, in the sentence or continuing
    // it (وأضاف), has the same outlet.
    if (base.outlet_span.empty() && !out->empty() &&
        out->back().speaker_span == base.speaker_span &&
        !base.speaker_span.empty() && !out->back().outlet_span.empty() &&
        (InSentence(out->back().span, sent) ||
         rule.find(" last-speaker") != std::string::npos)) {
      base.outlet_span = out->back().outlet_span;
      rule += " outlet-of-previous";
    }
    if (base.speaker_kind != "pronoun" && !base.speaker_span.empty())
      last_ = {base.speaker_span, base.speaker_kind};

    // قال إن سلاح الجو شارك ... «مجلس شورى مجاهدي درنة»: quoted words
    // after more words of reported speech than they hold are part of it
    // (أن الحل «سياسي ولا يمكن أن يكون عسكريا» is a direct quote).
    bool in_indirect = false;
    if (seq_.items[comp].norm == kAn) {
      for (const Quoted& q : quoted_) {
        if (q.claimed || q.open < comp || q.open >= b || q.words < kMinQuoted)
          continue;
        // أن A، وأن B «...»: a second clause of the same reported speech.
        size_t before = 0;
        bool second_clause = false;
        for (size_t k = comp + 1; k < q.open; ++k) {
          before += seq_.IsWord(k);
          second_clause = second_clause || (seq_.items[k].norm == kAn &&
                                            !seq_.items[k].proclitics.empty());
        }
        // أن المساعدات ستذهب «مباشرة إلى الشعب» عبر المنظمات: the
        // reported clause goes on after the marks.
        size_t after = 0;
        for (size_t k = q.close + 1; k < b; ++k) after += seq_.IsWord(k);
        in_indirect = (before >= 3 && (before > q.words || second_clause)) ||
                      (before >= 1 && after >= 3 && after > q.words);
        break;
      }
    }
    bool any_direct = false;
    size_t prev_close = 0;
    for (Quoted& q : quoted_) {
      if (q.claimed || q.open < comp || q.open >= b || q.words < kMinQuoted)
        continue;
      // «…»، و«…» go on with the statement; a later passage after other
      // words (داعيا إلى رفع العقوبات "من دون إبطاء") is not in it.
      if (prev_close) {
        size_t words = 0;
        for (size_t k = prev_close + 1; k < q.open; ++k)
          words += seq_.IsWord(k);
        if (words > 1) break;
      }
      prev_close = q.close;
      q.claimed = true;
      if (in_indirect) continue;
      any_direct = true;
      Quote d = base;
      d.direct = true;
      d.span = QuotedSpan(q);
      d.rule = rule + " direct";
      out->push_back(std::move(d));
    }
    if (any_direct) return;
    size_t s = comp + 1;
    size_t e = b;
    // …، خلال تصريح مع CNN، في حديث لـ«الشرق»: the channel is not said.
    for (size_t k = s + 1; k + 1 < e; ++k) {
      if (!IsComma(k) || inside_[k] >= 0) continue;
      size_t j = k + 1;
      if (IsStop(j) && j + 1 < e) ++j;
      PhraseMatch m;
      const FactsLexicon::Cite* c = CueAt(j, &m);
      if (c && c->kind == CiteKind::kChannel) {
        e = k;
        break;
      }
    }
    while (e > s && seq_.items[e - 1].kind == TokenKind::kPunct &&
           !IsQuoteMark(e - 1))
      --e;
    if (e <= s) return;
    Quote d = base;
    d.direct = false;
    d.span = SpanOf(s, e);
    d.rule = rule + " indirect";
    out->push_back(std::move(d));
  }

  // "...": a quoted passage no verb claimed, with حسب X right after it.
  void QuotedWithoutVerb(std::vector<Quote>* out) {
    for (Quoted& q : quoted_) {
      if (q.claimed || q.words < kMinQuoted + 1) continue;
      size_t k = q.close + 1;
      if (k < seq_.items.size() && seq_.items[k].kind == TokenKind::kPunct &&
          !IsQuoteMark(k))
        ++k;
      PhraseMatch m;
      const FactsLexicon::Cite* c =
          k < seq_.items.size() ? CueAt(k, &m) : nullptr;
      if (!c || c->kind != CiteKind::kAccording) continue;
      Quote d;
      std::string rule = "quoted+cue";
      const uint32_t sent = seq_.items[k].sentence;
      Attribute(k, sent_end_[sent], &d, &rule);
      if (d.speaker_span.empty() && d.outlet_span.empty()) continue;
      q.claimed = true;
      d.direct = true;
      d.span = QuotedSpan(q);
      d.rule = rule;
      if (!d.speaker_span.empty()) last_ = {d.speaker_span, d.speaker_kind};
      out->push_back(std::move(d));
    }
  }

  // A sentence attributed to a source with no speech verb: the cue closes
  // it (…، حسب X.), opens it (وحسب X، …) or stands between commas
  // (…، بحسب X، …).
  void CueOnly(std::vector<Quote>* out) {
    for (size_t k = 0; k < seq_.items.size(); ++k) {
      if (used_cue_[k] || inside_[k] >= 0 || !seq_.IsWord(k)) continue;
      PhraseMatch m;
      const FactsLexicon::Cite* c = CueAt(k, &m);
      if (!c || c->kind != CiteKind::kAccording) continue;
      const uint32_t sent = seq_.items[k].sentence;
      const size_t sb = sent_begin_[sent], se = sent_end_[sent];
      const size_t what_said = AfterWhatSaid(k + m.words, se);
      const size_t start = AuthorOfStatement(what_said, se);
      size_t end = PhraseEnd(start, se, kMaxOutlet);
      if (end <= start) continue;
      // وفقا لآليات السوق: a phrase that is no outlet, names no one and
      // is no unnamed source, body or report is no source (حسب ما أعلنه
      // X and بحسب تصريحات لـX always cite one).
      if (start == k + m.words && !SourceLike(start, end)) continue;
      // تركز بحسب موسكو على مكافحة الإرهاب: a state's name is the whole
      // source; what follows it is the attributed words.
      bool state_source = false;
      if (const size_t me = GpeMentionEnd(start); me > start && me < end) {
        end = me;
        state_source = true;
      }
      // شدد الوزير، بحسب وكالة X، على ...: the speech verb owns the cue;
      // with no clause after it there is no quote.
      bool verb_before = false;
      for (size_t j = sb; j < k && !verb_before; ++j)
        verb_before = inside_[j] < 0 && IsSpeech(j);
      if (verb_before) continue;
      // حسب ما نقلته وكالة X عن مصادر: the relayed source is in it.
      if (start >= k + m.words + 2 && end + 1 < se &&
          seq_.items[end].norm == kAn2) {
        const size_t e2 = SpeakerEnd(end + 1, se);
        if (e2 > end + 1) end = e2;
      }
      // حسب «X» نقلا عن وكالة Y: a chain of sources is one attribution.
      PhraseMatch m2;
      const FactsLexicon::Cite* c2 = end < se ? CueAt(end, &m2) : nullptr;
      if (c2 && c2->kind == CiteKind::kAccording) {
        const size_t end2 = PhraseEnd(end + m2.words, se, kMaxOutlet);
        if (end2 > end + m2.words) {
          used_cue_[end] = true;
          end = end2;
        }
      }
      size_t after = end;
      while (after < se && IsPlainPunct(after)) ++after;
      size_t first = sb;  // the sentence's first word after turn words
      PhraseMatch t;
      while (first < k) {
        const FactsLexicon::Cite* tc = CueAt(first, &t);
        if (!tc || tc->kind != CiteKind::kTurn) break;
        first += t.words;
      }
      size_t b, e;
      std::string rule;
      if (after == se) {
        b = sb, e = k, rule = "cue-after";
      } else if (k == first && end < se && IsComma(end)) {
        b = end + 1, e = se, rule = "cue-before";
      } else if (k > sb && IsComma(k - 1)) {
        b = sb, e = se, rule = "cue-between";
      } else if (state_source && k > first) {
        b = end, e = se, rule = "cue-inside";
      } else {
        continue;
      }
      while (e > b && IsPlainPunct(e - 1)) --e;
      while (b < e && IsPlainPunct(b)) ++b;
      if (e <= b || e - b < 3) continue;
      Quote d;
      Attribute(k, end, &d, &rule);
      if (d.speaker_span.empty() && d.outlet_span.empty()) continue;
      d.direct = false;
      d.span = SpanOf(b, e);
      d.rule = rule;
      out->push_back(std::move(d));
      k = end - 1;
    }
  }

  bool IsPlainPunct(size_t i) const {
    return seq_.items[i].kind == TokenKind::kPunct && !IsQuoteMark(i);
  }
  bool IsComma(size_t i) const {
    return seq_.items[i].kind == TokenKind::kPunct &&
           (seq_.items[i].norm == "," || Raw(i) == "\xD8\x8C");
  }

  const FactsLexicon& lex_;
  const Document& doc_;
  const WordSeq& seq_;
  std::vector<Quoted> quoted_;
  std::vector<int32_t> inside_, open_at_;
  std::vector<size_t> sent_begin_, sent_end_;
  std::vector<bool> used_cue_;
  Speaker last_;
};

}  // namespace

int32_t ActorInSpan(const Document& doc, Span span, EntityType prefer) {
  int32_t best = -1;
  bool best_pref = false;
  if (span.empty()) return -1;
  for (const Mention& m : doc.mentions) {
    if (m.actor < 0 || m.span.end <= span.begin || m.span.begin >= span.end)
      continue;
    const bool pref = m.type == prefer;
    if (pref || !best_pref) {
      best = m.actor;
      best_pref = pref;
    }
  }
  return best;
}

void FindQuotes(const FactsLexicon& lex, const Document& doc,
                const WordSeq& seq, std::vector<Quote>* out) {
  const size_t first = out->size();
  QuoteFinder(lex, doc, seq).Run(out);
  for (size_t i = first; i < out->size(); ++i) {
    Quote& q = (*out)[i];
    q.speaker = ActorInSpan(doc, q.speaker_span, EntityType::kPer);
    q.outlet = ActorInSpan(doc, q.outlet_span, EntityType::kOrg);
  }
}

}  // namespace rasd

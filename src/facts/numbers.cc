#include "facts/numbers.h"

#include <cstdlib>
#include <cstring>

namespace rasd {
namespace {

constexpr std::string_view kWa = "\xD9\x88";  // و

// After "مليون ونصف" the scale is often repeated with the article
// (مليون ونصف المليون): one more item to consume.
size_t SkipRepeatedScale(const FactsLexicon& lex, const WordSeq& seq,
                         size_t pos, uint32_t sentence) {
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  if (pos >= seq.items.size() || seq.items[pos].sentence != sentence)
    return pos;
  const std::string_view w = seq.items[pos].norm;
  if (w.size() <= kAl.size() || w.substr(0, kAl.size()) != kAl) return pos;
  const int32_t row = lex.number_table.Lookup(w.substr(kAl.size()));
  return row >= 0 && lex.numbers[row].kind == NumberKind::kScale ? pos + 1
                                                                 : pos;
}

}  // namespace

bool ParseDigits(std::string_view s, double* value) {
  // A comma followed by exactly three digits groups thousands; any other
  // comma is a decimal comma (2,5). Copied to a stack buffer for strtod.
  char buf[64];
  size_t n = 0;
  if (s.empty() || s.size() >= sizeof buf) return false;
  bool dot = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      buf[n++] = c;
    } else if (c == ',') {
      size_t k = i + 1;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      if (k - i - 1 == 3 && !dot) continue;
      if (dot) return false;
      dot = true;
      buf[n++] = '.';
    } else if (c == '.') {
      if (dot) return false;
      dot = true;
      buf[n++] = '.';
    } else {
      return false;
    }
  }
  buf[n] = '\0';
  char* end = nullptr;
  *value = std::strtod(buf, &end);
  return end == buf + n;
}

bool MatchNumber(const FactsLexicon& lex, const WordSeq& seq, size_t i,
                 NumberMatch* out) {
  double total = 0, group = 0, last_scale = 0;
  bool any = false, group_digits = false;
  size_t pos = i;
  NumberMatch m;
  const uint32_t sentence = i < seq.items.size() ? seq.items[i].sentence : 0;
  while (pos < seq.items.size() && seq.items[pos].sentence == sentence) {
    const SeqItem& it = seq.items[pos];
    // Parts after the first may carry only و as proclitic.
    const bool joined = any && it.proclitics == kWa;
    if (any && !it.proclitics.empty() && !joined) break;
    if (it.kind == TokenKind::kNumber) {
      double v = 0;
      if (!ParseDigits(it.norm, &v)) break;
      if (any && group != 0) break;  // two numbers side by side
      if (any && !joined && last_scale == 0) break;
      group = v;
      group_digits = true;
      m.digits = true;
      m.plain_integer =
          !any && it.norm.find_first_of(".,") == std::string_view::npos;
      any = true;
      ++pos;
    } else if (it.kind == TokenKind::kArabic) {
      const PhraseMatch pm = lex.number_table.Match(seq, pos);
      if (pm.entry < 0) break;
      const FactsLexicon::Number& n = lex.numbers[pm.entry];
      switch (n.kind) {
        case NumberKind::kUnit:
        case NumberKind::kTen:
          if (group_digits || (any && !joined && last_scale == 0)) goto done;
          group += n.value;
          break;
        case NumberKind::kPreteen: {
          const PhraseMatch next = lex.number_table.Match(seq, pos + 1);
          if (next.entry < 0 ||
              lex.numbers[next.entry].kind != NumberKind::kTeen)
            goto done;
          group += n.value + 10;
          ++pos;
          break;
        }
        case NumberKind::kTeen:
          if (group >= 1 && group <= 9 && !group_digits) {
            group += 10;
          } else if (!any) {
            group = 10;
          } else {
            goto done;
          }
          break;
        case NumberKind::kHundred:
          group = (group == 0 ? 1 : group) * 100;
          break;
        case NumberKind::kScale:
          total += (group == 0 ? 1 : group) * n.value;
          group = 0;
          group_digits = false;
          last_scale = n.value;
          m.has_scale = true;
          break;
        case NumberKind::kDual:
          if (group != 0) goto done;
          total += 2 * n.value;
          last_scale = n.value;
          m.has_scale = true;
          break;
        case NumberKind::kFraction: {
          if (joined && last_scale > 0 && group == 0) {
            total += n.value * last_scale;
            pos = SkipRepeatedScale(lex, seq, pos + 1, sentence);
            m.words = true;
            goto done;
          }
          const PhraseMatch next = lex.number_table.Match(seq, pos + 1);
          if (any || next.entry < 0 ||
              (lex.numbers[next.entry].kind != NumberKind::kScale &&
               lex.numbers[next.entry].kind != NumberKind::kHundred))
            goto done;
          group = n.value;
          break;
        }
      }
      any = true;
      m.words = true;
      m.plain_integer = false;
      ++pos;
    } else {
      break;
    }
    // A standalone و continues the number only if a number part follows.
    if (pos + 1 < seq.items.size() && seq.items[pos].norm == kWa &&
        seq.items[pos].kind == TokenKind::kArabic &&
        seq.items[pos + 1].proclitics.empty() &&
        seq.items[pos + 1].sentence == sentence &&
        (seq.items[pos + 1].kind == TokenKind::kNumber ||
         lex.number_table.Match(seq, pos + 1).entry >= 0)) {
      // Re-enter with the next item treated as joined.
      const size_t next = pos + 1;
      const SeqItem& n = seq.items[next];
      double v = 0;
      if (n.kind == TokenKind::kNumber) {
        if (!ParseDigits(n.norm, &v) || group != 0) break;
        group = v;
        group_digits = true;
        m.digits = true;
        m.plain_integer = false;
        pos = next + 1;
        continue;
      }
      const FactsLexicon::Number& w =
          lex.numbers[lex.number_table.Match(seq, next).entry];
      if (w.kind == NumberKind::kFraction && last_scale > 0 && group == 0) {
        total += w.value * last_scale;
        pos = SkipRepeatedScale(lex, seq, next + 1, sentence);
        break;
      }
      if (w.kind == NumberKind::kUnit || w.kind == NumberKind::kTen ||
          w.kind == NumberKind::kHundred) {
        if (group_digits) break;
        group += w.value;
        m.words = true;
        pos = next + 1;
        continue;
      }
      break;
    }
  }
done:
  if (!any) return false;
  m.value = total + group;
  m.end = pos;
  if (m.value <= 0) return false;
  *out = m;
  return true;
}

}  // namespace rasd

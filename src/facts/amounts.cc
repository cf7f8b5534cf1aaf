#include "facts/amounts.h"

#include <string>

#include "facts/numbers.h"

namespace rasd {
namespace {

struct Unit {
  std::string unit;
  std::string rule;
  size_t end = 0;
};

// The currency or unit at item j; the family map resolves bare names.
bool UnitAt(const FactsLexicon& lex, const WordSeq& seq, size_t j,
            uint32_t sentence,
            std::vector<std::pair<std::string, std::string>>* families,
            Unit* u) {
  if (j >= seq.items.size() || seq.items[j].sentence != sentence) return false;
  const PhraseMatch c = lex.currency_table.Match(seq, j);
  const PhraseMatch t = lex.unit_table.Match(seq, j);
  if (c.entry >= 0 && c.words >= t.words) {
    const FactsLexicon::Currency& cur = lex.currencies[c.entry];
    u->end = j + c.words;
    u->rule = "currency:" + cur.form;
    if (!cur.code.empty()) {
      u->unit = cur.code;
      for (auto& [fam, code] : *families) {
        if (fam == cur.family) {
          code = cur.code;
          return true;
        }
      }
      families->emplace_back(cur.family, cur.code);
      return true;
    }
    u->unit = cur.family;
    for (const auto& [fam, code] : *families) {
      if (fam == cur.family) {
        u->unit = code;
        u->rule += " (family " + fam + " -> " + code + ")";
      }
    }
    return true;
  }
  if (t.entry >= 0) {
    u->unit = lex.units[t.entry].unit;
    u->rule = "unit:" + lex.units[t.entry].form;
    u->end = j + t.words;
    return true;
  }
  return false;
}

}  // namespace

void FindAmounts(const FactsLexicon& lex, const Document& doc,
                 const WordSeq& seq, std::vector<Amount>* out) {
  std::vector<std::pair<std::string, std::string>> families;
  const size_t n = seq.items.size();
  const uint32_t start_bits = lex.number_table.Bit() |
                              lex.qualifier_table.Bit() |
                              lex.currency_table.Bit();
  for (size_t i = 0; i < n;) {
    // Cheap gate: an amount starts at a number, a sign or a number word.
    const SeqItem& head = seq.items[i];
    if (head.kind != TokenKind::kNumber && head.kind != TokenKind::kSymbol &&
        !(head.first_of & start_bits)) {
      ++i;
      continue;
    }
    std::string approx;
    size_t start = i;
    const PhraseMatch q = lex.qualifier_table.Match(seq, i);
    if (q.entry >= 0 && !lex.qualifiers[q.entry].date) {
      approx = lex.qualifiers[q.entry].tag;
      start = i + q.words;
    }
    // A currency sign glued before the number: $5, € 300.
    Unit sign;
    bool have_sign = false;
    if (start < n && seq.items[start].kind == TokenKind::kSymbol &&
        UnitAt(lex, seq, start, seq.items[start].sentence, &families, &sign)) {
      have_sign = true;
    }
    const size_t num_at = have_sign ? start + 1 : start;
    NumberMatch num;
    if (num_at >= n ||
        (have_sign && num_at < n &&
         seq.items[num_at].sentence != seq.items[start].sentence) ||
        !MatchNumber(lex, seq, num_at, &num)) {
      ++i;
      continue;
    }
    Unit unit;
    const uint32_t sentence = seq.items[num_at].sentence;
    bool found = have_sign;
    if (have_sign) {
      unit = sign;
      unit.end = num.end;
    } else {
      found = UnitAt(lex, seq, num.end, sentence, &families, &unit);
    }
    if (!found) {
      i = std::max(num.end, i + 1);
      continue;
    }
    Amount a;
    a.span = {seq.items[start].span.begin, seq.items[unit.end - 1].span.end};
    a.value = num.value;
    a.unit = unit.unit;
    a.approx = approx;
    a.rule = std::string(num.digits && num.words ? "number:mixed"
                         : num.digits            ? "number:digits"
                                                 : "number:words") +
             " " + unit.rule;
    if (!approx.empty()) a.rule = "qualifier:" + approx + " " + a.rule;
    out->push_back(std::move(a));
    i = unit.end;
  }
  (void)doc;
}

}  // namespace rasd

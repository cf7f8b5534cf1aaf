#include "facts/amounts.h"

#include <map>
#include <string>

#include "facts/numbers.h"

namespace rasd {
namespace {

struct Unit {
  std::string unit;
  std::string what;
  bool measure = false;
  std::string rule;
  size_t end = 0;
};

// The currency of `family` issued by the country the document's mentions
// name most often (ties: the first in currency_countries.tsv), or "".
std::string DocumentCurrency(const FactsLexicon& lex, const Document& doc,
                             const std::string& family) {
  std::map<std::string_view, int> per_country;
  for (const Mention& m : doc.mentions) {
    if (m.actor < 0 || static_cast<size_t>(m.actor) >= doc.actors.size())
      continue;
    const std::string& c = doc.actors[m.actor].country;
    if (!c.empty()) ++per_country[c];
  }
  std::string best;
  int best_n = 0;
  for (const FactsLexicon::Issuer& is : lex.issuers) {
    if (is.family != family) continue;
    const auto it = per_country.find(is.country);
    if (it != per_country.end() && it->second > best_n) {
      best = is.code;
      best_n = it->second;
    }
  }
  return best;
}

// عام، العام، سنة، السنة (normalised).
bool IsYearWord(std::string_view w) {
  return w == "\xD8\xB9\xD8\xA7\xD9\x85" ||
         w == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85" ||
         w == "\xD8\xB3\xD9\x86\xD9\x87" ||
         w == "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD9\x87";
}

// A currency named with its issuer (الليرة السورية، 5 دنانير كويتية) at an
// item: a bare name of the same family after it is the same currency.
struct NamedCurrency {
  size_t item;
  std::string family, code;
};

// Every currency named with its issuer, in text order, with or without a
// number (تراجعت الليرة السورية إلى 1000 ليرة).
std::vector<NamedCurrency> NamedCurrencies(const FactsLexicon& lex,
                                           const WordSeq& seq) {
  std::vector<NamedCurrency> out;
  const uint32_t bit = lex.currency_table.Bit();
  for (size_t j = 0; j < seq.items.size(); ++j) {
    if (!(seq.items[j].first_of & bit)) continue;
    const PhraseMatch c = lex.currency_table.Match(seq, j);
    if (c.entry < 0) continue;
    const FactsLexicon::Currency& cur = lex.currencies[c.entry];
    if (!cur.code.empty()) out.push_back({j, cur.family, cur.code});
    j += c.words - 1;
  }
  return out;
}

// The currency or unit at item j; a bare name takes the code of the last
// currency of its family named before it.
bool UnitAt(const FactsLexicon& lex, const Document& doc, const WordSeq& seq,
            size_t j, uint32_t sentence,
            const std::vector<NamedCurrency>& named, Unit* u) {
  if (j >= seq.items.size() || seq.items[j].sentence != sentence) return false;
  const PhraseMatch c = lex.currency_table.Match(seq, j);
  const PhraseMatch t = lex.unit_table.Match(seq, j);
  if (c.entry >= 0 && c.words >= t.words) {
    const FactsLexicon::Currency& cur = lex.currencies[c.entry];
    u->end = j + c.words;
    u->rule = "currency:" + cur.form;
    if (!cur.code.empty()) {
      u->unit = cur.code;
      return true;
    }
    u->unit = cur.family;
    const NamedCurrency* last = nullptr;
    for (const NamedCurrency& nc : named) {
      if (nc.item >= j) break;
      if (nc.family == cur.family) last = &nc;
    }
    if (last) {
      u->unit = last->code;
      u->rule += " (family " + last->family + " -> " + last->code + ")";
      return true;
    }
    if (std::string code = DocumentCurrency(lex, doc, cur.family);
        !code.empty()) {
      u->rule += " (family " + cur.family + " -> " + code +
                 ", the document's country)";
      u->unit = std::move(code);
    }
    return true;
  }
  if (t.entry >= 0) {
    u->unit = lex.units[t.entry].unit;
    u->what = lex.units[t.entry].what;
    u->measure = lex.units[t.entry].measure;
    u->rule = "unit:" + lex.units[t.entry].form;
    u->end = j + t.words;
    return true;
  }
  return false;
}

}  // namespace

void FindAmounts(const FactsLexicon& lex, const Document& doc,
                 const WordSeq& seq, std::vector<Amount>* out) {
  const std::vector<NamedCurrency> named = NamedCurrencies(lex, seq);
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
        UnitAt(lex, doc, seq, start, seq.items[start].sentence, named, &sign)) {
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
    // عام 2022 تريليون ريال: a year, then the amount; the year is no count.
    if (!have_sign && num.has_scale && num_at > 0 &&
        seq.items[num_at].kind == TokenKind::kNumber &&
        seq.items[num_at].norm.size() == 4 &&
        seq.items[num_at - 1].sentence == seq.items[num_at].sentence &&
        IsYearWord(seq.items[num_at - 1].norm)) {
      i = num_at + 1;
      continue;
    }
    Unit unit;
    const uint32_t sentence = seq.items[num_at].sentence;
    bool found = have_sign;
    if (have_sign) {
      unit = sign;
      unit.end = num.end;
    } else {
      found = UnitAt(lex, doc, seq, num.end, sentence, named, &unit);
    }
    // فئتي 20 و50 دينارا، بين 10 و20 دولارا: a number joined by و to an
    // amount shares its unit (not a scale: 2 و3 ملايين is left alone).
    if (!found && !num.has_scale && num.digits) {
      size_t k = num.end;
      if (k < n && seq.items[k].sentence == sentence &&
          seq.items[k].norm == "\xD9\x88" /*و*/)
        ++k;
      else if (k >= n || seq.items[k].proclitics != "\xD9\x88")
        k = n;
      NumberMatch second;
      if (k < n && seq.items[k].sentence == sentence &&
          MatchNumber(lex, seq, k, &second) && !second.has_scale &&
          second.digits) {
        Unit shared;
        if (UnitAt(lex, doc, seq, second.end, sentence, named, &shared)) {
          unit = shared;
          unit.end = num.end;
          unit.rule += " (shared with the next number)";
          found = true;
        }
      }
    }
    if (!found || unit.measure) {
      // 100 كيلومتر: a distance is measured, not counted; skip it whole.
      i = std::max(found ? unit.end : num.end, i + 1);
      continue;
    }
    Amount a;
    // To the end of the last token: the segmenter may split a unit's
    // ending off as a pronoun (جنيها → جني + ها).
    a.span = {seq.items[start].span.begin,
              seq.items[unit.end - 1].token_span.end};
    a.value = num.value;
    a.unit = unit.unit;
    a.what = unit.what;
    a.approx = approx;
    a.rule = std::string(num.digits && num.words ? "number:mixed"
                         : num.digits            ? "number:digits"
                                                 : "number:words") +
             " " + unit.rule;
    if (!approx.empty()) a.rule = "qualifier:" + approx + " " + a.rule;
    out->push_back(std::move(a));
    i = unit.end;
  }
}

}  // namespace rasd

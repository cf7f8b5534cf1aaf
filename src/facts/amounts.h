// Amounts: a number (digits, words or both) followed by a currency, a
// percentage mark or a counted thing, or a currency sign before a number
// ($5). A qualifier before the number (نحو، أكثر من) is recorded as
// `approx`, outside the span. A bare family name (دينار، ريال) takes the
// code of the last specific currency of that family in the document
// (دينار ليبي ... 300 دينار → LYD), else the currency of that family
// issued by the country the document names most often (data/facts/
// currency_countries.tsv; needs the actors step), else the family name.
// Thread-safety: pure function over its arguments.
#ifndef RASD_FACTS_AMOUNTS_H_
#define RASD_FACTS_AMOUNTS_H_

#include <vector>

#include "facts/lexicon.h"
#include "facts/word_seq.h"
#include "rasd/document.h"

namespace rasd {

void FindAmounts(const FactsLexicon& lex, const Document& doc,
                 const WordSeq& seq, std::vector<Amount>* out);

}  // namespace rasd

#endif  // RASD_FACTS_AMOUNTS_H_

// Date expressions: month names of every regional series and the Hijri
// calendar, numeric dates, years, weekdays and relative expressions,
// resolved against meta.published (SPEC §1 dates).
//
// Rules, tried at each content word in this order (the first that matches
// wins and its words are consumed):
//   relative   a relative.tsv phrase (أمس، الشهر الماضي)
//   ago        قبل/منذ/بعد + number + time unit (قبل 3 أيام، منذ عامين);
//              بعد N unit من X is anchored to an event: kept, value null
//   day-month  [weekday] day + month [year | الماضي/المقبل/الجاري]
//   month      month [/ month of the same number] [year | الماضي ...]
//   numeric    d/m/y, y/m/d, d-m-y (digits glued by / - .)
//   year       عام/العام/سنة + year, or a bare 4-digit year (not followed by
//              a currency, unit or scale word)
//   weekday    [يوم] weekday [المقبل]: the nearest such day on or before
//              the publication date (after it with المقبل/القادم)
// A qualifier before any of them (منتصف، مطلع، نهاية) becomes `mod` and is
// part of the span. Thread-safety: pure function over its arguments.
#ifndef RASD_FACTS_DATES_H_
#define RASD_FACTS_DATES_H_

#include <vector>

#include "facts/lexicon.h"
#include "facts/word_seq.h"
#include "rasd/document.h"

namespace rasd {

// Appends the dates of `doc` (whose words are in `seq`) to *out.
void FindDates(const FactsLexicon& lex, const Document& doc, const WordSeq& seq,
               std::vector<DateExpr>* out);

}  // namespace rasd

#endif  // RASD_FACTS_DATES_H_

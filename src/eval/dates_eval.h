// Date evaluation on TimeML/TIMEX3 gold (rasd eval dates).
//
// In scope: TIMEX3 of type DATE whose value is a calendar date prefix
// (YYYY, YYYY-MM, YYYY-MM-DD). Out of scope, and listed by category: DATE
// values that are not calendar dates (PAST_REF, PRESENT_REF, FUTURE_REF,
// decades "196", centuries "19", seasons "2015-SU", UNDEF-...), and the
// types DURATION, SET and TIME. System dates that overlap an out-of-scope
// gold expression are neither right nor wrong (not counted).
//
// Span: exact (same begin and end) and overlap matching, P/R/F1 each.
// Value: of the in-scope gold expressions a system date overlaps, the share
// whose value equals the gold value.
#ifndef RASD_EVAL_DATES_EVAL_H_
#define RASD_EVAL_DATES_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "eval/seg_eval.h"
#include "eval/timeml.h"
#include "rasd/pipeline.h"

namespace rasd {

struct DateCase {
  std::string file;
  std::string gold_text, gold_value;  // empty gold = spurious system date
  std::string sys_text, sys_value;    // empty sys = missed
};

struct DateScores {
  Prf exact, overlap;
  uint64_t value_right = 0, value_scored = 0;  // over overlapping pairs
  uint64_t ignored_system = 0;  // system dates on out-of-scope gold
  std::map<std::string, uint64_t> out_of_scope;  // category -> count
  std::vector<DateCase> cases;  // every in-scope gold and spurious date
};

// True for a value "YYYY", "YYYY-MM" or "YYYY-MM-DD".
bool IsCalendarValue(const std::string& v);

// Runs the pipeline on `doc` (published = `dct`) and adds to *scores.
Status ScoreDates(const Pipeline& pipeline, const TimeMlDoc& gold,
                  const std::string& file, const std::string& dct,
                  DateScores* scores);

}  // namespace rasd

#endif  // RASD_EVAL_DATES_EVAL_H_

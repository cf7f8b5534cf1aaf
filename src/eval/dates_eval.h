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
//
// Judged gold: a TSV file (columns file, tid, value, reason) lists gold
// values the project judges wrong, by file name and TIMEX3 tid (no text
// of the data is copied). `value` is the judged right value, "null" for an
// expression that cannot be resolved from the text and its date, or "-"
// for one that is not a date at all. Scores against the judged gold are
// printed beside the raw ones, never instead of them.
#ifndef RASD_EVAL_DATES_EVAL_H_
#define RASD_EVAL_DATES_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "eval/seg_eval.h"
#include "eval/timeml.h"
#include "rasd/pipeline.h"

namespace rasd {

struct JudgedValue {
  std::string value;  // ISO prefix, "null" or "-"
  std::string reason;
};
// Key: file name (no directory) + "#" + tid.
using JudgedValues = std::map<std::string, JudgedValue>;

// Reads a judged-gold TSV file (header "file\ttid\tvalue\treason").
Result<JudgedValues> ReadJudgedValues(const std::string& path);

struct DateCase {
  std::string file;
  std::string gold_text, gold_value;    // empty gold = spurious system date
  std::string sys_text, sys_value;      // empty sys = missed
  const JudgedValue* judged = nullptr;  // the judged gold value, if any
};

struct DateScores {
  Prf exact, overlap;
  uint64_t value_right = 0, value_scored = 0;  // over overlapping pairs
  // The same against the judged gold ("-" items dropped from both).
  uint64_t judged_right = 0, judged_scored = 0, judged_gold = 0;
  uint64_t judged_applied = 0;  // judged entries found in the gold
  uint64_t ignored_system = 0;  // system dates on out-of-scope gold
  std::map<std::string, uint64_t> out_of_scope;  // category -> count
  std::vector<DateCase> cases;  // every in-scope gold and spurious date
};

// True for a value "YYYY", "YYYY-MM" or "YYYY-MM-DD".
bool IsCalendarValue(const std::string& v);

// Runs the pipeline on `doc` (published = `dct`) and adds to *scores;
// `judged` may be null.
Status ScoreDates(const Pipeline& pipeline, const TimeMlDoc& gold,
                  const std::string& file, const std::string& dct,
                  const JudgedValues* judged, DateScores* scores);

}  // namespace rasd

#endif  // RASD_EVAL_DATES_EVAL_H_

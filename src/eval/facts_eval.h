// Date, amount and quote evaluation against a hand-written gold file
// (data/demo/gold/facts.jsonl; format in data/demo/gold/README.md).
//
// A gold amount or quote is located in its document by its text (the n-th
// gold item with the same text is its n-th occurrence). A system item
// matches a gold item when their spans overlap (one-to-one, in order).
// Dates are right when the values agree (both null counts as agreeing);
// a system date left unresolved (null value, relative offset) that no gold
// date overlaps is neither right nor wrong: the gold lists only dates a
// reader can place, the SPEC keeps unresolved offsets.
// Amounts are right when value (to 0.1 %) and unit agree; quotes when the
// speaker, the outlet and direct/indirect agree: the gold speaker/outlet is
// a name that must occur inside the system's phrase (null = no phrase), and
// a gold "anonymous" speaker must be found as anonymous.
#ifndef RASD_EVAL_FACTS_EVAL_H_
#define RASD_EVAL_FACTS_EVAL_H_

#include <string>
#include <vector>

#include "eval/seg_eval.h"
#include "rasd/pipeline.h"

namespace rasd {

struct FactsScores {
  Prf date_span, date_full;  // full: span and value right
  // System dates with a null value and a relative offset (counted from a
  // narrated event) that overlap no gold date: not scored.
  uint64_t date_unresolved_unscored = 0;
  Prf amount_span, amount_full;  // full: span and value and unit right
  Prf quote_span, quote_full;    // full: span, speaker, outlet, direct right
  uint64_t speaker_right = 0, outlet_right = 0, direct_right = 0;
  std::vector<std::string> errors;  // one line per wrong or missed item
};

// Reads the gold file and the corpus (JSONL with id, text, published),
// runs the pipeline on each gold document and scores it.
Status ScoreFacts(const Pipeline& pipeline, const std::string& gold_path,
                  const std::string& corpus_path, FactsScores* scores);

}  // namespace rasd

#endif  // RASD_EVAL_FACTS_EVAL_H_

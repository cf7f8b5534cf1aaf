// Segmentation scoring: system words against gold words, aligned by their
// character spans in the same text (a word counts when both its ends match).
#ifndef RASD_EVAL_SEG_EVAL_H_
#define RASD_EVAL_SEG_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "morph/conllu.h"
#include "rasd/pipeline.h"

namespace rasd {

struct Prf {
  uint64_t tp = 0, system = 0, gold = 0;
  double precision() const { return system ? double(tp) / system : 0; }
  double recall() const { return gold ? double(tp) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SegError {
  std::string sentence_id;
  std::string gold;    // words joined by " "
  std::string system;  // idem
};

// Scores the pipeline's words on the gold sentences; collects up to
// `max_errors` sentences where they differ.
Prf ScoreSegmentation(const Pipeline& pipeline,
                      const std::vector<ConlluSentence>& gold,
                      size_t max_errors, std::vector<SegError>* errors);

}  // namespace rasd

#endif  // RASD_EVAL_SEG_EVAL_H_

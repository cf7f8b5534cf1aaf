// The facts layer's pipeline step, "facts": fills the dates, amounts and
// quotes layers. One step rather than three because all three read the
// same view of the words (WordSeq, with each word's table memberships
// looked up once); the finders stay separate (dates.h, amounts.h,
// quotes.h). The FactsLexicon is loaded from <data_dir>/facts/ when the
// pipeline is built.
#ifndef RASD_FACTS_FACTS_STEPS_H_
#define RASD_FACTS_FACTS_STEPS_H_

#include <memory>

#include "facts/lexicon.h"
#include "pipeline/step.h"

namespace rasd {

std::unique_ptr<const Step> MakeFactsStep(
    std::shared_ptr<const FactsLexicon> lex);

}  // namespace rasd

#endif  // RASD_FACTS_FACTS_STEPS_H_

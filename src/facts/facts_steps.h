// The facts layer's pipeline steps: "dates", "amounts" and "quotes". They
// share one FactsLexicon loaded from <data_dir>/facts/ when the pipeline is
// built, and each fills its own layer of the Document.
#ifndef RASD_FACTS_FACTS_STEPS_H_
#define RASD_FACTS_FACTS_STEPS_H_

#include <memory>
#include <string>

#include "facts/lexicon.h"
#include "pipeline/step.h"

namespace rasd {

std::unique_ptr<const Step> MakeDatesStep(
    std::shared_ptr<const FactsLexicon> lex);
std::unique_ptr<const Step> MakeAmountsStep(
    std::shared_ptr<const FactsLexicon> lex);
std::unique_ptr<const Step> MakeQuotesStep(
    std::shared_ptr<const FactsLexicon> lex);

}  // namespace rasd

#endif  // RASD_FACTS_FACTS_STEPS_H_

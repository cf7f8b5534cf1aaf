// The text-layer pipeline steps: normalise, tokenise, split sentences.
#ifndef RASD_TEXT_TEXT_STEPS_H_
#define RASD_TEXT_TEXT_STEPS_H_

#include <memory>

#include "pipeline/step.h"

namespace rasd {

std::unique_ptr<const Step> MakeNormalizeStep();
std::unique_ptr<const Step> MakeTokenizeStep();
std::unique_ptr<const Step> MakeSentenceStep();

}  // namespace rasd

#endif  // RASD_TEXT_TEXT_STEPS_H_

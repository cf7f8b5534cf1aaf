// The "words" pipeline step: splits each Arabic token into UD syntactic
// words with the segmenter and maps the pieces back to the raw text; other
// tokens are one word each.
#ifndef RASD_MORPH_WORDS_STEP_H_
#define RASD_MORPH_WORDS_STEP_H_

#include <memory>
#include <string>

#include "pipeline/step.h"
#include "rasd/status.h"

namespace rasd {

// Loads the word model at `model_path`.
Result<std::unique_ptr<const Step>> MakeWordsStep(
    const std::string& model_path);

}  // namespace rasd

#endif  // RASD_MORPH_WORDS_STEP_H_

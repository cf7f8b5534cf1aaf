// The "names" pipeline step: tags each sentence's tokens with the learned
// tagger (tagger.h) and appends typed mention spans to doc.mentions.
#ifndef RASD_NER_NER_STEP_H_
#define RASD_NER_NER_STEP_H_

#include <memory>
#include <string>

#include "ner/tagger.h"
#include "pipeline/step.h"
#include "rasd/status.h"

namespace rasd {

// Loads models/ner.bin (+ models/clusters.bin) from `model_dir` and
// ner/triggers.tsv from `data_dir`. `extra` may be empty.
Result<std::unique_ptr<const Step>> MakeNamesStep(
    const std::string& model_dir, const std::string& data_dir,
    ExtraFeatureSource extra = nullptr);

}  // namespace rasd

#endif  // RASD_NER_NER_STEP_H_

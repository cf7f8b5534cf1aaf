// Where the tagger's files live when the caller names no folder: the same
// rule as the pipeline's (rasd/pipeline.h): $RASD_MODEL_DIR / $RASD_DATA_DIR,
// else models/ and data/ of the source tree.
#ifndef RASD_NER_PATHS_H_
#define RASD_NER_PATHS_H_

#include <memory>
#include <string>

#include "ner/tagger.h"

namespace rasd {

std::string NerModelDir(const std::string& given);
std::string NerDataDir(const std::string& given);

// Loads the tagger from <model_dir>/ner.bin, <model_dir>/clusters.bin,
// <model_dir>/gazetteer.bin and <data_dir>/ner/triggers.tsv (empty dirs: the
// defaults above).
Result<std::unique_ptr<NameTagger>> LoadNameTagger(const std::string& model_dir,
                                                   const std::string& data_dir);

}  // namespace rasd

#endif  // RASD_NER_PATHS_H_

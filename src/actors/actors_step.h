// The "actors" pipeline step: knowledge-base matching and in-document
// resolution (actors/resolve.h) into doc.mentions and doc.actors.
#ifndef RASD_ACTORS_ACTORS_STEP_H_
#define RASD_ACTORS_ACTORS_STEP_H_

#include <memory>
#include <string>
#include <vector>

#include "pipeline/step.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

class KnowledgeBase;  // kb/kb.h

// Loads the knowledge base from `data_dir`/kb (if that directory exists)
// and then `options.kb_files` (each a .tsv file or a directory of them;
// later rows override earlier ones with the same key). Names are keyed with
// a word-layer pipeline built from `options` (its `until` is ignored).
Result<std::shared_ptr<const KnowledgeBase>> LoadKnowledgeBase(
    const PipelineOptions& options, const std::string& data_dir);

// The step over `kb`, with the resolver's cues from
// `data_dir`/actors/cues.tsv and given_names.tsv and the transliterator from
// `model_dir`/translit.bin (English names for actors the KB lacks).
Result<std::unique_ptr<const Step>> MakeActorsStep(
    const PipelineOptions& options, const std::string& data_dir,
    const std::string& model_dir, std::shared_ptr<const KnowledgeBase> kb);

}  // namespace rasd

#endif  // RASD_ACTORS_ACTORS_STEP_H_

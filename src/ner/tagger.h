// The named-entity tagger at run time: the model, the lexicons its features
// consult, and the step from a document's word layer to typed mention spans.
//
// Mentions cover the entity's words without leading proclitics or a
// trailing pronoun: لحفتر gives the mention حفتر. Each mention's actor is -1
// (the "actors" step links them; the record writer prints null until then).
// Thread-safety: immutable after Load; every method is reentrant.
#ifndef RASD_NER_TAGGER_H_
#define RASD_NER_TAGGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/lexicons.h"
#include "ner/model.h"
#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

// Fills per-token extra features for a document (see features.h); set by
// whoever builds the step (for instance a knowledge-base matcher).
using ExtraFeatureSource =
    std::function<void(const Document& doc, ExtraFeatures* out)>;

class NameTagger {
 public:
  // Loads `model_path`, the trigger list `triggers_path` and, when the
  // model was trained with them, `clusters_path` and `gazetteer_path`.
  static Result<std::unique_ptr<NameTagger>> Load(
      const std::string& model_path, const std::string& triggers_path,
      const std::string& clusters_path, const std::string& gazetteer_path);
  NameTagger(NerModel model, std::optional<Triggers> triggers,
             std::optional<Clusters> clusters,
             std::optional<Gazetteer> gazetteer = std::nullopt);

  struct Scratch {
    std::vector<uint32_t> words_of;
    std::vector<TokenFacts> facts;
    HostCache hosts;  // valid for one tagger only
    SeqFeatures features;
    NerModel::Scratch decode;
    std::vector<uint8_t> tags;
    // What earlier sentences were tagged (models trained with it): the
    // sentences TagRange tags through one Scratch are read as one stream,
    // numbered from `sentence` on. Clear both for a new document.
    DocMemory memory;
    uint32_t sentence = 0;
  };

  // Tags doc.tokens[begin, end) as one sequence into scratch->tags, the
  // next sentence of scratch's stream. IndexTokenWords(doc,
  // &scratch->words_of) must have been called.
  void TagRange(const Document& doc, uint32_t begin, uint32_t end,
                const ExtraFeatures* extra, Scratch* scratch) const;

  // Tags every sentence of doc and appends its mentions (with scratch
  // space kept per thread, for this tagger).
  void AddMentions(Document* doc, const ExtraFeatures* extra) const;

  const FeatureExtractor& extractor() const { return extractor_; }
  const NerModel& model() const { return model_; }

 private:
  NerModel model_;
  std::optional<Triggers> triggers_;
  std::optional<Clusters> clusters_;
  std::optional<Gazetteer> gazetteer_;
  FeatureExtractor extractor_;
  bool memory_ = false;  // the model reads a DocMemory
  // Tells the per-thread scratch of different taggers apart.
  const uint64_t instance_;
};

// Appends to doc->mentions the entities of `tags` (BIO, by token, for
// tokens [begin, begin + tags.size())), spans trimmed of clitics.
void AppendMentions(const std::vector<uint32_t>& words_of, uint32_t begin,
                    const std::vector<uint8_t>& tags, Document* doc);

}  // namespace rasd

#endif  // RASD_NER_TAGGER_H_

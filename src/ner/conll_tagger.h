// Tagging and scoring CoNLL token files (`rasd tag --format conll`, `rasd
// eval ner`): each sentence goes through the word layer and the tagger
// (aligned.h); an input token takes the tag of its first rasd token, and
// the sequence is repaired to valid BIO (an I- after another type becomes
// B-).
//
// Scoring is CoNLL exact match: an entity counts when its first token, last
// token and type all agree with gold; per type and overall (micro).
// Thread-safety: plain functions and values.
#ifndef RASD_NER_CONLL_TAGGER_H_
#define RASD_NER_CONLL_TAGGER_H_

#include <map>
#include <string>
#include <vector>

#include "ner/aligned.h"
#include "ner/conll.h"
#include "ner/tagger.h"
#include "ner/tags.h"
#include "rasd/pipeline.h"

namespace rasd {

// Tags one sentence; *tags gets one native tag per input token.
Status TagConllSentence(const Pipeline& words_pipeline,
                        const NameTagger& tagger, const ConllSentence& s,
                        AlignedSentence* aligned, NameTagger::Scratch* scratch,
                        std::vector<uint8_t>* tags);

struct EntityCounts {
  uint64_t tp = 0, system = 0, gold = 0;
  double precision() const { return system ? double(tp) / system : 0; }
  double recall() const { return gold ? double(tp) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct NerScore {
  EntityCounts overall;
  std::map<std::string, EntityCounts> by_type;
  // Adds one sentence's gold and system tag strings (same length).
  void Add(const std::vector<std::string>& gold,
           const std::vector<std::string>& system);
};

}  // namespace rasd

#endif  // RASD_NER_CONLL_TAGGER_H_

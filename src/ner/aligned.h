// A CoNLL sentence as a rasd document: the tokens joined by single spaces
// are analysed up to the word layer, and each input token is mapped to the
// rasd tokens inside it (an input token is one or more rasd tokens; one with
// only invisible marks has none). Training, `rasd tag` and `rasd eval ner`
// all see a sentence this way, so the tagger runs on the same units it
// meets in documents.
// Thread-safety: plain functions.
#ifndef RASD_NER_ALIGNED_H_
#define RASD_NER_ALIGNED_H_

#include <cstdint>
#include <vector>

#include "ner/conll.h"
#include "rasd/document.h"
#include "rasd/pipeline.h"

namespace rasd {

struct AlignedSentence {
  Document doc;
  std::vector<int32_t> first_token;  // by input token: first rasd token, -1
  std::vector<int32_t> input_of;     // by rasd token: its input token
};

// `pipeline` must stop at "words" (or later). Reuses out->doc's buffers.
Status AlignSentence(const Pipeline& pipeline, const ConllSentence& sentence,
                     AlignedSentence* out);

}  // namespace rasd

#endif  // RASD_NER_ALIGNED_H_

// Learning the transliteration model from name pairs (the train split only):
// letters.h turns each pair into normalised Arabic letters and an English
// training form, align.h aligns them letter by letter, and the aligned
// graphones feed the n-gram estimate of ngram.h.
#ifndef RASD_TRANSLIT_TRAIN_TRANSLIT_H_
#define RASD_TRANSLIT_TRAIN_TRANSLIT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "translit/align.h"
#include "translit/model_file.h"
#include "translit/name_pairs.h"

namespace rasd {

struct TranslitTrainOptions {
  uint32_t order = 4;
  int iterations = 5;      // EM rounds
  uint32_t min_count = 2;  // n-grams of order >= 3 seen fewer times are cut
};

struct TranslitTrainStats {
  size_t pairs = 0;    // train-split pairs read
  size_t used = 0;     // pairs turned into letter pairs
  size_t aligned = 0;  // letter pairs the aligner could align
};

// The training form of one pair, as words; false when it is not usable
// (non-ASCII English, differing word counts, no letters).
bool TrainingWords(const NamePair& pair, std::vector<LetterPair>* out);

TranslitModelData TrainTransliterator(const std::vector<NameDataset>& data,
                                      const TranslitTrainOptions& options,
                                      TranslitTrainStats* stats);

}  // namespace rasd

#endif  // RASD_TRANSLIT_TRAIN_TRANSLIT_H_

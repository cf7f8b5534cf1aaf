// Training the word-layer model (`rasd train seg`): the lexicon is counted
// from unlabelled news, the segmenter's weights are learned from words whose
// segmentation is known.
#ifndef RASD_MORPH_TRAIN_SEG_H_
#define RASD_MORPH_TRAIN_SEG_H_

#include <string>
#include <vector>

#include "morph/conllu.h"
#include "morph/model_file.h"
#include "morph/segmenter.h"
#include "rasd/status.h"

namespace rasd {

// A normalised word and its gold split.
struct SegExample {
  std::string word;
  bool ta_marbuta = false;  // the raw word ends in ة
  Split split;
};

// Counts normalised Arabic tokens over every document the inputs hold;
// keeps words seen at least `min_count` times. Reports input errors through
// `on_error` and carries on.
Status CountLexicon(const std::vector<std::string>& inputs, uint32_t min_count,
                    WordModelData* model, uint64_t* documents,
                    std::vector<std::string>* words = nullptr);

// Training words from gold CoNLL-U sentences (UD scheme): each Arabic
// token of the rebuilt text whose gold words are proclitic letters, one host
// and at most one pronoun becomes an example. Sentences whose index i has
// i % folds == hold_out are skipped (folds 0: none), so one fold can be
// scored by `rasd eval seg --fold` without having been trained on.
void ExamplesFromConllu(const std::vector<ConlluSentence>& sentences, int folds,
                        int hold_out, std::vector<SegExample>* out);

// Counts, for every host form a candidate split of a lexicon word yields
// behind a clitic, how many distinct lexicon words yield it (the model's
// `variants` table).
void CountVariants(const std::vector<std::string>& words, WordModelData* model);

// Caches the trained segmenter's analysis (split and host stem) of every
// lexicon word in model->splits, so that known words cost one lookup.
void CacheDecisions(const std::vector<std::string>& words,
                    WordModelData* model);

// Reads Farasa-style segmented words ("و+ال+مكتب+ات<TAB>CONJ+DET+NOUN+NSUFF",
// one per line, header first) and maps them to the UD scheme: leading
// CONJ/PREP/FUT_PART clitics split, DET and inflectional suffixes kept on the
// host, a final PRON split when it is an object/possessive pronoun.
Result<std::vector<SegExample>> ReadFarasaSegmentation(const std::string& path);

// The same file as gold sentences for `rasd eval seg`: words rebuilt with
// their UD forms (a token's words touch, tokens are separated by a space),
// a sentence ending at each . ؟ !
Result<std::vector<ConlluSentence>> ReadFarasaAsConllu(const std::string& path);

// Learns weights by an averaged perceptron over `examples` (the model's
// counts must be set); replaces model->weights.
void TrainSegmenter(const std::vector<SegExample>& examples, int epochs,
                    WordModelData* model);

}  // namespace rasd

#endif  // RASD_MORPH_TRAIN_SEG_H_

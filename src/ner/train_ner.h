// Training the tagger: an averaged structured perceptron (Collins 2002) with
// first-order Viterbi over BIO tags, on CoNLL corpora mapped to the native
// types by data/ner/tagmap.tsv.
//
// Why a perceptron: with hashed features it trains in seconds per epoch on
// 700k tokens on one core, its model is one array (loads in one read), and
// on NER it comes within a point or two of a CRF trained far longer.
//
// Places of unknown kind (ANERcorp's and AQMAR's LOC, "PLACE" in the tag
// map) are typed from evidence: a head noun in the trigger list (نهر →
// LOC, مطار → FAC, مدينة → GPE), else how WikiFANE types the same words
// (its fine types say country/city vs. region vs. facility), else GPE, the
// commonest kind of place in news.
//
// With gazetteer features, the trainer first counts the evidence (see
// NerTrainOptions), then extracts each sentence's features with the
// gazetteer its fold may see.
// Thread-safety: single-threaded.
#ifndef RASD_NER_TRAIN_NER_H_
#define RASD_NER_TRAIN_NER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kb/kb.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "ner/tagger.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

struct NerCorpus {
  std::string name;  // its tag map column: anercorp, aqmar, wikifane, native
  std::string path;  // a CoNLL file or a folder of them (*.txt, sorted)
  // Evidence only: its typed places inform the typing of PLACE labels in
  // the other corpora, but its sentences are not trained on.
  bool evidence_only = false;
};

struct NerTrainOptions {
  std::vector<NerCorpus> corpora;
  std::string tagmap_path;
  int epochs = 10;
  uint32_t bits = 20;
  // Hold out every dev_every-th sentence of the first corpus as a dev set
  // and print its F1 after each epoch (0: no dev set).
  int dev_every = 0;
  // Or hold out the last dev_tail percent of the first corpus's sentences:
  // other documents than the training part, so names repeat less and the
  // figure is closer to an unseen test set's.
  int dev_tail = 0;
  uint64_t seed = 1;
  ExtraFeatureSource extra;
  // Gazetteer features (gazetteer.h), when `gazetteer` is set. Evidence
  // comes from `gaz_corpora` (counted, never trained on), from the words
  // of the names in `kb` (may be null), and from the training corpora
  // themselves, jackknifed: with gaz_folds = K each training corpus is cut
  // into K runs of consecutive sentences (whole articles, mostly), and the
  // sentences of one run see the counts of the other runs only. 0: the
  // training corpora give no evidence. Dev sentences are never counted.
  bool gazetteer = false;
  std::vector<NerCorpus> gaz_corpora;
  int gaz_folds = 0;
  const KnowledgeBase* kb = nullptr;
  // Document memory features (doc_memory.h): the tags a first-stage model
  // gives the sentences before, that model jackknifed over memory_folds
  // runs so that its tags have the errors of a model at run time.
  bool memory = false;
  int memory_folds = 5;
  // Out: the gazetteer over all the evidence, to ship with the model.
  Gazetteer* gazetteer_out = nullptr;
};

// Reads the corpora, trains and returns the averaged model. `log` gets one
// line per stage and epoch. `triggers` and `clusters` may be null.
Result<NerModel> TrainNer(const NerTrainOptions& options,
                          const Pipeline& words_pipeline,
                          const Triggers* triggers, const Clusters* clusters,
                          const std::function<void(const std::string&)>& log);

}  // namespace rasd

#endif  // RASD_NER_TRAIN_NER_H_

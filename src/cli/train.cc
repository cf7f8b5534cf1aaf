// rasd train seg: learns the word-layer model (lexicon + segmenter weights).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/ner_commands.h"
#include "morph/train_seg.h"

namespace rasd::cli {
namespace {

struct TrainSegFlags {
  std::vector<std::string> news;
  std::vector<std::string> gold;
  std::string hold_out;  // "K/N"

  std::string out = "models/words.bin";
  uint32_t min_count = 2;
  int epochs = 20;
  Verbosity verbosity;
};

int RunTrainSeg(const TrainSegFlags& f) {
  SetUpLogging(f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  WordModelData model;
  uint64_t docs = 0;
  std::vector<std::string> words;
  Status s = CountLexicon(f.news, f.min_count, &model, &docs, &words);
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  spdlog::info(
      "lexicon: {} words seen at least {} times in {} documents ({:.1f} s)",
      model.counts.size(), f.min_count, docs, SecondsSince(start));
  int fold = 0, folds = 0;
  if (!f.hold_out.empty() && !ParseFold(f.hold_out, &fold, &folds)) {
    spdlog::error("--hold-out {}: expected K/N with 0 <= K < N", f.hold_out);
    return kExitUsage;
  }
  std::vector<SegExample> examples;
  for (const std::string& path : f.gold) {
    const size_t before = examples.size();
    if (path.ends_with(".conllu")) {
      Result<std::vector<ConlluSentence>> sentences = ReadConllu(path);
      if (!sentences.ok()) {
        spdlog::error("{}", sentences.status().message());
        return kExitBadInput;
      }
      ExamplesFromConllu(*sentences, folds, fold, &examples);
    } else {
      Result<std::vector<SegExample>> gold = ReadFarasaSegmentation(path);
      if (!gold.ok()) {
        spdlog::error("{}", gold.status().message());
        return kExitBadInput;
      }
      examples.insert(examples.end(), gold->begin(), gold->end());
    }
    spdlog::info("{}: {} segmented words", path, examples.size() - before);
  }
  CountVariants(words, &model);
  TrainSegmenter(examples, f.epochs, &model);
  CacheDecisions(words, &model);
  model.card = {
      "rasd word model: lexicon of normalised word counts (hashes only) + "
      "segmenter weights",
      fmt::format(
          "lexicon: {} documents from the inputs given to rasd train seg",
          docs),
      "segmenter: averaged perceptron, " + std::to_string(f.epochs) + " epochs",
  };
  for (const std::string& g : f.gold) model.card.push_back("gold: " + g);
  if (!f.hold_out.empty())
    model.card.push_back(
        "held out of CoNLL-U gold: sentences i % N == K, K/N = " + f.hold_out);
  for (const std::string& n : f.news) model.card.push_back("news input: " + n);
  s = WriteWordModel(f.out, model);
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  spdlog::info(
      "wrote {} ({} counts, {} weights, {} cached decisions) in {:.1f} s",
      f.out, model.counts.size(), model.weights.size(), model.splits.size(),
      SecondsSince(start));
  return kExitOk;
}

}  // namespace

Runner SetUpTrain(CLI::App* sub) {
  auto f = std::make_shared<TrainSegFlags>();
  sub->require_subcommand(1);
  CLI::App* seg =
      sub->add_subcommand("seg", "Learn the clitic segmenter's model");
  seg->footer(
      R"(The lexicon counts normalised words in unlabelled news (any input rasd
reads); the weights are learned from Farasa-style segmented words mapped to
the UD scheme. Only word hashes are stored in the model.

Example:
  rasd train seg --news ../shared/data/news/ant_multisource_4outlets.tar.gz \
      ../shared/data/news/ant_jawharafm.tar.gz \
      --gold ../shared/data/seg/farasa_wikinews/WikiNews.pos.ref --out models/words.bin

Cross-validation: train with --hold-out K/N and score with
  rasd eval seg GOLD.conllu --fold K/N   (scripts/cv_seg.sh runs all folds)
)");
  seg->add_option("--news", f->news, "Unlabelled news for the lexicon")
      ->required();
  seg->add_option("--gold", f->gold,
                  "Segmented words: Farasa format, or UD CoNLL-U (*.conllu)")
      ->required();
  seg->add_option("--hold-out", f->hold_out,
                  "K/N: leave CoNLL-U sentences with index % N == K out of "
                  "training (score them with rasd eval seg --fold K/N)");
  seg->add_option("--out", f->out, "Model file to write")
      ->default_str("models/words.bin");
  seg->add_option("--min-count", f->min_count, "Keep words seen this often")
      ->default_str("2");
  seg->add_option("--epochs", f->epochs, "Perceptron epochs")
      ->default_str("20");
  AddVerbosityOptions(seg, &f->verbosity);
  const Runner translit = SetUpTrainTranslit(sub->add_subcommand(
      "translit", "Learn the Arabic-to-English name transliteration model"));
  CLI::App* ner = sub->add_subcommand(
      "ner", "Learn the named-entity tagger from CoNLL corpora");
  Runner run_ner = SetUpTrainNer(ner);
  CLI::App* clusters = sub->add_subcommand(
      "clusters", "Learn word clusters from unlabelled news (NER features)");
  Runner run_clusters = SetUpTrainClusters(clusters);
  return [f, seg, translit, ner, run_ner, clusters, run_clusters] {
    if (ner->parsed()) return run_ner();
    if (clusters->parsed()) return run_clusters();
    return seg->parsed() ? RunTrainSeg(*f) : translit();
  };
}

}  // namespace rasd::cli

// rasd train translit: learns the name transliteration model.
#include "translit/train_translit.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "translit/translit.h"

namespace rasd::cli {
namespace {

struct TrainTranslitFlags {
  std::vector<std::string> inputs{"../shared/data/translit"};
  std::string out = "models/translit.bin";
  std::string fixed;
  TranslitTrainOptions options;
  Verbosity verbosity;
};

int RunTrainTranslit(const TrainTranslitFlags& f) {
  SetUpLogging(f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  Result<std::vector<NameDataset>> data = ReadNameDatasets(f.inputs);
  if (!data.ok()) {
    spdlog::error("{}", data.status().message());
    return kExitBadInput;
  }
  TranslitTrainStats stats;
  TranslitModelData model = TrainTransliterator(*data, f.options, &stats);
  spdlog::info(
      "{} train-split pairs, {} usable, {} aligned; {} graphones, {} n-grams "
      "({:.1f} s)",
      stats.pairs, stats.used, stats.aligned, model.graphones.size(),
      model.ngrams.size(), SecondsSince(start));
  const std::string fixed = f.fixed.empty() ? DefaultFixedWordsPath() : f.fixed;
  if (fixed != "none") {
    Status fs = ReadFixedWords(fixed, &model);
    if (!fs.ok()) {
      spdlog::error("{}", fs.message());
      return kExitBadInput;
    }
  }
  model.card = {
      "rasd transliteration model: graphone (joint-sequence) n-gram model",
      fmt::format("order {}, EM rounds {}, min count {}; train split only "
                  "(hash of the normalised Arabic, 80%)",
                  f.options.order, f.options.iterations, f.options.min_count),
  };
  model.card.push_back(
      fmt::format("fixed words: {} from {}", model.fixed.size(), fixed));
  for (const NameDataset& d : *data)
    model.card.push_back(
        fmt::format("data: {} ({} pairs)", d.name, d.pairs.size()));
  Status s = WriteTranslitModel(f.out, model);
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  spdlog::info("wrote {} in {:.1f} s", f.out, SecondsSince(start));
  return kExitOk;
}

}  // namespace

Runner SetUpTrainTranslit(CLI::App* sub) {
  auto f = std::make_shared<TrainTranslitFlags>();
  sub->footer(
      R"(Inputs are folders of Arabic-English name pairs (the layouts of
../shared/data/translit: anetac, google_ar2en, wikidata_names_en_ar, or a
folder holding them) or TSV files arabic<TAB>english. Only the train split is
used: pairs are split 80/10/10 by a hash of the normalised Arabic.

Example:
  rasd train translit --out models/translit.bin ../shared/data/translit
)");
  sub->add_option("inputs", f->inputs, "Name-pair folders or TSV files")
      ->default_str("../shared/data/translit");
  sub->add_option("--out", f->out, "Model file to write")
      ->default_str("models/translit.bin");
  sub->add_option("--fixed", f->fixed,
                  "Words with a fixed spelling, or 'none' (default: "
                  "data/translit/fixed_words.tsv)");
  sub->add_option("--order", f->options.order, "Graphone n-gram order (1-4)")
      ->check(CLI::Range(1, 4))
      ->default_str("4");
  sub->add_option("--iterations", f->options.iterations, "EM rounds")
      ->check(CLI::Range(1, 50))
      ->default_str("5");
  sub->add_option("--min-count", f->options.min_count,
                  "Drop 3- and 4-grams seen fewer times")
      ->default_str("2");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunTrainTranslit(*f); };
}

}  // namespace rasd::cli

// rasd eval translit: character error rate and exact match of the learned
// transliteration (or the hand-written baseline) on a split of the name data.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "translit/char_map.h"
#include "translit/evaluate.h"
#include "translit/translit.h"

namespace rasd::cli {
namespace {

// CPU seconds used by this thread: the speed figure should not depend on
// what else the machine is running.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct EvalTranslitFlags {
  std::vector<std::string> inputs{"../shared/data/translit"};
  std::string model;
  std::string split = "test";
  bool baseline = false;
  int show_errors = 0;
  Verbosity verbosity;
};

int RunEvalTranslit(const EvalTranslitFlags& f) {
  SetUpLogging(f.verbosity);
  NameSplit split;
  if (!ParseNameSplit(f.split, &split)) {
    spdlog::error("--split must be train, dev or test, not '{}'", f.split);
    return kExitUsage;
  }
  Result<std::vector<NameDataset>> data = ReadNameDatasets(f.inputs);
  if (!data.ok()) {
    spdlog::error("{}", data.status().message());
    return kExitBadInput;
  }
  std::function<std::string(std::string_view)> spell;
  std::unique_ptr<const Transliterator> model;
  std::unique_ptr<const CharMapTransliterator> map;
  double load_ms = 0;
  if (f.baseline) {
    Result<std::unique_ptr<const CharMapTransliterator>> m =
        CharMapTransliterator::Load(DefaultCharMapPath());
    if (!m.ok()) {
      spdlog::error("{}", m.status().message());
      return kExitBadInput;
    }
    map = std::move(m).value();
    spell = [&](std::string_view a) { return map->ToEnglish(a); };
  } else {
    const auto start = std::chrono::steady_clock::now();
    Result<std::unique_ptr<const Transliterator>> t = Transliterator::Load(
        f.model.empty() ? DefaultTranslitModelPath() : f.model);
    if (!t.ok()) {
      spdlog::error("{}", t.status().message());
      return kExitBadInput;
    }
    load_ms = 1000 * SecondsSince(start);
    model = std::move(t).value();
    spell = [&](std::string_view a) { return model->ToEnglish(a); };
  }
  fmt::print("system     {}\n", f.baseline
                                    ? "baseline (data/translit/char_map.tsv)"
                                    : "learned model");
  fmt::print("split      {}\n", f.split);
  fmt::print("{:<24} {:>7} {:>8} {:>8}\n", "dataset", "items", "CER%",
             "exact%");
  TranslitScore total;
  double seconds = 0, cpu_seconds = 0;
  size_t shown = 0;
  for (const NameDataset& d : *data) {
    const std::vector<TranslitItem> items = ItemsOf(d, split);
    std::vector<std::string> outputs(items.size());
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = ThreadCpuSeconds();
    for (size_t i = 0; i < items.size(); ++i)
      outputs[i] = spell(items[i].arabic);
    cpu_seconds += ThreadCpuSeconds() - cpu_start;
    seconds += SecondsSince(start);
    TranslitScore score;
    for (size_t i = 0; i < items.size(); ++i) {
      const size_t before = score.exact;
      ScoreItem(outputs[i], items[i], &score);
      if (score.exact == before && shown < static_cast<size_t>(f.show_errors)) {
        ++shown;
        fmt::print("# {}  system: {}  gold: {}\n", items[i].arabic, outputs[i],
                   fmt::join(items[i].refs, " | "));
      }
    }
    fmt::print("{:<24} {:>7} {:>8.2f} {:>8.2f}\n", d.name, score.items,
               100 * score.cer(), 100 * score.accuracy());
    total.Add(score);
  }
  fmt::print("{:<24} {:>7} {:>8.2f} {:>8.2f}\n", "overall", total.items,
             100 * total.cer(), 100 * total.accuracy());
  if (!f.baseline) fmt::print("load       {:.0f} ms\n", load_ms);
  if (seconds > 0 && cpu_seconds > 0)
    fmt::print(
        "speed      {:.0f} names/s of CPU time, {:.0f} names/s of wall "
        "time (one thread)\n",
        total.items / cpu_seconds, total.items / seconds);
  fmt::print("exact {:.2f}\n", 100 * total.accuracy());
  fmt::print("CER {:.2f}\n", 100 * total.cer());
  return kExitOk;
}

}  // namespace

Runner SetUpEvalTranslit(CLI::App* sub) {
  auto f = std::make_shared<EvalTranslitFlags>();
  sub->footer(
      R"(Scores each dataset's split (by a hash of the normalised Arabic; the model
trains on "train" only): character error rate = edit distance / reference
length, case, spaces and hyphens ignored, closest reference when an Arabic
spelling has several; exact match in percent. Last line "CER <percent>".

Example:
  rasd eval translit ../shared/data/translit
  rasd eval translit --baseline ../shared/data/translit
)");
  sub->add_option("inputs", f->inputs, "Name-pair folders or TSV files")
      ->default_str("../shared/data/translit");
  sub->add_option("--model", f->model,
                  "Model file (default: models/translit.bin)");
  sub->add_option("--split", f->split, "train, dev or test")
      ->default_str("test");
  sub->add_flag("--baseline", f->baseline,
                "Score the hand-written character map instead");
  sub->add_option("--show-errors", f->show_errors,
                  "Print up to N names spelled differently from the data");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunEvalTranslit(*f); };
}

}  // namespace rasd::cli

// rasd eval: scores the system on gold files.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/eval_facts.h"
#include "eval/seg_eval.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct EvalSegFlags {
  std::string gold;
  int show_errors = 0;
  Verbosity verbosity;
};

int RunEvalSeg(const EvalSegFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::vector<ConlluSentence>> gold = ReadConllu(f.gold);
  if (!gold.ok()) {
    spdlog::error("{}", gold.status().message());
    return kExitBadInput;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  std::vector<SegError> errors;
  const Prf prf = ScoreSegmentation(
      **pipeline, *gold, static_cast<size_t>(f.show_errors), &errors);
  for (const SegError& e : errors) {
    fmt::print("# {}\n  gold:   {}\n  system: {}\n", e.sentence_id, e.gold,
               e.system);
  }
  fmt::print("sentences  {}\n", gold->size());
  fmt::print("words      gold {}  system {}  correct {}\n", prf.gold,
             prf.system, prf.tp);
  fmt::print("precision  {:.2f}\nrecall     {:.2f}\n", 100 * prf.precision(),
             100 * prf.recall());
  fmt::print("F1 {:.2f}\n", 100 * prf.f1());
  return kExitOk;
}

}  // namespace

Runner SetUpEval(CLI::App* sub) {
  auto f = std::make_shared<EvalSegFlags>();
  sub->require_subcommand(1);
  CLI::App* seg = sub->add_subcommand(
      "seg", "Word segmentation against a gold CoNLL-U file");
  seg->footer(
      R"(The text is rebuilt from the gold forms and SpaceAfter=No; system words are
aligned to gold words by character span. Prints precision, recall and F1 (in
percent), last line "F1 <number>".

Example:
  rasd eval seg ../shared/data/seg/ud_pud/ar_pud-dev-first500.conllu
)");
  seg->add_option("gold", f->gold, "Gold CoNLL-U file")->required();
  seg->add_option("--show-errors", f->show_errors,
                  "Print up to N sentences that differ");
  AddVerbosityOptions(seg, &f->verbosity);
  const SubRunner dates = SetUpEvalDates(sub);
  const SubRunner facts = SetUpEvalFacts(sub);
  return [f, dates, facts] {
    if (dates.app->parsed()) return dates.run();
    if (facts.app->parsed()) return facts.run();
    return RunEvalSeg(*f);
  };
}

}  // namespace rasd::cli

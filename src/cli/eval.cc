// rasd eval: scores the system on gold files.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/eval_facts.h"
#include "cli/ner_commands.h"
#include "eval/seg_eval.h"
#include "morph/train_seg.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct EvalSegFlags {
  std::string gold;
  int show_errors = 0;
  std::string fold;  // "K/N"

  Verbosity verbosity;
};

int RunEvalSeg(const EvalSegFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::vector<ConlluSentence>> gold = f.gold.ends_with(".conllu")
                                                 ? ReadConllu(f.gold)
                                                 : ReadFarasaAsConllu(f.gold);
  if (!gold.ok()) {
    spdlog::error("{}", gold.status().message());
    return kExitBadInput;
  }
  if (!f.fold.empty()) {
    int k = 0, n = 0;
    if (!ParseFold(f.fold, &k, &n)) {
      spdlog::error("--fold {}: expected K/N with 0 <= K < N", f.fold);
      return kExitUsage;
    }
    std::vector<ConlluSentence> kept;
    for (size_t i = 0; i < gold->size(); ++i)
      if (static_cast<int>(i % n) == k) kept.push_back(std::move((*gold)[i]));
    *gold = std::move(kept);
  }
  Result<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create({.until = "words"});
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
  // (gold: CoNLL-U, or Farasa-style segmented words mapped to UD)
  seg->add_option("--fold", f->fold,
                  "K/N: score only sentences with index % N == K (the fold "
                  "rasd train seg --hold-out K/N left out)");
  seg->add_option("--show-errors", f->show_errors,
                  "Print up to N sentences that differ");
  AddVerbosityOptions(seg, &f->verbosity);
  const Runner translit = SetUpEvalTranslit(sub->add_subcommand(
      "translit", "Name transliteration: character error rate, exact match"));
  CLI::App* ner = sub->add_subcommand(
      "ner", "Named entities against a gold CoNLL file (entity F1)");
  Runner run_ner = SetUpEvalNer(ner);
  const SubRunner dates = SetUpEvalDates(sub);
  const SubRunner facts = SetUpEvalFacts(sub);
  const SubRunner events = SetUpEvalEvents(sub);
  return [f, seg, translit, ner, run_ner, dates, facts, events] {
    if (ner->parsed()) return run_ner();
    if (events.app->parsed()) return events.run();
    if (dates.app->parsed()) return dates.run();
    if (facts.app->parsed()) return facts.run();
    return seg->parsed() ? RunEvalSeg(*f) : translit();
  };
}

}  // namespace rasd::cli

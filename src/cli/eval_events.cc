// rasd eval events: PLOVER events against UniversalPetrarch validation XML
// or a rasd JSONL gold file (data/demo/gold/events.jsonl).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/common.h"
#include "cli/eval_facts.h"
#include "eval/events_eval.h"
#include "events/lexicon.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct EvalEventsFlags {
  std::string gold;
  std::string corpus = "data/demo/corpus.jsonl";
  bool show_errors = false;
  bool why = false;
  float min_confidence = 0.f;
  Verbosity verbosity;
};

void Row(const std::string& name, const Prf& p) {
  fmt::print(
      "{:<12} gold {:>4}  system {:>4}  match {:>4}  P {:6.2f}  R {:6.2f}  F1 "
      "{:6.2f}\n",
      name, p.gold, p.system, p.tp, 100 * p.precision(), 100 * p.recall(),
      100 * p.f1());
}

int RunEvalEvents(const EvalEventsFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  // --why and --show-errors tell a trigger word rasd does not list from
  // one it lists.
  std::unique_ptr<const EventLexicon> lex;
  if (f.why || f.show_errors) {
    auto loaded = EventLexicon::Load(DataDir() + "/events");
    if (!loaded.ok()) {
      spdlog::error("{}", loaded.status().message());
      return kExitBadInput;
    }
    lex = std::move(loaded).value();
  }
  EventScores sc;
  sc.min_confidence = f.min_confidence;
  const bool xml = f.gold.ends_with(".xml");
  Status s =
      xml ? ScoreEventsPetrarch(**pipeline, f.gold, &sc)
          : ScoreEventsJsonl(**pipeline, f.gold, f.corpus, &sc, lex.get());
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  if (f.show_errors)
    for (const std::string& e : sc.errors) fmt::print("# {}\n", e);
  fmt::print("{} {}\n", xml ? "sentences" : "documents", sc.units);
  for (const auto& [type, prf] : sc.by_type) Row(type, prf);
  Row("type only", sc.type);
  Row("triples", sc.triple);
  if (f.why)
    for (const auto& [cause, n] : sc.why)
      fmt::print("why {:>5}  {}\n", n, cause);
  fmt::print("F1 {:.2f}\n", 100 * sc.triple.f1());
  return kExitOk;
}

}  // namespace

SubRunner SetUpEvalEvents(CLI::App* eval) {
  auto f = std::make_shared<EvalEventsFlags>();
  CLI::App* sub = eval->add_subcommand(
      "events", "PLOVER events: (type, actor, recipient) P/R/F1");
  sub->footer(
      R"(Gold: UniversalPetrarch validation XML (*.xml; only the types its <Include>
names are scored, actors match the gold source/target text when they share a
word) or rasd JSONL (data/demo/gold/events.jsonl, actors compared by key; the
format is in data/demo/gold/README.md). Prints a row per PLOVER type
(triples), type-only and triple P/R/F1; last line "F1 <triple F1>".
--why adds, before it, one line per cause of error with its count: whether
the trigger vocabulary, the actors found or the choice among them is at
fault. With JSONL gold, an event missed for want of any event of its type
is counted by its gold trigger word: not listed in data/events/triggers.tsv,
listed for another type, or listed for its type but no event kept (a rule
or a missing argument dropped it). It prints no text, so it may be run on a
held-out set.

Examples:
  rasd eval events data/demo/gold/events.jsonl
  rasd eval events ../shared/data/events/universalpetrarch_arabic/gold-dev.xml
  rasd eval events data/demo/gold/events.jsonl --why
  rasd eval events data/demo/gold/events.jsonl --min-confidence 0.5
)");
  sub->add_option("gold", f->gold, "Gold file (.xml or .jsonl)")->required();
  sub->add_option("--corpus", f->corpus,
                  "Corpus JSONL with the documents (JSONL gold only)")
      ->default_str("data/demo/corpus.jsonl");
  sub->add_flag("--show-errors", f->show_errors,
                "Print each missed event, with why, and each spurious one");
  sub->add_flag("--why", f->why,
                "Count the errors by cause (no event of the type, a party "
                "the document's actors never name, arguments chosen "
                "differently); counts only, no text");
  sub->add_option("--min-confidence", f->min_confidence,
                  "Score only the events whose confidence (the share of such "
                  "events audits found right) is at least this")
      ->check(CLI::Range(0.0, 1.0));
  AddVerbosityOptions(sub, &f->verbosity);
  return {sub, [f] { return RunEvalEvents(*f); }};
}

}  // namespace rasd::cli

// rasd eval ner: CoNLL exact-match entity precision, recall and F1 of the
// tagger on a gold token file, per type and overall.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/common.h"
#include "cli/ner_commands.h"
#include "ner/conll_tagger.h"
#include "ner/paths.h"

namespace rasd::cli {
namespace {

struct EvalNerFlags {
  std::string gold;
  std::string tagset = "auto";
  std::string model_dir, data_dir;
  Verbosity verbosity;
};

int RunEvalNer(const EvalNerFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::vector<ConllSentence>> gold = ReadConllFile(f.gold);
  if (!gold.ok()) {
    spdlog::error("{}", gold.status().message());
    return kExitBadInput;
  }
  Tagset tagset = Tagset::kNative;
  if (f.tagset == "auto") {
    // ANERcorp-style gold names persons PERS and has no GPE.
    for (const ConllSentence& s : *gold)
      for (const std::string& t : s.tags)
        if (t.size() > 2 && t.substr(2) == "PERS") tagset = Tagset::kAnercorp;
  } else {
    Result<Tagset> t = ParseTagset(f.tagset);
    if (!t.ok()) {
      spdlog::error("{}", t.status().message());
      return kExitUsage;
    }
    tagset = *t;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.model_dir = f.model_dir, .data_dir = f.data_dir, .until = "words"});
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  Result<std::unique_ptr<NameTagger>> tagger =
      LoadNameTagger(f.model_dir, f.data_dir);
  if (!tagger.ok()) {
    spdlog::error("{}", tagger.status().message());
    return kExitBadInput;
  }
  AlignedSentence aligned;
  NameTagger::Scratch scratch;
  std::vector<uint8_t> tags;
  std::vector<std::string> system;
  NerScore score;
  uint64_t tokens = 0;
  for (const ConllSentence& s : *gold) {
    Status st =
        TagConllSentence(**pipeline, **tagger, s, &aligned, &scratch, &tags);
    if (!st.ok()) {
      spdlog::error("{}:{}: {}", f.gold, s.line, st.message());
      return kExitBadInput;
    }
    system.clear();
    for (uint8_t t : tags) system.push_back(TagName(t, tagset));
    score.Add(s.tags, system);
    tokens += s.tokens.size();
  }
  fmt::print("sentences  {}  tokens {}  tagset {}\n", gold->size(), tokens,
             tagset == Tagset::kAnercorp ? "anercorp" : "native");
  fmt::print("{:<8} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}\n", "type", "gold",
             "system", "tp", "precision", "recall", "F1");
  auto row = [](const std::string& name, const EntityCounts& c) {
    fmt::print("{:<8} {:>6} {:>6} {:>6} {:>9.2f} {:>7.2f} {:>7.2f}\n", name,
               c.gold, c.system, c.tp, 100 * c.precision(), 100 * c.recall(),
               100 * c.f1());
  };
  for (const auto& [type, c] : score.by_type) row(type, c);
  row("overall", score.overall);
  fmt::print("precision {:.2f}\nrecall {:.2f}\n",
             100 * score.overall.precision(), 100 * score.overall.recall());
  fmt::print("F1 {:.2f}\n", 100 * score.overall.f1());
  return kExitOk;
}

}  // namespace

Runner SetUpEvalNer(CLI::App* app) {
  auto f = std::make_shared<EvalNerFlags>();
  app->footer(
      R"(Tags the gold file's tokens (as rasd tag does) and scores entities by CoNLL
exact match (same first token, last token and type). The tagset is guessed
from the gold tags (PERS: anercorp) unless --tagset says. Last line
"F1 <number>".

Example:
  rasd eval ner ../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt
)");
  app->add_option("gold", f->gold, "Gold CoNLL file (token ... tag)")
      ->required();
  app->add_option("--tagset", f->tagset, "auto, native or anercorp")
      ->default_str("auto");
  app->add_option("--model-dir", f->model_dir, "Models folder");
  app->add_option("--data-dir", f->data_dir, "Data folder");
  AddVerbosityOptions(app, &f->verbosity);
  return [f] { return RunEvalNer(*f); };
}

}  // namespace rasd::cli

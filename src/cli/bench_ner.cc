// rasd bench ner: the tagger's own speed on a CoNLL file. Sentences go
// through the word layer first (not timed); then feature extraction and
// Viterbi decoding are timed alone, single thread, and the model's load
// time is printed.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>

#include "cli/common.h"
#include "cli/ner_commands.h"
#include "ner/conll_tagger.h"
#include "ner/paths.h"

namespace rasd::cli {
namespace {

struct BenchNerFlags {
  std::string input;
  int repeat = 5;
  std::string model_dir, data_dir;
  Verbosity verbosity;
};

int RunBenchNer(const BenchNerFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::vector<ConllSentence>> sentences = ReadConllFile(f.input);
  if (!sentences.ok()) {
    spdlog::error("{}", sentences.status().message());
    return kExitBadInput;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.model_dir = f.model_dir, .data_dir = f.data_dir, .until = "words"});
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  const auto load_start = std::chrono::steady_clock::now();
  Result<std::unique_ptr<NameTagger>> tagger =
      LoadNameTagger(f.model_dir, f.data_dir);
  if (!tagger.ok()) {
    spdlog::error("{}", tagger.status().message());
    return kExitBadInput;
  }
  const double load_s = SecondsSince(load_start);
  std::vector<Document> docs;
  AlignedSentence aligned;
  uint64_t tokens = 0;
  for (const ConllSentence& s : *sentences) {
    if (Status st = AlignSentence(**pipeline, s, &aligned); !st.ok()) {
      spdlog::error("{}:{}: {}", f.input, s.line, st.message());
      return kExitBadInput;
    }
    tokens += aligned.doc.tokens.size();
    docs.push_back(std::move(aligned.doc));
    aligned = AlignedSentence();
  }
  NameTagger::Scratch scratch;
  uint64_t entities = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < f.repeat; ++r) {
    for (const Document& d : docs) {
      IndexTokenWords(d, &scratch.words_of);
      (*tagger)->TagRange(d, 0, static_cast<uint32_t>(d.tokens.size()), nullptr,
                          &scratch);
      for (uint8_t t : scratch.tags) entities += IsBegin(t);
    }
  }
  const double secs = SecondsSince(start);
  fmt::print("model load  {:.3f} s\n", load_s);
  fmt::print("sentences   {}  rasd tokens {}  repeat {}\n", docs.size(), tokens,
             f.repeat);
  fmt::print(
      "tagger      {:.2f} s, {:.0f} tokens/s single thread ({} entities)\n",
      secs, tokens * f.repeat / secs, entities / f.repeat);
  return kExitOk;
}

}  // namespace

Runner SetUpBenchNer(CLI::App* app) {
  auto f = std::make_shared<BenchNerFlags>();
  app->footer(
      R"(Example:
  rasd bench ner ../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt
)");
  app->add_option("input", f->input, "CoNLL token file")->required();
  app->add_option("--repeat", f->repeat, "Passes over the file")
      ->default_str("5")
      ->check(CLI::Range(1, 1000));
  app->add_option("--model-dir", f->model_dir, "Models folder");
  app->add_option("--data-dir", f->data_dir, "Data folder");
  AddVerbosityOptions(app, &f->verbosity);
  return [f] { return RunBenchNer(*f); };
}

}  // namespace rasd::cli

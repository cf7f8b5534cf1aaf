#include "rasd/pipeline.h"

#include <chrono>
#include <cstdlib>

#include "actors/actors_step.h"
#include "events/events_step.h"
#include "facts/facts_steps.h"
#include "morph/words_step.h"
#include "ner/ner_step.h"
#include "pipeline/step.h"
#include "text/text_steps.h"

namespace rasd {

namespace {

std::string DirOrDefault(const std::string& given, const char* env_name,
                         const char* built_in) {
  if (!given.empty()) return given;
  const char* env = std::getenv(env_name);
  return env && *env ? env : built_in;
}

}  // namespace

std::string DataDir(const PipelineOptions& options) {
  return DirOrDefault(options.data_dir, "RASD_DATA_DIR", RASD_DATA_DIR);
}

// The list of steps, in order. Later stages (names, facts, events) are added
// here and nowhere else. Construction stops at `options.until`, so a
// word-layer pipeline never loads the models of later steps.
Result<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  const std::string models =
      DirOrDefault(options.model_dir, "RASD_MODEL_DIR", RASD_MODEL_DIR);
  std::vector<std::unique_ptr<const Step>> steps;
  auto done = [&](std::unique_ptr<const Step> step) {
    steps.push_back(std::move(step));
    return steps.back()->name() == options.until;
  };
  auto finish = [&]() -> Result<std::unique_ptr<Pipeline>> {
    if (!options.until.empty() && steps.back()->name() != options.until) {
      return Status::InvalidArgument("no pipeline step named '" +
                                     options.until + "'");
    }
    return std::unique_ptr<Pipeline>(new Pipeline(std::move(steps)));
  };
  if (done(MakeNormalizeStep()) || done(MakeTokenizeStep()) ||
      done(MakeSentenceStep()))
    return finish();
  Result<std::unique_ptr<const Step>> words =
      MakeWordsStep(models + "/words.bin");
  if (!words.ok()) return words.status();
  if (done(std::move(words).value())) return finish();
  const std::string data = DataDir(options);
  Result<std::unique_ptr<const Step>> names = MakeNamesStep(models, data);
  if (!names.ok()) return names.status();
  if (done(std::move(names).value())) return finish();
  Result<std::shared_ptr<const KnowledgeBase>> kb =
      LoadKnowledgeBase(options, data);
  if (!kb.ok()) return kb.status();
  Result<std::unique_ptr<const Step>> actors =
      MakeActorsStep(options, data, models, *kb);
  if (!actors.ok()) return actors.status();
  if (done(std::move(actors).value())) return finish();
  // Facts layer: dates, amounts, quotes (after names and actors: quotes
  // read doc.mentions for speaker and outlet actors).
  Result<std::shared_ptr<const FactsLexicon>> facts = FactsLexicon::Load(data);
  if (!facts.ok()) return facts.status();
  if (done(MakeFactsStep(std::move(facts).value()))) return finish();
  // Events last: they read actors, dates, amounts and quotes.
  Result<std::unique_ptr<const Step>> events = MakeEventsStep(data, *kb);
  if (!events.ok()) return events.status();
  if (done(std::move(events).value())) return finish();
  return finish();
}

Pipeline::Pipeline(std::vector<std::unique_ptr<const Step>> steps)
    : steps_(std::move(steps)) {}

Pipeline::~Pipeline() = default;

Status Pipeline::Run(Document* doc, StepTimes* times) const {
  doc->norm = {};
  doc->tokens.clear();
  doc->sentences.clear();
  doc->words.clear();
  doc->mentions.clear();
  doc->actors.clear();
  doc->dates.clear();
  doc->amounts.clear();
  doc->quotes.clear();
  doc->events.clear();
  doc->uncoded.clear();
  if (times) times->ns.resize(steps_.size(), 0);
  for (size_t i = 0; i < steps_.size(); ++i) {
    const auto start = std::chrono::steady_clock::now();
    Status s = steps_[i]->Run(*doc);
    if (times) {
      times->ns[i] += std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
    }
    if (!s.ok()) {
      return Status::Internal(doc->source + ": step " +
                              std::string(steps_[i]->name()) + ": " +
                              s.message());
    }
  }
  return Status::Ok();
}

std::vector<std::string_view> Pipeline::StepNames() const {
  std::vector<std::string_view> names;
  for (const auto& s : steps_) names.push_back(s->name());
  return names;
}

}  // namespace rasd

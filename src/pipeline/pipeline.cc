#include "rasd/pipeline.h"

#include <chrono>
#include <cstdlib>

#include "morph/words_step.h"
#include "pipeline/step.h"
#include "text/text_steps.h"

namespace rasd {

// The list of steps, in order. Later stages (words, names, facts, events)
// are added here and nowhere else.
Result<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  std::vector<std::unique_ptr<const Step>> steps;
  steps.push_back(MakeNormalizeStep());
  steps.push_back(MakeTokenizeStep());
  steps.push_back(MakeSentenceStep());
  std::string models = options.model_dir;
  if (models.empty()) {
    const char* env = std::getenv("RASD_MODEL_DIR");
    models = env && *env ? env : RASD_MODEL_DIR;
  }
  Result<std::unique_ptr<const Step>> words =
      MakeWordsStep(models + "/words.bin");
  if (!words.ok()) return words.status();
  steps.push_back(std::move(words).value());
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(steps)));
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

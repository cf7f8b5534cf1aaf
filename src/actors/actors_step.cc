#include "actors/actors_step.h"

#include <filesystem>
#include <string>
#include <unordered_map>

#include "actors/cues.h"
#include "actors/resolve.h"
#include "kb/kb.h"
#include "translit/translit.h"

namespace rasd {
namespace {

class ActorsStep : public Step {
 public:
  ActorsStep(std::shared_ptr<const KnowledgeBase> kb,
             std::unique_ptr<const Cues> cues,
             std::unique_ptr<const Transliterator> translit)
      : kb_(std::move(kb)),
        cues_(std::move(cues)),
        translit_(std::move(translit)) {}
  std::string_view name() const override { return "actors"; }

  Status Run(Document& doc) const override {
    ResolveActors(*kb_, *cues_, &doc);
    // Actors the knowledge base does not know get a learned transliteration
    // as their English name (marked so in the record: name_en_source).
    // The beam search costs ~50 us a name and names recur across
    // documents, so each thread keeps the names it has spelt (bounded).
    thread_local std::unordered_map<std::string, std::string> spelt;
    for (Actor& a : doc.actors) {
      if (!a.name_en.empty() || a.name.empty()) continue;
      auto it = spelt.find(a.name);
      if (it == spelt.end()) {
        if (spelt.size() >= 100000) spelt.clear();
        it = spelt.emplace(a.name, translit_->ToEnglish(a.name)).first;
      }
      a.name_en = it->second;
      a.name_en_learned = !a.name_en.empty();
    }
    return Status::Ok();
  }

 private:
  std::shared_ptr<const KnowledgeBase> kb_;
  std::unique_ptr<const Cues> cues_;
  std::unique_ptr<const Transliterator> translit_;
};

}  // namespace

Result<std::shared_ptr<const KnowledgeBase>> LoadKnowledgeBase(
    const PipelineOptions& options, const std::string& data_dir) {
  PipelineOptions words_only = options;
  words_only.until = "words";
  Result<std::unique_ptr<Pipeline>> word_layer = Pipeline::Create(words_only);
  if (!word_layer.ok()) return word_layer.status();
  std::vector<std::string> paths;
  std::error_code ec;
  const std::string kb_dir = data_dir + "/kb";
  if (std::filesystem::is_directory(kb_dir, ec)) paths.push_back(kb_dir);
  paths.insert(paths.end(), options.kb_files.begin(), options.kb_files.end());
  Result<std::unique_ptr<const KnowledgeBase>> kb =
      KnowledgeBase::Load(paths, **word_layer);
  if (!kb.ok()) return kb.status();
  return std::shared_ptr<const KnowledgeBase>(std::move(kb).value());
}

Result<std::unique_ptr<const Step>> MakeActorsStep(
    const PipelineOptions& options, const std::string& data_dir,
    const std::string& model_dir, std::shared_ptr<const KnowledgeBase> kb) {
  PipelineOptions words_only = options;
  words_only.until = "words";
  Result<std::unique_ptr<Pipeline>> word_layer = Pipeline::Create(words_only);
  if (!word_layer.ok()) return word_layer.status();
  Result<std::unique_ptr<const Cues>> cues = Cues::Load(
      {data_dir + "/actors/cues.tsv", data_dir + "/actors/given_names.tsv"},
      **word_layer);
  if (!cues.ok()) return cues.status();
  Result<std::unique_ptr<const Transliterator>> translit =
      Transliterator::Load(model_dir + "/translit.bin");
  if (!translit.ok()) return translit.status();
  return std::unique_ptr<const Step>(new ActorsStep(
      std::move(kb), std::move(cues).value(), std::move(translit).value()));
}

}  // namespace rasd

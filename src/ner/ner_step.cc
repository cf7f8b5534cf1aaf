#include "ner/ner_step.h"

namespace rasd {
namespace {

class NamesStep : public Step {
 public:
  NamesStep(std::unique_ptr<NameTagger> tagger, ExtraFeatureSource extra)
      : tagger_(std::move(tagger)), extra_(std::move(extra)) {}
  std::string_view name() const override { return "names"; }
  Status Run(Document& doc) const override {
    ExtraFeatures extra;
    if (extra_) extra_(doc, &extra);
    if (!extra.start.empty() && extra.start.size() != doc.tokens.size() + 1)
      return Status::Internal("extra NER features do not cover the tokens");
    tagger_->AddMentions(&doc, &extra);
    return Status::Ok();
  }

 private:
  std::unique_ptr<NameTagger> tagger_;
  ExtraFeatureSource extra_;
};

}  // namespace

Result<std::unique_ptr<const Step>> MakeNamesStep(const std::string& model_dir,
                                                  const std::string& data_dir,
                                                  ExtraFeatureSource extra) {
  Result<std::unique_ptr<NameTagger>> tagger = NameTagger::Load(
      model_dir + "/ner.bin", data_dir + "/ner/triggers.tsv",
      model_dir + "/clusters.bin", model_dir + "/gazetteer.bin");
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<const Step>(
      new NamesStep(std::move(tagger).value(), std::move(extra)));
}

}  // namespace rasd

#include "text/text_steps.h"

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace rasd {
namespace {

class NormalizeStep : public Step {
 public:
  std::string_view name() const override { return "normalize"; }
  Status Run(Document& doc) const override {
    Normalize(doc.text, &doc.norm);
    return Status::Ok();
  }
};

class TokenizeStep : public Step {
 public:
  std::string_view name() const override { return "tokenize"; }
  Status Run(Document& doc) const override {
    doc.tokens.reserve(doc.text.size() / 5);
    Tokenize(doc.text, doc.norm, &doc.tokens);
    return Status::Ok();
  }
};

class SentenceStep : public Step {
 public:
  std::string_view name() const override { return "sentences"; }
  Status Run(Document& doc) const override {
    SplitSentences(doc, &doc.sentences);
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<const Step> MakeNormalizeStep() {
  return std::make_unique<NormalizeStep>();
}
std::unique_ptr<const Step> MakeTokenizeStep() {
  return std::make_unique<TokenizeStep>();
}
std::unique_ptr<const Step> MakeSentenceStep() {
  return std::make_unique<SentenceStep>();
}

}  // namespace rasd

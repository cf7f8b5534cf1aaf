#include "facts/facts_steps.h"

#include "facts/amounts.h"
#include "facts/dates.h"
#include "facts/quotes.h"
#include "facts/word_seq.h"

namespace rasd {
namespace {

class FactsStep : public Step {
 public:
  explicit FactsStep(std::shared_ptr<const FactsLexicon> lex)
      : lex_(std::move(lex)) {}
  std::string_view name() const override { return "facts"; }
  Status Run(Document& doc) const override {
    // Per-thread scratch: the sequence's buffer is reused across documents.
    thread_local WordSeq seq;
    BuildWordSeq(doc, &seq);
    lex_->Mark(&seq);
    FindDates(*lex_, doc, seq, &doc.dates);
    FindAmounts(*lex_, doc, seq, &doc.amounts);
    // Quotes read doc.mentions (speaker and outlet actors) when the names
    // and actors steps ran before this one.
    FindQuotes(*lex_, doc, seq, &doc.quotes);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const FactsLexicon> lex_;
};

}  // namespace

std::unique_ptr<const Step> MakeFactsStep(
    std::shared_ptr<const FactsLexicon> lex) {
  return std::make_unique<FactsStep>(std::move(lex));
}

}  // namespace rasd

#include "facts/facts_steps.h"

#include "facts/amounts.h"
#include "facts/dates.h"
#include "facts/quotes.h"
#include "facts/word_seq.h"

namespace rasd {
namespace {

// One step = a name, the layer it fills and the finder that fills it. The
// word sequence is rebuilt per step from the word layer (one linear pass)
// so each step stands alone and reads only earlier layers.
template <typename T>
class FactsStep : public Step {
 public:
  using Finder = void (*)(const FactsLexicon&, const Document&, const WordSeq&,
                          std::vector<T>*);
  FactsStep(std::string_view name, std::shared_ptr<const FactsLexicon> lex,
            Finder find, std::vector<T> Document::*layer)
      : name_(name), lex_(std::move(lex)), find_(find), layer_(layer) {}
  std::string_view name() const override { return name_; }
  Status Run(Document& doc) const override {
    thread_local WordSeq seq;
    BuildWordSeq(doc, &seq);
    std::vector<T> found;
    find_(*lex_, doc, seq, &found);
    std::vector<T>& layer = doc.*layer_;
    for (T& x : found) layer.push_back(std::move(x));
    return Status::Ok();
  }

 private:
  std::string_view name_;
  std::shared_ptr<const FactsLexicon> lex_;
  Finder find_;
  std::vector<T> Document::*layer_;
};

}  // namespace

std::unique_ptr<const Step> MakeDatesStep(
    std::shared_ptr<const FactsLexicon> lex) {
  return std::make_unique<FactsStep<DateExpr>>("dates", std::move(lex),
                                               &FindDates, &Document::dates);
}

std::unique_ptr<const Step> MakeAmountsStep(
    std::shared_ptr<const FactsLexicon> lex) {
  return std::make_unique<FactsStep<Amount>>("amounts", std::move(lex),
                                             &FindAmounts, &Document::amounts);
}

std::unique_ptr<const Step> MakeQuotesStep(
    std::shared_ptr<const FactsLexicon> lex) {
  return std::make_unique<FactsStep<Quote>>("quotes", std::move(lex),
                                            &FindQuotes, &Document::quotes);
}

}  // namespace rasd

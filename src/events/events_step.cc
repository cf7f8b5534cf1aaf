#include "events/events_step.h"

#include "events/extract.h"
#include "events/lexicon.h"

namespace rasd {
namespace {

class EventsStep : public Step {
 public:
  EventsStep(std::unique_ptr<const EventLexicon> lex,
             std::shared_ptr<const KnowledgeBase> kb)
      : lex_(std::move(lex)), kb_(std::move(kb)) {}
  std::string_view name() const override { return "events"; }
  Status Run(Document& doc) const override {
    FindEvents(*lex_, *kb_, &doc);
    return Status::Ok();
  }

 private:
  std::unique_ptr<const EventLexicon> lex_;
  std::shared_ptr<const KnowledgeBase> kb_;
};

}  // namespace

Result<std::unique_ptr<const Step>> MakeEventsStep(
    const std::string& data_dir, std::shared_ptr<const KnowledgeBase> kb) {
  Result<std::unique_ptr<const EventLexicon>> lex =
      EventLexicon::Load(data_dir + "/events");
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<const Step>(
      new EventsStep(std::move(lex).value(), std::move(kb)));
}

}  // namespace rasd

// Event evaluation: precision, recall and F1 on (type, actor, recipient)
// triples and on type alone, against two kinds of gold.
//
//  UniversalPetrarch validation XML (gold-dev.xml): one sentence per
//    <Sentence>, its gold events as <EventCoding plover=…> with the
//    <EventText sourcetext=… targettext=…> of the same eid. Only the types
//    the file's <Include> names are scored (system events of other types
//    are left out). A system actor matches a gold source/target text when
//    one of its surface forms in the sentence shares a word with it
//    (compared on light stems, clitics off); an empty gold text matches
//    only an empty argument list.
//  rasd JSONL (data/demo/gold/events.jsonl): {"id", "events": [{"type",
//    "actor": [keys], "recipient": [keys], "trigger"}]} per document of a
//    corpus; arguments match when the key sets share a key (or both are
//    empty).
// Talks, deals and cooperation (CONSULT, AGREE, COOPERATE) compare their
// parties, actors and recipients together, as one set: one coder lists both
// sides as actors, another a visitor and a host. Every gold party, up to
// two, must be found.
// Matching is one-to-one within a sentence or document, in order.
#ifndef RASD_EVAL_EVENTS_EVAL_H_
#define RASD_EVAL_EVENTS_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "eval/seg_eval.h"
#include "events/lexicon.h"
#include "rasd/pipeline.h"

namespace rasd {

struct EventScores {
  Prf triple, type;                    // (type, actor, recipient); type alone
  std::map<std::string, Prf> by_type;  // triples per PLOVER type
  uint64_t units = 0;                  // sentences or documents scored
  std::vector<std::string> errors;
  // Each error counted by its cause (missed: no event of its type, a gold
  // party none of the document's actors, actor/recipient chosen differs;
  // false: no gold event of its type, parties differ).
  std::map<std::string, uint64_t> why;
  // Set by the caller: the system's events below this confidence are left
  // out (rasd eval events --min-confidence).
  float min_confidence = 0.f;
};

// UniversalPetrarch validation XML.
Status ScoreEventsPetrarch(const Pipeline& pipeline, const std::string& path,
                           EventScores* scores);

// rasd JSONL gold over `corpus_path` (JSONL with id, text, published).
// With the trigger lexicon, a gold event missed for want of any event of
// its type is counted by whether its trigger word is listed (`why`).
Status ScoreEventsJsonl(const Pipeline& pipeline, const std::string& gold_path,
                        const std::string& corpus_path, EventScores* scores,
                        const EventLexicon* lex = nullptr);

}  // namespace rasd

#endif  // RASD_EVAL_EVENTS_EVAL_H_

// The event confidence model: how likely an event is right, learnt from
// events of unseen news that blind audits labelled right or wrong
// (data/events/confidence_labels.tsv). A logistic regression over a few
// features of the event: its type, the rule that found its actor, the
// kind of its first actor and recipient, and its modality; the weights
// are in data/events/confidence.tsv, written by
// scripts/events/fit_confidence.py. docs/events.md ("Confidence") says
// how well it is calibrated.
//
// Thread-safety: immutable once loaded.
#ifndef RASD_EVENTS_CONFIDENCE_H_
#define RASD_EVENTS_CONFIDENCE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {
namespace events {

class ConfidenceModel {
 public:
  // Reads a `feature<TAB>weight` table (a missing file is an error).
  static Result<ConfidenceModel> Load(const std::string& path);

  // The kind of an actor key as the model sees it: none (empty), agent
  // (agent-), x (a slug), kb (a knowledge-base key).
  static std::string_view KindOf(std::string_view key);

  // The probability that an event with these features is right. `how`
  // is the argument rule (explain's "verb: subject after"), matched by
  // its longest listed prefix.
  float Score(std::string_view type, std::string_view how,
              std::string_view actor_kind, std::string_view recipient_kind,
              Modality modality) const;

 private:
  float Weight(const std::string& feature) const;

  std::unordered_map<std::string, float> weights_;
  std::vector<std::string> hows_;  // the listed argument-rule prefixes
};

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_CONFIDENCE_H_

// The "events" pipeline step: PLOVER event coding (events/extract.h) with
// the tables in <data_dir>/events and the knowledge base the actors step
// uses. Runs last: it reads every other layer.
#ifndef RASD_EVENTS_EVENTS_STEP_H_
#define RASD_EVENTS_EVENTS_STEP_H_

#include <memory>
#include <string>

#include "pipeline/step.h"
#include "rasd/status.h"

namespace rasd {

class KnowledgeBase;  // kb/kb.h

Result<std::unique_ptr<const Step>> MakeEventsStep(
    const std::string& data_dir, std::shared_ptr<const KnowledgeBase> kb);

}  // namespace rasd

#endif  // RASD_EVENTS_EVENTS_STEP_H_

// Requests told as a hope (يأمل أن تلعب روسيا دورا، أبدى أمله في أن تساعد
// مصر): whom the hope is about is the subject of the clause after أن.
// Rows of mode `hope` and `need` in data/events/triggers.tsv use it;
// docs/events-history.md (Seventh round, 7c) says why.
#ifndef RASD_EVENTS_HOPE_H_
#define RASD_EVENTS_HOPE_H_

#include <cstdint>
#include <vector>

#include "events/arguments.h"

namespace rasd {
namespace events {

// The unit a hope whose trigger ends before item `end` is about: the
// subject of the clause that أن opens within three words after it (past
// في or ب), before its verb (أن روسيا ستلعب) or right after it (أن تلعب
// روسيا). Only a named party: a generic agent, a nisba or nobody gives -1,
// and a hope about no one is no request.
int32_t HopedParty(const ArgumentSearch& args, const std::vector<Item>& items,
                   const std::vector<Unit>& units, uint32_t end);

// The unit a stressed need whose trigger ends before item `end` asks
// (شدد على ضرورة أن يمنح البرلمان …، أكد ضرورة انسحاب القوات التركية):
// the subject after أن as for a hope, else the doer of the masdar right
// after the trigger, its genitive or nisba; or -1.
int32_t NeededParty(const ArgumentSearch& args, const std::vector<Item>& items,
                    const std::vector<Unit>& units, uint32_t end);

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_HOPE_H_

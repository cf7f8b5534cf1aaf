// "His counterpart" (نظيره الروسي، نظيرته الفرنسية): the one who holds the
// same office in the state the nisba names. Used for meetings whose other
// side is named only so (التقى وزير الخارجية سيالة نظيره الروسي: Lavrov).
// See docs/events-history.md (Seventh round, 7c).
#ifndef RASD_EVENTS_COUNTERPART_H_
#define RASD_EVENTS_COUNTERPART_H_

#include <cstdint>
#include <string_view>

#include "kb/kb.h"

namespace rasd {
namespace events {

// Whether a word's light stem is نظير (counterpart), as نظيره، نظيرته,
// نظرائه are; only with a pronoun does it refer to someone's office.
bool IsCounterpartWord(std::string_view stem);

// The knowledge-base entry that, on `date` (ISO prefix), held in state
// `iso3` an office the entry `person_key` held on that date in another
// state; -1 when the person holds no state office then, or nobody is
// known to hold it there. No date, no answer (as RoleHolder).
int32_t CounterpartOf(const KnowledgeBase& kb, std::string_view person_key,
                      std::string_view iso3, std::string_view date);

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_COUNTERPART_H_

// Deaths, injuries and damage a natural disaster or an accident caused
// (زلزال قوي ضرب الجزيرة، مقتل عشرة في حادث سير، مصرع ثلاثة في غرق
// مركب، أدت حرائق الغابات إلى مصرع) are no political event: the coder
// codes such an attack trigger as no event (Fourteenth round, 14c).
#ifndef RASD_EVENTS_DISASTER_H_
#define RASD_EVENTS_DISASTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/arguments.h"

namespace rasd {
namespace events {

// Whether a disaster or accident word stands within a few words of the
// trigger at item `trig`, in its sentence: an earthquake, a storm, a
// flood, a fire, a crash, a sinking, or حادث/حادثة qualified as a road,
// train or air accident (a bare الحادث is also said of an attack).
bool ByDisaster(const std::vector<Item>& items, uint32_t trig);

// Whether a trigger, by its form as listed in triggers.tsv (هاجم/يهاجم،
// غارة، اغتيال), names an act done on purpose: a raid, a bombing, a
// kidnapping near a fire or a quake is still one (أسفر القصف عن اندلاع
// حرائق). Deaths, injuries, damage (مقتل، أصيب، دمر) and ضرب are not.
bool IntentAct(std::string_view listed);

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_DISASTER_H_

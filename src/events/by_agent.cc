// The doer named by من قبل ("by") after a trigger (events14b): news writes
// the agent of a passive or of a masdar with it (اعتقل شخصان من قبل
// الشرطة، المطالبة بتغيير النظام من قبل المعارضة، تهديد بالرد من قبل
// السفيرة). The party right after قبل is the doer, when the trigger has
// none. من قبل with no party after it is "before" (كما حدث من قبل) and
// names nobody.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <string>

#include "events/clause.h"
#include "events/coder.h"

namespace rasd {
namespace events_internal {

int32_t Coder::ByAgent(const Found& f) const {
  const uint32_t s = items_[f.item].sentence;
  const uint32_t from = std::max(f.end, f.tail);
  // Only in the trigger's own clause (الضربة أصابت منزلا يعتقد أنه يستخدم
  // من قبل المسلحين: the house is used by them).
  const uint32_t clause_end = ClauseOf(items_, f.item).end;
  for (uint32_t i = from; i < items_.size() && i < from + 10; ++i) {
    const Item& it = items_[i];
    if (it.sentence != s || IsHardBreak(it) || i >= clause_end) return -1;
    // (Nor past a noun or verb with a pronoun of its own, an act of its
    // own: تظاهرات أدت إلى عزله من قبل الجيش.)
    if (i > from && !it.enclitic.empty() && !IsPrepWord(it.norm)) return -1;
    // (Not past another trigger: the agent is that one's.)
    if (i > from)
      for (const Found& o : found_)
        if (o.item == i) return -1;
    if (it.punct || i == 0 || it.norm != "\xD9\x82\xD8\xA8\xD9\x84" ||  // قبل
        items_[i - 1].norm != "\xD9\x85\xD9\x86")                       // من
      continue;
    return args_.UnitStartingAt(i + 1);
  }
  return -1;
}

}  // namespace events_internal
}  // namespace rasd

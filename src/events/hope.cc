#include "events/hope.h"

namespace rasd {
namespace events {

int32_t HopedParty(const ArgumentSearch& args, const std::vector<Item>& items,
                   const std::vector<Unit>& units, uint32_t end) {
  if (end == 0 || end > items.size()) return -1;
  const uint32_t sentence = items[end - 1].sentence;
  uint32_t at = UINT32_MAX;
  for (uint32_t i = end; i < end + 3 && i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.punct || it.sentence != sentence) return -1;
    if (it.norm == "\xD8\xA7\xD9\x86") {  // أن (بأن: ب + أن)
      at = i;
      break;
    }
    if (it.unit >= 0) return -1;  // a party of the hope's own phrase
  }
  if (at == UINT32_MAX) return -1;
  for (uint32_t i = at + 1; i <= at + 2 && i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.punct || it.sentence != sentence) return -1;
    const int32_t u = args.UnitStartingAt(i);
    if (u >= 0)
      return units[u].agent < 0 && !units[u].nisba && !args.Governed(u) ? u
                                                                        : -1;
    if (!it.procl.empty() && it.procl != "\xD8\xB3") return -1;  // not a verb
  }
  return -1;
}

}  // namespace events
}  // namespace rasd

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

int32_t NeededParty(const ArgumentSearch& args, const std::vector<Item>& items,
                    const std::vector<Unit>& units, uint32_t end) {
  const int32_t u = HopedParty(args, items, units, end);
  if (u >= 0 || end + 1 >= items.size()) return u;
  const Item& m = items[end];
  if (m.punct || m.unit >= 0 || m.number || !m.procl.empty() ||
      m.sentence != items[end - 1].sentence)
    return -1;
  // (Forces of a state, القوات الأمريكية: the state must act.)
  const int32_t g = args.Genitive(end + 1);
  if (g < 0 || units[g].agent < 0) return g;
  const int32_t n = args.UnitStartingAt(units[g].last + 1);
  return n >= 0 && units[n].nisba ? n : g;
}

}  // namespace events
}  // namespace rasd

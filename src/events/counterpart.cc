#include "events/counterpart.h"

namespace rasd {
namespace events {

bool IsCounterpartWord(std::string_view stem) {
  return stem == "\xD9\x86\xD8\xB8\xD9\x8A\xD8\xB1" ||        // نظير
         stem == "\xD9\x86\xD8\xB8\xD8\xB1\xD8\xA7\xD8\xA1";  // نظراء
}

namespace {

// An office of a state (ISO3), not of an organisation (a key).
bool StateOffice(std::string_view country) {
  if (country.size() != 3) return false;
  for (char c : country)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool InOffice(const KbRole& r, std::string_view date) {
  return !r.from.empty() && r.from.substr(0, date.size()) <= date &&
         (r.to.empty() || date <= r.to);
}

}  // namespace

int32_t CounterpartOf(const KnowledgeBase& kb, std::string_view person_key,
                      std::string_view iso3, std::string_view date) {
  if (date.empty() || !StateOffice(iso3)) return -1;
  for (const KbRole& r : kb.roles()) {
    if (r.actor_key != person_key || r.role == "other" ||
        !StateOffice(r.country) || r.country == iso3 || !InOffice(r, date))
      continue;
    const int32_t holder = kb.RoleHolder(r.role, iso3, date);
    if (holder >= 0) return holder;
  }
  return -1;
}

}  // namespace events
}  // namespace rasd

// Calendar arithmetic for date resolution: proleptic Gregorian days
// (Howard Hinnant's days_from_civil), month/year shifts, weekdays, and
// Hijri (Umm al-Qura) to Gregorian via ICU. Pure functions, thread-safe.
#ifndef RASD_FACTS_CALENDAR_H_
#define RASD_FACTS_CALENDAR_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rasd {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12, 0 = unknown
  int day = 0;    // 1-31, 0 = unknown
};

// Parses the YYYY-MM-DD prefix of an ISO 8601 date or date-time.
bool ParseIsoDate(std::string_view s, CivilDate* out);

int64_t DaysFromCivil(int y, int m, int d);
CivilDate CivilFromDays(int64_t days);
// 0 = Sunday ... 6 = Saturday.
int Weekday(const CivilDate& d);
int DaysInMonth(int y, int m);
bool ValidDate(int y, int m, int d);

// YYYY, YYYY-MM or YYYY-MM-DD by how much of `d` is known.
std::string IsoPrefix(const CivilDate& d);

// The Gregorian date of day `day` (1 if 0) of Hijri month `month` (1 if
// 0) of Hijri year `year`; false if ICU cannot convert it.
bool HijriToGregorian(int year, int month, int day, CivilDate* out);

}  // namespace rasd

#endif  // RASD_FACTS_CALENDAR_H_

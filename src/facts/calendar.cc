#include "facts/calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <cstdio>
#include <memory>

namespace rasd {

bool ParseIsoDate(std::string_view s, CivilDate* out) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](size_t at, size_t n, int* v) {
    *v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      *v = *v * 10 + (s[i] - '0');
    }
    return true;
  };
  CivilDate d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day))
    return false;
  if (!ValidDate(d.year, d.month, d.day)) return false;
  *out = d;
  return true;
}

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int Weekday(const CivilDate& d) {
  const int64_t z = DaysFromCivil(d.year, d.month, d.day);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool ValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysInMonth(y, m);
}

std::string IsoPrefix(const CivilDate& d) {
  char buf[16];
  if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

bool HijriToGregorian(int year, int month, int day, CivilDate* out) {
  if (year < 1 || year > 2000 || month < 0 || month > 12 || day < 0 ||
      day > 30) {
    return false;
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(),
      icu::Locale("ar@calendar=islamic-umalqura"), err));
  if (U_FAILURE(err)) return false;
  hijri->clear();
  hijri->set(year, (month ? month : 1) - 1, day ? day : 1);
  const UDate t = hijri->getTime(err);
  if (U_FAILURE(err)) return false;
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), err);
  if (U_FAILURE(err)) return false;
  greg.setTime(t, err);
  const int y = greg.get(UCAL_YEAR, err);
  const int m = greg.get(UCAL_MONTH, err) + 1;
  const int d = greg.get(UCAL_DATE, err);
  if (U_FAILURE(err)) return false;
  *out = {y, m, d};
  return true;
}

}  // namespace rasd

// Normalising publication dates.
//
// Feeds and corpora write the same instant in many ways. We accept, after
// trimming whitespace:
//   ISO 8601     2017, 2017-01, 2017-01-11, 20170111, 2017-01-11T09:30,
//                2017-01-11 09:30:00.250+01:00, 2017-01-22T185600 (basic
//                time), with zone Z, +hh:mm, +hhmm or +hh
//   RFC 2822     [Sun,] 15 Jul 2018 21:56[:56] [+0400|GMT|UT|EST...], also
//                full month names and two-digit years (obsolete syntax)
//   numeric      2017/01/11, 2017/1/11, 2017.1.11 (year first) and
//                11-01-2017, 11/01/2017, 11.01.2017 (day first, as Arabic
//                sites write; never month first), optionally with a time
// and write ISO 8601: the date, then "T" and the time as precise as given,
// then the zone ("Z" for UTC names, "+04:00" for offsets; "-0000", which
// RFC 2822 uses for "unknown", gives none). Every field is range checked
// (month 1-12, the day against the month and leap years, 24-hour time,
// second 60 for leap seconds). Anything else gives "" rather than a guess.
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "rasd/input.h"

namespace rasd {
namespace {

struct DateTime {
  int year = 0, month = 0, day = 0;  // 0 = absent (year-only, year-month)
  int hour = -1, minute = -1, second = -1;
  std::string fraction;  // digits after the decimal point
  std::string zone;      // "", "Z" or "+hh:mm"
};

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool Done() const { return pos_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[pos_]; }
  bool Eat(char c) {
    if (Peek() != c || Done()) return false;
    ++pos_;
    return true;
  }
  bool EatOneOf(std::string_view chars, char* which) {
    if (Done() || chars.find(Peek()) == std::string_view::npos) return false;
    *which = s_[pos_++];
    return true;
  }
  void SkipSpaces() {
    while (!Done() && std::isspace(static_cast<unsigned char>(Peek()))) ++pos_;
  }
  // Reads a run of digits whose length is in [min_len, max_len].
  bool Number(int min_len, int max_len, int* value, int* len = nullptr) {
    size_t end = pos_;
    while (end < s_.size() && std::isdigit(static_cast<unsigned char>(s_[end])))
      ++end;
    const int n = static_cast<int>(end - pos_);
    if (n < min_len || n > max_len) return false;
    *value = 0;
    for (size_t i = pos_; i < end; ++i) *value = *value * 10 + (s_[i] - '0');
    if (len != nullptr) *len = n;
    pos_ = end;
    return true;
  }
  // Reads exactly `len` digits, whatever follows.
  bool Fixed(int len, int* value) {
    if (s_.size() - pos_ < static_cast<size_t>(len)) return false;
    *value = 0;
    for (int i = 0; i < len; ++i) {
      const char c = s_[pos_ + i];
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      *value = *value * 10 + (c - '0');
    }
    pos_ += len;
    return true;
  }
  std::string Digits() {
    std::string d;
    while (std::isdigit(static_cast<unsigned char>(Peek())))
      d.push_back(s_[pos_++]);
    return d;
  }
  std::string Word() {
    std::string w;
    while (std::isalpha(static_cast<unsigned char>(Peek()))) {
      w.push_back(static_cast<char>(
          std::tolower(static_cast<unsigned char>(s_[pos_++]))));
    }
    return w;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool Valid(const DateTime& t) {
  if (t.year < 1000 || t.year > 9999) return false;
  if (t.month == 0) return t.day == 0 && t.hour < 0;
  if (t.month < 1 || t.month > 12) return false;
  if (t.day == 0) return t.hour < 0;
  if (t.day < 1 || t.day > DaysInMonth(t.year, t.month)) return false;
  if (t.hour < 0) return t.zone.empty();
  return t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second <= 60;
}

// [+-]hh[[:]mm], Z; fills t->zone.
bool ParseOffset(Cursor& c, DateTime* t) {
  if (c.Eat('Z') || c.Eat('z')) {
    t->zone = "Z";
    return true;
  }
  char sign;
  int h, m = 0;
  if (!c.EatOneOf("+-", &sign) || !c.Fixed(2, &h)) return false;
  if (c.Eat(':')) {
    if (!c.Fixed(2, &m)) return false;
  } else if (!c.Done()) {
    if (!c.Fixed(2, &m)) return false;
  }
  if (h > 23 || m > 59) return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, h, m);
  t->zone = buf;
  return true;
}

// hh:mm[:ss[.fff]] or hhmm[ss] (ISO basic).
bool ParseTime(Cursor& c, DateTime* t) {
  int len = 0, v = 0;
  if (!c.Number(1, 6, &v, &len)) return false;
  if (len <= 2) {
    t->hour = v;
    if (!c.Eat(':') || !c.Number(2, 2, &t->minute)) return false;
    if (c.Eat(':') && !c.Number(2, 2, &t->second)) return false;
  } else if (len == 4 || len == 6) {
    if (len == 6) t->second = v % 100, v /= 100;
    t->minute = v % 100;
    t->hour = v / 100;
  } else {
    return false;
  }
  if (t->second >= 0 && (c.Eat('.') || c.Eat(','))) {
    t->fraction = c.Digits();
    if (t->fraction.empty() || t->fraction.size() > 9) return false;
  }
  return true;
}

std::optional<DateTime> ParseIso(std::string_view s) {
  Cursor c(s);
  DateTime t;
  int len = 0, v = 0;
  if (!c.Number(4, 8, &v, &len)) return std::nullopt;
  if (len == 8) {
    t.year = v / 10000, t.month = v / 100 % 100, t.day = v % 100;
  } else if (len == 4) {
    t.year = v;
    if (c.Eat('-') && (!c.Number(2, 2, &t.month) ||
                       (c.Eat('-') && !c.Number(2, 2, &t.day)))) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (t.day > 0 && (c.Eat('T') || c.Eat('t') || c.Eat(' '))) {
    if (!ParseTime(c, &t)) return std::nullopt;
    if (!c.Done() && !ParseOffset(c, &t)) return std::nullopt;
  }
  if (!c.Done()) return std::nullopt;
  return t;
}

int MonthFromName(const std::string& w) {
  static const char* kNames[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kNames[m];
    if (w == name || (w.size() == 3 && name.substr(0, 3) == w)) return m + 1;
  }
  return w == "sept" ? 9 : 0;
}

// RFC 2822 zone names: UT, GMT, UTC, Z and the US zones of the old syntax.
bool ZoneFromName(const std::string& w, DateTime* t) {
  static const struct {
    const char* name;
    const char* zone;
  } kZones[] = {{"ut", "Z"},       {"gmt", "Z"},      {"utc", "Z"},
                {"z", "Z"},        {"est", "-05:00"}, {"edt", "-04:00"},
                {"cst", "-06:00"}, {"cdt", "-05:00"}, {"mst", "-07:00"},
                {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"}};
  for (const auto& z : kZones) {
    if (w == z.name) {
      t->zone = z.zone;
      return true;
    }
  }
  return false;
}

std::optional<DateTime> ParseRfc2822(std::string_view s) {
  Cursor c(s);
  DateTime t;
  if (std::isalpha(static_cast<unsigned char>(c.Peek()))) {
    c.Word();  // the weekday; not checked against the date
    c.Eat(',');
    c.SkipSpaces();
  }
  int year_len = 0;
  if (!c.Number(1, 2, &t.day)) return std::nullopt;
  c.SkipSpaces();
  t.month = MonthFromName(c.Word());
  c.SkipSpaces();
  if (t.month == 0 || !c.Number(2, 4, &t.year, &year_len) || year_len == 3) {
    return std::nullopt;
  }
  if (year_len == 2) t.year += t.year < 50 ? 2000 : 1900;
  c.SkipSpaces();
  if (!c.Done()) {
    if (!ParseTime(c, &t) || t.minute < 0) return std::nullopt;
    c.SkipSpaces();
  }
  if (!c.Done() && t.hour >= 0) {
    const bool unknown_zone = s.ends_with("-0000");
    if (std::isalpha(static_cast<unsigned char>(c.Peek()))) {
      if (!ZoneFromName(c.Word(), &t)) return std::nullopt;
    } else if (!ParseOffset(c, &t)) {
      return std::nullopt;
    }
    if (unknown_zone) t.zone.clear();
  }
  if (!c.Done()) return std::nullopt;
  return t;
}

// 2017/1/11, 2017.01.11, 2017-1-11 or 11/01/2017, 11-01-2017, 11.01.2017,
// then optionally a time and zone.
std::optional<DateTime> ParseNumeric(std::string_view s) {
  Cursor c(s);
  DateTime t;
  int a, b, d, a_len, d_len;
  char sep;
  if (!c.Number(1, 4, &a, &a_len) || !c.EatOneOf("/-.", &sep) ||
      !c.Number(1, 2, &b) || !c.Eat(sep)) {
    return std::nullopt;
  }
  if (!c.Number(1, 4, &d, &d_len)) return std::nullopt;
  if (a_len == 4 && d_len <= 2) {
    t.year = a, t.month = b, t.day = d;
  } else if (a_len <= 2 && d_len == 4) {
    t.year = d, t.month = b, t.day = a;
  } else {
    return std::nullopt;
  }
  if (c.Eat(' ') || c.Eat('T')) {
    c.SkipSpaces();
    if (!ParseTime(c, &t)) return std::nullopt;
    c.SkipSpaces();
    if (!c.Done() && !ParseOffset(c, &t)) return std::nullopt;
  }
  if (!c.Done()) return std::nullopt;
  return t;
}

std::string Format(const DateTime& t) {
  char buf[64];
  if (t.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", t.year);
  } else if (t.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", t.year, t.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  }
  std::string out = buf;
  if (t.hour < 0) return out;
  std::snprintf(buf, sizeof buf, "T%02d:%02d", t.hour, t.minute);
  out += buf;
  if (t.second >= 0) {
    std::snprintf(buf, sizeof buf, ":%02d", t.second);
    out += buf;
    if (!t.fraction.empty()) out += "." + t.fraction;
  }
  return out + t.zone;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string NormalizePublished(const std::string& raw) {
  const std::string_view s = Trim(raw);
  if (s.empty() || s.size() > 64) return "";
  for (auto parse : {ParseIso, ParseRfc2822, ParseNumeric}) {
    std::optional<DateTime> t = parse(s);
    if (t && Valid(*t)) return Format(*t);
  }
  return "";
}

}  // namespace rasd

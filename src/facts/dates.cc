#include "facts/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "facts/calendar.h"
#include "facts/numbers.h"
#include "text/normalize.h"

namespace rasd {
namespace {

// Normalised forms of the few grammatical words the rules test directly;
// the vocabulary proper (months, units, relative phrases) is in data/facts.
constexpr std::string_view kQabl = "\xD9\x82\xD8\xA8\xD9\x84";   // قبل
constexpr std::string_view kMundh = "\xD9\x85\xD9\x86\xD8\xB0";  // منذ
constexpr std::string_view kBaad = "\xD8\xA8\xD8\xB9\xD8\xAF";   // بعد
constexpr std::string_view kMin = "\xD9\x85\xD9\x86";            // من
constexpr std::string_view kWa = "\xD9\x88";                     // و
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";             // في
constexpr std::string_view kAla =
    "\xD8\xB9\xD9\x84\xD9\x8A";  // على (normalised)
constexpr std::string_view kAtTamam =
    "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x85\xD8\xA7\xD9\x85";  // (ب)التمام
constexpr std::string_view kTamaman =
    "\xD8\xAA\xD9\x85\xD8\xA7\xD9\x85\xD8\xA7";  // تماما
constexpr std::string_view kAlQarn =
    "\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD9\x86";  // القرن
constexpr std::string_view kMiladi =
    "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9"
    "\x8A";  // الميلادي
constexpr std::string_view kAlHijri =
    "\xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A";         // الهجري
constexpr std::string_view kOnly = "\xD9\x81\xD9\x82\xD8\xB7";  // فقط
constexpr std::string_view kAbout =
    "\xD8\xAA\xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA7";  // تقريبا
constexpr std::string_view kOne = "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF";  // واحد
constexpr std::string_view kYawm = "\xD9\x8A\xD9\x88\xD9\x85";         // يوم
constexpr std::string_view kAam = "\xD8\xB9\xD8\xA7\xD9\x85";          // عام
constexpr std::string_view kAlAam =
    "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85";                 // العام
constexpr std::string_view kSana = "\xD8\xB3\xD9\x86\xD9\x87";  // سنه
constexpr std::string_view kAlSana =
    "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD9\x87";                  // السنه
constexpr std::string_view kShahr = "\xD8\xB4\xD9\x87\xD8\xB1";  // شهر
constexpr std::string_view kAlShahr =
    "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1";  // الشهر
constexpr std::string_view kMeem = "\xD9\x85";   // م
constexpr std::string_view kAlUsbu =
    "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x88\xD8\xB9";  // الاسبوع
constexpr std::string_view kKana = "\xD9\x83\xD8\xA7\xD9\x86";  // كان
constexpr std::string_view kKanat = "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA";  // كانت
constexpr std::string_view kAw = "\xD8\xA7\xD9\x88";                     // أو
constexpr std::string_view kHaa = "\xD9\x87";  // هـ → ه
constexpr std::string_view kHijri = "\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A";  // هجري
constexpr std::string_view kHijriF =
    "\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A\xD9\x87";  // هجريه
// Month modifiers: past, next, current.
constexpr std::string_view kPast[] = {
    "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A",          // الماضي
    "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB5\xD8\xB1\xD9\x85",  // المنصرم
    "\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xA6\xD8\xAA"};         // الفائت
constexpr std::string_view kNext[] = {
    "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84",   // المقبل
    "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD8\xAF\xD9\x85"};  // القادم
constexpr std::string_view kCurrent[] = {
    "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1\xD9\x8A",   // الجاري
    "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD9\x84\xD9\x8A"};  // الحالي

template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&set)[N]) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

// -1 past, +1 next, 0 current, 2 = not a modifier.
int MonthModifier(const WordSeq& seq, size_t i, uint32_t sentence) {
  if (i >= seq.items.size() || seq.items[i].sentence != sentence) return 2;
  const std::string_view w = seq.items[i].norm;
  if (OneOf(w, kPast)) return -1;
  if (OneOf(w, kNext)) return 1;
  if (OneOf(w, kCurrent)) return 0;
  return 2;
}

struct Found {
  size_t end = 0;  // one past the last item
  CivilDate date;  // month/day 0 when unknown; year 0 = unresolved
  DatePrecision precision = DatePrecision::kNone;
  RelativeUnit unit = RelativeUnit::kNone;
  int offset = 0;
  bool hijri = false;
  std::string rule;
};

class DateFinder {
 public:
  DateFinder(const FactsLexicon& lex, const Document& doc, const WordSeq& seq)
      : lex_(lex), doc_(doc), seq_(seq) {
    have_pub_ = ParseIsoDate(doc.meta.published, &pub_);
  }

  void Run(std::vector<DateExpr>* out) {
    const size_t n = seq_.items.size();
    const uint32_t date_bits = lex_.DateBits();
    for (size_t i = 0; i < n;) {
      if (!seq_.IsWord(i)) {
        ++i;
        continue;
      }
      // Cheap gate: most words can start no date.
      const SeqItem& it = seq_.items[i];
      if (it.kind != TokenKind::kNumber && !(it.first_of & date_bits) &&
          it.norm != kAlAam && it.norm != kAlSana && it.norm != kSana &&
          it.norm != kYawm && it.norm != kQabl && it.norm != kMundh &&
          it.norm != kAlQarn && it.norm != kBaad) {
        ++i;
        continue;
      }
      // لويجي دي مايو: a word inside a person's name is no date.
      if (InsidePersonName(i)) {
        ++i;
        continue;
      }
      // Outlet names such as ليبيا اليوم are not dates.
      const PhraseMatch outlet = lex_.outlet_table.Match(seq_, i);
      if (outlet.entry >= 0) {
        i += outlet.words;
        continue;
      }
      std::string mod;
      size_t start = i;
      const PhraseMatch q = lex_.qualifier_table.Match(seq_, i);
      if (q.entry >= 0 && lex_.qualifiers[q.entry].date) {
        mod = lex_.qualifiers[q.entry].tag;
        start = i + q.words;
      }
      Found f;
      // مطلع العام، نهاية الشهر: the current year or month.
      if (Match(start, &f) || (!mod.empty() && BareCurrent(start, &f))) {
        DateExpr d;
        d.span = {seq_.items[i].span.begin,
                  seq_.items[f.end - 1].token_span.end};
        d.precision = f.precision;
        d.relative_unit = f.unit;
        d.relative_offset = f.offset;
        if (f.date.year > 0) d.value = IsoPrefix(f.date);
        if (f.date.year > 0) prev_ = f.date;
        if (f.date.month > 0) prev_fine_ = f.date;
        if (f.date.day > 0) {
          last_day_ = f.date;
          day_sentence_ = seq_.items[i].sentence;
          last_day_background_ = Background(i);
        }
        d.mod = mod;
        if (f.hijri) d.calendar = "hijri";
        d.rule = mod.empty() ? f.rule : "qualifier:" + mod + " " + f.rule;
        out->push_back(std::move(d));
        i = f.end;
        continue;
      }
      ++i;
    }
  }

 private:
  uint32_t Sent(size_t i) const { return seq_.items[i].sentence; }
  // Whether item i lies in a person mention that begins before it. Items
  // are visited in order, so the mention cursor only moves forward.
  bool InsidePersonName(size_t i) {
    const uint32_t at = seq_.items[i].span.begin;
    const std::vector<Mention>& ms = doc_.mentions;
    while (mention_ < ms.size() && ms[mention_].span.end <= at) ++mention_;
    for (size_t k = mention_; k < ms.size() && ms[k].span.begin < at; ++k)
      if (ms[k].type == EntityType::kPer && ms[k].span.end > at) return true;
    return false;
  }
  // The item of the speech verb that introduces the quoted words item i
  // lies in (after an opening « or “ not yet closed, within three
  // sentences; the verb within 15 items before the mark, in its sentence),
  // or SIZE_MAX. *past: a past verb or a participle (وقال مشجع: «…»،
  // قائلا: «…»), not a present one (ويرى اقتصادي أن «…»).
  size_t QuoteVerb(size_t i, bool* past) const {
    size_t open = i;
    for (size_t k = i; k-- > 0 && Sent(k) + 3 >= Sent(i);) {
      if (seq_.items[k].kind != TokenKind::kPunct) continue;
      const std::string_view p = seq_.items[k].norm;
      if (p == "\xC2\xBB" || p == "\xE2\x80\x9D") return SIZE_MAX;  // » ”
      if (p == "\xC2\xAB" || p == "\xE2\x80\x9C") {                 // « “
        open = k;
        break;
      }
    }
    if (open == i) return SIZE_MAX;
    for (size_t k = open; k-- > 0 && k + 15 > open && Same(k, open);) {
      const PhraseMatch m = lex_.speech_table.Match(seq_, k);
      if (m.entry < 0) continue;
      *past = lex_.speech[m.entry].past ||
              lex_.speech[m.entry].kind == SpeechKind::kCont;
      return k;
    }
    return SIZE_MAX;
  }

  // Whether the sentence of item i opens with كان (وكان ... قد):
  // background, told in the pluperfect, not the story's main time.
  bool Background(size_t i) const {
    size_t first = i;
    for (size_t k = i; k-- > 0 && Sent(k) == Sent(i);)
      if (seq_.IsWord(k)) first = k;
    return seq_.items[first].norm == kKana || seq_.items[first].norm == kKanat;
  }
  bool Same(size_t i, size_t j) const {
    return j < seq_.items.size() && Sent(i) == Sent(j);
  }

  // A plain integer token at item i, no proclitics needed.
  bool Int(size_t i, int* v) const {
    if (i >= seq_.items.size() || seq_.items[i].kind != TokenKind::kNumber)
      return false;
    double d = 0;
    const std::string_view s = seq_.items[i].norm;
    if (s.find_first_of(".,") != std::string_view::npos) return false;
    if (s.size() > 4 || !ParseDigits(s, &d)) return false;
    *v = static_cast<int>(d);
    return true;
  }

  bool Match(size_t i, Found* f) {
    if (Relative(i, f) || WeekdayRule(i, f)) {
      // أمس الخميس 2 آذار، يوم الأربعاء 20 أيلول: a day named relatively
      // or by its weekday, then by its date: one expression, the date's
      // value.
      size_t k = f->end;
      if (Same(i, k) && seq_.IsPunct(k, "\xD8\x8C" /*،*/)) ++k;
      Found g;
      if (f->precision == DatePrecision::kDay && Same(i, k) &&
          seq_.items[k].kind == TokenKind::kNumber && DayMonth(k, &g)) {
        f->end = g.end;
        if (g.date.year > 0) f->date = g.date;
        f->rule += " + " + g.rule;
      }
      return true;
    }
    return Ago(i, f) || DayMonth(i, f) || OrdinalDay(i, f) || MonthYear(i, f) ||
           Season(i, f) || Century(i, f) || Numeric(i, f) || Year(i, f);
  }

  // العام، السنة، الشهر، الأسبوع alone (after a qualifier such as مطلع): the
  // publication's year or month.
  bool BareCurrent(size_t i, Found* f) {
    if (!Same(i, i) || !seq_.IsWord(i)) return false;
    const std::string_view w = seq_.items[i].norm;
    int unit = 0;
    if (w == kAlAam || w == kAlSana) unit = 4;
    if (w == kAlShahr) unit = 3;
    if (w == kAlUsbu) unit = 2;
    if (!unit) return false;
    f->end = i + 1;
    f->rule = "current:" + std::string(w);
    Resolve(unit, 0, f);
    return true;
  }

  // Shifts the publication date by `offset` units; precision from the unit.
  void Resolve(int unit, int offset, Found* f) {
    f->unit = static_cast<RelativeUnit>(unit);
    f->offset = offset;
    switch (unit) {
      case 1:
        f->precision = DatePrecision::kDay;
        break;
      case 2:
        f->precision = DatePrecision::kWeek;
        break;
      case 3:
        f->precision = DatePrecision::kMonth;
        break;
      default:
        f->precision = DatePrecision::kYear;
    }
    if (!have_pub_) return;
    f->date = Shift(pub_, unit, offset);
  }

  // `base` moved by `offset` units (1..4: day, week, month, year); a week
  // is given as the month of its Monday (the SPEC's values have no weeks).
  static CivilDate Shift(const CivilDate& base, int unit, int offset) {
    CivilDate d = base;
    CivilDate out;
    if (unit == 1 || unit == 2) {
      int64_t z = DaysFromCivil(d.year, d.month, d.day) +
                  static_cast<int64_t>(offset) * (unit == 2 ? 7 : 1);
      if (unit == 2) z -= (Weekday(CivilFromDays(z)) + 6) % 7;  // Monday
      out = CivilFromDays(z);
      if (unit == 2) out.day = 0;
    } else if (unit == 3) {
      const int m = d.year * 12 + (d.month - 1) + offset;
      out = {m / 12, m % 12 + 1, 0};
    } else {
      out = {d.year + offset, 0, 0};
    }
    if (out.year < 1 || out.year > 9999) out = {};
    return out;
  }

  bool Relative(size_t i, Found* f) {
    const PhraseMatch m = lex_.relative_table.Match(seq_, i);
    if (m.entry < 0) return false;
    const FactsLexicon::Relative& r = lex_.relatives[m.entry];
    // أمسّ (with a shadda: "most in need") is no أمس.
    if (doc_.Text(seq_.items[i].token_span).find("\xD9\x91") !=
        std::string_view::npos)
      return false;
    f->end = i + m.words;
    f->rule = "relative:" + r.form;
    if (r.unit == 5) {
      // يومها السادس is "its sixth day", no date.
      if (Same(i, f->end) && lex_.ordinal_table.Match(seq_, f->end).entry >= 0)
        return false;
      // يومها، ذلك التاريخ: the date told before, at its precision.
      f->date = prev_fine_;
      f->precision = prev_fine_.day     ? DatePrecision::kDay
                     : prev_fine_.month ? DatePrecision::kMonth
                                        : DatePrecision::kDay;
      f->unit = prev_fine_.day ? RelativeUnit::kDay : RelativeUnit::kMonth;
      f->rule += prev_fine_.year ? " anchored-to-previous-date"
                                 : " anchored-to-event(unresolved)";
      return true;
    }
    // اليوم الأحد، أمس الخميس: the weekday names the same day.
    if (r.unit == 1 && Same(i, f->end)) {
      const PhraseMatch wd = lex_.weekday_table.Match(seq_, f->end);
      if (wd.entry >= 0) {
        f->end += wd.words;
        f->rule += "+weekday";
      }
    }
    Resolve(r.unit, r.offset, f);
    // قال مشجع: «لن ننسى هذه الليلة» after a match told of as أمس: in
    // quoted words, today is the day of the statement, the last day the
    // narrative gave.
    bool past = false;
    const size_t verb = r.unit == 1 && r.offset == 0 && !r.event &&
                                f->end == i + m.words && last_day_.day
                            ? QuoteVerb(i, &past)
                            : SIZE_MAX;
    if (verb != SIZE_MAX &&
        (day_sentence_ == Sent(verb) || (past && !last_day_background_))) {
      // وخاطب أنصاره مساء الأحد قائلا: «ما نعيشه اليوم»: the day of the
      // statement's sentence, or after a past verb the last day the story
      // told (not one told as background: وكانت الجلسة قد عقدت في …).
      f->date = last_day_;
      f->rule += " statement-day";
    }
    if (r.event) {
      // اليوم التالي، العام نفسه: counted from the date the text gave
      // last, if that date is precise enough; else unresolved.
      // اليوم نفسه after a year: the last day told, if any.
      const CivilDate& base = r.unit <= 2 && !prev_.day     ? last_day_
                              : r.unit == 3 && !prev_.month ? prev_fine_
                                                            : prev_;
      const bool precise = base.year > 0 && (r.unit >= 4 || base.month > 0) &&
                           (r.unit >= 3 || base.day > 0);
      f->date = precise ? Shift(base, r.unit, r.offset) : CivilDate{};
      f->rule += precise ? " anchored-to-previous-date"
                         : " anchored-to-event(unresolved)";
    }
    return true;
  }

  bool Ago(size_t i, Found* f) {
    const std::string_view w = seq_.items[i].norm;
    const bool before = w == kQabl || w == kMundh;
    if (!before && w != kBaad) return false;
    size_t j = i + 1;
    // قبل أكثر من عام: the qualifier does not change the value. But منذ
    // أكثر من عام is a duration ("for over a year"), not a point in time.
    const PhraseMatch q = lex_.qualifier_table.Match(seq_, j);
    if (q.entry >= 0 && !lex_.qualifiers[q.entry].date &&
        Same(i, j + q.words)) {
      if (w == kMundh) return false;
      j += q.words;
    }
    double count = 0;
    NumberMatch num;
    if (Same(i, j) && MatchNumber(lex_, seq_, j, &num) && !num.has_scale) {
      count = num.value;
      j = num.end;
    }
    if (!Same(i, j)) return false;
    const PhraseMatch u = lex_.time_unit_table.Match(seq_, j);
    if (u.entry < 0) return false;
    const FactsLexicon::TimeUnit& tu = lex_.time_units[u.entry];
    // يوما بعد يوم، عاما بعد عام: "day after day", not a date.
    if (i > 0 && Same(i - 1, i) && num.value == 0) {
      const PhraseMatch prev = lex_.time_unit_table.Match(seq_, i - 1);
      if (prev.entry >= 0 && lex_.time_units[prev.entry].unit == tu.unit)
        return false;
    }
    // منذ عام 2011، قبل عام 1991: a year follows, "the year 2011".
    if (num.value == 0 && Same(i, j + u.words)) {
      int y = 0;
      if (Int(j + u.words, &y) && seq_.items[j + u.words].norm.size() == 4)
        return false;
    }
    if (count == 0) count = tu.count;
    if (count <= 0 || count > 10000 || count != static_cast<int>(count))
      return false;
    // Numbers before a unit that implies its own count (عقد = 10 years)
    // multiply it.
    if (tu.count > 2 && num.value > 0) count *= tu.count;
    f->end = j + u.words;
    const int offset = static_cast<int>(before ? -count : count);
    f->rule = std::string(before ? "ago" : "after") + ":" +
              std::string(seq_.items[i].norm) + "+unit";
    // بعد N سنوات من الثورة، بعد يومين فقط من زيارته، بعد أقل من شهرين
    // على محادثات: counted from an event, not from publication.
    size_t k = f->end;
    if (Same(i, k) &&
        (seq_.items[k].norm == kOnly || seq_.items[k].norm == kAbout ||
         seq_.items[k].norm == kOne))
      ++k;
    // بعد عشرين عاما في الحكم: so long in a state, not a date either.
    if (!before && Same(i, k) &&
        (seq_.items[k].norm == kMin || seq_.items[k].norm == kAla ||
         seq_.items[k].norm == kFi)) {
      // اليوم وبعد 6 سنوات من الثورة: "today, N years on": the present.
      if (i > 0 && Same(i - 1, i) && seq_.items[i].proclitics == kWa) {
        const PhraseMatch now = lex_.relative_table.Match(seq_, i - 1);
        if (now.entry >= 0 && now.words == 1 &&
            lex_.relatives[now.entry].unit == 1 &&
            lex_.relatives[now.entry].offset == 0 &&
            !lex_.relatives[now.entry].event) {
          Resolve(tu.unit, 0, f);
          f->rule += " now-after-event(publication)";
          return true;
        }
      }
      f->unit = static_cast<RelativeUnit>(tu.unit);
      f->offset = offset;
      f->precision = tu.unit == 1   ? DatePrecision::kDay
                     : tu.unit == 3 ? DatePrecision::kMonth
                     : tu.unit == 2 ? DatePrecision::kWeek
                                    : DatePrecision::kYear;
      f->rule += " anchored-to-event(unresolved)";
      return true;
    }
    Resolve(tu.unit, offset, f);
    // قبل عامين بالتمام، قبل شهر تماما: exactly so long before: a day,
    // counted from the day the sentence gave (the day of the statement the
    // sentence reports), else from publication.
    if (Same(i, f->end) && (seq_.items[f->end].norm == kAtTamam ||
                            seq_.items[f->end].norm == kTamaman)) {
      const bool from_sentence = day_sentence_ == Sent(i) && last_day_.day;
      const CivilDate anchor = from_sentence ? last_day_ : pub_;
      ++f->end;
      f->rule += " exactly";
      if (anchor.day) {
        CivilDate d = anchor;
        if (tu.unit >= 3) {
          const int m =
              d.year * 12 + (d.month - 1) + offset * (tu.unit == 4 ? 12 : 1);
          d = {m / 12, m % 12 + 1, d.day};
          if (!ValidDate(d.year, d.month, d.day)) d.day = 28;
        } else {
          d = CivilFromDays(DaysFromCivil(d.year, d.month, d.day) +
                            static_cast<int64_t>(offset) *
                                (tu.unit == 2 ? 7 : 1));
        }
        f->date = d;
        f->precision = DatePrecision::kDay;
        if (from_sentence) f->rule += " from the sentence's day";
      }
    }
    return true;
  }

  // Month name at i (with a combined "/ other-series name" after it);
  // returns the month number and sets *end, *hijri, *rule.
  int Month(size_t i, size_t* end, bool* hijri, std::string* rule) {
    if (i >= seq_.items.size()) return 0;
    const PhraseMatch m = lex_.month_table.Match(seq_, i);
    if (m.entry < 0) return 0;
    const FactsLexicon::Month& mo = lex_.months[m.entry];
    *end = i + m.words;
    *hijri = mo.hijri;
    *rule = "month:" + mo.form;
    // أكتوبر/ تشرين الأول، شباط (فبراير)
    size_t j = *end;
    if (Same(i, j) && (seq_.IsPunct(j, "/") || seq_.IsPunct(j, "(") ||
                       seq_.IsPunct(j, "-"))) {
      const PhraseMatch m2 = lex_.month_table.Match(seq_, j + 1);
      if (m2.entry >= 0 && Same(i, j + 1) &&
          lex_.months[m2.entry].month == mo.month &&
          lex_.months[m2.entry].hijri == mo.hijri) {
        *end = j + 1 + m2.words;
        if (seq_.IsPunct(j, "(") && seq_.IsPunct(*end, ")")) ++*end;
        *rule += "/" + lex_.months[m2.entry].form;
      }
    }
    return mo.month;
  }

  // Year after a month or day-month; sets *year and advances *j past an
  // era marker (م، هـ).
  bool YearAt(size_t* j, size_t i, int* year, bool* hijri_era) {
    int y = 0;
    if (!Same(i, *j) || !Int(*j, &y) || seq_.items[*j].norm.size() != 4)
      return false;
    *year = y;
    ++*j;
    *hijri_era = false;
    if (Same(i, *j)) {
      const std::string_view w = seq_.items[*j].norm;
      if (w == kMeem) {
        ++*j;
      } else if (w == kHaa || w == kHijri || w == kHijriF) {
        *hijri_era = true;
        ++*j;
      }
    }
    return true;
  }

  // Year of month `month` relative to publication: -1 last such month
  // before it, +1 next after it, 0 this year.
  int YearFor(int month, int day, int which) const {
    const int pm = pub_.month, pd = pub_.day;
    const bool after_pub = month > pm || (month == pm && day > pd);
    const bool before_pub = month < pm || (month == pm && day > 0 && day < pd);
    if (which < 0)
      return after_pub || (month == pm && day == 0) ? pub_.year - 1 : pub_.year;
    if (which > 0)
      return before_pub || (month == pm && day == 0) ? pub_.year + 1
                                                     : pub_.year;
    return pub_.year;
  }

  // True when day/month of the publication year falls after publication
  // but at most two months ahead: a bare "10 ديسمبر" written on 14
  // November is the coming one, not last year's; مطلع جانفي written in
  // December is next year's. Returns that year, or 0.
  int SoonAfterPub(int month, int day) const {
    if (month == pub_.month) return 0;
    const int year = month > pub_.month ? pub_.year : pub_.year + 1;
    const int64_t pub = DaysFromCivil(pub_.year, pub_.month, pub_.day);
    const int64_t d = DaysFromCivil(year, month, day ? day : 1);
    return d > pub && d - pub <= 61 ? year : 0;
  }

  bool Finish(size_t i, size_t j, int day, int month, bool hijri,
              std::string rule, Found* f) {
    int year = 0;
    bool hijri_era = false;
    if (YearAt(&j, i, &year, &hijri_era)) {
      rule += " year";
      if (hijri || hijri_era) {
        CivilDate g;
        if (!hijri) return false;  // a Gregorian month with هـ: confused
        if (!HijriToGregorian(year, month, day, &g)) return false;
        f->date = {g.year, g.month, day ? g.day : 0};
        f->hijri = true;
        rule += " hijri->gregorian";
      } else {
        if (day && !ValidDate(year, month, day)) return false;
        f->date = {year, month, day};
      }
    } else if (int off = 0, y = 0; !hijri && OfRelativeYear(i, &j, &y, &off)) {
      // 31 مارس من العام الماضي: the month of a relative year.
      rule += " of-relative-year";
      if (y) {
        f->date = {y, month, day};
        if (day && !ValidDate(f->date.year, month, day)) return false;
      }
      f->unit = RelativeUnit::kYear;
      f->offset = off;
    } else {
      const int which = MonthModifier(seq_, j, Sent(i));
      if (hijri) return false;  // رجب، صفر alone are names and words
      // A bare month name is often another word (مارس "practised", آب
      // "father"): alone it must follow a preposition or شهر, or a day.
      if (which == 2 && day == 0 && !AfterPreposition(i) && !MonthAlone(i))
        return false;
      if (which != 2) {
        ++j;
        rule += which < 0 ? " past" : which > 0 ? " next" : " current";
      } else {
        rule += " no-year(nearest past)";
      }
      // من المقرر أن يجتمع التحالف في الرابع من يونيو: a date with no year
      // in a sentence set ahead is the next one.
      const bool ahead = which == 2 && FutureSentence(i);
      if (ahead) rule += " (sentence ahead)";
      if (have_pub_) {
        const int y = YearFor(month, day, ahead ? 1 : which == 2 ? -1 : which);
        const int soon = which == 2 && !ahead ? SoonAfterPub(month, day) : 0;
        if (which == 2 && !ahead && day == 0 && CoordinatedMonth(i, month)) {
          // في جوان أو جويلية: the year of the month it is joined to.
          f->date = {prev_.year, month, 0};
          rule += " (year of the month before)";
        } else if (which == 2 && (month == pub_.month || soon)) {
          f->date = {soon ? soon : pub_.year, month, day};
          if (soon) rule += " (within two months ahead)";
        } else {
          f->date = {y, month, day};
        }
        if (day && !ValidDate(f->date.year, month, day)) return false;
        f->unit = RelativeUnit::kYear;
        f->offset = f->date.year - pub_.year;
      } else {
        f->date = {};
        f->unit = RelativeUnit::kYear;
        f->offset = 0;
      }
    }
    f->end = j;
    f->precision = day ? DatePrecision::kDay : DatePrecision::kMonth;
    f->rule = std::move(rule);
    return true;
  }

  // من + a relative year phrase (من العام الماضي، من العام نفسه) at *j:
  // advances *j; *year is 0 when it cannot be resolved.
  bool OfRelativeYear(size_t i, size_t* j, int* year, int* offset) const {
    if (!Same(i, *j) || seq_.items[*j].norm != kMin || !Same(i, *j + 1))
      return false;
    const PhraseMatch m = lex_.relative_table.Match(seq_, *j + 1);
    if (m.entry < 0 || lex_.relatives[m.entry].unit != 4) return false;
    const FactsLexicon::Relative& r = lex_.relatives[m.entry];
    *offset = r.offset;
    if (r.event) {
      *year = prev_.year > 0 ? prev_.year + r.offset : 0;
      if (have_pub_ && *year) *offset = *year - pub_.year;
    } else {
      *year = have_pub_ ? pub_.year + r.offset : 0;
    }
    *j += 1 + m.words;
    return true;
  }

  // Whether a cue of data/facts/future.tsv comes before item i in its
  // clause (no comma or other punctuation between).
  bool FutureSentence(size_t i) const {
    for (size_t k = i; k-- > 0 && Sent(k) == Sent(i);) {
      if (seq_.items[k].kind == TokenKind::kPunct) return false;
      if (lex_.future_table.Match(seq_, k).entry >= 0) return true;
    }
    return false;
  }

  // Whether the month at i follows أو or و and a month of the same
  // sentence that is the last date resolved, earlier in the year.
  bool CoordinatedMonth(size_t i, int month) const {
    if (i < 2 || !Same(i - 2, i) || !prev_.year || !prev_.month ||
        prev_.month >= month)
      return false;
    return seq_.items[i].proclitics == kWa
               ? IsMonth(i - 1)
               : seq_.items[i - 1].norm == kAw && IsMonth(i - 2);
  }
  bool IsMonth(size_t i) const {
    return lex_.month_table.Match(seq_, i).entry >= 0;
  }

  bool MonthAlone(size_t i) const {
    const PhraseMatch m = lex_.month_table.Match(seq_, i);
    return m.entry >= 0 && lex_.months[m.entry].alone;
  }

  bool AfterPreposition(size_t i) const {
    if (i == 0 || !Same(i - 1, i)) return false;
    if (seq_.items[i - 1].norm == kShahr) return true;
    const PhraseMatch q = lex_.qualifier_table.Match(seq_, i - 1);
    return lex_.stop_table.Match(seq_, i - 1).entry >= 0 ||
           (q.entry >= 0 && lex_.qualifiers[q.entry].date);
  }

  bool DayMonth(size_t i, Found* f) {
    size_t k = i;
    std::string rule;
    const PhraseMatch wd = lex_.weekday_table.Match(seq_, k);
    if (wd.entry >= 0) {
      k += wd.words;
      if (Same(i, k) && seq_.IsPunct(k, ",")) ++k;
      rule = "weekday+";
    }
    int day = 0;
    if (!Same(i, k) || !Int(k, &day) || day < 1 || day > 31) return false;
    size_t end = 0;
    bool hijri = false;
    std::string mrule;
    const int month = Month(k + 1, &end, &hijri, &mrule);
    if (!month || !Same(i, k + 1)) return CoordinatedDay(i, k, day, f);
    return Finish(i, end, day, month, hijri, rule + "day+" + mrule, f);
  }

  // يومي 10 و 11 أبريل: a day joined by و to a later day-month date takes
  // that date's month and year; its span is the number alone.
  bool CoordinatedDay(size_t i, size_t k, int day, Found* f) {
    size_t k2 = k + 1;
    if (!Same(i, k2)) return false;
    if (seq_.items[k2].norm == kWa) {
      ++k2;
    } else if (seq_.items[k2].proclitics != kWa) {
      return false;
    }
    int day2 = 0;
    if (!Same(i, k2) || !Int(k2, &day2) || day2 <= day || day2 > 31)
      return false;
    Found second;
    if (!DayMonth(k2, &second) || second.hijri || second.date.year == 0)
      return false;
    if (!ValidDate(second.date.year, second.date.month, day)) return false;
    f->date = {second.date.year, second.date.month, day};
    f->end = k + 1;
    f->precision = DatePrecision::kDay;
    f->unit = second.unit;
    f->offset = second.offset;
    f->rule = "day+and+" + second.rule;
    return true;
  }

  bool MonthYear(size_t i, Found* f) {
    size_t end = 0;
    bool hijri = false;
    std::string rule;
    const int month = Month(i, &end, &hijri, &rule);
    if (!month) return false;
    // في يونيو ونوفمبر من العام الماضي: a month joined by و to a month
    // with a year takes that year.
    if (!hijri && Same(i, end) && seq_.items[end].proclitics == kWa) {
      Found second;
      size_t e2 = 0;
      bool h2 = false;
      std::string r2;
      if (Month(end, &e2, &h2, &r2) && !h2 && MonthYear(end, &second) &&
          second.date.year > 0 &&
          second.rule.find(" no-year") == std::string::npos) {
        f->date = {second.date.year, month, 0};
        f->end = end;
        f->precision = DatePrecision::kMonth;
        f->unit = second.unit;
        f->offset = second.offset;
        f->rule = rule + " +and+ " + second.rule;
        return true;
      }
    }
    return Finish(i, end, 0, month, hijri, rule, f);
  }

  // An ordinal day (1-31) at i: الأول، الحادي عشر، الحادي والعشرين،
  // الثلاثين. Sets *end.
  int Ordinal(size_t i, size_t* end) const {
    const PhraseMatch m = lex_.ordinal_table.Match(seq_, i);
    if (m.entry < 0 || lex_.ordinals[m.entry].teen) return 0;
    const FactsLexicon::Ordinal& o = lex_.ordinals[m.entry];
    int v = o.value;
    size_t j = i + m.words;
    if (!o.ten && v < 10 && Same(i, j)) {
      const PhraseMatch t = lex_.ordinal_table.Match(seq_, j);
      if (t.entry >= 0 && lex_.ordinals[t.entry].teen) {
        v += 10;
        j += t.words;
      } else if (t.entry >= 0 && lex_.ordinals[t.entry].ten &&
                 seq_.items[j].proclitics == kWa) {
        v += lex_.ordinals[t.entry].value;
        j += t.words;
      }
    }
    *end = j;
    return v;
  }

  // الأول من كانون الثاني 2017، الحادي عشر من سبتمبر: an ordinal day,
  // من, a month.
  bool OrdinalDay(size_t i, Found* f) {
    // الأيام الأحد عشر الأولى من يناير: an ordinal after a number counts
    // days, it names none.
    if (i > 0 && Same(i - 1, i) &&
        (seq_.items[i - 1].kind == TokenKind::kNumber ||
         lex_.number_table.Match(seq_, i - 1).entry >= 0 ||
         lex_.ordinal_table.Match(seq_, i - 1).entry >= 0))
      return false;
    size_t k = 0;
    const int day = Ordinal(i, &k);
    const PhraseMatch head = lex_.ordinal_table.Match(seq_, i);
    // غرة جانفي، غرة رمضان: the month right after the noun.
    const bool noun = day > 0 && lex_.ordinals[head.entry].noun;
    if (noun) --k;
    if (day < 1 || day > 31 || !Same(i, k + 1) ||
        (!noun && seq_.items[k].norm != kMin))
      return false;
    size_t end = 0;
    bool hijri = false;
    std::string mrule;
    const int month = Month(k + 1, &end, &hijri, &mrule);
    if (!month) return false;
    return Finish(i, end, day, month, hijri, "ordinal-day+" + mrule, f);
  }

  // صيف 2017، الصيف الماضي، هذا الصيف، خلال الصيف: a season, coded as
  // the year of its middle month. Alone it must follow a preposition (في
  // الصيف), and then it is the season nearest to publication.
  bool Season(size_t i, Found* f) {
    const bool self =
        i > 0 && Same(i - 1, i) &&
        seq_.items[i - 1].norm == "\xD9\x87\xD8\xB0\xD8\xA7" /*هذا*/;
    const PhraseMatch m = lex_.season_table.Match(seq_, i);
    if (m.entry < 0 || lex_.seasons[m.entry].middle == 0) return false;
    // ربيع الأول is a Hijri month, not spring.
    if (lex_.month_table.Match(seq_, i).entry >= 0) return false;
    const int mid = lex_.seasons[m.entry].middle;
    size_t j = i + m.words;
    std::string rule = "season:" + lex_.seasons[m.entry].form;
    // صيف 2017، صيف عام 2017
    size_t y_at = j;
    if (Same(i, y_at) &&
        (seq_.items[y_at].norm == kAam || seq_.items[y_at].norm == kAlAam))
      ++y_at;
    int y = 0;
    if (Same(i, y_at) && Int(y_at, &y) && seq_.items[y_at].norm.size() == 4) {
      f->date = {y, 0, 0};
      f->end = y_at + 1;
      f->precision = DatePrecision::kYear;
      f->rule = rule + " year";
      return true;
    }
    // Only the forms with the article take a modifier or stand alone.
    if (seq_.items[i].norm.rfind("\xD8\xA7\xD9\x84" /*ال*/, 0) != 0)
      return false;
    const int which = MonthModifier(seq_, j, Sent(i));
    if (which == 2 && !self && !AfterPreposition(i)) return false;
    if (which != 2) {
      ++j;
      rule += which < 0 ? " past" : which > 0 ? " next" : " current";
    } else {
      rule += self ? " this" : " nearest";
    }
    f->end = j;
    f->precision = DatePrecision::kYear;
    f->unit = RelativeUnit::kYear;
    f->rule = std::move(rule);
    if (!have_pub_) return true;
    // Months counted from year 0; an occurrence of the season is the
    // three months around its middle month in year Y.
    const int p = pub_.year * 12 + pub_.month - 1;
    auto middle = [&](int year) { return year * 12 + mid - 1; };
    int year = pub_.year;
    if (which == -1) {  // the last one over before publication
      year = pub_.year + 1;
      while (middle(year) + 1 >= p) --year;
    } else if (which == 1) {  // the next one to begin after it
      year = pub_.year - 1;
      while (middle(year) - 1 <= p) ++year;
    } else {  // the one running, else the nearest
      int best = 1 << 30;
      for (int yy = pub_.year - 1; yy <= pub_.year + 1; ++yy) {
        const int dist = std::max(0, std::abs(middle(yy) - p) - 1);
        const bool ahead = middle(yy) > p;
        // Current or "this": a tie goes to the one ahead.
        if (dist < best || (dist == best && ahead)) {
          best = dist;
          year = yy;
        }
      }
    }
    f->date = {year, 0, 0};
    f->offset = year - pub_.year;
    return true;
  }

  // القرن الثاني عشر (الميلادي): a century names calendar time but has no
  // YYYY value; it is kept with a null value and precision year.
  bool Century(size_t i, Found* f) {
    if (seq_.items[i].norm != kAlQarn || !Same(i, i + 1)) return false;
    size_t end = 0;
    const int n = Ordinal(i + 1, &end);
    if (n < 1 || n > 21) return false;
    if (Same(i, end) &&
        (seq_.items[end].norm == kMiladi || seq_.items[end].norm == kAlHijri))
      ++end;
    f->end = end;
    f->date = {};
    f->precision = DatePrecision::kYear;
    f->rule = "century:" + std::to_string(n);
    return true;
  }

  bool Numeric(size_t i, Found* f) {
    int a = 0, b = 0, c = 0;
    if (!Int(i, &a) || i + 4 >= seq_.items.size() + 0) return false;
    const SeqItem* it = &seq_.items[i];
    for (size_t k = i + 1; k <= i + 4; ++k) {
      if (k >= seq_.items.size() || seq_.items[k].gap_before) return false;
    }
    const std::string_view sep = seq_.items[i + 1].norm;
    if ((sep != "/" && sep != "-" && sep != ".") ||
        seq_.items[i + 3].norm != sep || !Int(i + 2, &b) || !Int(i + 4, &c))
      return false;
    int y, m, d;
    if (it->norm.size() == 4) {
      y = a, m = b, d = c;
    } else if (seq_.items[i + 4].norm.size() == 4) {
      y = c, m = b, d = a;
    } else {
      return false;
    }
    if (!ValidDate(y, m, d)) return false;
    f->date = {y, m, d};
    f->precision = DatePrecision::kDay;
    f->end = i + 5;
    f->rule = "numeric:" + std::string(sep);
    return true;
  }

  // The item after a number: a currency, unit or scale word makes it an
  // amount, not a year.
  bool CountedAfter(size_t j) const {
    if (j >= seq_.items.size()) return false;
    if (lex_.currency_table.Match(seq_, j).entry >= 0) return true;
    if (lex_.unit_table.Match(seq_, j).entry >= 0) return true;
    const PhraseMatch n = lex_.number_table.Match(seq_, j);
    return n.entry >= 0 && (lex_.numbers[n.entry].kind == NumberKind::kScale ||
                            lex_.numbers[n.entry].kind == NumberKind::kDual);
  }

  bool Year(size_t i, Found* f) {
    size_t j = i;
    std::string rule = "year";
    const std::string_view w = seq_.items[i].norm;
    if (w == kAam || w == kAlAam || w == kSana || w == kAlSana) {
      j = i + 1;
      rule = "year:" + std::string(w);
      if (!Same(i, j)) return false;
    }
    int y = 0;
    if (!Int(j, &y) || seq_.items[j].norm.size() != 4) return false;
    const bool keyword = j != i;
    if (!keyword && (y < 1800 || y > 2100)) return false;
    if (!keyword && j > 0 && seq_.items[j - 1].kind == TokenKind::kSymbol)
      return false;
    // القرار 1970، رقم 2254: a numbered thing.
    if (!keyword && j > 0 && Same(i, j - 1) &&
        lex_.label_table.Match(seq_, j - 1).entry >= 0)
      return false;
    size_t end = j + 1;
    // 2000 كيلومتر is no year; عام 2022 is one whatever follows.
    if (!keyword &&
        (CountedAfter(end) || (Same(i, end) && !seq_.items[end].gap_before &&
                               seq_.items[end].kind == TokenKind::kSymbol)))
      return false;
    bool hijri = false;
    if (Same(i, end)) {
      const std::string_view e = seq_.items[end].norm;
      if (e == kMeem) {
        ++end;
      } else if (e == kHaa || e == kHijri || e == kHijriF) {
        hijri = true;
        ++end;
      }
    }
    if (hijri) {
      CivilDate g;
      if (!HijriToGregorian(y, 1, 1, &g)) return false;
      f->date = {g.year, 0, 0};
      f->hijri = true;
      rule += " hijri->gregorian(start)";
    } else {
      f->date = {y, 0, 0};
    }
    f->precision = DatePrecision::kYear;
    f->end = end;
    f->rule = rule;
    return true;
  }

  bool WeekdayRule(size_t i, Found* f) {
    size_t k = i;
    if (seq_.items[i].norm == kYawm) ++k;
    if (!Same(i, k)) return false;
    const PhraseMatch wd = lex_.weekday_table.Match(seq_, k);
    if (wd.entry < 0) return false;
    // "الأحد" without the article is "one", never a weekday: the table holds
    // the forms with it, so a match here has it (or follows يوم).
    const int want = lex_.weekdays[wd.entry];
    size_t end = k + wd.words;
    // الأحد عشر is "eleven".
    if (Same(i, end) && lex_.ordinal_table.Match(seq_, end).entry >= 0 &&
        lex_.ordinals[lex_.ordinal_table.Match(seq_, end).entry].teen)
      return false;
    const int which = MonthModifier(seq_, end, Sent(i));
    if (which == 1 || which == -1) ++end;
    f->end = end;
    f->precision = DatePrecision::kDay;
    f->unit = RelativeUnit::kDay;
    f->rule = "weekday";
    if (!have_pub_) return true;
    const int now = Weekday(pub_);
    int delta = (want - now + 7) % 7;  // days ahead
    if (which == 1) {
      if (delta == 0) delta = 7;
    } else {
      delta = delta == 0 ? 0 : delta - 7;  // on or before publication
      if (which == -1 && delta == 0) delta = -7;
    }
    f->offset = delta;
    f->date =
        CivilFromDays(DaysFromCivil(pub_.year, pub_.month, pub_.day) + delta);
    return true;
  }

  const FactsLexicon& lex_;
  const Document& doc_;
  const WordSeq& seq_;
  CivilDate pub_;
  bool have_pub_ = false;
  CivilDate prev_;  // the last resolved date, for anchored expressions
  CivilDate prev_fine_;  // the last one with a month (يومها، ذلك التاريخ)
  CivilDate last_day_;  // the last one with a day, and its sentence
  uint32_t day_sentence_ = UINT32_MAX;
  bool last_day_background_ = false;  // last_day_ told in a كان sentence
  size_t mention_ = 0;  // InsidePersonName's cursor into doc_.mentions
};

}  // namespace

void FindDates(const FactsLexicon& lex, const Document& doc, const WordSeq& seq,
               std::vector<DateExpr>* out) {
  DateFinder(lex, doc, seq).Run(out);
}

}  // namespace rasd

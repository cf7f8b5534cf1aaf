// The doer of another act (docs/events-history.md, Fourteenth round, 14a):
// a party named by برصاص، بنيران، على يد or على أيدي is the doer of the
// killing or wounding it follows (أصيب متظاهرون برصاص الشرطة), not of a
// protest, a meeting or a talk named after it (… خلال احتجاجات، … أثناء
// اجتماع): a noun trigger of another type does not take it as its actor.
//
// Nor is the subject of a relative clause that closed before the noun
// (الخلافة التي أعلنها زعيم التنظيم، والتحريض على الهجمات): it tells who
// did something to the clause's antecedent, not who did the act after it.
// Nor is the one who tells or sees that an act broke out (أكدت الوزارة
// اندلاع اشتباكات، أفاد المرصد بوقوع مواجهات، شهدت المدينة تجدد
// المعارك): a noun after اندلاع، وقوع، حدوث، تجدد or نشوب happened, its
// doer unnamed there.
//
// A verb with a plural subject on it (اتهموا، رشقوا، يطالبون) has its
// subject already: a unit right after it is its object, never its
// subject (VSO takes a singular verb: اتهم المحتجون الحكومة), nor the
// subject of a passive (a plural passive follows its subject: جنود
// قتلوا). Its doer is the one the pronoun refers to.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include "events/clause.h"
#include "events/coder.h"

namespace rasd {
namespace events_internal {

bool Coder::DoerByHand(int32_t u) const {
  if (u < 0 || units_[u].first == 0) return false;
  uint32_t i = units_[u].first - 1;
  // (Quote marks and a comma do not stand between a genitive and its noun.)
  const Item& it = items_[i];
  if (it.punct || it.sentence != items_[units_[u].first].sentence) return false;
  constexpr std::string_view kBa = "\xD8\xA8";  // ب
  // برصاص، بنيران: by the bullets, the fire of.
  if (HasLetter(it.procl, kBa) &&
      (it.norm == "\xD8\xB1\xD8\xB5\xD8\xA7\xD8\xB5" ||         // رصاص
       it.norm == "\xD9\x86\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86"))  // نيران
    return true;
  // بيد، على يد، على أيدي: at the hands of.
  const bool hand = it.norm == "\xD9\x8A\xD8\xAF" ||                // يد
                    it.norm == "\xD8\xA7\xD9\x8A\xD8\xAF\xD9\x8A";  // ايدي
  if (!hand) return false;
  return it.procl == kBa ||
         (i > 0 && items_[i - 1].norm == "\xD8\xB9\xD9\x84\xD9\x8A");  // علي
}

bool Coder::InClosedRelative(int32_t u, uint32_t trigger) const {
  if (u < 0 || units_[u].last >= trigger) return false;
  const Clause own = ClauseOf(items_, units_[u].first);
  return own.start == ClauseStart::kRelative && own.end <= trigger &&
         items_[own.begin].sentence == items_[trigger].sentence;
}

bool Coder::OccurrenceBefore(const Found& f) const {
  if (f.item == 0) return false;
  const Item& it = items_[f.item - 1];
  if (it.punct || it.unit >= 0 || it.sentence != items_[f.item].sentence ||
      !it.enclitic.empty())
    return false;
  static constexpr std::string_view kHappened[] = {
      "\xD8\xA7\xD9\x86\xD8\xAF\xD9\x84\xD8\xA7\xD8\xB9",  // اندلاع
      "\xD9\x88\xD9\x82\xD9\x88\xD8\xB9",                  // وقوع
      "\xD8\xAD\xD8\xAF\xD9\x88\xD8\xAB",                  // حدوث
      "\xD8\xAA\xD8\xAC\xD8\xAF\xD8\xAF",                  // تجدد
      "\xD9\x86\xD8\xB4\xD9\x88\xD8\xA8",                  // نشوب
  };
  bool happened = false;
  for (std::string_view w : kHappened) happened = happened || it.norm == w;
  if (!happened) return false;
  // (Not as the result of an act told before it, whose doer it shares:
  // مما أدى إلى اندلاع مواجهات، ما أسفر عن وقوع إصابات.)
  static constexpr std::string_view kLedTo[] = {
      "\xD8\xA7\xD8\xAF\xD9\x8A",                  // ادي
      "\xD8\xA7\xD8\xAF\xD8\xAA",                  // ادت
      "\xD9\x8A\xD8\xA4\xD8\xAF\xD9\x8A",          // يؤدي
      "\xD8\xAA\xD8\xA4\xD8\xAF\xD9\x8A",          // تؤدي
      "\xD8\xA7\xD8\xB3\xD9\x81\xD8\xB1",          // اسفر
      "\xD8\xA7\xD8\xB3\xD9\x81\xD8\xB1\xD8\xAA",  // اسفرت
      "\xD9\x8A\xD8\xB3\xD9\x81\xD8\xB1",          // يسفر
      "\xD8\xAA\xD8\xB3\xD8\xA8\xD8\xA8",          // تسبب
      "\xD8\xAA\xD8\xB3\xD8\xA8\xD8\xA8\xD8\xAA",  // تسببت
  };
  for (uint32_t k = 2; k <= 3 && k <= f.item; ++k)
    for (std::string_view w : kLedTo)
      if (items_[f.item - k].norm == w) return false;
  return true;
}

bool Coder::PluralSubjectVerb(const Item& trig) const {
  if (!trig.enclitic.empty()) return false;
  const std::string_view w = trig.norm;
  constexpr std::string_view kWa = "\xD9\x88\xD8\xA7";  // وا
  constexpr std::string_view kUn = "\xD9\x88\xD9\x86";  // ون
  // The singular it is built on must be a verb form the lexicon knows
  // as "he" (اتهم، يطالب): a noun or a weak verb is left alone.
  if (w.size() > kWa.size() + 4 && w.ends_with(kWa))
    return lex_.GenderOf(w.substr(0, w.size() - kWa.size())) == 1;
  if (w.size() > kUn.size() + 6 && w.ends_with(kUn) &&
      (w.starts_with("\xD9\x8A") || w.starts_with("\xD8\xAA")))  // ي ت
    return lex_.GenderOf(w.substr(0, w.size() - kUn.size())) == 1;
  return false;
}

bool Coder::ObjectAfterPlural(const Found& f) const {
  const uint32_t s = items_[f.item].sentence;
  if (NoObjectAt(f.end, s)) return false;
  // (Nor a word of time or manner: قتلوا أثناء القصف، قتلوا أيضا في.)
  static constexpr std::string_view kAdverb[] = {
      "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1",  // اثناء
      "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",          // خلال
      "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  // عندما
      "\xD8\xAD\xD9\x8A\xD9\x86",                  // حين
      "\xD8\xA7\xD9\x8A\xD8\xB6\xD8\xA7",          // ايضا
      "\xD8\xAC\xD9\x85\xD9\x8A\xD8\xB9\xD8\xA7",  // جميعا
      "\xD9\x82\xD8\xA8\xD9\x8A\xD9\x84",          // قبيل
      "\xD9\x82\xD8\xA8\xD9\x84",                  // قبل
      "\xD8\xA8\xD8\xB9\xD8\xAF",                  // بعد
      "\xD8\xB9\xD9\x82\xD8\xA8",                  // عقب
  };
  const Item& it = items_[f.end];
  for (std::string_view w : kAdverb)
    if (it.norm == w && it.procl.empty()) return false;
  return true;
}

bool Coder::PluralPassive(const Found& f, const TriggerEntry& t,
                          int32_t* recipient, int32_t* actor,
                          std::string* how) const {
  const Item& trig = items_[f.item];
  if (t.kind != TriggerKind::kVerb || t.type != "COERCE" ||
      t.recipient.empty() || t.recipient.front() != "obj" ||
      !PluralSubjectVerb(trig) || !trig.procl.empty() || ObjectAfterPlural(f))
    return false;
  const int32_t subject = args_.Backward(f.item, 10);
  if (subject < 0) return false;
  *recipient = subject;
  *actor = args_.ByHand(f.end, 12);
  *how = "verb: plural, no object after it: passive";
  return true;
}

}  // namespace events_internal
}  // namespace rasd

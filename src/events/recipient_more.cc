// Recipients the trigger's own markers do not find, for the acts that are
// only ever done to someone (events12a): without a recipient such an
// event is dropped ("not coded: no recipient"), so each rule here names one
// where news writes it in a construction of its own.
//
// 1. A passive participle of backing after the noun phrase it describes
//    (الميليشيات الحوثية المدعومة من إيران، المتمردين الحوثيين، المدعومين
//    من إيران): the head noun before its adjectives (nisbas), or before a
//    comma right before the participle, is the one backed, whatever
//    preposition governs the phrase (إلى وحدات حماية الشعب الكردية المدعومة
//    من واشنطن).
// 2. A refusal whose object is an act done with someone (رفض عقد لقاء مع
//    السراج، ترفض التعاون مع موسكو، رافضة أي حوار مع دمشق): the party after
//    مع in the refused act's phrase is whom the refusal is against.
// 3. A ban on supplying something to a party (فرض حظرا على توريد السلاح
//    إلى ليبيا، حظرا على تصدير النفط للغرب): the party the goods are to go
//    to is the one sanctioned.
// 4. A threat of an act against a party (هدد بتوجيه ضربة إلى النظام،
//    تهديدات بإعادة فرض عقوبات على إيران): the party after على، إلى، ضد
//    or ل in the threatened act, before any condition (بالرد إذا هاجمت …).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

constexpr std::string_view kMaa = "\xD9\x85\xD8\xB9";  // مع

// Masdars of handing goods over (توريد، تصدير، بيع، إرسال، تزويد، شحن،
// تسليم), by their light stem.
bool SupplyStem(std::string_view s) {
  for (std::string_view w :
       {"\xD8\xAA\xD9\x88\xD8\xB1\xD9\x8A\xD8\xAF",   // توريد
        "\xD8\xAA\xD8\xB5\xD8\xAF\xD9\x8A\xD8\xB1",   // تصدير
        "\xD8\xA8\xD9\x8A\xD8\xB9",                   // بيع
        "\xD8\xA7\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84",   // ارسال
        "\xD8\xAA\xD8\xB2\xD9\x88\xD9\x8A\xD8\xAF",   // تزويد
        "\xD8\xB4\xD8\xAD\xD9\x86",                   // شحن
        "\xD8\xAA\xD8\xB3\xD9\x84\xD9\x8A\xD9\x85"})  // تسليم
    if (s == w) return true;
  return false;
}

// A word of condition: what follows is when, not whom (بالرد إذا فرضت
// واشنطن عقوبات على تركيا).
bool IsCondition(std::string_view w) {
  return w == "\xD8\xA7\xD8\xB0\xD8\xA7" ||  // اذا
         w == "\xD9\x84\xD9\x88" ||          // لو
         w == "\xD8\xAD\xD8\xA7\xD9\x84";    // (في) حال
}

}  // namespace

// Rule 1 (called from ArgumentsByKind, before the row's `obj`, which
// after a participle finds what follows it: المدعومة من تركيا مواقع
// الجيش): the noun phrase a backing participle describes. Back from the
// participle over nisba adjectives (units or words shaped so), a comma
// right before it; the first other unit is the head, when it is no town (a
// court in The Hague is not The Hague).
int32_t Coder::BackedHead(uint32_t at) const {
  for (uint32_t k = 1; k <= 6 && k <= at; ++k) {
    const uint32_t i = at - k;
    const Item& it = items_[i];
    if (it.sentence != items_[at].sentence) return -1;
    if (it.punct) {
      if (k == 1 && (it.norm == "\xD8\x8C" || it.norm == ",")) continue;
      return -1;
    }
    if (it.unit >= 0) {
      const Unit& u = units_[it.unit];
      if (u.nisba) {
        k += u.last - u.first;  // an adjective: on to its noun
        continue;
      }
      if (u.actor >= 0 && args_.PlaceOnly(it.unit)) return -1;
      return it.unit;
    }
    if (!it.article || !NisbaShaped(i)) return -1;
  }
  return -1;
}

// Rules 2 to 4, for an event its markers gave no recipient (from
// Parties); true when one is found.
bool Coder::MoreRecipients(const Found& f, const TriggerEntry& t, Coding* c) {
  std::vector<int32_t>& recipients = c->recipients;
  const std::vector<int32_t>& actors = c->actors;
  if (!recipients.empty() || t.mutual) return false;
  const Item& trig = items_[f.item];
  auto take = [&](int32_t u, std::string_view why) {
    if (u < 0 || std::find(actors.begin(), actors.end(), u) != actors.end())
      return false;
    recipients = args_.WithConjuncts(u);
    c->how += "; recipient " + std::string(why);
    return true;
  };
  // The object's phrase starts after the trigger, or after a subject
  // standing right after a verb (ترفض بريطانيا التعاون مع موسكو).
  uint32_t from = std::max(f.end, f.tail);
  if (!actors.empty() && units_[actors.back()].first == from)
    from = units_[actors.back()].last + 1;
  auto word = [&](uint32_t i) {
    return i < items_.size() && !items_[i].punct &&
           items_[i].sentence == trig.sentence;
  };
  if (t.type == "REJECT") {
    // Rule 2: مع within the refused act's first words: رفض (إجراء) (أي)
    // حوار (مباشر) مع …; the act is a word no unit starts.
    if (!word(from) || items_[from].unit >= 0) return false;
    for (uint32_t i = from + 1; i < from + 5 && word(i); ++i) {
      // (Not past a unit, a clause of its own or a verb joined by و:
      // رفضت البوليساريو الاقتراح وتضامنت معها الجزائر.)
      const Item& it = items_[i];
      if (it.unit >= 0 || IsComplementizer(it.norm) ||
          (it.procl.starts_with("\xD9\x88") && !it.article))
        break;
      if (it.norm == kMaa && it.enclitic.empty())
        return take(args_.Forward(i - 1, 4, kMaa, actors), "after مع");
    }
    return false;
  }
  if (t.type == "THREATEN") {
    // Rule 4: the act threatened after ب (its first two words) and whom
    // it would be done to: the party after على، إلى، ضد or ل, up to a
    // comma, a condition or a clause of its own. (Not its genitive: as
    // often its doer, بانسحاب الولايات المتحدة، or a thing, بإغلاق مضيق.)
    for (uint32_t i = from; i < from + 2 && word(i); ++i) {
      // (بأن opens what is said: no act threatened.)
      if (!HasLetter(items_[i].procl, "\xD8\xA8") || items_[i].unit >= 0 ||
          IsComplementizer(items_[i].norm))
        continue;
      uint32_t end = i + 1;
      for (; end < i + 7 && word(end); ++end) {
        const Item& it = items_[end];
        if (IsComplementizer(it.norm) || IsCondition(it.norm) ||
            (it.procl.starts_with("\xD9\x88") && !it.article))
          break;
      }
      int32_t u = -1;
      for (std::string_view m :
           {"\xD8\xB9\xD9\x84\xD9\x8A", "\xD8\xA7\xD9\x84\xD9\x8A",
            "\xD8\xB6\xD8\xAF", "\xD9\x84"}) {  // على إلى ضد ل
        if (u >= 0) break;
        u = args_.Forward(i, end - i - 1, m, actors);
      }
      // (No town or sea: يهدد الملاحة في البحر الأحمر is a danger.)
      if (u >= 0 && units_[u].actor >= 0 && args_.PlaceOnly(u)) u = -1;
      return take(u, "whom the act threatened is against");
    }
    return false;
  }
  if (t.type == "SANCTION") {
    // Rule 3: على + a masdar of supplying, then إلى or ل within a few
    // words (its object between).
    for (uint32_t i = from; i < from + 3 && word(i); ++i) {
      if (items_[i].norm != "\xD8\xB9\xD9\x84\xD9\x8A" ||  // على
          !word(i + 1) || !SupplyStem(items_[i + 1].stem))
        continue;
      int32_t u = args_.Forward(i + 1, 5, "\xD8\xA7\xD9\x84\xD9\x8A", actors);
      if (u < 0) u = args_.Forward(i + 1, 5, "\xD9\x84", actors);
      return take(u, "the one supplies were to go to");
    }
  }
  return false;
}

}  // namespace events_internal
}  // namespace rasd

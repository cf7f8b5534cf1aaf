// Who did what was suffered, named through the attack it was suffered in
// (events14b). A death or a wound told with no doer of its own (قتل ستة
// مدنيين، مقتل قيادي، أصيب ثلاثة حراس) is often followed by the attack
// it came from, and that attack's words name who made it:
//   - a light verb after the attack noun (في قصف كثيف نفذته القوات
//     الحكومية، جراء هجمات شنها التنظيم، إثر هجوم نفذه سجين): its subject;
//   - a nisba right after it, past an adjective (في غارة جوية إسرائيلية،
//     بقصف روسي): the state;
//   - the noun's genitive, or a party after ل (في قصف قوات النظام، في
//     غارة لمقاتلات التحالف): that party, unless it names only a place
//     (في قصف حلب is where).
// Only the first attack noun after the trigger in its sentence is read,
// and only when a preposition of place, cause or means puts the suffering
// in it (في، ب، جراء، إثر، عقب، خلال، بسبب); an attack told otherwise (قتل
// ثلاثة ثم هاجم المسلحون) is left to its own event.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <string>
#include <vector>

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

// في، جراء، إثر (also اثر)، عقب، خلال، بسبب: the suffering happened in or
// because of what follows.
bool InOrBecause(std::string_view w) {
  return w == "\xD9\x81\xD9\x8A" ||                  // في
         w == "\xD8\xAC\xD8\xB1\xD8\xA7\xD8\xA1" ||  // جراء
         w == "\xD8\xA7\xD8\xAB\xD8\xB1" ||          // اثر
         w == "\xD8\xB9\xD9\x82\xD8\xA8" ||          // عقب
         w == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" ||  // خلال
         w == "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA8";    // بسبب
}

// مقاتلات، طائرات، طائرة، مروحيات، طيران: the craft an attack was flown
// by; its owner is the genitive after it.
bool Aircraft(std::string_view w) {
  return w ==
             "\xD9\x85\xD9\x82\xD8\xA7\xD8\xAA\xD9\x84\xD8\xA7\xD8\xAA" ||  // مقاتلات
         w == "\xD8\xB7\xD8\xA7\xD8\xA6\xD8\xB1\xD8\xA7\xD8\xAA" ||  // طائرات
         w == "\xD8\xB7\xD8\xA7\xD8\xA6\xD8\xB1\xD9\x87" ||  // طائره
         w ==
             "\xD9\x85\xD8\xB1\xD9\x88\xD8\xAD\xD9\x8A\xD8\xA7\xD8\xAA" ||  // مروحيات
         w == "\xD8\xB7\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86";  // طيران
}

}  // namespace

// Whether item i is a noun of attack (an ASSAULT noun of triggers.tsv:
// هجوم، غارة، قصف، ضربة، تفجير).
bool Coder::AttackNounAt(uint32_t i) const {
  const Item& it = items_[i];
  // (Fighting has two sides, both its actors: مقتل 3 في اشتباكات.)
  if (it.punct || it.number || Clash(it)) return false;
  const std::vector<uint32_t>* es = lex_.NounsOf(it.stem);
  if (!es) return false;
  for (uint32_t e : *es) {
    const TriggerEntry& t = lex_.triggers()[e];
    if (t.type == "ASSAULT" && t.kind == TriggerKind::kNoun && t.rest.empty() &&
        !t.suffered)
      return true;
  }
  return false;
}

int32_t Coder::AttackDoer(const Found& f, int32_t recipient) const {
  const uint32_t s = items_[f.item].sentence;
  const std::vector<int32_t> none;
  for (uint32_t i = std::max(f.end, f.tail);
       i < items_.size() && i < f.end + 14; ++i) {
    const Item& it = items_[i];
    if (it.sentence != s || IsHardBreak(it)) return -1;
    if (it.punct || !AttackNounAt(i)) continue;
    const bool in =
        HasLetter(it.procl, "\xD8\xA8") ||  // ب
        (i > 0 && !items_[i - 1].punct && InOrBecause(items_[i - 1].norm));
    if (!in) return -1;
    // Past up to two adjectives (جوية، مكثفة، كثيف) and a relative pronoun.
    uint32_t j = i + 1;
    uint32_t adjectives = 0;
    const auto plain = [&](uint32_t k) {
      const Item& w = items_[k];
      return !w.punct && w.unit < 0 && w.procl.empty() && !w.number &&
             !IsPrepWord(w.norm) && !IsVerbLink(w.norm) && !LightAt(w);
    };
    while (j < items_.size() && adjectives < 2 && items_[j].sentence == s &&
           plain(j) && !IsRelative(items_[j].norm)) {
      ++j;
      ++adjectives;
    }
    if (j < items_.size() && IsRelative(items_[j].norm)) ++j;
    if (j >= items_.size() || items_[j].sentence != s) return -1;
    int32_t doer = -1;
    if (LightAt(items_[j])) {
      doer = args_.Forward(j, 3, {}, none);
    } else {
      // A nisba past adjectives that look like one (غارة جوية إسرائيلية);
      // a genitive right after the noun, or a party after ل past its
      // nisba-shaped adjectives (قصف مدفعي لقوات النظام).
      bool shaped = true;
      for (uint32_t k = i + 1; k < j; ++k)
        shaped = shaped && AdjectiveShaped(k);
      int32_t u = args_.UnitStartingAt(j);
      if (u >= 0 && units_[u].nisba) {
        if (shaped) doer = u;
      } else if (shaped && HasLetter(items_[j].procl, "\xD9\x84")) {  // ل
        // (Fighter jets, planes, helicopters are the owner's: لمقاتلات
        // التحالف; مقاتلات is no agent of fighters here.)
        doer = Aircraft(items_[j].norm)
                   ? args_.Genitive(j + 1)
                   : args_.Forward(j - 1, 3, "\xD9\x84", none);
      } else if (u >= 0 && j == i + 1 && !it.article &&
                 args_.PrepOf(j).empty() && !NisbaShaped(j)) {
        // (An agent's nisba is the attack's kind, no party: هجوم انتحاري،
        // تفجير إرهابي.)
        doer = u;
      }
      // (The genitive of an attack on a state or a town is its target:
      // قصف حلب، هجوم إسرائيل; only a body, a person or a group makes one.)
      if (doer >= 0 && !units_[doer].nisba) {
        const int32_t a = units_[doer].actor;
        const bool place = a >= 0 && (doc_.actors[a].type == EntityType::kGpe ||
                                      doc_.actors[a].type == EntityType::kLoc ||
                                      doc_.actors[a].type == EntityType::kFac);
        if (place || (units_[doer].agent >= 0 &&
                      !lex_.agents()[units_[doer].agent].party))
          doer = -1;
      }
    }
    return doer == recipient ? -1 : doer;
  }
  return -1;
}

}  // namespace events_internal
}  // namespace rasd

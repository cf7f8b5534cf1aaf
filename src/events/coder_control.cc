// A masdar that is the object of a verb of deciding, going on or starting
// (قررت روسيا تقليص قواتها، واصلت تركيا دعم المعارضة، يعتزم أردوغان زيارة
// موسكو): the verb's subject does the act, and the masdar's genitive is
// what it is done to (ControlledMasdar).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

namespace {

// An aspect masdar between the verb and the trigger (أعلنت بدء تقليص
// القوات، قررت استئناف دعم …): بدء، استئناف، مواصلة.
bool IsAspectMasdar(std::string_view norm) {
  return norm == "\xD8\xA8\xD8\xAF\xD8\xA1" ||  // بدء
         norm ==
             "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x8A\xD9\x86\xD8\xA7\xD9\x81" ||  // استيناف
         norm == "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB5\xD9\x84\xD9\x87";  // مواصله
}

}  // namespace

// Whether a verb form takes a masdar as its object, the act done by the
// verb's subject: cues.tsv `control` (قرر، واصل، بدأ، استأنف، حاول), or a
// `future` cue that is a present or past verb (يعتزم، تنوي، تعهدت).
// Whether the word is a listed control verb, by its form or, when the
// form is no cue, its light stem (as cues are looked up: CueAt).
bool Coder::Controls(const Item& it) const {
  if (lex_.IsControlVerb(it.norm)) return true;
  return !it.stem.empty() && it.stem != it.norm && !lex_.CueOf(it.norm) &&
         lex_.IsControlVerb(it.stem);
}

bool Coder::ControlVerb(const Item& it) const {
  if (it.punct || it.article || !it.enclitic.empty()) return false;
  if (Controls(it)) return true;
  const Cue* c = args_.CueAt(it);
  return c && c->role == CueRole::kFuture &&
         (it.norm.starts_with("\xD9\x8A") ||  // ي
          it.norm.starts_with("\xD8\xAA"));   // ت
}

bool Coder::ControlledMasdar(const Found& f, const TriggerEntry& t, Coding* c) {
  int32_t* actor = &c->actor;
  int32_t* recipient = &c->recipient;
  const Item& trig = items_[f.item];
  // The masdar itself is the object: no article, no preposition before
  // it (قرر تقليص; not قرر بعد الزيارة) but the ل of purpose (ستضطر
  // لطلب قرض، سعت لتعزيز).
  if (trig.article || (!trig.procl.empty() && trig.procl != "\xD9\x84") ||
      f.item == 0)
    return false;
  uint32_t i = f.item - 1;
  if (IsAspectMasdar(items_[i].norm) && items_[i].procl.empty() && i > 0) --i;
  // The verb's subject may stand between (VSO: قررت روسيا تقليص).
  int32_t subject = -1;
  const int32_t u = items_[i].unit;
  if (u >= 0 && units_[u].last == i && !units_[u].nisba) {
    if (units_[u].first == 0) return false;
    subject = u;
    i = units_[u].first - 1;
  }
  const Item& verb = items_[i];
  if (verb.sentence != trig.sentence || !ControlVerb(verb)) return false;
  // (Its subject is the unit right before it otherwise (SVO), else a
  // pronoun: the searches for a noun's doer before it go on from here.)
  if (subject < 0 && !HasLetter(verb.procl, "\xD9\x88"))
    subject = args_.UnitBefore(i);
  // (A subject only a pronoun or the clause before names is left to the
  // searches for a noun's doer.)
  if (subject < 0) return false;
  *actor = subject;
  // The masdar's genitive is its object, unless a marker the row lists
  // follows it (أكد لافروف دعم روسيا لحفتر: Russia backs).
  // (A masdar with its pronoun, واصل هجومه، has no genitive after it.
  // What one mobilises or withdraws is one's own forces, no recipient.)
  const bool own = t.type == "MOBILIZE" || t.type == "RETREAT";
  const int32_t object =
      items_[f.end - 1].enclitic.empty() && !own ? args_.Genitive(f.end) : -1;
  bool marked = false;
  if (object >= 0) {
    const uint32_t after = units_[object].last + 1;
    for (const std::string& m : t.recipient)
      marked = marked || (m != "obj" && m != "gen" &&
                          args_.Forward(after - 1, 2, m, {}) >= 0);
  }
  if (marked) {
    if (*actor < 0) *actor = object;
  } else if (object >= 0) {
    *recipient = object;
  }
  c->how =
      "noun: the object of a verb of deciding or going on, its subject the "
      "doer";
  if (!Controls(verb))  // a `future` cue: يعتزم، تنوي
    c->intended_by = static_cast<int32_t>(i);
  return true;
}

}  // namespace events_internal
}  // namespace rasd

// The one an act was done to, where Arabic leaves the doer unwritten
// (docs/events-history.md, Eleventh round, 11c): a transitive verb with no
// object after a relative pronoun (الصحفي الذي قتل برصاص الجيش، المعارض الذي
// اعتقل في موسكو) or اتهم with its charge right after it (رجال اتهموا
// بالتجسس) is passive; an accusation masdar whose genitive the charge
// follows (اتهامه بالتجسس، اتهام الناشط بالتحريض) names the accused; the
// subject of a verb of facing or surviving (واجه انتقادات، نجا من محاولة
// اغتيال) underwent the act named after it.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

constexpr std::string_view kBa = "\xD8\xA8";  // ب
// The accusation root in the masdar's forms (اتهام، اتهامات); the verb's
// is kTuhm (coder.h).
constexpr std::string_view kTiham = "\xD8\xAA\xD9\x87\xD8\xA7\xD9\x85";  // تهام
// The conviction masdar (إدانته بالاحتيال: his conviction).
constexpr std::string_view kIdan = "\xD8\xA7\xD8\xAF\xD8\xA7\xD9\x86";  // ادان

// The passive forms of أدان, "was convicted" (جندي أدين بقتل فلسطيني،
// يدان بالتجسس): with a charge after them the subject was convicted, by
// a court the text rarely names, and accused nobody.
bool ConvictedForm(std::string_view w) {
  static constexpr std::string_view kForms[] = {
      "\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x86",                  // ادين
      "\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x86\xD9\x88\xD8\xA7",  // ادينوا
      "\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x86\xD8\xAA",          // ادينت
      "\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA7",          // ادينا
      "\xD9\x8A\xD8\xAF\xD8\xA7\xD9\x86",                  // يدان
      "\xD8\xAA\xD8\xAF\xD8\xA7\xD9\x86",                  // تدان
      "\xD9\x8A\xD8\xAF\xD8\xA7\xD9\x86\xD9\x88\xD9\x86",  // يدانون
  };
  return std::find(std::begin(kForms), std::end(kForms), w) != std::end(kForms);
}

// Nouns after ب that make a manner adverb, not a charge (اتهم بشدة،
// بشكل مباشر، بوضوح، صراحة).
bool MannerNoun(std::string_view w) {
  static constexpr std::string_view kManner[] = {
      "\xD8\xB4\xD8\xAF\xD8\xA9",                                  // شدة
      "\xD8\xB4\xD9\x83\xD9\x84",                                  // شكل
      "\xD9\x88\xD8\xB6\xD9\x88\xD8\xAD",                          // وضوح
      "\xD8\xB5\xD8\xB1\xD8\xA7\xD8\xAD\xD8\xA9",                  // صراحة
      "\xD9\x82\xD9\x88\xD8\xA9",                                  // قوة
      "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84",  // المقابل
  };
  return std::find(std::begin(kManner), std::end(kManner), w) !=
         std::end(kManner);
}

}  // namespace

bool Coder::ChargeAt(uint32_t i) const {
  if (i == 0 || i >= items_.size()) return false;
  const Item& it = items_[i];
  // (Nothing unsegmented between: اتهام لندن لها بمحاولة is London's.)
  // (The words' own clitics stand in the gap: اتهام|ه ب|التجسس.)
  const size_t from = items_[i - 1].raw.end, to = it.raw.begin;
  if (to < from) return false;
  std::string_view gap = std::string_view(doc_.text).substr(from, to - from);
  gap.remove_prefix(std::min(gap.size(), gap.find_first_of(" \"")));
  gap = gap.substr(0, gap.find_last_of(" \"") + 1);
  if (gap.find_first_not_of(" \"") != std::string_view::npos) return false;
  // (بأنه، بأن: "that", what something is called: وصف الاتهامات بأنها.)
  if (it.norm == "\xD8\xA7\xD9\x86" ||
      it.norm.starts_with("\xD8\xA7\xD9\x86\xD9\x87"))
    return false;
  return !it.punct && HasLetter(it.procl, kBa) && !it.number &&
         !MannerNoun(it.norm) && !InDate(it);
}

bool Coder::AfterRelative(uint32_t item) const {
  if (!items_[item].procl.empty()) return false;
  for (uint32_t k = 1; k <= 2 && k <= item; ++k) {
    const Item& it = items_[item - k];
    if (it.punct || it.sentence != items_[item].sentence || it.unit >= 0 ||
        !IsVerbLink(it.norm))
      return false;
    if (it.article) return true;  // التي، الذي، الذين
  }
  return false;
}

bool Coder::RelativePassive(const Found& f, const TriggerEntry& t,
                            int32_t* recipient, int32_t* actor,
                            std::string* how) const {
  const Item& trig = items_[f.item];
  // A pronoun object on the verb (الذي قتله) makes it active.
  if (t.kind != TriggerKind::kVerb || !items_[f.end - 1].enclitic.empty() ||
      f.tail > f.end)
    return false;
  const bool accuse =
      t.type == "ACCUSE" && (trig.norm.find(kTuhm) != std::string_view::npos ||
                             ConvictedForm(trig.norm));
  if (accuse && ChargeAt(f.end)) {
    // اتهم takes its object before the charge: with the charge right
    // after it, it is passive, relative or not (رجال روس اتهموا بالتجسس).
    const bool joined = trig.procl.starts_with("\xD9\x88") ||
                        trig.procl.starts_with("\xD9\x81");
    *recipient = joined ? -1 : args_.UnitBefore(f.item);
    *actor = -1;
    *how = "verb: passive, its charge right after it";
    return true;
  }
  if ((t.type != "ASSAULT" && t.type != "COERCE") || t.recipient.empty() ||
      t.recipient.front() != "obj" || !AfterRelative(f.item))
    return false;
  const uint32_t next = f.end + DatedAt(f.end);
  if (!NoObjectAt(next, trig.sentence)) return false;
  // (Nor a verb joined to it: الميليشيات التي تجرح وتداوي.)
  if (next < items_.size() && items_[next].procl.starts_with("\xD9\x88"))
    return false;
  // (A preposition the row lists marks an object: الذي اعتدى على.)
  if (next < items_.size() && !items_[next].punct) {
    const std::string_view p = args_.PrepOf(next);
    for (const std::string& m : t.recipient)
      if (m == items_[next].norm || (!p.empty() && m == p)) return false;
  }
  *recipient = args_.UnitBefore(f.item);
  *actor = args_.ByHand(f.end - 1, 12);
  *how = *actor >= 0 ? "verb: passive after a relative pronoun, doer by hand"
                     : "verb: passive after a relative pronoun, no object";
  return true;
}

bool Coder::AccusedGenitive(const Found& f, const TriggerEntry& t,
                            int32_t genitive, int32_t* accused) const {
  const Item& trig = items_[f.item];
  if (t.type != "ACCUSE" || t.kind != TriggerKind::kNoun ||
      (trig.norm.find(kTiham) == std::string_view::npos &&
       trig.norm.find(kIdan) == std::string_view::npos))
    return false;
  // Its pronoun (اتهامه بالتجسس): the accused, found as a pronoun is.
  if (!items_[f.end - 1].enclitic.empty()) {
    if (!ChargeAt(f.end)) return false;
    *accused = -1;
    return true;
  }
  // (A nisba is the accuser: الاتهامات الأميركية.)
  if (genitive < 0 || units_[genitive].first != f.end || units_[genitive].nisba)
    return false;
  if (!ChargeAt(units_[genitive].last + 1)) return false;
  *accused = genitive;
  return true;
}

bool Coder::AgentGenitive(const Found& f, const TriggerEntry& t, int32_t* actor,
                          int32_t* recipient) const {
  const int32_t g = *recipient;
  // (After a phrase, the genitive is its noun's: إلغاء الديون التونسية.)
  if (t.suffered || g < 0 || units_[g].first != f.end || f.end != f.item + 1)
    return false;
  // The act's own adjective (الغزو الأمريكي، الاستهداف الإسرائيلي): as
  // definite as the masdar, it is the doer.
  const bool adjective =
      units_[g].nisba && items_[f.item].article && items_[f.end].article;
  // Past the genitive's adjectives (السلطات الإسرائيلية), ل and a party.
  uint32_t next = units_[g].last + 1;
  while (next < items_.size() && items_[next].unit >= 0 &&
         units_[items_[next].unit].nisba &&
         units_[items_[next].unit].first == next)
    next = units_[items_[next].unit].last + 1;
  int32_t undergoer = -1;
  if (next < items_.size() && !items_[next].punct &&
      items_[next].sentence == items_[f.item].sentence &&
      args_.PrepOf(next) == "\xD9\x84")  // ل
    undergoer = args_.UnitStartingAt(next);
  if (!adjective && undergoer < 0) return false;
  *actor = g;
  *recipient = undergoer;
  return true;
}

int32_t Coder::UndergoerAfter(const Found& f) const {
  const Item& trig = items_[f.item];
  bool relative = false;
  for (uint32_t i = f.end; i < f.end + 6 && i + 1 < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.punct || it.sentence != trig.sentence || it.unit >= 0) return -1;
    const Cue* c = args_.CueAt(it);
    if (c && c->role == CueRole::kReceive && it.procl.empty()) {
      // ل with the act as its pronoun right after the verb (تعرضت له;
      // not تلقيها, "throws it", a form of ألقى as well).
      const size_t from = it.raw.end, to = items_[i + 1].raw.begin;
      const std::string_view gap =
          to > from ? std::string_view(doc_.text).substr(from, to - from)
                    : std::string_view();
      const bool lam = gap.find(" \xD9\x84\xD9\x87") != std::string_view::npos;
      if (!lam) return -1;
      const int32_t u = args_.UnitStartingAt(i + 1 + DatedAt(i + 1));
      return u >= 0 && !units_[u].nisba ? u : -1;
    }
    // (Its adjectives before the relative pronoun: الهجمات الإلكترونية
    // التي؛ قد, كاد أن before the verb.)
    if (IsVerbLink(it.norm)) {
      relative = relative || it.article;
      continue;
    }
    if (it.norm == "\xD9\x83\xD8\xA7\xD8\xAF" ||  // كاد
        it.norm == "\xD8\xA7\xD9\x86")            // أن
      continue;
    if (relative || !it.procl.empty() || it.article != trig.article) return -1;
  }
  return -1;
}

bool Coder::UndergoesAt(uint32_t cue, uint32_t trigger) const {
  for (uint32_t i = cue + 1; i < trigger; ++i) {
    const Item& it = items_[i];
    if (it.punct || it.unit >= 0 || it.title || InDate(it)) continue;
    if (it.norm == "\xD9\x85\xD9\x86") continue;  // من
    // An attempt at the act (نجا من محاولة اغتيال).
    if (it.norm.find("\xD9\x85\xD8\xAD\xD8\xA7\xD9\x88\xD9\x84") !=
            std::string_view::npos &&  // محاول
        i + 1 == trigger)
      continue;
    return false;
  }
  return true;
}

bool Coder::CondemnedAct(const Found& f) const {
  for (const Found& o : found_) {
    if (o.item >= f.item || o.end > f.item ||
        lex_.triggers()[o.entry].type != "ACCUSE")
      continue;
    // (The one condemning may stand between: أدانت فرنسا الهجوم.)
    uint32_t i = o.end;
    if (i < f.item && items_[i].unit >= 0) i = units_[items_[i].unit].last + 1;
    if (i == f.item && items_[i].sentence == items_[o.item].sentence)
      return true;
  }
  return false;
}

}  // namespace events_internal
}  // namespace rasd

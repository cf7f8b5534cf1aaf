// The subject of a verb trigger (VerbSubject), passive readings and the parties
// a protest is against.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

// Acts done by speaking: the speaker is their actor, whom they address
// their recipient.
bool SpeechAct(std::string_view type) {
  return type == "REQUEST" || type == "ACCUSE" || type == "REJECT" ||
         type == "THREATEN" || type == "SUPPORT";
}

}  // namespace

// A past verb written with a damma on its first letter (قُتل، أُعلن) is
// passive; present-tense prefixes (يُقدم is active) are left alone.
bool Coder::MarkedPassive(const Item& it) const {
  const std::string_view w = doc_.Text(it.raw);
  if (w.size() < 4 || w.substr(2, 2) != "\xD9\x8F") return false;  // ُ
  const std::string_view first = w.substr(0, 2);
  return first != "\xD9\x8A" && first != "\xD8\xAA" &&  // ي ت
         first != "\xD9\x86";                           // ن
}

// An attack verb without vowels is as often passive as active (قتل:
// killed or was killed). It is read as passive when its doer is named
// by على يد، بنيران or برصاص (قتل شرطي بنيران مسلحين), or when the one
// noun phrase it has, before or after it, is followed by no object: a
// preposition, a date, a comma, the clause's end or a verb joined by و
// (ثمانية أشخاص قتلوا في الهجوم، وقتل جندي وأصيب آخرون). The noun phrase
// is then the recipient; the doer, if any, the one على يد names.
bool Coder::PassiveReading(const Found& f, int32_t* recipient, int32_t* actor,
                           std::string* how) {
  const Item& trig = items_[f.item];
  // A pronoun object on the verb (تقتله قوات الأمن) makes it active.
  if (!items_[f.end - 1].enclitic.empty()) return false;
  const std::vector<int32_t> none;
  const int32_t by = args_.ByHand(f.end, 12);
  const bool joined =
      trig.procl.starts_with("\xD9\x88") || trig.procl.starts_with("\xD9\x81");
  int32_t subject = joined ? -1 : args_.UnitBefore(f.item);
  uint32_t next = f.end;  // where an object would stand
  bool plural = false;    // passive by its plural subject and no object
  if (subject < 0 && PluralSubjectVerb(trig)) {
    // A verb that carries its plural subject (other_doer.cc) is passive
    // only with no object after it (جنود … قتلوا في الهجوم): its
    // subject is the one named before.
    if (joined || ObjectAfterPlural(f)) return false;
    subject = args_.Backward(f.item, 10);
    if (subject < 0) return false;
    plural = true;
  } else if (subject < 0) {
    subject = args_.Forward(f.end - 1, 4 + DatedAt(f.end), {}, none);
    // (An attack noun before it is the subject: استهدف هجوم القوات.)
    if (subject >= 0 && ActNounIn(f.end, units_[subject].first)) return false;
    // (A verb that says "she" has no such subject: قتلت … المتهمين.)
    if (subject < 0 || (lex_.GenderOf(trig.norm) == 2 && MenPlural(subject)))
      return false;
    next = units_[subject].last + 1;
    // Its adjectives: a nisba (جنديان أميركيان), one more word.
    while (next < items_.size() && items_[next].unit >= 0 &&
           units_[items_[next].unit].nisba)
      next = units_[items_[next].unit].last + 1;
    // or one the knowledge base does not know (جنديان أميركيان), as
    // definite as the noun and agreeing with it: after men in the plural
    // in the plural too (a noun in ية is an object: هاجم مسلحون قرية),
    // after a feminine in ة too (استهدفت طائرة … قياديا).
    const Item& noun = items_[units_[subject].last];
    if (next < items_.size() && items_[next].unit < 0 && NisbaShaped(next) &&
        items_[next].article == noun.article &&
        (!SoundPlural(noun) || SoundPlural(items_[next])) &&
        (!doc_.Text(noun.raw).ends_with("\xD8\xA9") ||  // ة
         doc_.Text(items_[next].raw).ends_with("\xD8\xA9")))
      ++next;
  }
  if (by < 0 && !plural && !NoObjectAt(next, trig.sentence)) return false;

  *recipient = subject;
  *actor = by;
  // The attack noun it took in may name the doer by a light verb (قتل
  // خمسة جنود في هجوم شنه مسلحون، … تبنته الحركة).
  for (uint32_t i = f.content_tail; f.content != UINT32_MAX && *actor < 0 &&
                                    i < f.content_tail + 4 && i < items_.size();
       ++i) {
    if (items_[i].punct || items_[i].sentence != trig.sentence) break;
    const Cue* c = args_.CueAt(items_[i]);
    if (c && c->role == CueRole::kLight) *actor = args_.Forward(i, 3, {}, none);
    // or by ل after an attack or a raid (قتل عشرة مدنيين في غارات
    // للطيران الروسي).
    const int32_t u = args_.UnitStartingAt(i);
    // (Right after it or its one adjective: غارة جوية للتحالف.)
    const bool next = i == f.content_tail ||
                      (i == f.content_tail + 1 && AdjectiveShaped(i - 1));
    if (*actor < 0 && u >= 0 && next && args_.PrepOf(i) == "\xD9\x84" &&  // ل
        RaidNoun(items_[f.content]) && !units_[u].nisba && !args_.PlaceOnly(u))
      *actor = u;
  }
  // Killed in clashes with X (قتلوا في مواجهات مع قوات الأمن): X.
  for (uint32_t i = next + 1; *actor < 0 && i < next + 8 && i < items_.size();
       ++i) {
    if (items_[i].sentence != trig.sentence || IsHardBreak(items_[i])) break;
    if (items_[i].norm == "\xD9\x85\xD8\xB9" && Clash(items_[i - 1]))  // مع
      *actor = args_.Forward(i - 1, 4, items_[i].norm, none);
  }
  *how = by >= 0  ? "verb: passive, doer after على يد"
         : plural ? "verb: plural, no object after it: passive"
                  : "verb: passive, no object after its one noun";
  return true;
}

// A verb in a relative clause that carries the antecedent as its object
// pronoun and names its own subject right after it (الجبهة التي تدعمها
// تركيا، الحركة التي تتهمها أنقرة، الوزير الذي انتقده البرلمان): the
// subject after the verb acts, the antecedent undergoes. Without the
// pronoun the antecedent is the subject (موسكو التي استقبلت حفتر).
bool Coder::RelativeObject(const Found& f, int32_t* actor,
                           int32_t* recipient) const {
  const Item& trig = items_[f.item];
  if (items_[f.end - 1].enclitic.empty() || !trig.procl.empty()) return false;
  bool relative = false;  // التي، الذي، الذين, past قد، لم، لا
  for (uint32_t k = 1; k <= 2 && k <= f.item; ++k) {
    const Item& it = items_[f.item - k];
    if (it.punct || it.sentence != trig.sentence || it.unit >= 0 ||
        !IsVerbLink(it.norm))
      break;
    if (it.article) {
      relative = true;
      break;
    }
  }
  if (!relative) return false;
  const std::vector<int32_t> none;
  const uint32_t dated = DatedAt(f.end);
  const int32_t subject = args_.Forward(f.end - 1, 1 + dated, {}, none);
  if (subject < 0 || units_[subject].first != f.end + dated) return false;
  const int32_t antecedent = args_.UnitBefore(f.item);
  if (antecedent < 0 || antecedent == subject) return false;
  *actor = subject;
  *recipient = antecedent;
  return true;
}

// The one a protest is against, when no marker named a target: after a
// demand cue later in the sentence (cues.tsv `demand`), the owner of an
// ouster demanded (`against`: مطالبين برحيل الحكومة، تطالب بطرد السفير).
// Whom a demand is only addressed to (مطالبين الحكومة بالتدخل) is not
// the target. The cue is noted in demands_: it is the protest's, no
// request of its own.
int32_t Coder::DemandTarget(const Found& f) {
  const uint32_t s = items_[f.item].sentence;
  for (uint32_t i = f.end; i < items_.size() && i < f.end + 30; ++i) {
    const Item& it = items_[i];
    if (it.sentence != s || IsHardBreak(it)) break;
    if (it.punct) continue;
    const Cue* c = args_.CueAt(it);
    if (!c || c->role != CueRole::kDemand) continue;
    demands_.push_back(i);
    for (uint32_t j = i + 1; j < items_.size() && j <= i + c->window; ++j) {
      if (items_[j].sentence != s || IsHardBreak(items_[j])) break;
      const Cue* a = items_[j].punct ? nullptr : args_.CueAt(items_[j]);
      if (!a || a->role != CueRole::kAgainst) continue;
      const int32_t u = args_.Genitive(j + 1);
      // The envoy of a state (بطرد السفير الإسرائيلي): the protest is
      // against the state.
      if (u >= 0 && units_[u].agent >= 0) {
        const int32_t n = args_.UnitStartingAt(units_[u].last + 1);
        if (n >= 0 && units_[n].nisba) return n;
      }
      return u;
    }
    return -1;
  }
  return -1;
}

// Whom a protest heads for or stands before, when no marker named a
// target: the party after نحو، باتجاه، إلى or أمام in the protest's
// clause, past the building's words (ساروا نحو السفارة التونسية،
// تجمعوا أمام مقر رئيس الوزراء): a place that stands for no party
// (توجهوا إلى وسط المدينة) is where, not whom.
int32_t Coder::Heading(const Found& f) const {
  const uint32_t s = items_[f.item].sentence;
  // (إلى after a noun is as often a result: أدت الاحتجاجات إلى إغلاق.)
  const bool verb = lex_.triggers()[f.entry].kind != TriggerKind::kNoun &&
                    lex_.triggers()[f.entry].kind != TriggerKind::kPassive;
  for (uint32_t i = f.end; i < items_.size() && i < f.end + 12; ++i) {
    const Item& it = items_[i];
    if (it.sentence != s || IsHardBreak(it)) break;
    if (it.punct) {
      if (it.norm == "\xD8\x8C" || it.norm == ",") break;  // ،
      continue;
    }
    const bool toward =
        it.norm == "\xD9\x86\xD8\xAD\xD9\x88" ||                   // نحو
        (it.norm == "\xD8\xA7\xD9\x84\xD9\x8A" && verb) ||         // الي
        (it.norm == "\xD8\xA7\xD8\xAA\xD8\xAC\xD8\xA7\xD9\x87" &&  // اتجاه
         HasLetter(it.procl, "\xD8\xA8"));
    if (!toward) continue;
    bool office = false;  // passed مقر، سفارة، مبنى …
    for (uint32_t j = i + 1; j < items_.size() && j <= i + 4; ++j) {
      const Item& w = items_[j];
      if (w.sentence != s) return -1;
      const int32_t u = args_.UnitStartingAt(j);
      // A nisba names the owner only of an office (السفارة التونسية),
      // not of a town (العاصمة الدنماركية).
      if (u >= 0)
        return args_.PlaceOnly(u) || (units_[u].nisba && !office) ? -1 : u;
      office = office || IsOffice(w.stem);
      if (w.punct ? !IsQuote(w)
                  : IsPrepWord(w.norm) || IsVerbLink(w.norm) ||
                        !w.procl.empty() || w.number)
        return -1;
    }
    return -1;
  }
  return -1;
}

// Whom a crowd's slogan after the protest, in its sentence, wishes
// death or downfall: الموت لـ X، يسقط X (يرددون «الموت لأميركا»).
int32_t Coder::Slogan(const Found& f) const {
  const uint32_t s = items_[f.item].sentence;
  for (uint32_t i = f.end; i + 1 < items_.size() && i < f.end + 40; ++i) {
    const Item& it = items_[i];
    if (it.sentence != s) break;
    if (it.punct) continue;
    const bool death =
        it.norm == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xAA";  // الموت
    const bool fall = it.stem == "\xD9\x8A\xD8\xB3\xD9\x82\xD8\xB7" ||  // يسقط
                      it.stem == "\xD8\xAA\xD8\xB3\xD9\x82\xD8\xB7";  // تسقط
    if (!death && !fall) continue;
    const int32_t u = args_.UnitStartingAt(i + 1);
    if (u >= 0 && (fall || HasLetter(items_[i + 1].procl, "\xD9\x84")))
      return u;
  }
  return -1;
}

// مقر، سفارة، قنصلية، مبنى، مكتب، قصر (light stems): a building that
// stands for its owner.
bool Coder::IsOffice(std::string_view stem) {
  static const char* kWords[] = {
      "\xD9\x85\xD9\x82\xD8\xB1",                  // مقر
      "\xD8\xB3\xD9\x81\xD8\xA7\xD8\xB1",          // سفار
      "\xD9\x82\xD9\x86\xD8\xB5\xD9\x84\xD9\x8A",  // قنصلي
      "\xD9\x85\xD8\xA8\xD9\x86\xD9\x8A",          // مبني
      "\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8",          // مكتب
      "\xD9\x82\xD8\xB5\xD8\xB1",                  // قصر
  };
  for (const char* k : kWords)
    if (stem == k) return true;
  return false;
}

// Whether unit u is an adjective of the trigger noun rather than its
// genitive: a generic agent's nisba form right after it, as definite
// as it is (هجوم انتحاري، الهجوم الإرهابي، هجمات انتحارية: the kind of
// attack, not its doer; هجوم الانتحاريين is theirs).
bool Coder::Described(int32_t u, const Found& f) const {
  if (u < 0 || units_[u].agent < 0 || units_[u].first != f.end ||
      units_[u].last != f.end)
    return false;
  const Item& it = items_[f.end];
  return it.article == items_[f.end - 1].article &&
         (it.norm.ends_with("\xD9\x8A") ||  // ي
          it.norm.ends_with("\xD9\x8A\xD9\x87"));  // ية (هجمات انتحارية)
}

// Whether no object stands at item i of sentence s: the clause ends, or
// a preposition, a date or a verb joined by و comes first.
bool Coder::NoObjectAt(uint32_t i, uint32_t s) const {
  // A date may stand before the object (خطفوا ظهر أمس أميركيا), with
  // a preposition of time (خطفوا قبل ظهر أمس أميركيا).
  if (i + 1 < items_.size() && !items_[i].punct && IsTimeWord(items_[i].norm) &&
      InDate(items_[i + 1]))
    ++i;
  while (i < items_.size() && !items_[i].punct && InDate(items_[i])) ++i;
  if (i >= items_.size() || items_[i].sentence != s) return true;
  const Item& it = items_[i];
  if (it.punct) return it.norm != "\"" && !IsQuote(it);
  if (IsPrepWord(it.norm) || !args_.PrepOf(i).empty() ||
      IsSubordinator(it.norm))
    return true;
  // و + a word that starts no unit: the next verb (وأصيب آخرون).
  return it.procl.starts_with("\xD9\x88") && it.unit < 0 && !it.number &&
         !lex_.CueOf(it.norm);
}

// The subject of verb trigger f after its own marker carrying a pronoun
// (صادق عليه مجلس الدوما، اجتمع به وزير الخارجية): the unit right
// after that marker, the pronoun being what the act was done to; or -1.
// Only the verb's listed markers: after another preposition the unit
// is as often an adjunct (صادق فيه …).
int32_t Coder::SubjectPastMarker(const Found& f, const TriggerEntry& t) const {
  const uint32_t m = f.end;
  if (m + 1 >= items_.size()) return -1;
  const Item& marker = items_[m];
  if (marker.punct || marker.enclitic.empty() ||
      marker.sentence != items_[f.item].sentence ||
      std::find(t.recipient.begin(), t.recipient.end(), marker.norm) ==
          t.recipient.end())
    return -1;
  const int32_t u = args_.UnitStartingAt(m + 1);
  if (u < 0 || units_[u].nisba || !items_[m + 1].procl.empty()) return -1;
  return u;
}

// The subject of a verb trigger, and how it was found.
int32_t Coder::VerbSubject(const Found& f, const TriggerEntry& t,
                           std::string* how) {
  const Item& trig = items_[f.item];
  const std::vector<int32_t> none;
  int32_t actor = -1;
  // A verb joined by و or ف starts its own clause: the unit before it
  // ends the clause before (زار السراج موسكو وطلب منها: not موسكو),
  // and with no subject after it, it shares that clause's subject. (So
  // does one after ثم: التقى شويغو، ثم توجه إلى القاهرة; and after حيث,
  // where the one who went met someone: صعد إلى الحاملة، حيث تحادث مع
  // شويغو. Only meetings: حيث احتشد آلاف has a subject no unit names.)
  const bool joined =
      trig.procl.starts_with("\xD9\x88") ||
      trig.procl.starts_with("\xD9\x81") ||
      (f.item > 0 && (items_[f.item - 1].norm == kThumma ||
                      (t.mutual && items_[f.item - 1].norm == kHaythu)));
  // A verb that says "she" (استقبلت، تدعم) does not agree with a man
  // named after it: he is its object (استقبلت المشير خليفة حفتر).
  const int gender = lex_.GenderOf(trig.norm);
  bool rejected = false;  // a man named after it, its object
  auto agrees = [&](int32_t u) {
    const bool ok = u < 0 || gender != 2 || (!NamedMan(u) && !MenPlural(u));
    rejected = rejected || !ok;
    return ok;
  };
  // "His country" right before a speech act (قال أردوغان إن بلاده ترفض
  // …): the state of the one named before it; no unit stands for it,
  // so it is noted for Code.
  his_country_ = -1;
  // A participle after a clause (قال المسماري إن القوات …، متوعدا؛
  // ودعا السراج …، مطالبا): the subject of the sentence's first clause,
  // the speaker where a complementizer follows it.
  if (t.participle) {
    *how = "participle: the subject of the clause it follows";
    uint32_t start = f.item;
    while (start > 0 && items_[start - 1].sentence == trig.sentence) --start;
    for (uint32_t i = start; i < f.item; ++i)
      if (!items_[i].punct && IsComplementizer(items_[i].norm))
        return args_.Backward(i, 10);
    if (last_verb_.sentence == trig.sentence && last_verb_.actor >= 0)
      return last_verb_.actor;
    return args_.Backward(f.item, 15);
  }
  // "We" (نطالب، لن ندعم، بحثنا) inside a quote: the speaker's side,
  // the quote's speaker; the unit after the verb is its object. Outside
  // a quote "we" is the writer, nobody named.
  // (A quote whose speaker rasd did not resolve: the pronoun rules
  // below, which find the one named before, as for "he".)
  if (FirstPerson(trig)) {
    const int32_t speaker = SpeakerOf(trig);
    if (speaker >= 0 || QuoteAround(trig) == nullptr) {
      *how = "verb: first person, the quote's speaker";
      return speaker;
    }
  }
  if (!joined && SpeechAct(t.type) && f.item >= 1 &&
      items_[f.item - 1].norm == "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF" &&  // بلاد
      !items_[f.item - 1].enclitic.empty()) {
    uint32_t at = f.item - 1;  // (past إن، أن: the reporting clause)
    if (at >= 1 && !items_[at - 1].punct &&
        IsComplementizer(items_[at - 1].norm))
      --at;
    his_country_ = args_.Backward(at, 10);
    *how = "verb: his country, the state of the one named before";
    return -1;
  }
  // The pronoun on a complementizer right before it that agrees with it
  // and with the reporting clause's subject (قالت روسيا إنها قتلت تسعة
  // مسلحين، أعلنت الشرطة أنها اعتقلت خمسة): the reporter did it, and a
  // unit after the verb is its object. An attack, an arrest or a release
  // only with an object after it: without one the verb is as often a
  // passive (قالت الناشطة إنها اعتقلت في المطار).
  if (!joined && gender != 0) {
    const int32_t reporter = ReporterSubject(f, t, gender);
    if (reporter >= 0) {
      *how = "verb: the reporter, the pronoun on the complementizer";
      return reporter;
    }
  }
  actor = SubjectPastMarker(f, t);
  if (actor >= 0) *how = "verb: subject after its marker with a pronoun";
  if (!agrees(actor)) actor = -1;
  if (!joined && actor < 0) {
    actor = args_.UnitBefore(f.item);
    *how = "verb: subject before";
    if (!agrees(actor)) actor = -1;
  }
  // Its clause's topic before it: a relative pronoun's antecedent, or the
  // one that opens a clause before a relative clause (clause.h).
  if (!joined && actor < 0) {
    bool unnamed = false;
    const int32_t topic = ClauseTopic(f, &unnamed);
    // (A mutual act names its parties after it: الاتفاقيات التي أبرمت
    // بين ليبيا وروسيا.)
    if (unnamed && !t.mutual) {
      *how = kUnnamed;
      return -1;
    }
    if (topic >= 0 && agrees(topic)) {
      actor = topic;
      *how = "verb: clause topic before its relative clause";
    }
  }
  // A plural verb right after a relative pronoun whose antecedent no
  // unit names (الجمهوريين الذين يؤيدون ترامب): nobody named before it.
  if (actor < 0 && !joined && PluralSubjectVerb(trig) &&
      AfterRelative(f.item) && args_.UnitBefore(f.item) < 0) {
    *how = kUnnamed;
    return -1;
  }
  if (actor < 0 && !PluralSubjectVerb(trig)) {
    // (A date between does not count: خرج مساء أول من أمس مئات
    // المتظاهرين.)
    actor = args_.Forward(f.end - 1, 4 + DatedAt(f.end), {}, none);
    *how = "verb: subject after";
    if (!agrees(actor)) actor = -1;
    if (actor >= 0 && UnnamedSubject(f.end, actor)) {
      *how = kUnnamed;
      return -1;
    }
    // A verb joined by و that says "he" does not agree with a state or a
    // feminine body after it (واتهم الولايات المتحدة بمحاولة …، واتهم
    // الشرطة بالمؤامرة): that is its object; its subject is the one of
    // the clause it is joined to (clause.h).
    if (actor >= 0 && joined && gender == 1 && OnlyShe(actor)) {
      actor = -1;
      *how = "verb: joined, the one after it its object";
    }
    // An attack noun after an attack verb is its subject (استهدف هجوم
    // انتحاري القوات الأجنبية): the attack did it, nobody named.
    if (t.type == "ASSAULT" &&
        ActNounIn(f.end, actor >= 0 ? units_[actor].first : f.end + 3)) {
      *how = "verb: its subject an attack";
      return -1;
    }
  }
  // A subject of its own after it that no unit names: nobody from
  // another clause (clause.h).
  if (actor < 0 && !joined && OwnSubjectAfter(f)) {
    *how = kUnnamed;
    return -1;
  }
  // A state that acts through the mouth of its minister (حذرت مالطا
  // على لسان وزير خارجيتها جورج فيلا): the one who voices it acts.
  if (actor >= 0 && units_[actor].last + 2 < items_.size() &&
      args_.VoiceAt(units_[actor].last + 1)) {
    const int32_t voice = args_.Forward(units_[actor].last, 8, {}, none);
    if (voice >= 0 && voice != actor) {
      actor = voice;
      *how += ", the one على لسان names";
    }
  }
  if (actor < 0 && joined && last_verb_.sentence == trig.sentence &&
      last_verb_.actor >= 0) {
    actor = last_verb_.actor;
    *how = "verb: subject of the verb it is joined to";
  }
  if (actor < 0) {
    // (A joined verb goes on from the clause a relative clause before it
    // is embedded in, not from inside it: انتقد الاتفاق الذي أبرم في
    // عهد سلفه وطالب الحلفاء.)
    uint32_t from = f.item;
    if (joined && f.item > 0 && items_[f.item - 1].sentence == trig.sentence) {
      const Clause cl = ClauseOf(items_, f.item - 1);
      if (cl.start == ClauseStart::kRelative) from = cl.begin;
      from = PastWherePlace(from);
    }
    actor = args_.Backward(from, 10, t.type == "PROTEST");
    *how = "verb: nearest actor before (pronoun subject)";
    if (!agrees(actor)) actor = -1;
    // (An attack told between is the subject: هجومين بعبوات ناسفة
    // استهدفا دوريتين.)
    if (actor >= 0 && t.type == "ASSAULT" &&
        ActNounIn(units_[actor].last + 1, f.item)) {
      *how = "verb: its subject an attack";
      return -1;
    }
  }
  // After a reported clause, a joined verb goes back to the speaker
  // (أكد المجلس في بيان أنه لم يصدر أوامر، ودعا إلى وقف التصعيد).
  for (uint32_t k = 1; actor < 0 && joined && k <= 25 && k <= f.item; ++k) {
    const Item& it = items_[f.item - k];
    if (it.sentence != trig.sentence || IsHardBreak(it)) break;
    if (!it.punct && IsComplementizer(it.norm)) {
      actor = args_.Backward(f.item - k, 10);
      *how = "verb: subject of the clause before the reported one";
    }
  }
  // A pronoun subject its sentence does not name (ففي يناير 2010 أبرمت
  // مع حكومة القذافي عقودا): the nearest agreeing unit before the
  // sentence.
  // Only where no subject can follow: a preposition right after the
  // verb, or the man it does not agree with (طلب عدم ذكر اسمه has a
  // subject the layers do not name).
  const bool bare = f.end < items_.size() && !items_[f.end].punct &&
                    (IsPrepWord(items_[f.end].norm) ||
                     !args_.PrepOf(f.end).empty() || rejected);
  // (Not for an attack or a protest: news often does not know their
  // doer, and the last man named is as often the victim.)
  const bool violent = t.type == "ASSAULT" || t.type == "PROTEST";
  // A speech act in a reported clause whose complementizer carries the
  // pronoun subject (أكد السراج أنه طلب من روسيا، قال إنه يرفض): the
  // one who reports it did it, not someone named in a sentence before.
  // So is any other act the pronoun, the verb and the reporter agree
  // on, but an attack or a protest (قالت الدوحة إنها تبحث مع واشنطن).
  // (Nor an arrest or a release, told in the passive as often as not:
  // قال إنه اعتقل، وأفرج عن.)
  const bool speech = SpeechAct(t.type);
  const bool undergone = t.type == "COERCE" || t.mode == "release";
  if (actor < 0 && (speech || (gender != 0 && !violent && !undergone)) &&
      f.item >= 1) {
    const uint32_t c = PronounComplementizer(f.item);
    if (c != UINT32_MAX) {
      // (Past an adjunct set off by commas before it: قال السراج
      // لرويترز، على هامش مؤتمر ميونيخ للأمن، إنه يأمل.)
      // (Not لكنه, which joins a clause of its own.)
      const bool an = items_[c].norm == "\xD8\xA7\xD9\x86";  // أن، إن
      actor = args_.Backward(an ? PastCommaAdjunct(c) : c, 10);
      if (!speech &&
          !topics_.Reports(c, f.item, actor, gender == 2 ? kShe : kHe))
        actor = -1;
      *how = "verb: the speaker, the pronoun on the complementizer";
    }
  }
  // The topic of the sentences before (قال الوزير … . وأضاف أن …).
  if (actor < 0 && gender != 0 && !violent && !undergone) {
    actor = topics_.Find(f.item, f.end, gender == 2 ? kShe : kHe);
    if (actor >= 0)
      *how = "verb: pronoun subject, the topic of a sentence before";
  }
  if (actor < 0 && gender != 0 && bare && !violent && !undergone) {
    uint32_t start = f.item;
    while (start > 0 && items_[start - 1].sentence == trig.sentence) --start;
    if (start > 0) {
      actor = args_.PronounSubject(start, gender == 2);
      *how = "verb: pronoun subject, named in a sentence before";
    }
  }
  return actor;
}

// The subject of the reporting clause whose complementizer, right before
// verb trigger f (past a quote mark, قد، لن، لم، لا), carries a pronoun
// agreeing with the verb and with that subject; -1 if none. For the acts
// told in the passive as often as not (attacks, protests, arrests,
// releases), only with an object right after the verb.
int32_t Coder::ReporterSubject(const Found& f, const TriggerEntry& t,
                               int gender) const {
  const uint32_t s = items_[f.item].sentence;
  const bool passive_too = t.type == "ASSAULT" || t.type == "PROTEST" ||
                           t.type == "COERCE" || t.mode == "release";
  if (passive_too &&
      (NoObjectAt(f.end, s) || !items_[f.end - 1].enclitic.empty()))
    return -1;
  const uint32_t c = PronounComplementizer(f.item);
  if (c == UINT32_MAX) return -1;
  const int32_t u = args_.Backward(PastCommaAdjunct(c), 10);
  return topics_.Reports(c, f.item, u, gender == 2 ? kShe : kHe) ? u : -1;
}

// The complementizer carrying a pronoun (إنه، أنها) right before the verb
// at item v in its sentence, past قد، لن … or a quote mark opening after
// it (قالت إنها "تدين"); UINT32_MAX if none.
uint32_t Coder::PronounComplementizer(uint32_t v) const {
  for (uint32_t k = 1; k <= 2 && k <= v; ++k) {
    const Item& it = items_[v - k];
    if (k == 1 && IsQuote(it)) continue;
    if (it.punct || it.sentence != items_[v].sentence) return UINT32_MAX;
    if (IsComplementizer(it.norm) && !it.enclitic.empty()) return v - k;
  }
  return UINT32_MAX;
}

// Whether a definite noun no unit covers stands between a verb ending at
// item `from` and unit u (the subject found after it): it is the verb's
// subject, a party rasd does not name (طالبت المفوضية السلطات اليمنية؛
// اتهمت الصحيفة روسيا), and the unit after it the object. Titles
// (وزير الخارجية), dates, nisbas and what a preposition governs stand
// there too and are passed over.
bool Coder::UnnamedSubject(uint32_t from, int32_t u) const {
  const uint32_t unit_at = units_[u].first;
  // (A count or a part of a group heads the unit after it: آلاف الطلاب،
  // العشرات من السكان.)
  if (args_.Counted(u)) return false;
  // (A body that speaks through the one it names: يطالب المجلس على
  // لسان رئيسه فلان; he is the subject.)
  for (uint32_t j = from; j + 1 < unit_at; ++j)
    if (args_.VoiceAt(j)) return false;
  // The first word after the verb and any date or phrase a preposition
  // governs decides: a title or an indefinite noun heads the name after
  // it (الزعيم الشيعي البارز مقتدى الصدر، وزير الاقتصاد الفرنسي فلان).
  for (uint32_t j = from; j < unit_at && j < items_.size(); ++j) {
    const Item& it = items_[j];
    if (it.punct || it.in_date || IsPrepWord(it.norm) ||
        !args_.PrepOf(j).empty() || !args_.ChainPrep(j, from, false).empty())
      continue;
    // (A nisba right after it names whose it is: السلطات السعودية،
    // المملكة السعودية stand for the state.)
    const bool owned =
        j + 1 == unit_at && (units_[u].nisba || NisbaShaped(unit_at));
    return it.article && !it.title && it.unit < 0 && !NisbaShaped(j) &&
           args_.CueAt(it) == nullptr && !owned;
  }
  return false;
}

// Whether a verb is in the first person plural: a present with نـ, or
// a past with نا inside a quote (بحثنا مع السراج), where "he … us" is
// the rarer reading.
bool Coder::FirstPerson(const Item& verb) const {
  if (lex_.IsFirstPerson(verb.norm)) return true;
  return verb.enclitic == "\xD9\x86\xD8\xA7" && lex_.IsPast(verb.norm) &&
         lex_.GenderOf(verb.norm) == 1 && QuoteAround(verb) != nullptr;
}

const Quote* Coder::QuoteAround(const Item& it) const {
  for (const Quote& q : doc_.quotes)
    if (q.span.begin <= it.raw.begin && it.raw.end <= q.span.end) return &q;
  return nullptr;
}

// The unit naming the speaker of the quote around item `it`, nearest to
// the quote, or -1.
int32_t Coder::SpeakerOf(const Item& it) const {
  const Quote* q = QuoteAround(it);
  if (q == nullptr || q->speaker < 0) return -1;
  int32_t best = -1;
  uint32_t gap = UINT32_MAX;
  for (size_t u = 0; u < units_.size(); ++u) {
    if (units_[u].actor != q->speaker) continue;
    const Span r = units_[u].raw;
    const uint32_t d = r.end <= q->span.begin   ? q->span.begin - r.end
                       : r.begin >= q->span.end ? r.begin - q->span.end
                                                : UINT32_MAX;
    if (d < gap) {
      gap = d;
      best = static_cast<int32_t>(u);
    }
  }
  return best;
}

// Whether an attack noun stands at an item in [a, b).
bool Coder::ActNounIn(uint32_t a, uint32_t b) const {
  for (uint32_t i = a; i < b && i < items_.size(); ++i)
    if (act_noun_[i]) return true;
  return false;
}

// Whether unit u names a man: a person by name, not a generic agent,
// with no feminine title (الوزيرة، المستشارة) at its head, and not the
// genitive of a noun before it (the verb before it is no such noun).
bool Coder::NamedMan(int32_t u) const {
  const int32_t a = units_[u].actor;
  if (a < 0 || units_[u].agent >= 0 || doc_.actors[a].type != EntityType::kPer)
    return false;
  const uint32_t i = units_[u].first;
  // The genitive of a head noun (هاجمت قوات السراج): the verb agrees
  // with the head. A title with the article (المشير) heads no genitive.
  if (i > 0 && !items_[i - 1].punct && !items_[i - 1].article &&
      lex_.GenderOf(items_[i - 1].norm) == 0 && !InDate(items_[i - 1]))
    return false;
  const std::string_view w = doc_.Text(items_[i].raw);
  return !w.ends_with("\xD8\xA9");  // ة
}

// Whether every unit coordinated with u is a crowd agent (agents.tsv
// `violence` set).
bool Coder::Crowd(int32_t u) const {
  if (u < 0) return false;
  for (int32_t v : args_.WithConjuncts(u)) {
    const int32_t ag = units_[v].agent;
    if (ag < 0 || lex_.agents()[ag].violence_type.empty()) return false;
  }
  return true;
}

// The person a title after an attack masdar names (اغتيال الأمين العام
// السابق للحزب الشيوعي فلان): the title is a definite noun right
// after the masdar, the person named within eight words after it, with
// no comma, other party, new phrase (و، ف), pronoun, number or date
// between. -1 when there is none.
int32_t Coder::TitledPerson(const Found& f) const {
  if (lex_.triggers()[f.entry].type != "ASSAULT" || f.end >= items_.size() ||
      items_[f.end].punct || !items_[f.end].article ||
      items_[f.end].unit >= 0 || !items_[f.end].procl.empty() ||
      items_[f.item].article)
    return -1;
  for (uint32_t i = f.end + 1; i < items_.size() && i <= f.end + 8; ++i) {
    const Item& it = items_[i];
    // (Nor past a word joined by و or ف, a pronoun, a number or a date:
    // another phrase or clause begins.)
    if (it.punct || it.sentence != items_[f.end].sentence ||
        IsVerbLink(it.norm) || IsComplementizer(it.norm) ||
        HasLetter(it.procl, "\xD9\x88") || HasLetter(it.procl, "\xD9\x81") ||
        !it.enclitic.empty() || it.number || it.in_date)
      return -1;
    const int32_t u = args_.UnitStartingAt(i);
    if (u < 0) continue;
    const int32_t a = units_[u].actor;
    if (units_[u].agent >= 0 || units_[u].nisba) continue;
    if (a >= 0 && doc_.actors[a].type == EntityType::kPer &&
        args_.PrepOf(i).empty())
      return u;
    if (!units_[u].nisba) return -1;
  }
  return -1;
}

// Whether unit u, reached by a protest's على through a noun, is only
// the owner of what the protest is about, not whom it is against: a
// place, people or a party the knowledge base does not know (احتجاجا
// على مقتل الشابة، على إرغام فلان، الاحتجاجات على حدود غزة). A state,
// a known party or a body (الحكومة، الشرطة) reached so is the target
// (احتجاجا على نقل السفارة الأمريكية، على امتناع النظام عن …), and so
// is any owner of a decision or conduct (`policy` in cues.tsv: على قرار
// الحكومة). A party named right after على is the target (احتجوا على
// الحكومة).
bool Coder::ProtestMatter(const TriggerEntry& t, std::string_view marker,
                          int32_t u) const {
  if (t.type != "PROTEST" || marker != "\xD8\xB9\xD9\x84\xD9\x8A")
    return false;  // علي
  // A على after a noun without the article that a preposition word
  // governs is that noun's (في رد على، في إطار الرد على): not the
  // protest's, unless the noun is itself a trigger. (A noun with ب or
  // ل on it is often an adverb or the protest itself: احتجت بشدة على،
  // خرجوا للاحتجاج على; one with the article a place: احتجوا في
  // المقهى على الرجل.)
  for (uint32_t k = units_[u].first; k > 1 && k + 4 > units_[u].first;) {
    --k;
    if (items_[k].punct || items_[k].norm != marker) continue;
    const uint32_t prev = k - 1;
    const bool trigger =
        std::any_of(found_.begin(), found_.end(),
                    [&](const Found& x) { return x.item == prev; });
    if (!items_[prev].punct && !trigger && items_[prev].procl.empty() &&
        !items_[prev].article && !args_.PrepOf(prev).empty())
      return true;
    break;
  }
  if (args_.PrepOf(units_[u].first) == marker) return false;
  const uint32_t head = units_[u].first - 1;
  const Cue* c = items_[head].punct ? nullptr : args_.CueAt(items_[head]);
  if (c && c->role == CueRole::kPolicy && args_.PrepOf(head) == marker)
    return false;
  // (على يد، على أيدي name who did the matter, not whom it is for.)
  if (items_[head].norm == "\xD9\x8A\xD8\xAF" ||                // يد
      items_[head].norm == "\xD8\xA7\xD9\x8A\xD8\xAF\xD9\x8A")  // ايدي
    return true;
  const int32_t a = units_[u].actor, g = units_[u].agent;
  const bool known =
      g >= 0
          ? lex_.agents()[g].type == EntityType::kOrg && lex_.agents()[g].party
          : units_[u].kb_entry >= 0 ||
                (a >= 0 && !doc_.actors[a].key.starts_with("x-"));
  return !known || args_.PlaceOnly(u);
}

// The first item of the words before item i that stand between a verb
// and what comes before it: قد، لم، لا، لن، سوف and كان، كانت (كان قد
// دعا). Relative pronouns are not passed.
uint32_t Coder::PastVerbLinks(uint32_t i) const {
  const uint32_t s = items_[i].sentence;
  while (i > 0) {
    const Item& it = items_[i - 1];
    if (it.punct || it.sentence != s || !it.procl.empty()) break;
    const bool kana = it.norm == "\xD9\x83\xD8\xA7\xD9\x86" ||        // كان
                      it.norm == "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA";  // كانت
    if (!kana && (!IsVerbLink(it.norm) || IsRelativePronoun(it.norm))) break;
    --i;
  }
  return i;
}

// The subject a verb trigger's own clause gives it before the verb, where
// the unit right before it is none (clause.h):
// - a verb right after a relative pronoun (المرسوم الذي يرفع الحظر) has
//   the antecedent as its subject; an antecedent no unit names is a
//   subject rasd cannot name (*unnamed), not the unit after the verb,
//   its object. (With a pronoun on the verb or on a preposition right
//   after it, the subject stands after it: الحركة التي تدعمها تركيا.)
// - a verb right after a relative clause set off by a comma (والنظام
//   الذي ينفي الاتهامات، كان قد دعا المنظمة) has the clause's topic,
//   the antecedent that opens the clause before the relative pronoun,
//   as its subject; named by no unit, *unnamed.
// -1 when the clause gives none.
int32_t Coder::ClauseTopic(const Found& f, bool* unnamed) const {
  *unnamed = false;
  const uint32_t s = items_[f.item].sentence;
  const uint32_t k = PastVerbLinks(f.item);
  if (k < 2 || items_[k - 1].sentence != s) return -1;
  const Item& before = items_[k - 1];
  if (!before.punct && IsRelativePronoun(before.norm)) {
    if (!items_[f.end - 1].enclitic.empty()) return -1;
    if (f.end < items_.size() && !items_[f.end].punct &&
        IsPrepWord(items_[f.end].norm) && !items_[f.end].enclitic.empty())
      return -1;
    // (Nor with a name right after the verb: its subject, the pronoun
    // back to the antecedent coming later, as in الذي تعهد كيم بالقيام
    // به; or its object: the searches decide, as before.)
    if (args_.UnitStartingAt(f.end + DatedAt(f.end)) >= 0) return -1;
    uint32_t a = k - 1;
    if (a > 0 && items_[a - 1].punct && items_[a - 1].norm == "\xD8\x8C")
      --a;  // ،
    if (a == 0) return -1;
    const Item& ant = items_[a - 1];
    // (A pronoun before it is no antecedent of its own: هي التي طالبت.)
    const bool pronoun = ant.norm == "\xD9\x87\xD9\x88" ||  // هو
                         ant.norm == "\xD9\x87\xD9\x8A" ||  // هي
                         ant.norm == "\xD9\x87\xD9\x85";    // هم
    if (ant.punct || ant.sentence != s || ant.number || ant.in_date ||
        pronoun || IsPrepWord(ant.norm))
      return -1;
    // (A unit: UnitBefore took it or refused it for a reason of its own;
    // a nisba names the noun's owner, not the noun: الطائرات الإسرائيلية
    // التي استهدفت.)
    // (A nisba among the antecedent's last words names its owner, who
    // may be meant: التصرفات الأميركية الأخيرة التي فرضت عقوبات.)
    for (uint32_t j = a - 1; j + 3 >= a; --j) {
      if (items_[j].punct || items_[j].sentence != s) break;
      if (items_[j].unit >= 0 && units_[items_[j].unit].nisba) return -1;
      if (j == 0) break;
    }
    *unnamed = true;
    return -1;
  }
  // After a relative clause set off by a comma.
  if (!before.punct || (before.norm != "\xD8\x8C" && before.norm != ","))
    return -1;
  const Clause rc = ClauseOf(items_, k - 2);
  if (rc.start != ClauseStart::kRelative || rc.begin == 0) return -1;
  uint32_t a = rc.begin;  // the relative pronoun
  if (items_[a - 1].punct && items_[a - 1].norm == "\xD8\x8C") --a;
  if (a == 0) return -1;
  const uint32_t ant = a - 1;
  if (items_[ant].punct || items_[ant].sentence != s) return -1;
  const Clause tc = ClauseOf(items_, ant);
  if (tc.start == ClauseStart::kRelative || tc.start == ClauseStart::kWhat)
    return -1;
  const uint32_t first =
      tc.begin + (tc.start == ClauseStart::kComplementizer ? 1 : 0);
  if (first > ant) return -1;
  const int32_t u = items_[ant].unit;
  if (u >= 0) {
    if (units_[u].first != first || args_.Governed(u) ||
        (units_[u].nisba && !args_.Counted(u)))
      return -1;
    return u;
  }
  // A noun no unit names, with the article, opening the clause (مطلق
  // الرصاص الذي عرفه الإعلام …، توجه إلى المكتب).
  if (ant - first > 2 || !items_[first].article) return -1;
  for (uint32_t j = first; j <= ant; ++j) {
    const Item& it = items_[j];
    if (it.punct || it.number || it.in_date || it.unit >= 0 ||
        IsPrepWord(it.norm) || (j > first && !it.procl.empty()))
      return -1;
  }
  *unnamed = true;
  return -1;
}

// Whether a verb trigger's clause has a subject of its own right after the
// verb that no unit names (VSO: طالب الادعاء العام بإصدار حكم؛ إذا
// استهدفت الطائرات الحربية الإسرائيلية …؛ تظاهر الأحد مئات الآلاف): a
// definite noun or a count, past a date, with nothing on it. Then no
// one named in another clause or sentence is its subject. Not after و،
// ف، كما، ثم or a complementizer carrying the pronoun subject (قال إنه
// طلب المساعدة), where the noun after the verb is its object; nor a
// masculine plural or dual in ـين, the object's case (دعا اللبنانيين).
bool Coder::OwnSubjectAfter(const Found& f) const {
  if (f.end != f.item + 1 || f.item == 0) return false;
  const Item& trig = items_[f.item];
  // (Nor a و or ف the segmenter left on the word: وحث الأطراف.)
  const std::string_view raw = doc_.Text(trig.raw);
  if (!trig.procl.empty() || raw.starts_with("\xD9\x88") ||  // و
      raw.starts_with("\xD9\x81"))                           // ف
    return false;
  // The verb opens its clause: after a punctuation mark, at the
  // sentence's start, after a complementizer with no pronoun (وسبق أن
  // طالبت السلطة) or a word of time or condition (بعدما اشتكت المريضة،
  // إذا استهدفت الطائرات). After any other word (قرارا يدين الدولة، كما
  // دعا الأطراف) its subject may be a pronoun.
  const uint32_t k = PastVerbLinks(f.item);
  if (k > 0 && items_[k - 1].sentence == trig.sentence) {
    const Item& b = items_[k - 1];
    const bool opens = (IsComplementizer(b.norm) && b.enclitic.empty() &&
                        b.norm != "\xD9\x84\xD9\x83\xD9\x86") ||  // لكن
                       IsSubordinator(b.norm) ||
                       b.norm == "\xD8\xA7\xD8\xB0\xD8\xA7";  // اذا
    if (!b.punct && !opens) return false;
  }
  uint32_t i = f.end;
  while (i < items_.size() && !items_[i].punct && InDate(items_[i])) ++i;
  if (i >= items_.size()) return false;
  const Item& it = items_[i];
  if (it.punct || it.sentence != trig.sentence || !it.procl.empty() ||
      it.number || it.unit >= 0 || IsPrepWord(it.norm) ||
      !args_.PrepOf(i).empty() || IsVerbLink(it.norm) ||
      IsComplementizer(it.norm))
    return false;
  const Cue* c = args_.CueAt(it);
  if (c && c->role == CueRole::kPartitive) return true;  // مئات، آلاف
  // (With the article as written: آليات is no definite noun.)
  return it.article && doc_.Text(it.raw).starts_with(kArticle) &&
         !it.norm.ends_with("\xD9\x8A\xD9\x86");  // ين
}

// Whether unit u names a state or a body only a verb saying "she" agrees
// with (روسيا، الولايات المتحدة، الحكومة، الشرطة), not a person.
bool Coder::OnlyShe(int32_t u) const {
  const Unit& un = units_[u];
  EntityType type;
  if (un.agent >= 0)
    type = lex_.agents()[un.agent].type;
  else if (un.actor >= 0)
    type = doc_.actors[un.actor].type;
  else
    return false;
  if (type == EntityType::kPer || un.nisba) return false;
  const Item& head = items_[un.first];
  if (IsSideWord(head.norm)) return false;
  const Item* next = un.last > un.first ? &items_[un.first + 1] : nullptr;
  return events::PartyGender(type, doc_.Text(head.raw), head.article,
                             next ? doc_.Text(next->raw) : "",
                             next && next->article) == kShe;
}

// The subject of the verb a relative pronoun at item `pronoun` opens:
// its antecedent, unless the verb carries a pronoun (the antecedent is
// its object: الجماعات التي تدعمها).
int32_t Coder::RelativeSubject(uint32_t pronoun) const {
  uint32_t v = pronoun + 1;
  while (v < items_.size() && !items_[v].punct && items_[v].procl.empty() &&
         IsVerbLink(items_[v].norm))
    ++v;
  if (v >= items_.size() || items_[v].punct || !items_[v].enclitic.empty())
    return -1;
  // (Nor a passive with تم: التي تم إنجازها بالتعاون مع …)
  if (items_[v].norm == "\xD8\xAA\xD9\x85" ||        // تم
      items_[v].norm == "\xD9\x8A\xD8\xAA\xD9\x85")  // يتم
    return -1;
  int32_t u = args_.UnitBefore(pronoun + 1);
  // (A place a preposition governs, with no comma before the pronoun,
  // is where the antecedent is, not it: السكان المحليين في مدينة بلد وين
  // الذين خرجوا; إلى القاهرة، التي استقبلت is Cairo.)
  // So is a word a preposition governs that no unit names.
  const uint32_t b = pronoun - 1;
  const bool governed_word =
      u < 0 && !items_[b].punct &&
      (!args_.PrepOf(b).empty() || !args_.ChainPrep(b, 0, true).empty());
  if ((u >= 0 && args_.Governed(u) && units_[u].actor >= 0 &&
       args_.IsPlace(units_[u].actor) && !items_[b].punct) ||
      governed_word)
    u = args_.Backward(pronoun, 10);
  // The head of a coordination (الناشطين والمعارضين الذين): its first
  // conjunct, the others joined to it.
  while (u >= 0 && units_[u].first > 0 &&
         items_[units_[u].first].procl.starts_with("\xD9\x88") &&
         items_[units_[u].first - 1].unit >= 0 &&
         items_[units_[u].first - 1].unit != u)
    u = items_[units_[u].first - 1].unit;
  return u;
}

// حيث refers back to the place named right before it (وصل الضيف إلى
// العاصمة، حيث التقى الرئيس): that place is where the meeting was, not who
// met, so the pronoun subject is looked for before it. `from` is the
// trigger's item; returns the item to look back from.
uint32_t Coder::PastWherePlace(uint32_t from) const {
  if (from < 2 || items_[from - 1].norm != kHaythu) return from;
  uint32_t j = from - 2;
  if (items_[j].punct && j > 0 &&
      (items_[j].norm == "\xD8\x8C" || items_[j].norm == ","))  // ،
    --j;
  const int32_t u = items_[j].unit;
  if (u < 0 || units_[u].last != j || units_[u].actor < 0) return from;
  const EntityType ty = doc_.actors[units_[u].actor].type;
  if (ty != EntityType::kGpe && ty != EntityType::kLoc &&
      ty != EntityType::kFac)
    return from;
  return units_[u].first;
}

}  // namespace events_internal
}  // namespace rasd

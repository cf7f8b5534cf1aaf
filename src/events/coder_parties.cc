// Parties found beyond the trigger's own phrase: the side something was taken
// from, counterparts, leaders' states, the two of a dual or of بينهما, the
// topic's parties, the state behind a body.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <iterator>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// Whom an attack was against when it names only places or nobody: the
// side something was taken from after it in its sentence (هجوم سريع …
// وانتزعت خلاله الموانئ من قوات حرس المنشآت؛ هجوما على الميناءين
// وتمكنت من انتزاع السيطرة عليهما من الجيش): a seizure word (`seize` in
// cues.tsv) and the party من governs within its window. The places
// attacked are where it happened.
void Coder::TakenFrom(const Found& f, Event* ev, std::string* rule) {
  for (int32_t a : ev->recipient)
    if (!args_.IsPlace(a)) return;
  const uint32_t s = items_[f.item].sentence;
  const std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  for (uint32_t i = f.end; i < items_.size() && i < f.end + 30; ++i) {
    if (items_[i].sentence != s) return;
    const Cue* c = args_.CueAt(items_[i]);
    if (!c || c->role != CueRole::kSeize) continue;
    const int32_t u = args_.Forward(i, c->window, kMin, {});
    const int32_t a = u >= 0 ? ActorOf(u) : -1;
    if (a < 0 || args_.IsPlace(a) ||
        std::find(ev->actor.begin(), ev->actor.end(), a) != ev->actor.end())
      return;
    if (!ev->recipient.empty() && ev->location < 0)
      ev->location = ev->recipient.front();
    ev->recipient = {a};
    *rule += "; recipient the side it was taken from";
    return;
  }
}

// Where the clause before item i resumes when a phrase set off by
// commas and led by a preposition stands right before i (قال السراج
// لرويترز، على هامش المؤتمر، إنه): the first comma's item; else i.
uint32_t Coder::PastCommaAdjunct(uint32_t i) const {
  auto comma = [](const Item& it) {
    return it.punct && (it.norm == "\xD8\x8C" || it.norm == ",");  // ،
  };
  if (i < 2 || !comma(items_[i - 1])) return i;
  for (uint32_t k = 2; k <= 16 && k <= i; ++k) {
    const Item& it = items_[i - k];
    if (it.sentence != items_[i].sentence || IsHardBreak(it)) break;
    // (A phrase of place, time or manner, led by a preposition: a name
    // set off so is the speaker's apposition, قال الوزير، بن والاس، إنه.)
    if (comma(it))
      return IsPrepWord(items_[i - k + 1].norm) ||
                     !args_.PrepOf(i - k + 1).empty()
                 ? i - k
                 : i;
  }
  return i;
}

// A masdar in the accusative of purpose (طلبا، no article, clitic or
// pronoun) right after a unit that nothing governs, the object of a verb
// whose subject is the unit before it in the clause (حفتر قصد موسكو
// طلبا) or between them (زار السراج روما طلبا): *subject and *object.
bool Coder::PurposeAfterObject(const Found& f, int32_t* subject,
                               int32_t* object) const {
  const Item& trig = items_[f.item];
  if (trig.article || !trig.procl.empty() || !trig.enclitic.empty() ||
      !trig.norm.ends_with("\xD8\xA7") || f.item == 0)  // ا
    return false;
  // (Only a listed masdar of three letters with the accusative ا, طلبا:
  // دعا، دعوا، مطالبا are verbs and participles.)
  const std::string_view base = trig.norm.substr(0, trig.norm.size() - 2);
  const std::vector<uint32_t>* nouns = lex_.NounsOf(base);
  if (base.size() != 6 || base.ends_with("\xD9\x88") || !nouns ||  // و
      lex_.triggers()[nouns->front()].type != "REQUEST")
    return false;
  const int32_t o = items_[f.item - 1].unit;
  if (o < 0 || units_[o].nisba || args_.Governed(o) || units_[o].first < 2)
    return false;
  // (A verb between: a word that is no unit, no punctuation; or, verb
  // first, the subject right before the object: زار السراج روما طلبا.)
  const Item& verb = items_[units_[o].first - 1];
  // (Nor the second of two joined by و: باتريسيو وزميله بودينس طلبا is
  // "the two asked".)
  if (verb.punct || verb.procl.starts_with("\xD9\x88") ||
      items_[units_[o].first].procl.starts_with("\xD9\x88"))
    return false;
  if (verb.unit >= 0) {
    const int32_t s = verb.unit;
    const uint32_t v = units_[s].first;
    if (v == 0 || items_[v - 1].punct || items_[v - 1].unit >= 0 ||
        args_.Governed(s) || s == o)
      return false;
    *subject = s;
    *object = o;
    return true;
  }
  const int32_t s = args_.UnitBefore(units_[o].first - 1);
  if (s < 0 || s == o || args_.Governed(s)) return false;
  *subject = s;
  *object = o;
  return true;
}

// A qualifier that makes talks a call (عبر الفيديو، هاتفيا) within three
// words after the last of `parties`, in the sentence.
void Coder::PhoneAfterParty(const std::vector<int32_t>& parties, Event* ev,
                            std::string* rule) const {
  uint32_t last = 0;
  for (int32_t u : parties) last = std::max(last, units_[u].last);
  for (uint32_t i = last + 1; i <= last + 3 && i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.punct || it.sentence != items_[last].sentence) break;
    const std::vector<Qualifier>* qs = lex_.QualifiersOf(it.stem);
    if (!qs) continue;
    // (How they talked: after a preposition or the party, on a noun a
    // preposition governs (في مكالمة هاتفية), or an adverb (هاتفيا); not
    // a noun's genitive, حكم الفيديو.)
    const Item& prev = items_[i - 1];
    if (!(i == last + 1 || IsPrepWord(prev.norm) || !args_.PrepOf(i).empty() ||
          !args_.PrepOf(i - 1).empty() || it.norm.ends_with("\xD8\xA7")))
      continue;
    for (const Qualifier& q : *qs) {
      if (q.applies != "CONSULT" || q.mode != "phone") continue;
      ev->mode = q.mode;
      if (!q.cameo.empty()) ev->cameo = q.cameo;
      *rule +=
          "; qualifier " + std::string(doc_.Text(it.raw)) + " after the party";
      return;
    }
  }
}

// "His counterpart" and a state's nisba within eight words after the
// trigger (التقى … سيالة نظيره الروسي): the actor holding that office in
// that state when the document was published, for the one person among
// `actors`; else -1.
int32_t Coder::CounterpartAfter(const Found& f,
                                const std::vector<int32_t>& actors) {
  if (actors.size() != 1) return -1;
  const Actor& who = doc_.actors[actors[0]];
  if (who.type != EntityType::kPer) return -1;
  const uint32_t s = items_[f.item].sentence;
  for (uint32_t i = f.end; i + 1 < items_.size() && i < f.end + 8; ++i) {
    if (items_[i].sentence != s || IsHardBreak(items_[i])) break;
    // (With its pronoun: نظير alone is "in return for".)
    const std::string_view w = items_[i].norm;
    if (!IsCounterpartWord(items_[i].stem) ||
        !(w.ends_with("\xD9\x87") || w.ends_with("\xD9\x87\xD8\xA7")))
      continue;
    const int32_t u = items_[i + 1].unit;
    if (u < 0 || !units_[u].nisba || units_[u].kb_entry < 0) return -1;
    const std::string_view date =
        std::string_view(doc_.meta.published).substr(0, 10);
    const int32_t e = CounterpartOf(
        kb_, who.key, kb_.entries()[units_[u].kb_entry].country, date);
    if (e < 0) return -1;
    return KbActor(
        e, std::string(doc_.Text({items_[i].raw.begin, units_[u].raw.end})));
  }
  return -1;
}

// Acts only a state does: aid in money or arms, a military or economic
// agreement, sanctions.
bool Coder::StateLevel(const Event& ev) {
  auto has = [&](std::string_view c) {
    return std::find(ev.context.begin(), ev.context.end(), c) !=
           ev.context.end();
  };
  return (ev.type == "AID" &&
          (ev.mode == "economic" || ev.mode == "military")) ||
         ev.type == "SANCTION" ||
         (ev.type == "AGREE" && (has("military") || has("economic")));
}

// The state actor a has led (a head of state or government in
// roles.tsv), or -1. The roles list is not complete for past terms, so
// any term counts.
int32_t Coder::LeaderState(int32_t a, bool any_role) {
  const Actor& x = doc_.actors[a];
  if (x.type != EntityType::kPer) return -1;
  for (const KbRole& r : kb_.roles()) {
    if (r.actor_key != x.key || (!any_role && r.role != "head_of_state" &&
                                 r.role != "head_of_government"))
      continue;
    const std::vector<KbEntry>& all = kb_.entries();
    for (size_t i = 0; i < all.size(); ++i) {
      const KbEntry& k = all[i];
      if (k.type == EntityType::kGpe && k.country == r.country &&
          !k.adjectives.empty()) {
        return KbActor(static_cast<int32_t>(i), k.name_ar);
      }
    }
  }
  return -1;
}

// Whether the document has an event of `type` coded already.
// Whether item i is governed by a word of time (بعد الهجوم، منذ
// المظاهرات، عقب الاعتداء): a definite masdar so governed dates another
// act by an event the reader knows, whoever stands before it.
bool Coder::AfterTime(uint32_t i) const {
  const std::string_view p = args_.PrepOf(i);
  return p == "\xD8\xA8\xD8\xB9\xD8\xAF" ||  // بعد
         p == "\xD9\x82\xD8\xA8\xD9\x84" ||  // قبل
         p == "\xD9\x85\xD9\x86\xD8\xB0" ||  // منذ
         p == "\xD8\xB9\xD9\x82\xD8\xA8" ||  // عقب
         p == "\xD8\xA7\xD8\xAB\xD8\xB1";    // اثر
}

bool Coder::KnownEvent(std::string_view type) const {
  for (const Event& e : doc_.events)
    if (e.type == type) return true;
  return false;
}

// "مع كل منهما" within a few words after a mutual trigger: the two
// nearest persons named before it that are not its actors, nearest
// first; else none.
std::vector<int32_t> Coder::EachOfTheTwo(
    const Found& f, const std::vector<int32_t>& actors) const {
  bool each = false;
  for (uint32_t i = f.end; !each && i + 2 < items_.size() && i < f.end + 4;
       ++i) {
    if (items_[i].punct || items_[i].sentence != items_[f.item].sentence)
      return {};
    each = items_[i].norm == "\xD9\x85\xD8\xB9" &&                // مع
           items_[i + 1].norm == "\xD9\x83\xD9\x84" &&            // كل
           items_[i + 2].norm == "\xD9\x85\xD9\x86" &&            // من
           items_[i + 2].enclitic == "\xD9\x87\xD9\x85\xD8\xA7";  // هما
  }
  if (!each) return {};
  std::vector<int32_t> two;
  for (uint32_t k = f.item; k-- > 0 && f.item - k < 120 && two.size() < 2;) {
    const int32_t u = items_[k].unit;
    if (u < 0 || units_[u].first != k || units_[u].actor < 0 ||
        doc_.actors[units_[u].actor].type != EntityType::kPer)
      continue;
    bool taken = false;
    for (int32_t a : actors)
      taken = taken || units_[a].actor == units_[u].actor;
    for (int32_t v : two) taken = taken || units_[v].actor == units_[u].actor;
    if (!taken) two.push_back(u);
  }
  if (two.size() < 2) return {};
  return two;
}

// The two parties of "بينهما" right after a mutual trigger: the two
// nearest named actors before it (a generic agent, a nisba or a place
// is no party), or none.
std::vector<int32_t> Coder::BetweenTheTwo(const Found& f) const {
  const std::string_view kHuma = "\xD9\x87\xD9\x85\xD8\xA7";  // هما
  const uint32_t b = f.end;
  const bool between = b < items_.size() &&
                       items_[b].norm == "\xD8\xA8\xD9\x8A\xD9\x86" &&  // بين
                       items_[b].enclitic == kHuma;
  // "The two of them" right before a mutual masdar with ل (تفتح المجال
  // أمامهما للاتفاق، يسمح لهما بالتعاون): they are its parties.
  const bool before = f.item > 0 && !items_[f.item - 1].punct &&
                      items_[f.item - 1].enclitic == kHuma &&
                      (HasLetter(items_[f.item].procl, "\xD9\x84") ||
                       HasLetter(items_[f.item].procl, "\xD8\xA8"));
  if (!between && !before) return {};
  return LastTwoParties(f.item);
}

// The two doers of the dual verb f, or none: see Code. `date` is set to
// the date of the event they come from when it was told in the same
// sentence.
std::vector<int32_t> Coder::DualSubject(const Found& f, int32_t* date) const {
  const Item& trig = items_[f.item];
  const int sure = lex_.IsDual(trig.norm);
  if (sure == 0 || f.item == 0) return {};
  const Item& prev = items_[f.item - 1];
  // (A form that may be a noun, دعما، تعاونا، only after و: واتفقا.)
  const bool joined =
      trig.procl.starts_with("\xD9\x88") || trig.procl.starts_with("\xD9\x81");
  if (sure == 1 && !joined) return {};
  if (prev.unit >= 0 && prev.sentence == trig.sentence)
    return LastTwoParties(f.item);
  const bool opens = prev.punct
                         ? prev.norm == "\xD8\x8C" || prev.norm == ","
                         : prev.norm == "\xD9\x83\xD9\x85\xD8\xA7" ||  // كما
                               prev.norm == kThumma;
  if (!joined && !opens) return {};
  if (last_pair_.units.size() != 2 || last_pair_.sentence + 1 < trig.sentence)
    return {};
  if (last_pair_.sentence == trig.sentence) *date = last_pair_.date;
  return last_pair_.units;
}

// The two nearest named actors before item i (a generic agent, a nisba
// or a place is no party), the earlier first; or none.
std::vector<int32_t> Coder::LastTwoParties(uint32_t i) const {
  std::vector<int32_t> two;
  for (uint32_t k = 1; k <= 80 && k <= i && two.size() < 2; ++k) {
    const int32_t u = items_[i - k].unit;
    // (A capital counts: it stands for its state, see DoerOf.)
    if (u < 0 || units_[u].nisba || units_[u].actor < 0 ||
        (args_.IsPlace(units_[u].actor) && items_[units_[u].first].state < 0 &&
         args_.StateSeatedIn(units_[u].actor) < 0))
      continue;
    if (!two.empty() && units_[two[0]].actor == units_[u].actor) continue;
    two.push_back(u);
    k += units_[u].last - units_[u].first;
  }
  if (two.size() < 2) return {};
  return {two[1], two[0]};
}

// The two parties of an event told in sentence s as done, both known to
// the knowledge base (no generic agent, no place, no `x-` name: on news
// those were as often a footballer and his club's country): the topic
// an agreement named without them continues (see TopicParties).
void Coder::NoteTopic(const Event& ev, uint32_t s) {
  std::vector<int32_t> two = ev.actor;
  two.insert(two.end(), ev.recipient.begin(), ev.recipient.end());
  if (two.size() != 2 || two[0] == two[1] ||
      (ev.modality != Modality::kAsserted &&
       ev.modality != Modality::kReported))
    return;  // (not a hypothetical one: ما لم يعترض أحد الطرفين)
  for (int32_t a : two) {
    const std::string& key = doc_.actors[a].key;
    if (key.starts_with("agent-") || key.starts_with("x-") || args_.IsPlace(a))
      return;
  }
  topic_ = {s, std::move(two)};
}

// An agreement or cooperation named with at most one of its parties
// (تلتها صفقات سلاح، اتفاقا آخر وُقّع في 2015) continues the topic of
// the two-party event told last, in its sentence or the two before:
// its parties are that event's, when the one named (if any) is among
// them. Returns whether it set them.
bool Coder::TopicParties(const Found& f, Event* ev) {
  // (Not "any" agreement, أي تعاون; nor a plural after a number or a
  // word of time, منذ عقود، قبل ثلاثة عقود: decades.)
  static constexpr std::string_view kBefore[] = {
      "\xD8\xA7\xD9\x8A",                  // أي
      "\xD9\x85\xD9\x86\xD8\xB0",          // منذ
      "\xD8\xA7\xD9\x84\xD9\x8A",          // إلى
      "\xD9\x82\xD8\xA8\xD9\x84",          // قبل
      "\xD8\xA8\xD8\xB9\xD8\xAF",          // بعد
      "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",  // خلال
      "\xD8\xB9\xD8\xAF\xD8\xA9",          // عدة
  };
  for (uint32_t k = 1; k <= 2 && k <= f.item; ++k) {
    const Item& prev = items_[f.item - k];
    if (prev.punct) break;
    if ((k == 1 && prev.number) ||
        std::find(std::begin(kBefore), std::end(kBefore), prev.norm) !=
            std::end(kBefore))
      return false;
  }
  // (Nor one whose parties are named after it, if not as units the
  // search takes: اتفاق … بين القوى الكبرى.)
  for (uint32_t i = f.end; i < f.end + 8 && i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.sentence != items_[f.item].sentence) break;
    if (!it.punct && (it.norm == "\xD8\xA8\xD9\x8A\xD9\x86" ||  // بين
                      it.norm == "\xD9\x85\xD8\xB9"))           // مع
      return false;
  }
  // (A definite one, العقود، الاتفاقات السابقة, refers to agreements
  // told before or known: not a new one of the topic.)
  // (Nor a word as often of another sense, `loose` in cues.tsv: عقود
  // are also decades and futures, عقود خام برنت; unless ل follows it,
  // contracts for someone: مقابل عقود لشركاتها.)
  const Item& trig = items_[f.item];
  const Cue* loose = args_.CueAt(trig);
  const bool for_whom = f.end < items_.size() && !items_[f.end].punct &&
                        HasLetter(items_[f.end].procl, "\xD9\x84");
  if (trig.article || HasLetter(trig.procl, "\xD9\x84") ||
      (loose && loose->role == CueRole::kLoose && !for_whom))
    return false;
  const bool mutual_type =
      (ev->type == "AGREE" && ev->mode != "promise" && ev->mode != "ratify") ||
      ev->type == "COOPERATE";
  const uint32_t sentence = items_[f.item].sentence;
  if (!mutual_type || !ev->recipient.empty() || ev->actor.size() > 1 ||
      topic_.units.size() != 2 || topic_.sentence + 2 < sentence)
    return false;
  const int32_t a = topic_.units[0], b = topic_.units[1];
  if (!ev->actor.empty() && ev->actor[0] != a && ev->actor[0] != b)
    return false;
  ev->actor = {a, b};
  return true;
}

// The event named by "بموجب|خلال|أثناء + this + noun" within six words
// before item i in its sentence: the latest event coded before of that
// noun's type and mode (its index in doc_.events), or -1.
int32_t Coder::EventBefore(uint32_t i) const {
  for (uint32_t k = 1; k <= 6 && k + 2 <= i; ++k) {
    const uint32_t n = i - k;  // the noun
    if (items_[n].sentence != items_[i].sentence || items_[n].punct) break;
    // (بموجب is segmented ب + موجب.) The words are compared before the
    // demonstrative is looked up: most nouns have none of them.
    const std::string_view under = items_[n - 2].norm;
    const bool by = HasLetter(items_[n - 2].procl, "\xD8\xA8") &&
                    under == "\xD9\x85\xD9\x88\xD8\xAC\xD8\xA8";  // موجب
    if (!by && under != "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" &&     // خلال
        under != "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1")      // اثناء
      continue;
    const Cue* c = args_.CueAt(items_[n - 1]);
    if (!c || c->role != CueRole::kAnaphor) continue;
    const std::vector<uint32_t>* nouns = lex_.NounsOf(items_[n].stem);
    if (!nouns) return -1;
    const TriggerEntry& t = lex_.triggers()[nouns->front()];
    for (size_t e = doc_.events.size(); e-- > 0;)
      if (doc_.events[e].type == t.type && doc_.events[e].mode == t.mode)
        return static_cast<int32_t>(e);
    return -1;
  }
  return -1;
}

// A feminine dual noun: ـتين، ـتان, or ـتي before a pronoun (زيارتيه).
bool Coder::Dual(const Item& it) {
  const std::string_view w = it.norm;
  auto ends = [&](std::string_view x) { return w.ends_with(x); };
  return ends("\xD8\xAA\xD9\x8A\xD9\x86") ||                  // تين
         ends("\xD8\xAA\xD8\xA7\xD9\x86") ||                  // تان
         (!it.enclitic.empty() && ends("\xD8\xAA\xD9\x8A"));  // تي+ه
}

// The state a body the knowledge base does not know stands for when a
// nisba follows its name (شركة «غوزناك» الروسية): in an agreement such
// a body signs for its state. -1 when there is none.
int32_t Coder::StateOfBody(int32_t u) {
  const int32_t a = units_[u].actor;
  if (a < 0 || doc_.actors[a].type != EntityType::kOrg ||
      !doc_.actors[a].key.starts_with("x-"))
    return -1;
  uint32_t next = units_[u].last + 1;
  if (next < items_.size() && IsQuote(items_[next])) ++next;
  const int32_t v = next < items_.size() ? args_.UnitStartingAt(next) : -1;
  if (v < 0 || !units_[v].nisba || !items_[next].procl.empty()) return -1;
  return ActorOf(v);
}

// The units a form of جمع (brings together) names shortly after a
// meeting noun, in its clause: اجتماع مقرر اليوم في موسكو يجمع X وY.
std::vector<int32_t> Coder::BroughtTogether(const Found& f) const {
  for (uint32_t i = f.end; i < f.end + 8 && i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.punct || it.sentence != items_[f.item].sentence) break;
    if (it.norm != "\xD9\x8A\xD8\xAC\xD9\x85\xD8\xB9" &&  // يجمع
        it.norm != "\xD8\xAA\xD8\xAC\xD9\x85\xD8\xB9" &&  // تجمع
        it.norm != "\xD8\xAC\xD9\x85\xD8\xB9" &&          // جمع
        it.norm != "\xD8\xAC\xD9\x85\xD8\xB9\xD8\xAA")    // جمعت
      continue;
    const int32_t u = args_.Forward(i, 6, {}, {});
    return u >= 0 ? args_.WithConjuncts(u) : std::vector<int32_t>{};
  }
  return {};
}

// Whether the word before item i opens a clause joined to the one
// before: a و on it, or حيث or ثم before it.
bool Coder::JoinedToClauseBefore(uint32_t i) const {
  if (items_[i].procl.starts_with("\xD9\x88")) return true;  // و
  if (i == 0) return false;
  const std::string_view w = items_[i - 1].norm;
  return w == kThumma || w == kHaythu;
}

// Whether a pronoun after ل (له، لها، لهم) stands right after the
// trigger: the segmenter leaves no item for it, so the text between the
// trigger and the next item is read.
bool Coder::LamPronounAfter(const Found& f) const {
  if (f.end >= items_.size()) return false;
  const uint32_t b = items_[f.end - 1].raw.end, e = items_[f.end].raw.begin;
  if (e <= b) return false;
  std::string_view gap = doc_.Text(Span{b, e});
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap == "\xD9\x84\xD9\x87" ||          // له
         gap == "\xD9\x84\xD9\x87\xD8\xA7" ||  // لها
         gap == "\xD9\x84\xD9\x87\xD9\x85";    // لهم
}

// Parties that follow from the events and words around the trigger once
// its own are found: talks with each of two persons, a meeting joined to a
// visit or to the verb before, a meeting noun's other party, whom a
// request, a warning or a protest is aimed at. False for a meeting verb
// with nobody met.
bool Coder::FollowUps(const Found& f, const TriggerEntry& t, Coding* c) {
  const Item& trig = items_[f.item];
  const Event& ev = c->ev;
  const int32_t actor = c->actor;
  const VerbSeen& before = c->before;
  std::string& how = c->how;
  std::vector<int32_t>& actors = c->actors;
  std::vector<int32_t>& recipients = c->recipients;
  int32_t& each_second = c->each_second;
  TitledParties(f, t, c);  // مع الرئيس الروسي، فلاديمير بوتين (meeting.cc)
  // Talks "with each of the two" (محادثات منفصلة مع كل منهما) are two
  // acts, one with each of the last two persons named before.
  if (t.mutual && recipients.empty() && !actors.empty()) {
    const std::vector<int32_t> two = EachOfTheTwo(f, actors);
    if (!two.empty()) {
      recipients = {two[0]};
      each_second = two[1];
      how += "; one act with each of the two persons named before";
    }
  }
  // A meeting in person after a visit or a reception in its sentence,
  // joined to it by و، حيث or ثم (زار حفتر روسيا والتقى شويغو ولافروف؛
  // استقبلت الجزائر حفتر حيث التقى سلال): the visitor met all those
  // named after the verb, its seeming subject among them.
  if (t.mutual && t.kind == TriggerKind::kVerb && t.mode == "meet" &&
      ev.mode == "meet" && last_visit_.sentence == trig.sentence &&
      last_visit_.visitor >= 0 && how.starts_with("verb: subject after") &&
      JoinedToClauseBefore(f.item)) {
    std::vector<int32_t> met;
    for (const std::vector<int32_t>* side : {&actors, &recipients})
      for (int32_t u : *side)
        if (u != last_visit_.visitor) met.push_back(u);
    if (!met.empty()) {
      actors = {last_visit_.visitor};
      recipients = std::move(met);
      last_verb_ = {trig.sentence, last_visit_.visitor};
      how += "; the visitor of the visit before met them";
    }
  }
  // A meeting verb joined by و with one party after it (زار موسكو
  // والتقى وزير الخارجية): that party is the one met, and the subject
  // of the verb it is joined to the other.
  if (t.mutual && recipients.empty() && actor >= 0 &&
      before.sentence == trig.sentence && before.actor >= 0 &&
      before.actor != actor && trig.procl.starts_with("\xD9\x88") &&
      how == "verb: subject after") {
    recipients = args_.WithConjuncts(before.actor);
    how += "; the other party the subject of the verb it is joined to";
  }
  // A meeting noun with one party of its own after a verb (لا يعتزم
  // بوتين لقاء السراج): the verb's subject, the nearest unit before in
  // the clause, is the other party.
  if (t.mutual && t.kind == TriggerKind::kNoun && !trig.article &&
      actors.size() + recipients.size() == 1 && actor >= 0 &&
      how.starts_with("noun: genitive")) {
    const int32_t b = args_.Backward(f.item, 10);
    if (b >= 0 && DoerOf(b) >= 0 &&
        std::find(actors.begin(), actors.end(), b) == actors.end()) {
      recipients = args_.WithConjuncts(b);
      how += "; the other party the subject of the verb before";
    }
  }
  // Whom a request asks is the doer of the act asked for (دعا إلى
  // انخراط أوروبي، طالب بانسحاب القوات التركية): with no recipient
  // marked, the genitive or nisba of the masdar after إلى or ب.
  if (t.type == "REQUEST" && recipients.empty()) {
    const int32_t u = AskedOf(f, actors);
    if (u >= 0) {
      recipients = args_.WithConjuncts(u);
      how += "; recipient the doer of the act asked for";
    }
  }
  // A meeting verb names its parties at the verb, as its subject or
  // after مع: with neither, its subject taken from further back and
  // nobody met (وتحدثت تقارير عن دعم: reports spoke of), it is no
  // meeting.
  if (t.mutual && t.kind == TriggerKind::kVerb && recipients.empty() &&
      (how.starts_with("verb: nearest actor before") ||
       how.starts_with("verb: pronoun subject")))
    return false;
  // A warning or criticism of a rapprochement or a deal between parties
  // (حذرت مالطا من تبعات التقارب بين روسيا وحفتر): they are whom it
  // is aimed at.
  if (t.type == "ACCUSE" && t.kind == TriggerKind::kVerb &&
      recipients.empty()) {
    const int32_t u = BetweenAfter(f, actors);
    if (u >= 0) {
      recipients = args_.WithConjuncts(u);
      how += "; recipient the parties of the matter, after بين";
    }
  }
  if (t.type == "PROTEST" && recipients.empty()) {
    int32_t u = DemandTarget(f);
    if (u >= 0) {
      how += "; recipient the one whose ouster is demanded";
    } else if ((u = Heading(f)) >= 0) {
      how += "; recipient the one the crowd heads for";
    } else if ((u = Slogan(f)) >= 0) {
      how += "; recipient the one the slogan is against";
    }
    if (u >= 0) recipients = args_.WithConjuncts(u);
  }
  return true;
}

}  // namespace events_internal
}  // namespace rasd

// Code's first phases (coder_code.cc): whether a trigger is coded at all,
// its type refined by qualifiers, and its actor and recipient by the
// trigger's kind.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// Whether the trigger is coded at all: not a demand a protest took, a
// word of a date, a crowd verb said of no crowd, a source asking not to be
// named, an invitation, or travel that reaches no place.
bool Coder::Admitted(const Found& f, const TriggerEntry& t) {
  if (std::find(demands_.begin(), demands_.end(), f.item) != demands_.end())
    return false;
  const Item& trig = items_[f.item];
  // A word inside a date expression tells when (فجر أمس: at dawn).
  if (InDate(trig)) return false;
  // A crowd verb (خرج، رفع لافتات) says a protest only of a crowd; most
  // are said of others, so that is settled before anything else.
  if (t.crowd) {
    std::string how;
    const int32_t subject = VerbSubject(f, t, &how);
    // People who march on a party's office (ساروا نحو السفارة
    // التونسية) protest, whoever they are.
    const bool march =
        subject >= 0 && units_[subject].agent >= 0 &&
        lex_.agents()[units_[subject].agent].party &&
        lex_.agents()[units_[subject].agent].type == EntityType::kPer &&
        Heading(f) >= 0;
    if (!Crowd(subject) && !march) {
      last_verb_ = {trig.sentence, subject};
      return false;
    }
  }
  // Asking not to be named (طلب عدم ذكر اسمه) is how a source is
  // introduced, no request to anyone.
  if (t.type == "REQUEST") {
    for (uint32_t i = f.end; i < f.end + 4 && i < items_.size(); ++i) {
      if (items_[i].punct || items_[i].sentence != trig.sentence) break;
      if (items_[i].stem == "\xD8\xA7\xD8\xB3\xD9\x85" &&  // اسم
          !items_[i].enclitic.empty())
        return false;
    }
  }
  // An invitation is no request: دعوة governed by ب or ل (بدعوة من
  // القاهرة، تلبية لدعوة رسمية) says whose guest one is; a call to
  // something (للدعوة إلى التصويت) stays one.
  if (t.type == "REQUEST" && t.kind == TriggerKind::kNoun &&
      (HasLetter(trig.procl, "\xD8\xA8") ||
       HasLetter(trig.procl, "\xD9\x84")) &&
      doc_.Text(trig.raw).ends_with(
          "\xD8\xAF\xD8\xB9\xD9\x88\xD8\xA9") &&  // دعوة
      !(f.end < items_.size() &&
        items_[f.end].norm == "\xD8\xA7\xD9\x84\xD9\x8A"))  // إلى
    return false;
  // Travel words are common (وصل، توجه، صعد) and a visit needs a place
  // reached: without one after a listed marker, nothing more to look for.
  if (t.travel) {
    bool reached = false;
    for (const std::string& marker : t.recipient)
      reached = reached || args_.Forward(f.end - 1, 14, marker, {}) >= 0;
    if (!reached) return false;
  }
  return true;
}

// The event's type, mode and CAMEO code from the trigger row, refined by
// the qualifiers after it (دعم عسكري → AID military); false when a
// qualifier says the word is no act between parties.
bool Coder::Qualified(const Found& f, const TriggerEntry& t, Coding* c) const {
  const Item& trig = items_[f.item];
  Event& ev = c->ev;
  ev.type = t.type;
  ev.mode = t.mode;
  ev.cameo = t.cameo;
  std::string& rule = c->rule;
  rule = "triggers.tsv:" + std::to_string(t.line) + " " + t.listed + " (" +
         (t.kind == TriggerKind::kVerb          ? "verb"
          : t.kind == TriggerKind::kNoun        ? "noun"
          : t.kind == TriggerKind::kPassiveVerb ? "pverb"
                                                : "passive") +
         ")";

  // Qualifiers right after the trigger. A kept-type qualifier joined by
  // و to a type-changing one (دعم سياسي وعسكري) names two acts: the
  // backing stays coded besides the aid (`also`).
  std::string& also_context = c->also_context;
  bool& changed = c->changed;
  // After the trigger and, for a verb that took in its noun (أبرمت …
  // صفقة سلاح), in and after that noun's phrase.
  const uint32_t content_end = f.content == UINT32_MAX ? 0 : f.content_tail + 3;
  // (A verb phrase with its subject inside, أطلقت الشرطة النار: three
  // words after the phrase's last word.)
  const uint32_t near_end = std::max(f.end, f.tail) + 3;
  for (uint32_t i = f.end;
       i < items_.size() && i < std::max(near_end, content_end); ++i) {
    if (f.content != UINT32_MAX && i >= near_end && i <= f.content) {
      i = f.content;  // to the first word after the noun
      continue;
    }
    if (items_[i].punct || items_[i].sentence != trig.sentence) {
      if (content_end == 0 || i > f.content) break;
      i = f.content;
      continue;
    }
    const std::string_view qstem = items_[i].stem;
    const std::vector<Qualifier>* qs = lex_.QualifiersOf(qstem);
    // The accusative ending the stemmer leaves on, as on the masdar it
    // agrees with (دعما ماليا، دعما عسكريا).
    if (!qs && qstem.size() > 6 && qstem.ends_with("\xD8\xA7"))
      qs = lex_.QualifiersOf(qstem.substr(0, qstem.size() - 2));
    if (!qs) continue;
    for (const Qualifier& q : *qs) {
      if (q.applies != t.type) continue;
      if (q.type.empty() && !q.context.empty() && also_context.empty())
        also_context = q.context;
      changed = changed || !q.type.empty();
      if (!q.type.empty()) ev.type = q.type;
      if (!q.mode.empty()) ev.mode = q.mode;
      if (!q.cameo.empty()) ev.cameo = q.cameo;
      if (!q.context.empty() && std::find(ev.context.begin(), ev.context.end(),
                                          q.context) == ev.context.end())
        ev.context.push_back(q.context);
      rule += "; qualifier " + std::string(doc_.Text(items_[i].raw));
    }
  }

  // A verb right after a relative pronoun whose antecedent is a word that
  // makes it no act (الزلزال الذي ضرب، العاصفة التي ضربت): the antecedent
  // is its subject, and so no event either.
  if (t.kind == TriggerKind::kVerb && f.item >= 2 &&
      IsRelative(items_[f.item - 1].norm) && !items_[f.item - 2].punct &&
      items_[f.item - 2].sentence == trig.sentence) {
    if (const std::vector<Qualifier>* qs =
            lex_.QualifiersOf(items_[f.item - 2].stem))
      for (const Qualifier& q : *qs)
        if (q.applies == t.type && q.type == "-") ev.type = "-";
  }
  // A qualifier with no type (`-`) makes the word no act between
  // parties: دعم الوقود is a subsidy (qualifiers.tsv).
  if (ev.type == "-") return false;
  return true;
}

// The party after ل that owns the site (cues.tsv `site`) an attack at
// trigger f hit, the site its object or after على or ضد, within its
// clause and before any other party; or -1.
int32_t Coder::SiteOwner(const Found& f,
                         const std::vector<int32_t>& actors) const {
  uint32_t from = std::max(f.end, f.tail);
  for (int32_t a : actors)
    if (units_[a].last >= from) from = units_[a].last + 1;
  const uint32_t s = items_[f.item].sentence;
  for (uint32_t i = from; i < from + 8 && i + 1 < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.sentence != s || it.punct || IsHardBreak(it)) return -1;
    // (Past the nisba that named the actor's state: القوات التركية.)
    if (it.unit >= 0 && !units_[it.unit].nisba) return -1;
    const Cue* c = args_.CueAt(it);
    if (it.unit >= 0 || !c || c->role != CueRole::kSite || !it.enclitic.empty())
      continue;
    const bool object =
        (it.procl.empty() || it.procl == "\xD9\x88") &&  // و
        (i == from || !IsPrepWord(items_[i - 1].norm) ||
         items_[i - 1].norm == "\xD8\xB9\xD9\x84\xD9\x8A" ||  // على
         items_[i - 1].norm == "\xD8\xB6\xD8\xAF");           // ضد
    if (!object) return -1;
    // (Past one adjective: مواقع عسكرية للنظام.)
    uint32_t j = i + 1;
    if (j + 1 < items_.size() && items_[j].unit < 0 && !items_[j].punct &&
        NisbaShaped(j))
      ++j;
    const int32_t u = args_.UnitStartingAt(j);
    if (u < 0 || args_.PrepOf(j) != "\xD9\x84" || units_[u].nisba ||  // ل
        args_.PlaceOnly(u) ||
        std::find(actors.begin(), actors.end(), u) != actors.end())
      return -1;
    return u;
  }
  return -1;
}

// هجوم، هجمات، غارة، غارات: an attack or a raid, whose ل is its doer's.
bool Coder::RaidNoun(const Item& it) {
  std::string_view w = it.norm;
  if (w.starts_with(kArticle)) w.remove_prefix(kArticle.size());
  for (std::string_view k :
       {"\xD9\x87\xD8\xAC\xD9\x88\xD9\x85",           // هجوم
        "\xD9\x87\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAA",   // هجمات
        "\xD8\xBA\xD8\xA7\xD8\xB1\xD9\x87",           // غاره
        "\xD8\xBA\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA"})  // غارات
    if (w == k) return true;
  return false;
}

// Whether the word right after unit u in its sentence carries the ب of
// a charge (بدعم، بالوقوف، بالتجسس): no unit, no quote mark, no adverb
// of manner (بشدة، بانتظام).
bool Coder::ChargeAfter(int32_t u) const {
  const uint32_t i = units_[u].last + 1;
  if (i >= items_.size() || items_[i].punct || items_[i].unit >= 0 ||
      items_[i].sentence != items_[units_[u].first].sentence ||
      !HasLetter(items_[i].procl, "\xD8\xA8"))  // ب
    return false;
  for (std::string_view adverb :
       {"\xD8\xB4\xD8\xAF\xD9\x87",                          // شده
        "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD9\x85",  // انتظام
        "\xD9\x82\xD9\x88\xD9\x87",                          // قوه
        "\xD8\xAD\xD8\xAF\xD9\x87",                          // حده
        "\xD8\xB4\xD9\x83\xD9\x84",                          // شكل
        "\xD8\xB5\xD9\x88\xD8\xB1\xD9\x87"})                 // صوره
    if (items_[i].norm == adverb) return false;
  return true;
}

// The actor and recipient units by the trigger's kind: a receiving verb
// before a noun, passives, counts after a verb, genitive recipients, the
// verb's subject, a noun's doer. False when the doer is a noun rasd cannot
// name (the event is not coded).
bool Coder::ArgumentsByKind(const Found& f, const TriggerEntry& t, Coding* c) {
  const Item& trig = items_[f.item];
  // A verb of receiving shortly before a noun trigger.
  int32_t receive_at = -1;
  bool undergo = false;
  if (t.kind == TriggerKind::kNoun) {
    for (uint32_t k = 1; k <= 6 && k <= f.item; ++k) {
      const Item& it = items_[f.item - k];
      if (it.sentence != trig.sentence || it.punct) break;
      const Cue* c = args_.CueAt(it);
      // (Facing or surviving, واجه، نجا من: only the act it takes.)
      if (c &&
          (c->role == CueRole::kReceive ||
           (c->role == CueRole::kUndergo && UndergoesAt(f.item - k, f.item))) &&
          c->window >= static_cast<int>(k)) {
        receive_at = static_cast<int32_t>(f.item - k);
        undergo = c->role == CueRole::kUndergo;
        break;
      }
    }
  }

  const std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  c->gen_recipient = std::find(t.recipient.begin(), t.recipient.end(), "gen") !=
                     t.recipient.end();
  const bool gen_recipient = c->gen_recipient;
  int32_t& actor = c->actor;
  int32_t& recipient = c->recipient;
  std::vector<int32_t> none;
  VerbSeen& before = c->before;
  std::string& how = c->how;
  if (t.kind == TriggerKind::kPassive) {
    recipient = args_.UnitBefore(f.item);
    actor = args_.Forward(f.end - 1, 3, kMin, none);
    how = "passive: actor after من, recipient before";
    // (Past its adjectives: الميليشيات الحوثية المدعومة; recipient_more.cc.
    // Only with the backer named: a half-known backing would lend its
    // recipient to other acts of its type as a repeat.)
    if (recipient < 0 && actor >= 0 && t.type == "SUPPORT") {
      recipient = BackedHead(f.item);
      if (recipient >= 0) how += ", the noun the participle describes";
    }
  } else if (receive_at >= 0) {
    recipient = args_.UnitBefore(receive_at);
    if (recipient < 0) recipient = args_.Forward(receive_at, 3, {}, none);
    // A subject before, past a phrase of its own (النزلاء في هذا السجن
    // تعرضوا للضرب).
    if (recipient < 0 && !HasLetter(items_[receive_at].procl, "\xD9\x88"))
      recipient = args_.Backward(receive_at, 8);
    actor = args_.UnitStartingAt(f.end);
    // The giver after من, past the qualifiers (يحظى بدعم سياسي وعسكري
    // واضح من مصر).
    if (actor < 0 || !args_.PrepOf(f.end).empty())
      actor = args_.Forward(f.end - 1, 6, kMin, {recipient});
    // (An attack's author after ل: تعرض الجيش لهجوم للحوثيين.)
    if (actor < 0 && t.type == "ASSAULT")
      actor = args_.Forward(f.end - 1, 3, "\xD9\x84", {recipient});
    // (What stands between a verb of facing and its act is its subject:
    // تواجه حكومات أوروبية انتقادات.)
    for (uint32_t i = receive_at + 1; actor < 0 && !undergo && i < f.item;
         ++i) {
      const int32_t u = args_.UnitStartingAt(i);  // وعود روسية بدعم
      if (u >= 0 && u != recipient && args_.PrepOf(i).empty()) actor = u;
    }
    how = "received: recipient is the receiver, actor the giver";
    // A receiving verb with no subject of its own after another in the
    // sentence (وحصل حفتر على وعود روسية …، كما حصل على دعم عسكري):
    // the same receiver, and with no giver named, the same giver.
    if (recipient < 0 && last_receive_.sentence == trig.sentence) {
      recipient = last_receive_.recipient;
      if (actor < 0) actor = last_receive_.giver;
      how += " (of the receiving verb before)";
    } else if (recipient >= 0) {
      last_receive_ = {trig.sentence, recipient, actor};
    }
  } else if (RelativePassive(f, t, &recipient, &actor, &how)) {
  } else if (t.kind == TriggerKind::kVerb && f.end < items_.size() &&
             items_[f.end].number &&
             std::find(t.recipient.begin(), t.recipient.end(), "obj") !=
                 t.recipient.end()) {
    // (Only a transitive verb has such a passive: تظاهر 500 شخص is
    // active.)
    // A count right after the verb reads as a passive (قتل 5 أشخاص):
    // the counted are the recipients, the doer follows على يد.
    recipient = args_.Forward(f.end, 3, {}, none);
    actor = args_.ByHand(f.end, 12);
    how = "verb with a count after it: passive";
  } else if (t.kind == TriggerKind::kNoun && gen_recipient) {
    // مقتل الحريري، اغتيال السفير: the genitive is who it was done to.
    recipient = args_.Genitive(f.end);
    if (AgentGenitive(f, t, &actor, &recipient)) {
      how = "noun: its genitive the doer, ل the undergoer";
      return true;
    }
    if (recipient < 0) recipient = TitledPerson(f);
    actor = args_.ByHand(f.end, 10);
    if (actor < 0 && !t.suffered)
      actor = args_.Forward(f.end - 1, 4, kMin, {recipient});
    // (A definite one names an event already told: see below.)
    if (actor < 0 && !t.suffered && !(trig.article && KnownEvent(t.type)) &&
        !CondemnedAct(f))
      actor = args_.Backward(f.item, 15);
    how = "noun: genitive is the recipient";
  } else if (t.kind == TriggerKind::kPassiveVerb) {
    // أصيب سفير بولندا، الجنود الذين أصيبوا: the subject, after or
    // before, is the one hurt; the doer follows على يد.
    recipient = args_.Forward(f.end - 1, 6, {}, none);
    if (recipient < 0) recipient = args_.UnitBefore(f.item);
    actor = args_.ByHand(f.end, 12);
    how = "passive verb: subject is the recipient";
  } else if (t.kind == TriggerKind::kVerb && MarkedPassive(trig)) {
    // قُتل السفير على يد مسلح: the vowelled passive; its subject is the
    // recipient, the doer follows على يد.
    recipient = args_.Forward(f.end - 1, 6, {}, none);
    actor = args_.ByHand(f.end, 12);
    how = "verb vowelled as passive: subject is the recipient";
  } else if (t.kind == TriggerKind::kVerb && t.type == "ASSAULT" &&
             std::find(t.recipient.begin(), t.recipient.end(), "obj") !=
                 t.recipient.end() &&
             PassiveReading(f, &recipient, &actor, &how)) {
  } else if (PluralPassive(f, t, &recipient, &actor, &how)) {
  } else if (t.kind == TriggerKind::kVerb &&
             RelativeObject(f, &actor, &recipient)) {
    how = "verb: relative clause with the antecedent as its object";
  } else if (t.kind == TriggerKind::kVerb) {
    before = last_verb_;
    actor = VerbSubject(f, t, &how);
    // An accusation's one unit after the verb with the charge right after
    // it (اتهمت الدول الأربع الدوحة بدعم الإرهاب، تتهم روسيا بالوقوف
    // خلف التسميم) is the accused, whom it is done to: the accuser is
    // elsewhere, and with none found the event is not kept.
    if (t.type == "ACCUSE" && how == "verb: subject after" && actor >= 0 &&
        trig.norm.find(kTuhm) != std::string_view::npos && ChargeAfter(actor)) {
      recipient = actor;
      actor = -1;
      how = "verb: the one after it accused, its charge after it";
    }
    // (A relative clause's verb whose subject no unit names leaves the
    // verb a later joined one continues as it was: الاتفاق الذي أبرم
    // في عهد سلفه وطالب الحلفاء.)
    const uint32_t link = PastVerbLinks(f.item);
    if (how != kUnnamed || link == 0 || items_[link - 1].punct ||
        !IsRelativePronoun(items_[link - 1].norm))
      last_verb_ = {trig.sentence, actor};
    topics_.Note(actor);
    // A doer rasd cannot name (اتهمت المنظمة طهران) is nobody else: no
    // repeat lends it one. (An attack by someone unknown is still told.)
    if (how == kUnnamed && t.type != "ASSAULT" && t.type != "PROTEST")
      return false;
  } else if (t.kind == TriggerKind::kNoun && ControlledMasdar(f, t, c)) {
  } else {
    actor = args_.Genitive(f.end);
    if (Described(actor, f)) actor = -1;
    how = "noun: genitive or nisba after";
    // اتهامه بالتجسس: the accused; the accuser only after من.
    if (AccusedGenitive(f, t, actor, &recipient)) {
      c->gen_recipient = true;
      actor = args_.Forward(f.end - 1, 6, kMin, {recipient});
      how = "noun: the charge follows, its genitive the accused";
      return true;
    }
    // زيارة للرئيس إلى موسكو: with a destination after إلى, the ل
    // before it marks the doer, not the one visited.
    const std::string_view kLam = "\xD9\x84", kIla = "\xD8\xA7\xD9\x84\xD9\x8A";
    auto lists = [&](std::string_view m) {
      return std::find(t.recipient.begin(), t.recipient.end(), m) !=
             t.recipient.end();
    };
    if (actor < 0 && lists(kLam) && lists(kIla)) {
      const int32_t by = args_.Forward(f.end - 1, 4, kLam, none);
      const int32_t to =
          by >= 0 ? args_.Forward(units_[by].last, 8, kIla, none) : -1;
      if (to >= 0) {
        actor = by;
        recipient = to;
        how = "noun: doer after ل, destination after إلى";
      }
    }
    // (Not past a pronoun on the trigger, its doer: سحب قواتها من
    // سوريا is withdrawing from Syria.)
    if (actor < 0 && items_[f.end - 1].enclitic.empty()) {
      actor = args_.Forward(f.end - 1, 3, kMin, none);
      how = "noun: agent after من";
    }
    // An attack's or a raid's doer after ل right after it or its
    // adjectives (هجوم لجماعة بوكو حرام، غارات للطيران الروسي): their
    // target is marked by على or ضد. (Not after the masdar of a verb
    // that takes an object, whose ل marks it: ضربة للنظام، قصف لمواقع،
    // استهداف للمدنيين.)
    if (actor < 0 && t.type == "ASSAULT" && !lists(kLam) &&
        items_[f.end - 1].enclitic.empty() && RaidNoun(trig)) {
      // (Past its adjectives only, as definite as it: not past a verb,
      // الغارات استهدفت مواقع للميليشيات.)
      uint32_t i = f.end;
      while (i < f.end + 2 && i < items_.size() && !items_[i].punct &&
             items_[i].unit < 0 && items_[i].procl.empty() &&
             items_[i].article == trig.article &&
             !lex_.VerbsOf(items_[i].norm) &&
             (NisbaShaped(i) || AdjectiveShaped(i)))
        ++i;
      const int32_t by = args_.UnitStartingAt(i);
      if (by >= 0 && args_.PrepOf(i) == kLam && !units_[by].nisba &&
          !args_.PlaceOnly(by)) {
        actor = by;
        how = "noun: attack's doer after ل";
      }
    }
    for (uint32_t i = f.end; actor < 0 && i < f.end + 4; ++i) {
      if (i >= items_.size() || items_[i].sentence != trig.sentence ||
          items_[i].punct)
        break;
      if (LightAt(items_[i])) {
        actor = args_.Forward(i, 3, {}, none);  // الزيارة التي قام بها حفتر
        // (A preposition carrying the masdar as its pronoun governs
        // nothing after it: التظاهرات التي شارك فيها مئات الطلاب،
        // تظاهرات شارك فيها الآلاف; the relative clause right after
        // the masdar, so the pronoun is the masdar's.)
        const bool relative =
            i == f.end ? !items_[f.item].article
                       : i == f.end + 1 && IsVerbLink(items_[f.end].norm) &&
                             items_[f.end].norm.starts_with(kArticle);
        if (actor < 0 && relative && i + 1 < items_.size() &&
            IsPrepWord(items_[i + 1].norm) && !items_[i + 1].enclitic.empty()) {
          for (uint32_t j = i + 2; actor < 0 && j < i + 5; ++j) {
            if (j >= items_.size() || items_[j].punct) break;
            actor = args_.UnitStartingAt(j);
          }
        }
        how = "noun: subject of the light verb after it";
        // A light verb with the masdar as its pronoun and no subject
        // named (التقى حفتر لافروف بعد محادثات أجراها مع شويغو): the
        // subject of the clause's verb did it.
        if (actor < 0 && !items_[i].enclitic.empty() &&
            last_verb_.sentence == trig.sentence && last_verb_.actor >= 0) {
          actor = last_verb_.actor;
          how = "noun: light verb with its pronoun, the clause's subject";
        }
      }
    }
    // A pronoun after ل right after the masdar (في ثاني زيارة له إلى
    // روسيا): its antecedent is the doer, as of زيارته.
    if (actor < 0 && LamPronounAfter(f)) {
      actor = args_.Antecedent(f.item, -1, true);
      if (actor >= 0) how = "noun: actor the antecedent of the pronoun after ل";
    }
    // The object of a verb in a relative clause (موسكو، التي قدمت تمويلا
    // لحفتر): the relative pronoun's antecedent is the doer.
    if (actor < 0 && f.item >= 2 && !items_[f.item - 1].punct &&
        items_[f.item - 1].unit < 0 && items_[f.item - 2].article &&
        IsVerbLink(items_[f.item - 2].norm)) {
      actor = args_.UnitBefore(f.item - 1);
      how = "noun: object of a relative clause, its antecedent the doer";
    }
    // A definite masdar with no doer of its own after it, when the
    // document has told an event of its type already (ووصف بوتين
    // الاغتيال بأنه استفزاز، منفذ الهجوم شرطي), names that event: the
    // nearest actor before it is someone talking about it, so it is
    // left to be merged as a repeat.
    // An agreement with the article and no party of its own (يتمسك
    // السراج بشرعية الاتفاق السياسي، دفتر العقود) is named as a thing:
    // the one before it speaks of it and is no party to it.
    const bool known = trig.article && (KnownEvent(t.type) ||
                                        t.type == "AGREE" || AfterTime(f.item));
    // An act told with a passive participle after it (حظر السلاح
    // المفروض على ليبيا): its doer is only the one من names after the
    // participle, never the actor before the masdar.
    const uint32_t imposed = actor < 0 ? ImposedAfter(f) : UINT32_MAX;
    if (imposed != UINT32_MAX) {
      actor = args_.Forward(imposed, 3, kMin, none);
      how = "noun: imposed, doer after من";
    }
    if (actor < 0 && !known && imposed == UINT32_MAX) {
      // (An attack noun does not reach past another attack told before
      // it: those are that attack's parties, its victims as often.)
      uint32_t reach = 25;
      if (t.type == "ASSAULT")
        for (const Found& o : found_) {
          // (its own noun included: قتل … في هجوم جاء ردا على غارة)
          const uint32_t at = o.content != UINT32_MAX ? o.content : o.item;
          if (at < f.item && f.item - at < reach &&
              lex_.triggers()[o.entry].type == "ASSAULT")
            reach = f.item - at;
        }
      // Not out of its own clause when that is a relative clause or one
      // about the event before (ما أدى إلى تظاهرات): a relative clause's
      // subject is the relative verb's, its antecedent (clause.h).
      const Clause cl = ClauseOf(items_, f.item);
      bool own =
          cl.start == ClauseStart::kRelative || cl.start == ClauseStart::kWhat;
      // (A word on و that no unit starts may be a verb that ends the
      // relative clause: الذين خرجوا إلى الشوارع وحدثت مواجهات.)
      for (uint32_t i = cl.begin + 1; own && i < f.item; ++i)
        own = !(items_[i].procl.starts_with("\xD9\x88") && items_[i].unit < 0 &&
                !items_[i].article);
      // (Nor a passive relative clause, whose doer is the main clause's
      // as often: المحطة التي تم إنجازها بالتعاون مع …)
      if (own && cl.start == ClauseStart::kRelative &&
          cl.begin + 1 < items_.size()) {
        const std::string_view v = items_[cl.begin + 1].norm;
        own = v != "\xD8\xAA\xD9\x85" &&        // تم
              v != "\xD9\x8A\xD8\xAA\xD9\x85";  // يتم
      }
      if (own) reach = std::min(reach, f.item - cl.begin);
      if (!CondemnedAct(f))
        actor = args_.Backward(f.item, reach, t.type == "PROTEST");
      how = "noun: nearest actor before";
      // (Not the one who shot or killed: other_doer.cc.)
      if (t.type != "ASSAULT" && DoerByHand(actor)) actor = -1;
      if (InClosedRelative(actor, f.item) || OccurrenceBefore(f)) actor = -1;
      // (A masdar with a pronoun has its doer in it: اتفاقها.)
      // (Nor when someone else is named right before it, whose act it
      // may be: التي تعاني من قرار الولايات المتحدة الانسحاب.)
      const bool named = f.item > 0 && items_[f.item - 1].unit >= 0;
      if (actor < 0 && own && !named && cl.start == ClauseStart::kRelative &&
          items_[f.end - 1].enclitic.empty()) {
        actor = RelativeSubject(cl.begin);
        if (actor >= 0)
          how = "noun: nearest actor before, the relative clause's antecedent";
      }
    }
  }
  // The doer من قبل names, when no other was found (by_agent.cc): اعتقل
  // شخصان من قبل الشرطة، المطالبة بتغيير النظام من قبل المعارضة.
  if (actor < 0) {
    actor = ByAgent(f);
    if (actor >= 0 && actor == recipient) actor = -1;
    if (actor >= 0) how += "; doer after من قبل";
  }
  // Killed or hurt in an attack that names its doer (قتل ستة مدنيين في
  // قصف نفذته القوات الحكومية): attack_doer.cc.
  if (actor < 0 && t.type == "ASSAULT" &&
      (t.suffered || t.kind == TriggerKind::kPassiveVerb ||
       how.find("passive") != std::string::npos)) {
    actor = AttackDoer(f, recipient);
    if (actor >= 0) how += "; doer of the attack it was suffered in";
  }
  // هجوم تعرضت له القوات: the one who underwent it, told after it.
  if (t.kind == TriggerKind::kNoun && (recipient < 0 || recipient == actor)) {
    const int32_t u = UndergoerAfter(f);
    if (u >= 0) {
      recipient = u;
      if (actor == u) actor = -1;
      how += "; recipient the one who underwent it, after it";
    }
  }
  return true;
}

// The arguments special constructions set over those the kind gave: a
// request in the accusative of purpose, the act someone is accused of, a
// pronoun suffix on the trigger. False for air operations with no owner.
bool Coder::SpecialArguments(const Found& f, const TriggerEntry& t, Coding* c) {
  const Item& trig = items_[f.item];
  int32_t& actor = c->actor;
  int32_t& recipient = c->recipient;
  std::string& how = c->how;
  const bool gen_recipient = c->gen_recipient;
  // A request in the accusative of purpose right after a verb's object
  // (قصد حفتر موسكو طلبا للأسلحة): the verb's subject asks the object.
  // (طلبا is read first as a verb, "the two asked", which needs two
  // subjects and no object before it.)
  if (t.type == "REQUEST") {
    int32_t s = -1, o = -1;
    if (PurposeAfterObject(f, &s, &o)) {
      actor = s;
      recipient = o;
      how = "noun: accusative of purpose, the subject asks the object";
    }
  }
  // The act someone is accused of (اتهمت روسيا الولايات المتحدة بتسليح
  // المعارضة): a masdar after ب right after the accused is the accused's
  // act; the genitive taken as its doer is whom it was done to.
  if (t.kind == TriggerKind::kNoun && f.item == last_accused_.after &&
      HasLetter(trig.procl, "\xD8\xA8")) {
    if (how.starts_with("noun: genitive")) recipient = actor;
    actor = last_accused_.accused;
    how = "noun: the act the accused is blamed for";
  }
  // A pronoun suffix on the trigger: a verb's object (زارها), a noun's
  // doer (زيارته) or, for a genitive-recipient noun, its undergoer.
  const Item& last_item = items_[f.end - 1];
  if (!last_item.enclitic.empty()) {
    // (A first-person verb's نا is its subject: بحثنا.)
    const bool object = (t.kind == TriggerKind::kVerb &&
                         !how.starts_with("verb: first person")) ||
                        gen_recipient;
    if (object && recipient < 0 && t.kind != TriggerKind::kPassive &&
        t.kind != TriggerKind::kPassiveVerb) {
      recipient = args_.Antecedent(f.item, actor);
      if (recipient >= 0) how += "; recipient the pronoun's antecedent";
    } else if (!object && t.kind == TriggerKind::kNoun &&
               (actor < 0 || how == "noun: nearest actor before")) {
      const int32_t a = args_.Antecedent(f.item, -1, true);
      if (a >= 0) {
        actor = a;
        how = "noun: actor the pronoun's antecedent";
      }
    }
  }
  // Air operations (mode `aerial`) are coded only with their owner at the
  // noun, a genitive, nisba or pronoun (العمليات الجوية الروسية،
  // عملياتها الجوية): without one they are as often flights or a name
  // (علق العمليات الجوية، مركز العمليات الجوية).
  const bool owned = how == "noun: genitive or nisba after" ||
                     how == "noun: actor the pronoun's antecedent" ||
                     (actor >= 0 && !trig.enclitic.empty());
  return t.mode != "aerial" || t.kind != TriggerKind::kNoun || owned;
}

// The parties as lists: conjuncts, "the two of them", the parties a
// meeting brings together, a dual verb's two doers, hope and need, and the
// recipient by the trigger's markers. False when a hope or need names
// nobody who could act.
bool Coder::Parties(const Found& f, const TriggerEntry& t, Coding* c) {
  const Item& trig = items_[f.item];
  int32_t& actor = c->actor;
  int32_t& recipient = c->recipient;
  std::string& how = c->how;
  std::vector<int32_t>& actors = c->actors;
  std::vector<int32_t>& recipients = c->recipients;
  bool& both_named = c->both_named;  // "the two of them" named every party
  int32_t& inherited_date = c->inherited_date;
  if (actor >= 0) actors = args_.WithConjuncts(actor);
  // A mutual act "between the two of them" (التعاون بينهما، الاتفاق
  // بينهما) is between the two parties named last, whoever the clause's
  // subject is.
  if (t.mutual && (actor < 0 || how.starts_with("noun: nearest"))) {
    const std::vector<int32_t> two = BetweenTheTwo(f);
    if (!two.empty()) {
      actors = two;
      how = "mutual: the two parties هما refers to";
      both_named = true;
    }
  }
  // A meeting that brings parties together (اجتماع ثلاثي يجمع وزراء
  // خارجية روسيا وتركيا وإيران؛ قمة تجمع بوتين وأردوغان): they are its
  // parties.
  if (t.mutual && t.kind == TriggerKind::kNoun && !both_named) {
    const std::vector<int32_t> together = BroughtTogether(f);
    if (together.size() >= 2) {
      actors = together;
      recipient = -1;
      how = "mutual: the parties it brings together";
      both_named = true;
    }
  }
  // A dual verb has two doers (a verb before its subject is singular):
  // the two parties named right before it (السعودية وبريطانيا اتفقتا)
  // or, as a pronoun in a clause of its own (كما اتفقتا على رفع
  // القيمة، واتفقا على), the two of the last event told.
  // The date of the event a pronoun or "during this visit" goes back to.
  if (t.kind == TriggerKind::kVerb &&
      (actors.size() < 2 || how.starts_with("verb: nearest") ||
       how.starts_with("verb: pronoun"))) {
    std::vector<int32_t> two = DualSubject(f, &inherited_date);
    if (!two.empty()) {
      actors = std::move(two);
      how = "verb: dual, the two parties before it";
      both_named = t.mutual;
    }
  }
  // A hope (يأمل أن تلعب روسيا دورا) asks the party it is about; about
  // nobody named, it is no request. One voices it: a generic agent
  // found for its pronoun (مؤتمر ميونيخ للأمن، أبدى فيها أمله) is not.
  // A hope noun is someone's by its pronoun (أبدى أمله): "the hope"
  // (نما الأمل في أن) is nobody's.
  if (t.mode == "hope" || t.mode == "need") {
    const uint32_t end = std::max(f.end, f.tail);
    recipient = t.mode == "hope" ? HopedParty(args_, items_, units_, end)
                                 : NeededParty(args_, items_, units_, end);
    if (recipient < 0 ||
        (t.kind == TriggerKind::kNoun && items_[f.end - 1].enclitic.empty()))
      return false;
    // (A party the knowledge base knows, a state, a body or a public
    // figure: that a footballer will play is no one's request.)
    const int32_t hoped = ActorOf(recipient);
    if (hoped < 0 || doc_.actors[hoped].key.starts_with("x-")) return false;
    // (Nor the party hoped about, taken as the noun's genitive: على
    // أمل أن يطرحها عمرو.)
    for (int32_t u : actors)
      if (units_[u].agent >= 0 || u == recipient) return false;
    how += t.mode == "hope" ? "; recipient the subject after أن"
                            : "; recipient the one who must act";
  }
  if (recipient >= 0) recipients = args_.WithConjuncts(recipient);
  if (recipients.empty() && !both_named) {
    // The object first; else the nearest unit any listed preposition
    // governs (زيارة إلى طرابلس للقاء القذافي: طرابلس).
    int32_t best = -1;
    // A request's addressee stands before what is asked (ناشد البابا
    // الدول الأوروبية استقبال المهاجرين؛ طالب الاتحاد بسحب القوات
    // التركية من قبرص): none is looked for past it.
    const uint32_t content_at =
        t.type == "REQUEST" ? AskedAt(f, t, actors) : UINT32_MAX;
    std::string_view by;
    for (const std::string& marker : t.recipient) {
      // A verb phrase's genitive is the owner of its object (شطبت ديونا
      // ليبية), unless a marker listed before it names one (ألغت ديونا
      // سوفيتية على ليبيا: the debtor after على); a noun's genitive was
      // looked for above.
      if (marker == "gen") {
        const int32_t g =
            t.kind == TriggerKind::kVerb ? args_.Genitive(f.tail) : -1;
        if (g >= 0 && best < 0 &&
            std::find(actors.begin(), actors.end(), g) == actors.end()) {
          best = g;
          by = marker;
        }
        continue;
      }
      uint32_t from = f.end - 1;
      if (actor >= 0 && units_[actors.back()].last > from)
        from = units_[actors.back()].last;
      // A meeting's other party often stands after the first one's
      // titles, a date and a place (التقى حفتر، قائد الجيش، أمس في
      // موسكو وزير الخارجية لافروف): a mutual verb's object is looked
      // for further, up to a preposition that marks the other party
      // (تلتقي مع حلفاء لها: the allies, named or not).
      uint32_t reach = t.mutual && marker == "obj" ? 16 : 6;
      for (uint32_t k = 1; reach > 6 && k <= reach; ++k) {
        if (from + k >= items_.size()) break;
        const Item& it = items_[from + k];
        if (!it.punct && std::find(t.recipient.begin(), t.recipient.end(),
                                   it.norm) != t.recipient.end())
          reach = std::max<uint32_t>(6, k - 1);
        // (Nor past ثم or حيث, which open a clause of their own: التقى
        // شويغو ولافروف، ثم صعد إلى …)
        if (!it.punct && (it.norm == kThumma || it.norm == kHaythu))
          reach = k - 1;
      }
      if (marker == "obj" && content_at > from)
        reach = std::min<uint32_t>(reach, content_at - from - 1);
      const int32_t u = marker == "obj"
                            ? args_.Forward(from, reach, {}, actors)
                            : args_.Forward(f.end - 1, 14, marker, actors);
      if (u < 0 || (marker == "\xD9\x84" && PurposeChain(u, f.end)) ||
          units_[u].first > content_at || ProtestMatter(t, marker, u))
        continue;
      if (marker == "obj") {
        best = u;
        by = marker;
        break;
      }
      if (best < 0 || units_[u].first < units_[best].first) {
        best = u;
        by = marker;
      }
    }
    // An attack on a site someone owns (قصفت مواقع لحزب العمال، غارات على
    // مواقع لحركة حماس، استهدفت مقرا للشرطة): the owner after ل, when no
    // marker named a party.
    if (best < 0 && t.type == "ASSAULT") {
      best = SiteOwner(f, actors);
      by = "the owner of the site it hit";
    }
    if (best >= 0) {
      recipients = args_.WithConjuncts(best);
      how += "; recipient " + std::string(by);
      // A mutual act "between X and Y" (مذكرة تعاون بين غازبروم والمؤسسة
      // الوطنية للنفط) names both its parties there: a unit before it,
      // found only as the nearest one, is not a third.
      if (t.mutual && by == "\xD8\xA8\xD9\x8A\xD9\x86" &&  // بين
          recipients.size() >= 2 &&
          (how.starts_with("noun: nearest") ||
           how.starts_with("verb: nearest") ||
           how.starts_with("verb: pronoun subject"))) {
        actors.clear();
        how += " names both parties";
      }
      // Fighting "between X and Y" (اشتباكات بين قوات الأمن ومسلحين، معارك
      // بين طالبان وداعش) is done by both: they are its actors. Not when a
      // crowd fights (مواجهات بين المحتجين والشرطة): the crowd riots
      // against the other side.
      if (!t.mutual && t.type == "ASSAULT" && Clash(trig) &&
          by == "\xD8\xA8\xD9\x8A\xD9\x86" && recipients.size() >= 2 &&
          (actors.empty() || how.starts_with("noun: nearest"))) {
        bool crowd = false;
        for (int32_t r : recipients)
          crowd =
              crowd || (units_[r].agent >= 0 &&
                        !lex_.agents()[units_[r].agent].violence_type.empty());
        if (!crowd) {
          actors = recipients;
          recipients.clear();
          how += kBothSides;
        }
      }
    } else {
      // The marker carrying a pronoun right after the trigger or its
      // actor (طلب منها الوساطة، اجتمع معه، حذر منهم): its antecedent.
      uint32_t from = f.end;
      if (!actors.empty() && units_[actors.back()].last >= from)
        from = units_[actors.back()].last + 1;
      for (uint32_t i = from; best < 0 && i < from + 2 && i < items_.size();
           ++i) {
        const Item& it = items_[i];
        if (it.punct || it.sentence != trig.sentence) break;
        if (it.enclitic.empty() ||
            std::find(t.recipient.begin(), t.recipient.end(), it.norm) ==
                t.recipient.end())
          continue;
        best = args_.Antecedent(i, actor);
        if (best >= 0) {
          recipients = args_.WithConjuncts(best);
          how +=
              "; recipient the antecedent of " + std::string(doc_.Text(it.raw));
        }
      }
    }
  }
  // Backing an act was done with (شنت قوات النظام بدعم روسي هجوما؛
  // سيطر الجيش على الميناء بدعم من مصر): its backer named by a nisba or
  // after من, the doer of the act, the clause's subject before it, is
  // the one backed. (A genitive after بدعم is whom it backs: اتهمها
  // بدعم الجماعات، سارع بتأييد القرار.)
  if (recipients.empty() && t.kind == TriggerKind::kNoun &&
      (t.type == "SUPPORT" || t.type == "AID") &&
      HasLetter(trig.procl, "\xD8\xA8") &&  // ب
      ((how == "noun: genitive or nisba after" && units_[actor].nisba) ||
       how == "noun: agent after من")) {
    const int32_t doer = args_.Backward(f.item, 12);
    if (doer >= 0 &&
        std::find(actors.begin(), actors.end(), doer) == actors.end()) {
      recipients = args_.WithConjuncts(doer);
      how += "; recipient the doer of the act it backs";
    }
  }
  // Recipients written in constructions of their own (recipient_more.cc).
  if (recipients.empty()) MoreRecipients(f, t, c);
  return true;
}

}  // namespace events_internal
}  // namespace rasd

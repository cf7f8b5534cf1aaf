// Coding one trigger as an event: its actor, recipient and the rules that
// correct them (Code).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"
#include "events/disaster.h"

namespace rasd {
namespace events_internal {

void Coder::Code(const Found& f) {
  const TriggerEntry& t = lex_.triggers()[f.entry];
  Coding c;
  // The phases that find the type and the parties (coder_arguments.cc,
  // FollowUps in coder_parties.cc); each may find the trigger is no event.
  const char* no_event =
      !Admitted(f, t) ? "not admitted (a date's word, a crowd verb said of no "
                        "crowd, a protest's demand, an invitation, travel to "
                        "no place)"
      : !Qualified(f, t, &c)        ? "a qualifier makes it no event"
      : !ArgumentsByKind(f, t, &c)  ? "its subject a noun no actor names"
      : !SpecialArguments(f, t, &c) ? "air operations with no owner named"
      : !Parties(f, t, &c)          ? "hoped of no party the text names"
      : !FollowUps(f, t, &c)        ? "a meeting verb with nobody met"
                                    : nullptr;
  if (!no_event) no_event = BlockedBy(c.ev.type, c.actors);
  // Deaths a quake or a road accident caused (disaster.cc), and later
  // deaths no one caused in the same report.
  // (A disaster's own word of attack, coded or not, is noted: ضرب زلزال.)
  const bool by_disaster = (t.type == "ASSAULT" || c.ev.type == "ASSAULT") &&
                           events::ByDisaster(items_, f.item);
  if (!no_event && c.ev.type == "ASSAULT" && !events::IntentAct(t.listed)) {
    if (by_disaster)
      no_event = "a natural disaster or an accident";
    else if (disaster_seen_ && c.actors.empty())
      no_event = "a natural disaster or an accident told before";
  }
  disaster_seen_ = disaster_seen_ || by_disaster;
  if (no_event) {
    const bool typed = !c.ev.type.empty() && c.ev.type != "-";
    NotCoded(f, typed ? c.ev.type : t.type, no_event);
    return;
  }
  c.rule += "; " + c.how;
  if (t.type == "ACCUSE" && !c.recipients.empty()) {
    uint32_t after = 0;
    for (int32_t u : c.recipients) after = std::max(after, units_[u].last + 1);
    last_accused_ = {after, c.recipients.front()};
  }
  Riot(f, &c);
  ToActors(f, t, &c);
  if (Completed(f, t, &c)) Emit(f, t, &c);
}

// Protesters who burn or stone are rioting, not assaulting (agents.tsv
// `violence`): every actor must be such an agent.
void Coder::Riot(const Found& f, Coding* c) {
  Event& ev = c->ev;
  std::string& rule = c->rule;
  std::vector<int32_t>& actors = c->actors;
  std::vector<int32_t>& recipients = c->recipients;
  if (ev.type == "ASSAULT") {
    const Agent* g = nullptr;
    for (int32_t u : actors) {
      const int32_t ag = units_[u].agent;
      g = ag >= 0 && !lex_.agents()[ag].violence_type.empty()
              ? &lex_.agents()[ag]
              : nullptr;
      if (!g) break;
    }
    // Clashes a crowd is a party to (مواجهات بين المتظاهرين والشرطة)
    // are its rioting, against the others in them.
    if (!g && Clash(items_[f.item])) {
      std::vector<int32_t> crowd, others = actors;
      for (int32_t u : recipients) {
        const int32_t ag = units_[u].agent;
        const bool riots = ag >= 0 && !lex_.agents()[ag].violence_type.empty();
        (riots ? crowd : others).push_back(u);
        if (riots) g = &lex_.agents()[ag];
      }
      if (g) {
        actors = std::move(crowd);
        recipients = std::move(others);
      }
    }
    if (g) {
      ev.type = g->violence_type;
      ev.mode = g->violence_mode;
      ev.cameo = g->violence_cameo;
      rule += "; violence of " + g->key;
    }
  }
}

// The units chosen become the event's actors and recipients: the doer a
// unit names, a state for its body in an agreement, a state for the
// city visited.
void Coder::ToActors(const Found& f, const TriggerEntry& t, Coding* c) {
  Event& ev = c->ev;
  std::string& rule = c->rule;
  const std::vector<int32_t>& actors = c->actors;
  const std::vector<int32_t>& recipients = c->recipients;
  const std::string& how = c->how;
  const Item& trig = items_[f.item];
  for (int32_t u : actors) {
    int32_t a = DoerOf(u);
    if (ev.type == "AGREE") {
      const int32_t state = StateOfBody(u);
      if (state >= 0) {
        a = state;
        rule += "; " + doc_.actors[state].key + " for its body";
      }
    }
    if (a >= 0 &&
        std::find(ev.actor.begin(), ev.actor.end(), a) == ev.actor.end())
      ev.actor.push_back(a);
  }
  if (ev.actor.empty() && his_country_ >= 0 &&
      how.starts_with("verb: his country")) {
    const int32_t who = DoerOf(his_country_);
    const int32_t state = who >= 0 ? LeaderState(who, true) : -1;
    if (state >= 0) ev.actor.push_back(state);
  }
  if (actors.size() + recipients.size() == 2) {
    last_pair_ = {trig.sentence, {}};
    for (const auto* side : {&actors, &recipients})
      last_pair_.units.insert(last_pair_.units.end(), side->begin(),
                              side->end());
  }
  // A city visited or addressed stands for its state (زار موسكو); a
  // place attacked or entered stays the place.
  const bool physical = t.type == "ASSAULT" || t.type == "MOBILIZE" ||
                        t.type == "PROTEST" || t.type == "COERCE" ||
                        t.type == "RETREAT";
  for (int32_t u : recipients) {
    int32_t a = ActorOf(u);
    if (ev.type == "AGREE" && StateOfBody(u) >= 0) {
      a = StateOfBody(u);
      rule += "; " + doc_.actors[a].key + " for its body";
    }
    if (a >= 0 && !physical && args_.IsPlace(a)) {
      const int32_t state = DoerOf(u);
      if (state >= 0) {
        if (ev.location < 0) ev.location = a;
        a = state;
      }
    }
    if (a >= 0 && std::find(ev.recipient.begin(), ev.recipient.end(), a) ==
                      ev.recipient.end())
      ev.recipient.push_back(a);
  }
  if (ev.type == "ASSAULT") TakenFrom(f, &ev, &rule);
}

// The parties an event lacks, taken from the event it was done under, the
// two-party event told before, a leader's state or a counterpart; false
// (noted in Document::uncoded) when the trigger turns out no event.
bool Coder::Completed(const Found& f, const TriggerEntry& t, Coding* c) {
  Event& ev = c->ev;
  std::string& rule = c->rule;
  int32_t& inherited_date = c->inherited_date;
  const std::vector<int32_t>& actors = c->actors;
  const std::vector<int32_t>& recipients = c->recipients;
  const Item& trig = items_[f.item];
  // An act with no doer named, done under or during an event told
  // before (تم بموجب هذه الزيارة جدولة الديون): that event's doer did
  // it; a mutual act (وخلال تلك الزيارة وقعت اتفاقية) is between all its
  // parties, the visitor and the host.
  // Its time is that event's, when it names none.
  if (ev.actor.empty() && t.kind == TriggerKind::kNoun) {
    const int32_t under = EventBefore(f.item);
    if (under >= 0) {
      const Event& o = doc_.events[under];
      std::vector<int32_t> doers = o.actor;
      if (t.mutual)
        doers.insert(doers.end(), o.recipient.begin(), o.recipient.end());
      for (int32_t a : doers) {
        if (std::find(ev.recipient.begin(), ev.recipient.end(), a) ==
            ev.recipient.end())
          ev.actor.push_back(a);
      }
      if (!ev.actor.empty()) {
        rule += "; actor the doer of the event it was done under";
        inherited_date = o.date;
      }
    }
  }
  if (t.kind == TriggerKind::kNoun && TopicParties(f, &ev))
    rule += "; the parties of the two-party event told before";
  // Travel is a visit only by a named party to a state, a leader or what
  // a state owns (a carrier, an embassy): to a town alone, or by a
  // crowd or a generic agent, it is a journey.
  if (t.travel) {
    bool visit = !ev.recipient.empty() && !actors.empty();
    for (int32_t u : actors)
      visit = visit && units_[u].agent < 0 && units_[u].actor >= 0;
    for (int32_t a : ev.recipient) visit = visit && !args_.IsPlace(a);
    if (!visit)
      return NotCoded(f, ev.type, "travel by no named party, or to a place");
  }
  // A head of state or government acts for his state in the acts only a
  // state does (a loan, a debt written off, an arms or trade deal,
  // sanctions): the state is coded (زيارة بوتين … وشطب ديون ليبية: Russia
  // writes the debt off; عقود عسكرية مع حكومة القذافي: with Libya).
  if (StateLevel(ev)) {
    for (std::vector<int32_t>* side : {&ev.actor, &ev.recipient}) {
      std::vector<int32_t> out;
      for (int32_t a : *side) {
        const int32_t s = LeaderState(a);
        const int32_t b = s >= 0 ? s : a;
        if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
        if (s >= 0) rule += "; " + doc_.actors[a].key + " for his state";
      }
      *side = std::move(out);
    }
  }
  // Talks by video or telephone said after the other party (تحادث مع
  // شويغو عبر الفيديو): a call, like the qualifier right after the verb.
  if (ev.type == "CONSULT" && ev.mode == "meet" && !recipients.empty())
    PhoneAfterParty(recipients, &ev, &rule);
  // A meeting with "his counterpart" (التقى سيالة نظيره الروسي): the
  // holder of the same office in the state the nisba names.
  if (t.type == "CONSULT" && ev.actor.size() + ev.recipient.size() == 1) {
    const int32_t mate = CounterpartAfter(f, ev.actor);
    if (mate >= 0) {
      ev.recipient.push_back(mate);
      rule += "; the counterpart of " + doc_.actors[ev.actor[0]].key;
    }
  }
  // Nobody acts on themselves.
  std::erase_if(ev.recipient, [&](int32_t a) {
    return std::find(ev.actor.begin(), ev.actor.end(), a) != ev.actor.end();
  });
  if ((t.mode == "hope" || t.mode == "need") && ev.recipient.empty())
    return NotCoded(f, ev.type, "hoped of himself");
  if (OutletOnly(t, &ev, &rule))  // في لقاء مع بي بي سي (meeting.cc)
    return NotCoded(f, ev.type, "a news outlet's interview or report");
  if (TownOnly(t, &ev, &rule))  // اتفاق … سرت (meeting.cc)
    return NotCoded(f, ev.type, "towns are no parties");
  if (t.mutual) {
    for (int32_t a : ev.recipient) ev.actor.push_back(a);
    ev.recipient.clear();
  }
  // A definite masdar a word of time governs (بعد الهجوم، منذ
  // المظاهرات), naming no party, refers to an event told elsewhere: it
  // is not reported here.
  if (trig.article && t.kind == TriggerKind::kNoun && AfterTime(f.item) &&
      ev.actor.empty() && ev.recipient.empty())
    return NotCoded(f, ev.type,
                    "an event told elsewhere, after a word of time");
  return true;
}

// The event's modality, circumstances, spans and confidence, and the event
// itself (twice for two acts told at once).
void Coder::Emit(const Found& f, const TriggerEntry& t, Coding* c) {
  Event& ev = c->ev;
  std::string& rule = c->rule;
  const int32_t inherited_date = c->inherited_date;
  const bool changed = c->changed;
  const std::string& also_context = c->also_context;
  const int32_t each_second = c->each_second;
  const std::vector<int32_t>& actors = c->actors;
  const std::vector<int32_t>& recipients = c->recipients;
  const Item& trig = items_[f.item];
  // A protest masdar in the accusative (خرجوا … احتجاجا على الغلاء) says
  // why the protest told just before in its sentence was held: it is
  // that protest, by its actors, and merges with it.
  if (t.type == "PROTEST" && t.kind == TriggerKind::kNoun && !trig.article &&
      trig.norm.ends_with("\xD8\xA7") && doc_.events.size() > first_ &&
      !doc_.sentences.empty()) {
    const Span s = doc_.sentences[trig.sentence].span;
    // (The last protest in the sentence, past other acts told between:
    // خرج المتظاهرون تدعمهم الأحزاب احتجاجا على …)
    size_t k = doc_.events.size() - 1;
    while (k > first_ && doc_.events[k].type != "PROTEST" &&
           doc_.events[k].evidence == doc_.events.back().evidence)
      --k;
    const Event& prev = doc_.events[k];
    if (prev.type == "PROTEST" && prev.evidence.begin == s.begin &&
        prev.evidence.end == s.end && !prev.actor.empty() &&
        prev.actor != ev.actor) {
      ev.actor = prev.actor;
      rule += "; actors of the protest it gives the cause of";
    }
  }
  if (t.type == "CONSULT" && !t.mutual &&
      (t.mode == "visit" || t.mode == "host")) {
    const std::vector<int32_t>& guest = t.mode == "host" ? recipients : actors;
    if (!guest.empty()) last_visit_ = {trig.sentence, guest.front()};
  }
  SetModality(f, t, &ev, &rule);
  if (c->intended_by >= 0 && ev.modality == Modality::kAsserted) {
    ev.modality = Modality::kFuture;
    rule +=
        "; modality cue " + std::string(doc_.Text(items_[c->intended_by].raw));
  }
  SetCircumstances(f, recipients, &ev);
  // (A pronoun that goes back to the last event in its sentence, كما
  // اتفقتا، or an act done during an event, tells of its time when it
  // names none.)
  if (ev.date < 0) ev.date = inherited_date;
  if (actors.size() + recipients.size() == 2) last_pair_.date = ev.date;
  ev.trigger = {trig.raw.begin, items_[f.end - 1].raw.end};
  // (A verb read whole past its و, وسار: the letters the segmenter took
  // for a proclitic are the verb's.)
  if (RejoinedVerb(trig)) {
    const std::string_view lost = trig.procl.substr(2);
    if (trig.raw.begin >= lost.size() &&
        doc_.Text({static_cast<uint32_t>(trig.raw.begin - lost.size()),
                   trig.raw.begin}) == lost)
      ev.trigger.begin -= static_cast<uint32_t>(lost.size());
  }
  ev.evidence = doc_.sentences.empty()
                    ? Span{0, static_cast<uint32_t>(doc_.text.size())}
                    : doc_.sentences[trig.sentence].span;
  // How often audits found events like this right (confidence.h).
  auto kind = [&](const std::vector<int32_t>& ids) {
    return events::ConfidenceModel::KindOf(
        ids.empty() ? std::string_view() : doc_.actors[ids[0]].key);
  };
  ev.confidence = lex_.confidence().Score(ev.type, c->how, kind(ev.actor),
                                          kind(ev.recipient), ev.modality);
  ev.rule = std::move(rule);
  NoteTopic(ev, trig.sentence);
  if (changed && !also_context.empty()) {
    Event kept = ev;
    kept.type = t.type;
    kept.mode = t.mode;
    kept.cameo = t.cameo;
    kept.context = {also_context};
    kept.amount = -1;
    kept.rule += "; also coded as " + t.type + " " + also_context;
    doc_.events.push_back(std::move(kept));
  }
  // Two acts told at once: a dual masdar (زيارتين، زيارتيه) or مرتين
  // right after the trigger (زارها مرتين).
  bool twice = t.kind == TriggerKind::kNoun && Dual(items_[f.end - 1]);
  for (uint32_t i = f.end; !twice && i < f.end + 3 && i < items_.size(); ++i) {
    if (items_[i].punct || items_[i].sentence != trig.sentence) break;
    twice =
        items_[i].norm == "\xD9\x85\xD8\xB1\xD8\xAA\xD9\x8A\xD9\x86";  // مرتين
  }
  if (each_second >= 0) {
    const int32_t first = DoerOf(recipients[0]), other = DoerOf(each_second);
    Event second = ev;
    for (int32_t& a : second.actor)
      if (a == first) a = other;
    second.rule += "; the act with the other one";
    doc_.events.push_back(std::move(ev));
    twins_.push_back(doc_.events.size());
    doc_.events.push_back(std::move(second));
    return;
  }
  if (twice) {
    Event second = ev;
    second.rule += "; the second of two";
    doc_.events.push_back(std::move(ev));
    twins_.push_back(doc_.events.size());
    doc_.events.push_back(std::move(second));
    return;
  }
  doc_.events.push_back(std::move(ev));
}

// Notes a trigger coded as no event, and why (Document::uncoded); false.
bool Coder::NotCoded(const Found& f, std::string_view type,
                     std::string_view why) {
  Event e;
  e.type = type;
  e.trigger = {items_[f.item].raw.begin, items_[f.end - 1].raw.end};
  if (!doc_.sentences.empty())
    e.evidence = doc_.sentences[items_[f.item].sentence].span;
  const TriggerEntry& t = lex_.triggers()[f.entry];
  e.rule = "triggers.tsv:" + std::to_string(t.line) + " " + t.listed +
           "; not coded: " + std::string(why);
  doc_.uncoded.push_back(std::move(e));
  return false;
}

// A light verb (cues.tsv), also one listed only with its pronoun: فرضه
// (الحظر الذي فرضه مجلس الأمن) is a light verb, فرض alone is as often
// the masdar (احتجاجا على فرض ضرائب).
bool Coder::LightAt(const Item& it) const {
  const Cue* c = args_.CueAt(it);
  if (!c && !it.enclitic.empty())
    c = lex_.CueOf(std::string(it.norm) + std::string(it.enclitic));
  return c && c->role == CueRole::kLight;
}

}  // namespace events_internal
}  // namespace rasd

// The event coder (see the top of extract.cc for how an event is coded): one
// Coder per document, its member functions defined by concern in
// coder_*.cc, each with its comment there. Internal to src/events.
//
// Thread-safety: a Coder belongs to one document on one thread.
#ifndef RASD_EVENTS_CODER_H_
#define RASD_EVENTS_CODER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/arguments.h"
#include "events/clause.h"
#include "events/counterpart.h"
#include "events/hope.h"
#include "events/lexicon.h"
#include "events/topic_subject.h"
#include "kb/kb.h"
#include "rasd/document.h"

namespace rasd {
namespace events_internal {

using events::ArgumentSearch;
using events::Clause;
using events::ClauseOf;
using events::ClauseStart;
using events::CounterpartOf;
using events::HasLetter;
using events::IsComplementizer;
using events::IsCounterpartWord;
using events::IsDualAnaphor;
using events::IsHardBreak;
using events::IsPersonDual;
using events::IsPrepWord;
using events::IsQuote;
using events::IsRelativePronoun;
using events::IsSideWord;
using events::IsVerbLink;
using events::Item;
using events::kArticle;
using events::kHe;
using events::kShe;
using events::TopicSubjects;
using events::Unit;

inline constexpr std::string_view kThumma = "\xD8\xAB\xD9\x85";  // ثم
// The rule of a verb whose subject is a noun no actor names.
inline constexpr std::string_view kUnnamed =
    "verb: its subject a noun no actor names";
// The note a fighting "between X and Y" carries in its rule: both sides
// act, and it is merged with no act done to someone (MergeRepeats).
inline constexpr std::string_view kBothSides = ", both sides of the fighting";
// The accusation root in the verb's forms (اتهم، يتهمون).
inline constexpr std::string_view kTuhm = "\xD8\xAA\xD9\x87\xD9\x85";  // تهم
inline constexpr std::string_view kHaythu = "\xD8\xAD\xD9\x8A\xD8\xAB";  // حيث

class Coder {
 public:
  Coder(const EventLexicon& lex, const KnowledgeBase& kb, Document* doc)
      : lex_(lex), kb_(kb), doc_(*doc) {}
  void Run();

 private:
  struct Found {
    uint32_t item = 0;
    uint32_t end = 0;  // one past the trigger's last item
    uint32_t entry = 0;
    // One past the phrase's last word: past `end` when the subject stands
    // between a verb and the rest of its phrase (شطبت روسيا ديونا).
    uint32_t tail = 0;
    // The same event's noun Related() took in (أبرمت … صفقة سلاح): its
    // words and the qualifiers after it still refine the event.
    uint32_t content = UINT32_MAX, content_tail = 0;
  };
  struct Pair {
    uint32_t sentence = 0;
    std::vector<int32_t> units;
    int32_t date = -1;
  };
  // A verb trigger's sentence and subject unit.
  struct VerbSeen {
    uint32_t sentence = UINT32_MAX;
    int32_t actor = -1;
  };
  // One trigger being coded, as Code's first phases leave it.
  struct Coding {
    Event ev;
    std::string rule;          // the trigger row and the rules applied
    std::string how;           // how the actor was found
    std::string also_context;  // a kept type's context besides a changed one
    bool changed = false;      // a qualifier changed the type
    int32_t actor = -1, recipient = -1;  // units
    bool gen_recipient = false;  // the row lists `gen`: a noun's genitive
    VerbSeen before;             // the verb before, for a joined one
    std::vector<int32_t> actors, recipients;  // units, conjuncts included
    bool both_named = false;  // "the two of them" named every party
    // The date of the event a pronoun or "during this visit" goes back to.
    int32_t inherited_date = -1;
    int32_t each_second = -1;  // "with each of the two": the second person
    // The verb of intending whose object the masdar is (يعتزم زيارة): the
    // act is in the future however far the verb stands.
    int32_t intended_by = -1;
  };

  // Whether the item is part of a date expression (أمس، يوم الثلاثاء).
  bool InDate(const Item& it) const { return it.in_date; }

  // coder_items.cc
  void BuildItems();
  void BuildUnits();
  bool TitleOfPerson(uint32_t i, uint32_t last, uint32_t agent) const;
  bool AdjectiveShaped(uint32_t i) const;
  static bool SoundPlural(const Item& it);
  bool MenPlural(int32_t u) const;
  static bool IsCardinal(std::string_view w);
  static bool CaseAgrees(const Item& a, const Item& b);
  const std::vector<AgentForm>* AgentFormsAt(uint32_t i) const;
  int32_t ActorWithKey(Actor x, bool alias_if_found);
  int32_t KbActor(int32_t entry, std::string alias);
  int32_t ActorOf(int32_t u);
  std::string AgentCountry(int32_t u) const;
  int32_t KbNisbaAt(uint32_t i, uint32_t s, EntityType type) const;
  int32_t OwnerNisbaAt(uint32_t i, uint32_t s, bool state) const;
  int32_t OwnerAfter(int32_t u) const;
  int32_t HisCountryAfter(int32_t u);
  int32_t DoerOf(int32_t u);
  uint32_t DatedAt(uint32_t i) const;
  void MarkDates();

  // coder_triggers.cc
  const std::vector<uint32_t>* RejoinedVerb(const Item& it) const;
  bool TopicOfProtest(uint32_t i) const;
  bool FindTriggers();
  static bool PresentShaped(std::string_view w);
  static bool IsRelative(std::string_view w);
  static bool IsTimeWord(std::string_view w);
  bool AnswersAct(uint32_t from, uint32_t to) const;
  static bool GovernsNext(const Item& prev, const Item& it);
  static bool Clash(const Item& it);
  bool NisbaShaped(uint32_t i) const;
  static bool IsSubordinator(std::string_view w);
  bool TaMarbuta(const Item& it) const;
  // Whether the word ends in a feminine ة or ات (also before a pronoun,
  // or ة written ه), or is not its bare stem: else it is no noun listed
  // only with them (events10c).
  bool FeminineEnding(const Item& it) const;
  bool Tanween(const Item& it) const;
  bool Related(const Found& prev, uint32_t i, const TriggerEntry& t);
  // phrase_word.cc: whether item `it` completes a phrase's word `rest`
  // (the light stem of `listed`, the word as the row writes it).
  bool PhraseWord(const Item& it, std::string_view rest,
                  std::string_view listed) const;
  static std::string_view PhraseListedWord(std::string_view listed, size_t k);

  // coder_subject.cc
  bool MarkedPassive(const Item& it) const;
  bool RelativeObject(const Found& f, int32_t* actor, int32_t* recipient) const;
  bool PassiveReading(const Found& f, int32_t* recipient, int32_t* actor,
                      std::string* how);
  int32_t DemandTarget(const Found& f);
  int32_t Heading(const Found& f) const;
  int32_t Slogan(const Found& f) const;
  static bool IsOffice(std::string_view stem);
  bool Described(int32_t u, const Found& f) const;
  bool NoObjectAt(uint32_t i, uint32_t s) const;
  int32_t SubjectPastMarker(const Found& f, const TriggerEntry& t) const;
  int32_t SiteOwner(const Found& f, const std::vector<int32_t>& actors) const;
  static bool RaidNoun(const Item& it);
  bool ChargeAfter(int32_t u) const;
  uint32_t PronounComplementizer(uint32_t v) const;
  int32_t ReporterSubject(const Found& f, const TriggerEntry& t,
                          int gender) const;
  int32_t VerbSubject(const Found& f, const TriggerEntry& t, std::string* how);
  bool UnnamedSubject(uint32_t from, int32_t u) const;
  bool FirstPerson(const Item& verb) const;
  const Quote* QuoteAround(const Item& it) const;
  int32_t SpeakerOf(const Item& it) const;
  bool ActNounIn(uint32_t a, uint32_t b) const;
  bool NamedMan(int32_t u) const;
  // Before a place حيث refers back to (coder_subject.cc).
  uint32_t PastWherePlace(uint32_t from) const;
  bool Crowd(int32_t u) const;
  int32_t TitledPerson(const Found& f) const;
  bool ProtestMatter(const TriggerEntry& t, std::string_view marker,
                     int32_t u) const;
  // clause.h over the coder's items (events11b)
  uint32_t PastVerbLinks(uint32_t i) const;
  int32_t ClauseTopic(const Found& f, bool* unnamed) const;
  bool OwnSubjectAfter(const Found& f) const;
  int32_t RelativeSubject(uint32_t pronoun) const;
  bool OnlyShe(int32_t u) const;

  // coder_domain.cc
  bool KanaBefore(uint32_t i) const;  // coder_context.cc
  void NoteDomains();
  // Why an event of this type by these actor units is coded as no event
  // in this document (a sports report), or nullptr.
  const char* BlockedBy(std::string_view type,
                        const std::vector<int32_t>& actors) const;

  // coder_control.cc
  bool Controls(const Item& it) const;
  bool ControlVerb(const Item& it) const;
  bool ControlledMasdar(const Found& f, const TriggerEntry& t, Coding* c);

  // recipient_more.cc (events12a)
  int32_t BackedHead(uint32_t at) const;
  bool MoreRecipients(const Found& f, const TriggerEntry& t, Coding* c);

  // coder_code.cc
  void Code(const Found& f);
  void Riot(const Found& f, Coding* c);
  void ToActors(const Found& f, const TriggerEntry& t, Coding* c);
  bool Completed(const Found& f, const TriggerEntry& t, Coding* c);
  void Emit(const Found& f, const TriggerEntry& t, Coding* c);
  bool NotCoded(const Found& f, std::string_view type, std::string_view why);
  bool LightAt(const Item& it) const;

  // coder_arguments.cc: Code's first phases
  bool Admitted(const Found& f, const TriggerEntry& t);
  bool Qualified(const Found& f, const TriggerEntry& t, Coding* c) const;
  bool ArgumentsByKind(const Found& f, const TriggerEntry& t, Coding* c);
  bool SpecialArguments(const Found& f, const TriggerEntry& t, Coding* c);
  bool Parties(const Found& f, const TriggerEntry& t, Coding* c);

  // coder_parties.cc
  bool FollowUps(const Found& f, const TriggerEntry& t, Coding* c);
  void TakenFrom(const Found& f, Event* ev, std::string* rule);
  uint32_t PastCommaAdjunct(uint32_t i) const;
  bool PurposeAfterObject(const Found& f, int32_t* subject,
                          int32_t* object) const;
  void PhoneAfterParty(const std::vector<int32_t>& parties, Event* ev,
                       std::string* rule) const;
  int32_t CounterpartAfter(const Found& f, const std::vector<int32_t>& actors);
  static bool StateLevel(const Event& ev);
  int32_t LeaderState(int32_t a, bool any_role = false);
  bool AfterTime(uint32_t i) const;
  bool KnownEvent(std::string_view type) const;
  std::vector<int32_t> EachOfTheTwo(const Found& f,
                                    const std::vector<int32_t>& actors) const;
  std::vector<int32_t> BetweenTheTwo(const Found& f) const;
  std::vector<int32_t> DualSubject(const Found& f, int32_t* date) const;
  std::vector<int32_t> LastTwoParties(uint32_t i) const;
  void NoteTopic(const Event& ev, uint32_t s);
  bool TopicParties(const Found& f, Event* ev);
  int32_t EventBefore(uint32_t i) const;
  static bool Dual(const Item& it);
  int32_t StateOfBody(int32_t u);
  std::vector<int32_t> BroughtTogether(const Found& f) const;
  bool JoinedToClauseBefore(uint32_t i) const;
  bool LamPronounAfter(const Found& f) const;

  // patient.cc: the one an act was done to, where the doer is unwritten
  // Whether the noun trigger is the object of an accusation or
  // condemnation trigger (أدانت فرنسا الهجوم، ندد بالاعتداء): the one who
  // condemns it did not do it.
  bool CondemnedAct(const Found& f) const;
  // other_doer.cc: whether unit u is named by برصاص، بنيران، على يد or على
  // أيدي, the doer of a killing told before, not of another act's noun.
  bool DoerByHand(int32_t u) const;
  // Whether unit u stands in a relative clause that closed before item
  // `trigger` (in its sentence): that clause's subject, a bystander.
  bool InClosedRelative(int32_t u, uint32_t trigger) const;
  // Whether the noun trigger is the genitive of a masdar of happening
  // (اندلاع، وقوع، حدوث، تجدد، نشوب): the one before tells of it.
  bool OccurrenceBefore(const Found& f) const;
  // Whether the verb carries a plural subject (اتهموا، يطالبون): a unit
  // after it is its object.
  bool PluralSubjectVerb(const Item& trig) const;
  // Whether an object may stand right after the verb: no preposition,
  // clause end, joined verb (NoObjectAt) or word of time comes first.
  bool ObjectAfterPlural(const Found& f) const;
  // A coercion verb that carries its plural subject with no object after
  // it (ناشطون اعتقلوا في أثينا) is passive: the one before underwent it.
  bool PluralPassive(const Found& f, const TriggerEntry& t, int32_t* recipient,
                     int32_t* actor, std::string* how) const;
  // Whether item i is a charge after ب (بالتجسس), not a manner (بشدة).
  bool ChargeAt(uint32_t i) const;
  // Whether the verb at item `item` stands right after a relative pronoun
  // (الذي، التي، الذين; past قد، لم، لا) with no proclitic.
  bool AfterRelative(uint32_t item) const;
  // A transitive attack or coercion verb after a relative pronoun with no
  // object (الصحفي الذي قتل برصاص الجيش، المعارض الذي اعتقل في موسكو),
  // or اتهم with its charge right after it (رجال اتهموا بالتجسس): passive,
  // the antecedent or the noun before undergoes it, the doer is only one
  // named by على يد or برصاص.
  bool RelativePassive(const Found& f, const TriggerEntry& t,
                       int32_t* recipient, int32_t* actor,
                       std::string* how) const;
  // An accusation masdar whose genitive or pronoun the charge follows
  // (اتهام الناشط بالتحريض، لاتهامه بالتجسس): the genitive (or, -1, the
  // pronoun) is the accused, not the accuser.
  bool AccusedGenitive(const Found& f, const TriggerEntry& t, int32_t genitive,
                       int32_t* accused) const;
  // A masdar whose genitive is its doer (`gen` rows name the undergoer
  // there): a nisba as definite as it (الغزو الأمريكي) or a genitive
  // followed by ل and a party, the undergoer (اعتقال الشرطة للمتظاهرين،
  // الغزو العراقي للكويت). Sets both from the genitive in *recipient.
  bool AgentGenitive(const Found& f, const TriggerEntry& t, int32_t* actor,
                     int32_t* recipient) const;
  // The one who underwent the act a noun trigger names, told right after
  // it by a verb of undergoing or receiving with the act as its pronoun
  // (هجوم تعرضت له القوات الفرنسية، الهجمات التي تتعرض لها النساء،
  // محاولة اغتيال كاد أن يتعرض لها الرئيس), or -1.
  int32_t UndergoerAfter(const Found& f) const;
  // Whether an undergoing cue at item `cue` (واجه، نجا من) takes the trigger
  // at item `trigger` as its object: only its subject, a title, a date, من
  // or محاولة stand between.
  bool UndergoesAt(uint32_t cue, uint32_t trigger) const;

  // attack_doer.cc
  // Whether item i is an attack noun (an ASSAULT noun row: هجوم، غارة).
  bool AttackNounAt(uint32_t i) const;
  // The doer of what was suffered, named by the attack it was suffered in
  // (قتل ستة مدنيين في قصف نفذته القوات الحكومية، بغارة إسرائيلية، في
  // غارة لمقاتلات التحالف), never `recipient`; -1 when none.
  int32_t AttackDoer(const Found& f, int32_t recipient) const;

  // by_agent.cc
  // The party من قبل names after the trigger in its clause, or -1.
  int32_t ByAgent(const Found& f) const;

  // meeting.cc
  int32_t PersonAfterTitle(int32_t u, uint32_t trigger);
  bool TitledParties(const Found& f, const TriggerEntry& t, Coding* c);
  bool OutletOnly(const TriggerEntry& t, Event* ev, std::string* rule);
  bool TownOnly(const TriggerEntry& t, Event* ev, std::string* rule);
  bool DualOfNisbas(uint32_t i, Unit* dual);

  // coder_repeats.cc
  void OneEventPerSum(size_t first);
  void FoldVisits(size_t first);
  bool OneOfMany(const Event& o, const Event& e) const;
  void MergeRepeats(size_t first);

  // coder_context.cc
  void SetModality(const Found& f, const TriggerEntry& t, Event* ev,
                   std::string* rule);
  uint32_t ImposedAfter(const Found& f) const;
  uint32_t AskedAt(const Found& f, const TriggerEntry& t,
                   const std::vector<int32_t>& actors) const;
  uint32_t PastCommaClause(uint32_t from) const;
  int32_t BetweenAfter(const Found& f,
                       const std::vector<int32_t>& actors) const;
  int32_t AskedOf(const Found& f, const std::vector<int32_t>& actors) const;
  bool PurposeChain(int32_t u, uint32_t floor) const;
  static bool PurposePattern(std::string_view w);
  bool OtherClause(const Found& f, Span s) const;
  void SetCircumstances(const Found& f, const std::vector<int32_t>& rec_units,
                        Event* ev);

  const EventLexicon& lex_;
  const KnowledgeBase& kb_;
  // Types this document's domain codes as no event, with why (NoteDomains).
  struct Blocked {
    std::string type, why;
    const std::vector<std::string>* except;  // agent keys still coded
  };
  std::vector<Blocked> blocked_;
  // A disaster's deaths were told: later deaths no one caused are its
  // (disaster.cc).
  bool disaster_seen_ = false;
  Document& doc_;
  std::vector<Item> items_;
  std::vector<int32_t> word_item_;
  std::vector<Unit> units_;
  std::vector<Found> found_;
  // Per item: an attack noun found as a trigger (هجوم، انفجار), which can
  // be the subject of an attack verb (استهدف هجوم انتحاري القوات).
  std::vector<bool> act_noun_;
  // The last receiving verb's sentence, receiver and giver, for one after
  // it with neither of its own.
  struct {
    uint32_t sentence = UINT32_MAX;
    int32_t recipient = -1, giver = -1;
  } last_receive_;
  uint32_t anaphoric_end_ = 0;  // end of the last trigger a demonstrative took
  Pair last_pair_;  // the parties of the last event with two, see DualSubject
  Pair topic_;      // (units: actors here) see NoteTopic
  uint32_t skipped_end_ = 0;       // end of the last trigger Related() took in
  std::vector<size_t> twins_;      // events that are the second of two acts
  size_t first_ = 0;               // the first event this run codes
  std::vector<uint32_t> demands_;  // demand cues a protest took (DemandTarget)
  ArgumentSearch args_{lex_, kb_, doc_, items_, units_};
  TopicSubjects topics_{doc_, items_, units_, args_};  // see topic_subject.h
  // The last verb trigger's sentence and subject unit, for a verb joined
  // to it by و that has no subject of its own.
  VerbSeen last_verb_;
  // The last visit or reception's sentence and visitor (the guest), for a
  // meeting verb joined to it (زار حفتر موسكو والتقى لافروف).
  struct {
    uint32_t sentence = UINT32_MAX;
    int32_t visitor = -1;
  } last_visit_;
  int32_t his_country_ = -1;  // whose country بلاده names (VerbSubject)
  // The item right after an accusation verb's recipient, and that
  // recipient: a masdar there after ب is what they are accused of.
  struct {
    uint32_t after = UINT32_MAX;
    int32_t accused = -1;
  } last_accused_;
};

}  // namespace events_internal
}  // namespace rasd

#endif  // RASD_EVENTS_CODER_H_

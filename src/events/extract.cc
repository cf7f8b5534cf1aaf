// How an event is coded (see also docs/events.md).
//
// The document is read as a row of items: each host or whole word (its
// proclitics and the article noted, its enclitics dropped) and each
// punctuation mark. A name mention, or a nisba adjective the knowledge base
// knows (الروسي، الروس), is an argument unit. Triggers inside a name
// (مجلس التعاون الخليجي) are not triggers.
//
// 1. Trigger. A word with no article and no preposition before it is first
//    looked up as a verb form, then every word by its light stem as a noun.
//    Phrases (فتح سفارة) need their other words to follow; after a verb
//    its subject may stand between (شطبت روسيا ديونا). A noun that
//    repeats the type and mode of a trigger just before it (أبرمت …
//    صفقة) is the same event; a dual or مرتين makes two.
// 2. Actor, by the trigger's kind:
//    verb     the unit right before it (روسيا دعمت، روسيا التي مولت) unless
//             the verb is joined by و, else the first unit after it that
//             nothing governs (VSO: دعمت روسيا), else the subject of the
//             verb it is joined to, else the nearest such unit before it
//             in the clause (a pronoun subject), else the topic of the
//             sentences before (topic_subject.cc). "Governed" takes in a
//             preposition, an adverb of place, حسب، the genitive of a
//             governed noun, a conjunct of a governed unit; a partitive من
//             (عدد من الشبان) does not govern. A definite noun right after
//             the verb that no unit covers is a subject rasd cannot name
//             (اتهمت المنظمة طهران: no event); a verb in the first person
//             (نطالب، بحثنا) is the quote's speaker's act.
//    crowd    a verb (خرج، رفع لافتات) that is coded only if its subject
//             is a crowd agent (the protesters).
//    pverb    a passive verb (أصيب): its subject is the recipient. An
//             attack verb without vowels (قتل) is read so too when على
//             يد names its doer or no object follows its one noun phrase
//             (PassiveReading). Where the doer is unwritten (patient.cc):
//             an attack or arrest verb after الذي with no object, اتهم
//             with its charge right after it, are passive too.
//    noun     the unit right after it (دعم روسيا، الدعم الروسي), else a
//             unit after من (بدعم من روسيا), else the nearest unit before it
//             in the clause (سارعت إيطاليا بفتح سفارتها). After a verb of
//             receiving (حصل حفتر على دعم من روسيا) the receiver is the
//             recipient and the giver, after من or a nisba, the actor;
//             so after one of facing or surviving (واجه انتقادات). An
//             accusation's genitive before its charge is the accused
//             (اتهامه بالتجسس); a `gen` noun's definite nisba, or its
//             genitive before ل + a party, is the doer (الغزو الأمريكي
//             للعراق، قمع الشرطة للمتظاهرين).
//    passive  the unit after من is the actor, the unit before the recipient
//             (حفتر المدعوم من روسيا).
// 3. Recipient: the markers the trigger lists, in order: `obj` is the
//    first ungoverned unit after the actor; a preposition is the first unit
//    it governs (لحفتر، إلى موسكو، من روسيا، بين البلدين).
//    Units joined by و are taken together (روسيا ومصر).
//    For mutual triggers (meetings, agreements) every party is an actor.
//    In meetings, talks and agreements (meeting.cc) a title's state gives
//    way to the person named after it (مع الرئيس الروسي، فلاديمير بوتين);
//    a news outlet and a town are no parties; two nisbas after "the two
//    sides" name them (الطرفان الأمريكي والبريطاني).
// 4. Qualifiers within three words after the trigger refine it (دعم عسكري
//    → AID military) and add a PLOVER context.
// 5. Modality: a cue within its window before the trigger in the same
//    clause (لم → negated; سوف، س، من المقرر → future; قد + present، يمكن
//    → hypothetical); a promise is future. Inside a quote the event is
//    `reported` and attributed to the quote's speaker.
// 6. Date: the nearest date expression in the sentence; amount: the
//    nearest sum of money in the sentence for the types that move money;
//    location: a place after في in the sentence that is not an argument,
//    or the place visited.
// A protest or an attack with neither actor nor recipient is still an
// event (protests in a city, an attack whose author is unknown), coded
// with the lowest confidence; any other type needs an actor, and the acts
// only ever done to someone (AID, SANCTION, SUPPORT …) a recipient.
#include "events/extract.h"

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

// Agreements and cooperation between parties (not a promise or a
// ratification, one side's acts): like a meeting, with one party named the
// other is missing and it is no relation (أبرمت روسيا العقود، تعاون
// مشترك). An embassy opened (COOPERATE diplomatic, not mutual) is opened
// in a state: with no host named, it is no relation either.
bool OneSidedMutual(const Event& e) {
  const bool mutual_type =
      (e.type == "AGREE" && e.mode != "promise" && e.mode != "ratify") ||
      e.type == "COOPERATE";
  return mutual_type && e.recipient.empty() && e.actor.size() < 2;
}

// Types whose act is always done to someone: a sanction, a refusal, a
// threat, a concession or an arrest has an object, and aid a receiver.
// Without one named, the event is a mention in passing (رفض الكشف عن
// اسمه، الدعم المالي) rather than a relation. So is backing or praise for
// an idea or a decision (دعمها للحوار، رحب بالقرار): SUPPORT is coded only
// towards a party.
bool NeedsRecipient(std::string_view type) {
  return type == "AID" || type == "SANCTION" || type == "REJECT" ||
         type == "THREATEN" || type == "CONCEDE" || type == "COERCE" ||
         type == "SUPPORT";
}

}  // namespace

void Coder::Run() {
  BuildItems();
  NoteDomains();
  MarkDates();
  if (!FindTriggers()) return;
  args_.Reset();
  BuildUnits();
  const size_t first = doc_.events.size();
  first_ = first;
  for (const Found& f : found_) {
    // A trigger inside a name is part of the name (مجلس التعاون).
    if (items_[f.item].unit < 0)
      Code(f);
    else
      NotCoded(f, lex_.triggers()[f.entry].type, "part of a name");
  }
  FoldVisits(first);
  MergeRepeats(first);
  // A relation without its doer (after repeats lent it theirs) says
  // nothing an analyst can count: not kept. Nor is an act that is only
  // ever done to someone (aid, sanctions, rejections …) when nobody is
  // named as its recipient. Protests and attacks are events without
  // known parties too (crowds, unknown gunmen).
  // A meeting, call or visit is between two parties: with one named, it
  // is no relation either (اجتماع مرتقب، استقبال السفن).
  auto lacks = [](const Event& e) -> std::string_view {
    if (e.type == "PROTEST" || e.type == "ASSAULT") return {};
    if (e.type == "CONSULT" && e.actor.size() + e.recipient.size() < 2)
      return "one party only";
    if (OneSidedMutual(e)) return "one party only";
    if (e.actor.empty()) return "no actor";
    if (e.recipient.empty() && NeedsRecipient(e.type)) return "no recipient";
    return {};
  };
  size_t kept = 0;
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    Event& e = doc_.events[i];
    const std::string_view why = lacks(e);
    if (why.empty()) {
      if (kept != i) doc_.events[kept] = std::move(e);
      ++kept;
      continue;
    }
    e.rule += "; not coded: " + std::string(why);
    doc_.uncoded.push_back(std::move(e));
  }
  doc_.events.resize(kept);
  OneEventPerSum(first);
}

}  // namespace events_internal

using events_internal::Coder;

void FindEvents(const EventLexicon& lex, const KnowledgeBase& kb,
                Document* doc) {
  Coder(lex, kb, doc).Run();
}

}  // namespace rasd

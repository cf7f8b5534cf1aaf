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
//             in the clause (a pronoun subject). "Governed" takes in a
//             preposition, an adverb of place, حسب، the genitive of a
//             governed noun, a conjunct of a governed unit; a partitive من
//             (عدد من الشبان) does not govern.
//    crowd    a verb (خرج، رفع لافتات) that is coded only if its subject
//             is a crowd agent (the protesters).
//    pverb    a passive verb (أصيب): its subject is the recipient. An
//             attack verb without vowels (قتل) is read so too when على
//             يد names its doer or no object follows its one noun phrase
//             (PassiveReading).
//    noun     the unit right after it (دعم روسيا، الدعم الروسي), else a
//             unit after من (بدعم من روسيا), else the nearest unit before it
//             in the clause (سارعت إيطاليا بفتح سفارتها). After a verb of
//             receiving (حصل حفتر على دعم من روسيا) the receiver is the
//             recipient and the giver, after من or a nisba, the actor.
//    passive  the unit after من is the actor, the unit before the recipient
//             (حفتر المدعوم من روسيا).
// 3. Recipient: the markers the trigger lists, in order: `obj` is the
//    first ungoverned unit after the actor; a preposition is the first unit
//    it governs (لحفتر، إلى موسكو، من روسيا، بين البلدين).
//    Units joined by و are taken together (روسيا ومصر).
//    For mutual triggers (meetings, agreements) every party is an actor.
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
// only ever done to someone (AID, SANCTION …) a recipient.
#include "events/extract.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>

#include "events/arguments.h"
#include "events/counterpart.h"
#include "events/hope.h"
#include "events/topic_subject.h"

namespace rasd {
namespace {

using events::ArgumentSearch;
using events::CounterpartOf;
using events::HasLetter;
using events::IsComplementizer;
using events::IsCounterpartWord;
using events::IsDualAnaphor;
using events::IsHardBreak;
using events::IsPersonDual;
using events::IsPrepWord;
using events::IsQuote;
using events::IsSideWord;
using events::IsVerbLink;
using events::Item;
using events::kArticle;
using events::kHe;
using events::kShe;
using events::TopicSubjects;
using events::Unit;

// Whether a word's light stem is `stem`, also with the accusative ending
// the stemmer leaves on (شطبت ديونا ليبية: ديونا is ديون).
bool SameStem(std::string_view word, std::string_view stem) {
  if (word == stem) return true;
  return word.size() == stem.size() + 2 && word.starts_with(stem) &&
         word.ends_with("\xD8\xA7");  // ا
}

constexpr std::string_view kThumma = "\xD8\xAB\xD9\x85";  // ثم
// The rule of a verb whose subject is a noun no actor names.
constexpr std::string_view kUnnamed = "verb: its subject a noun no actor names";
constexpr std::string_view kHaythu = "\xD8\xAD\xD9\x8A\xD8\xAB";  // حيث

bool MovesMoney(std::string_view type) {
  return type == "AID" || type == "AGREE" || type == "SANCTION" ||
         type == "COOPERATE" || type == "CONCEDE" || type == "REQUEST";
}

// Acts done by speaking: the speaker is their actor, whom they address
// their recipient.
bool SpeechAct(std::string_view type) {
  return type == "REQUEST" || type == "ACCUSE" || type == "REJECT" ||
         type == "THREATEN" || type == "SUPPORT";
}

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

class Coder {
 public:
  Coder(const EventLexicon& lex, const KnowledgeBase& kb, Document* doc)
      : lex_(lex), kb_(kb), doc_(*doc) {}

  void Run() {
    BuildItems();
    MarkDates();
    if (!FindTriggers()) return;
    args_.Reset();
    BuildUnits();
    const size_t first = doc_.events.size();
    first_ = first;
    for (const Found& f : found_) {
      // A trigger inside a name is part of the name (مجلس التعاون).
      if (items_[f.item].unit < 0) Code(f);
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
    std::erase_if(doc_.events, [](const Event& e) {
      if (e.type == "PROTEST" || e.type == "ASSAULT") return false;
      if (e.type == "CONSULT" && e.actor.size() + e.recipient.size() < 2)
        return true;
      if (OneSidedMutual(e)) return true;
      return e.actor.empty() || (e.recipient.empty() && NeedsRecipient(e.type));
    });
    OneEventPerSum(first);
  }

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

  void BuildItems() {
    const Document& d = doc_;
    items_.reserve(d.tokens.size());
    word_item_.assign(d.words.size(), -1);
    uint32_t sentence = 0;
    uint32_t last_token = UINT32_MAX;
    Span procl{};
    for (size_t w = 0; w < d.words.size(); ++w) {
      const Word& word = d.words[w];
      while (sentence + 1 < d.sentences.size() &&
             word.token >= d.sentences[sentence].token_end)
        ++sentence;
      if (word.role == WordRole::kProclitic) {
        if (procl.empty()) procl.begin = word.norm.begin;
        procl.end = word.norm.end;
        continue;
      }
      if (word.role == WordRole::kEnclitic) {
        if (!items_.empty() && word.token == last_token)
          items_.back().enclitic = d.NormText(word.norm);
        procl = {};  // بها، له: the preposition took the pronoun
        continue;
      }
      last_token = word.token;
      const Token& tok = d.tokens[word.token];
      // Filled in place: an Item built on the stack and copied in cost a
      // tenth of the step (BuildItems runs over every word).
      word_item_[w] = static_cast<int32_t>(items_.size());
      Item& it = items_.emplace_back();
      it.norm = d.NormText(word.norm);
      it.raw = word.span;
      it.sentence = sentence;
      it.procl = d.NormText(procl);
      procl = {};
      it.punct = tok.kind == TokenKind::kPunct;
      it.number = tok.kind == TokenKind::kNumber;
      if (tok.kind == TokenKind::kArabic) {
        it.stem = d.NormText(word.stem);
        it.article = it.norm.substr(0, kArticle.size()) == kArticle;
      } else if (!it.punct) {
        it.stem = it.norm;
      }
    }
  }

  // A verb whose first letter the segmenter took for a clitic after و or
  // ف (وسار as و + س + ار; ولحق as و + ل + حق): when the host is no
  // listed form, the word without its و or ف is looked up whole.
  const std::vector<uint32_t>* RejoinedVerb(const Item& it) const {
    if (it.procl.size() < 4 || it.norm.size() < 2) return nullptr;
    const std::string_view c = it.procl.substr(0, 2);
    if (c != "\xD9\x88" && c != "\xD9\x81") return nullptr;  // و ف
    if (lex_.VerbsOf(it.norm) || lex_.NounsOf(it.stem)) return nullptr;
    const std::string whole =
        std::string(it.procl.substr(2)) + std::string(it.norm);
    return lex_.VerbsOf(whole);
  }

  // Whether item i is what a protest is against, right after its على or
  // ضد (احتجاجا على مقتل فتى، المحتجين على اعتقال، تظاهروا ضد قصف): the
  // act is named as the protest's cause, not told as an event of its own.
  bool TopicOfProtest(uint32_t i) const {
    if (i < 2) return false;
    const Item& on = items_[i - 1];
    const Item& p = items_[i - 2];
    if (on.punct || !on.procl.empty() || p.punct ||
        p.sentence != items_[i].sentence ||
        (on.norm != "\xD8\xB9\xD9\x84\xD9\x8A" &&  // على
         on.norm != "\xD8\xB6\xD8\xAF"))           // ضد
      return false;
    auto protest = [&](const std::vector<uint32_t>* ids) {
      if (!ids) return false;
      for (uint32_t e : *ids)
        if (lex_.triggers()[e].type == "PROTEST") return true;
      return false;
    };
    if (protest(lex_.VerbsOf(p.norm)) || protest(lex_.NounsOf(p.stem)))
      return true;
    if (p.stem.size() > 6 && p.stem.ends_with("\xD8\xA7") &&  // احتجاجا
        protest(lex_.NounsOf(p.stem.substr(0, p.stem.size() - 2))))
      return true;
    // The participle of احتج, which takes على (المحتجين على، محتجون على);
    // not any crowd word: أقدم المتظاهرون على حرق is what they did.
    std::string_view w = p.norm;
    if (w.starts_with(kArticle)) w.remove_prefix(kArticle.size());
    return w.starts_with("\xD9\x85\xD8\xAD\xD8\xAA\xD8\xAC");  // محتج
  }

  // Fills found_; false when the document has no trigger.
  bool FindTriggers() {
    for (uint32_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.punct || it.stem.empty()) continue;
      const std::vector<uint32_t>* cands = nullptr;
      const bool governed = HasLetter(it.procl, "\xD8\xA8") ||  // ب
                            HasLetter(it.procl, "\xD9\x84") ||  // ل
                            HasLetter(it.procl, "\xD9\x83");    // ك
      // (No article test: التقى looks like one.) A word written with
      // tanween is a noun, never a verb (فجراً: at dawn).
      if (!governed) cands = lex_.VerbsOf(it.norm);
      // ل before a present verb is the ل of purpose, not a preposition
      // (جاء ليطلب، لن نأتي لنطلب).
      if (governed && !cands && HasLetter(it.procl, "\xD9\x84") &&
          !HasLetter(it.procl, "\xD8\xA8") &&
          !HasLetter(it.procl, "\xD9\x83") && !it.article &&
          !lex_.IsPast(it.norm) && PresentShaped(it.norm))
        cands = lex_.VerbsOf(it.norm);
      // A و the segmenter left on a short verb (وحث): the verb after it,
      // when the whole word is no listed form.
      if (!governed && !cands && it.procl.empty() && it.norm.size() >= 6 &&
          it.norm.starts_with("\xD9\x88") && !lex_.NounsOf(it.stem))
        cands = lex_.VerbsOf(it.norm.substr(2));
      if (!cands) cands = RejoinedVerb(it);
      // (A participle is listed with its tanween's alif: داعياً.)
      if (cands && Tanween(it) && !lex_.triggers()[cands->front()].participle)
        cands = nullptr;
      // A form that is both a past verb and a masdar (دعم، طلب) is a verb
      // where verbs stand: after و or ف, a particle (كما), at the start
      // of a clause or after أن and a subject; elsewhere (تقديم دعم مالي)
      // it is the noun.
      const std::vector<uint32_t>* nouns = lex_.NounsOf(it.stem);
      if (cands && nouns && it.norm == it.stem) {
        const bool verb_place =
            HasLetter(it.procl, "\xD9\x88") ||
            HasLetter(it.procl, "\xD9\x81") || i == 0 || items_[i - 1].punct ||
            items_[i - 1].sentence != it.sentence ||
            IsVerbLink(items_[i - 1].norm) ||
            IsComplementizer(items_[i - 1].norm) ||
            items_[i - 1].norm == "\xD9\x83\xD9\x85\xD8\xA7" ||  // كما
            IsSubordinator(items_[i - 1].norm) ||  // فيما قتل
            // أن + subject + verb (إن شرطيا قتل).
            (i > 1 && !items_[i - 1].punct && !items_[i - 1].article &&
             IsComplementizer(items_[i - 2].norm));
        // With a pronoun and a ل after it (ودعمه للحكومة) it is the
        // masdar: the verb would take its object without ل.
        const bool lam_after = !it.enclitic.empty() && i + 1 < items_.size() &&
                               HasLetter(items_[i + 1].procl, "\xD9\x84");
        if (!verb_place || lam_after) cands = nullptr;
      }
      if (!cands) cands = nouns;
      // لل is ل + the article (للضرب): a host the segmenter left the
      // article's ل on (ل + لضرب) is looked up without it.
      if (!cands && HasLetter(it.procl, "\xD9\x84") && it.stem.size() > 6 &&
          it.stem.starts_with("\xD9\x84"))
        cands = lex_.NounsOf(it.stem.substr(2));
      // The accusative ending the stemmer leaves on (قرضا، دعما).
      if (!cands && it.stem.size() > 6 && it.stem.ends_with("\xD8\xA7"))
        cands = lex_.NounsOf(it.stem.substr(0, it.stem.size() - 2));
      if (!cands) continue;
      // The longest listed phrase that the following words complete.
      // A verb's phrase may have its subject in between (VSO: شطبت روسيا
      // ديونا، فرض مجلس الأمن الدولي عقوبات): up to three words.
      int best = -1;
      size_t best_len = 0, best_gap = 0;
      // A word with ة is not a noun listed without it (طلبة: students,
      // not طلب; قتلة: killers, not قتل; مواجهتها، مواجهتين: not مواجهات).
      const bool ta_marbuta = TaMarbuta(it);
      for (uint32_t e : *cands) {
        const TriggerEntry& t = lex_.triggers()[e];
        if (ta_marbuta && t.kind != TriggerKind::kVerb &&
            t.kind != TriggerKind::kPassiveVerb && t.rest.empty() &&
            !t.listed.ends_with("\xD8\xA9"))
          continue;
        const size_t max_gap =
            t.kind == TriggerKind::kVerb && !t.rest.empty() ? 3 : 0;
        for (size_t gap = 0; gap <= max_gap; ++gap) {
          if (gap > 0 && (i + gap >= items_.size() || items_[i + gap].punct ||
                          items_[i + gap].sentence != it.sentence))
            break;
          bool ok = true;
          for (size_t k = 0; ok && k < t.rest.size(); ++k)
            ok = i + 1 + gap + k < items_.size() &&
                 SameStem(items_[i + 1 + gap + k].stem, t.rest[k]);
          if (ok && (best < 0 || t.rest.size() + 1 > best_len)) {
            best = static_cast<int>(e);
            best_len = t.rest.size() + 1;
            best_gap = gap;
          }
          if (ok) break;
        }
      }
      if (best < 0) continue;
      const TriggerEntry& t = lex_.triggers()[best];
      const uint32_t tail = static_cast<uint32_t>(i + best_gap + best_len);
      if (t.type != "PROTEST" && TopicOfProtest(i)) {
        i = tail - 1;
        continue;
      }
      // What is fought against (قوات مكافحة الشغب، مكافحة الإرهاب) is a
      // kind of thing, not an act that happened.
      if (i > 0 && !items_[i - 1].punct &&
          items_[i - 1].stem ==
              "\xD9\x85\xD9\x83\xD8\xA7\xD9\x81\xD8\xAD") {  // مكافح
        i = tail - 1;
        continue;
      }
      // An event told before (هذه الزيارة) is not a new one; nor are the
      // nouns joined to it by و under the same demonstrative (هذه
      // الاتفاقيات والوعود).
      if (i > 0 && !items_[i - 1].punct) {
        const Cue* c = args_.CueAt(items_[i - 1]);
        const bool joined =
            i == anaphoric_end_ && HasLetter(it.procl, "\xD9\x88");
        if ((c && c->role == CueRole::kAnaphor) || joined) {
          anaphoric_end_ = tail;
          i = tail - 1;
          continue;
        }
      }
      const uint32_t end =
          best_gap > 0 ? i + 1 : static_cast<uint32_t>(i + best_len);
      if (!found_.empty() && Related(found_.back(), i, t)) {
        skipped_end_ = tail;
        const TriggerEntry& p = lex_.triggers()[found_.back().entry];
        if (found_.back().content == UINT32_MAX &&
            p.kind == TriggerKind::kVerb && t.type == p.type) {
          found_.back().content = i;
          found_.back().content_tail = tail;
        }
        i = tail - 1;
        continue;
      }
      found_.push_back({i, end, static_cast<uint32_t>(best), tail});
      i = tail - 1;
    }
    return !found_.empty();
  }

  // الذي، التي، الذين، اللذين، اللتين.
  // Whether a form begins as a present verb does: يـ، تـ or نـ.
  static bool PresentShaped(std::string_view w) {
    return w.starts_with("\xD9\x8A") || w.starts_with("\xD8\xAA") ||
           w.starts_with("\xD9\x86");
  }

  static bool IsRelative(std::string_view w) {
    return w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||
           w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||
           w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||
           w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||
           w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86";
  }

  // خلال، أثناء، بعد، قبل: a phrase of time, not what is asked for.
  static bool IsTimeWord(std::string_view w) {
    return w == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" ||
           w == "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1" ||
           w == "\xD8\xA8\xD8\xB9\xD8\xAF" || w == "\xD9\x82\xD8\xA8\xD9\x84";
  }

  // مواجهات، اشتباكات، معارك، قتال: fighting, whose other side (مع X)
  // is who did what was suffered in it.
  static bool Clash(const Item& it) {
    std::string_view w = it.norm;
    if (w.starts_with(kArticle)) w.remove_prefix(kArticle.size());
    for (std::string_view k :
         {"\xD9\x85\xD9\x88\xD8\xA7\xD8\xAC\xD9\x87",          // مواجه
          "\xD8\xA7\xD8\xB4\xD8\xAA\xD8\xA8\xD8\xA7\xD9\x83",  // اشتباك
          "\xD9\x85\xD8\xB9\xD8\xA7\xD8\xB1\xD9\x83",          // معارك
          "\xD9\x85\xD8\xB9\xD8\xB1\xD9\x83",                  // معرك
          "\xD9\x82\xD8\xAA\xD8\xA7\xD9\x84"})                 // قتال
      if (w.starts_with(k)) return true;
    return false;
  }

  // Whether item i looks like a nisba adjective: no proclitic, and ي،
  // ية، يون، يين، يان، يا or يات at its end (أميركيان، إثيوبيين).
  bool NisbaShaped(uint32_t i) const {
    const Item& it = items_[i];
    if (it.punct || it.number || !it.procl.empty() || it.norm.size() < 8 ||
        IsVerbLink(it.norm) || IsRelative(it.norm))
      return false;
    for (std::string_view e :
         {"\xD9\x8A", "\xD9\x8A\xD9\x87", "\xD9\x8A\xD9\x88\xD9\x86",
          "\xD9\x8A\xD9\x8A\xD9\x86", "\xD9\x8A\xD8\xA7\xD9\x86",
          "\xD9\x8A\xD8\xA7", "\xD9\x8A\xD8\xA7\xD8\xAA"})
      if (it.norm.ends_with(e)) return true;
    return false;
  }

  // بعدما، عندما، حينما، بينما، فيما، لدى، إثر، عقب: a clause of time
  // starts (قتل جندي بعدما أطلق مسلحون النار), no object.
  static bool IsSubordinator(std::string_view w) {
    static const char* kWords[] = {
        "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",  // بعدما
        "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  // عندما
        "\xD8\xAD\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",  // حينما
        "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",  // بينما
        "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",          // فيما
        "\xD8\xAD\xD9\x8A\xD9\x86",                  // حين
        "\xD8\xA7\xD8\xAB\xD8\xB1",                  // اثر
        "\xD8\xB9\xD9\x82\xD8\xA8",                  // عقب
        "\xD8\xAC\xD8\xB1\xD8\xA7\xD8\xA1",          // جراء
        "\xD9\x86\xD8\xAA\xD9\x8A\xD8\xAC\xD9\x87",  // نتيجه
    };
    for (const char* k : kWords)
      if (w == k) return true;
    return false;
  }

  // Whether the word ends in ة, also written ت before a pronoun or in the
  // dual (مواجهتها، مواجهتين); a plural's ات before a pronoun is not one
  // (تعهداته).
  bool TaMarbuta(const Item& it) const {
    const std::string_view w = doc_.Text(it.raw);
    if (w.ends_with("\xD8\xA9")) return true;               // ة
    if (!it.enclitic.empty() && w.ends_with("\xD8\xAA") &&  // ت
        !w.ends_with("\xD8\xA7\xD8\xAA"))                   // ات
      return true;
    // تين، تان, not اتين
    return (w.ends_with("\xD8\xAA\xD9\x8A\xD9\x86") ||
            w.ends_with("\xD8\xAA\xD8\xA7\xD9\x86")) &&
           !w.ends_with("\xD8\xA7\xD8\xAA\xD9\x8A\xD9\x86");
  }

  // Whether the word's raw text carries a tanween (ً ٌ ٍ).
  bool Tanween(const Item& it) const {
    const std::string_view w = doc_.Text(it.raw);
    return w.find("\xD9\x8B") != std::string_view::npos ||
           w.find("\xD9\x8C") != std::string_view::npos ||
           w.find("\xD9\x8D") != std::string_view::npos;
  }

  // Whether the trigger at item i (entry t) belongs to the event found
  // just before: the same type again in the clause (أبرمت روسيا … صفقة
  // سلاح), or what a request or promise asks for (طلب … القيام بوساطة،
  // وعود بدعم: the promise then yields to what was promised, see Code).
  bool Related(const Found& prev, uint32_t i, const TriggerEntry& t) {
    const TriggerEntry& p = lex_.triggers()[prev.entry];
    if (items_[prev.item].sentence != items_[i].sentence) return false;
    // A crowd verb may not stand (خرجت مظاهرات: no crowd actor), so what
    // follows it is coded, and merged with it later if it is the same.
    if (p.crowd) return false;
    for (uint32_t k = prev.end; k < i; ++k)
      if (IsHardBreak(items_[k])) return false;
    // (Not another mode of it: talks held during a visit are two acts.)
    if (p.type == t.type && i < prev.end + 10 && t.kind != TriggerKind::kVerb &&
        (p.mode.empty() || t.mode.empty() || p.mode == t.mode))
      return true;
    // A noun right after a trigger is its content (اتفاقية تعاون).
    if (i == prev.end || i == skipped_end_) return true;
    // The attack an attack verb's victims fell in, later in its clause
    // (قتل مفجر انتحاري 42 مجندا في الجيش في نوفمبر في هجوم نفذ …): the
    // same act, not a new one by the last party named.
    if (p.type == "ASSAULT" && t.type == "ASSAULT" &&
        p.kind != TriggerKind::kNoun && t.kind == TriggerKind::kNoun &&
        i < prev.end + 20 && items_[i - 1].norm == "\xD9\x81\xD9\x8A")  // في
      return true;
    // What a request asks for follows it, up to a clause or phrase of its
    // own: a comma, a complementizer, لكن, a relative pronoun or a word of
    // time (طلب منها التوسط لكن موسكو رفضت: the refusal is an act of its
    // own; طلب من روسيا، خلال زيارته لموسكو، لعب دور: the visit too).
    if (p.type == "REQUEST" && i < prev.end + 14) {
      for (uint32_t k = prev.end; k < i; ++k) {
        const Item& it = items_[k];
        if (it.punct ? it.norm == "\xD8\x8C" || it.norm == ","
                     : IsComplementizer(it.norm) || IsRelative(it.norm) ||
                           IsTimeWord(it.norm))
          return false;
      }
      return true;
    }
    if (p.mode == "promise" && i <= prev.end + 1) {
      found_.pop_back();  // وعود بدعم: code the support, as a promise
      return false;
    }
    return false;
  }

  void BuildUnits() {
    const Document& d = doc_;
    // Name mentions: every item whose span lies inside one.
    size_t m = 0;
    for (uint32_t i = 0; i < items_.size(); ++i) {
      const Span s = items_[i].raw;
      while (m < d.mentions.size() && d.mentions[m].span.end <= s.begin) ++m;
      if (m == d.mentions.size()) break;
      const Mention& men = d.mentions[m];
      if (men.actor < 0 || s.begin < men.span.begin || s.end > men.span.end)
        continue;
      if (!units_.empty() && units_.back().actor == men.actor &&
          units_.back().raw == men.span) {
        units_.back().last = i;
      } else {
        units_.push_back({i, i, men.actor, -1, -1, men.span});
      }
      items_[i].unit = static_cast<int32_t>(units_.size() - 1);
    }
    // Nisba adjectives and other knowledge-base names no mention took.
    std::vector<KbHit> hits;
    kb_.Match(d, &hits);
    for (const KbHit& h : hits) {
      if (h.kind == NameKind::kTitle)
        for (uint32_t w = h.begin; w < h.end && w < word_item_.size(); ++w)
          if (word_item_[w] >= 0) items_[word_item_[w]].title = true;
      if (h.kind == NameKind::kTitle || h.id < 0) continue;
      const int32_t state = h.kind == NameKind::kMetonym ? h.id : h.metonym_of;
      if (state >= 0 && h.begin < word_item_.size() && word_item_[h.begin] >= 0)
        items_[word_item_[h.begin]].state = state;
      int32_t first = -1, last = -1;
      bool taken = false;
      for (uint32_t w = h.begin; w < h.end && w < word_item_.size(); ++w) {
        const int32_t i = word_item_[w];
        if (i < 0) continue;
        if (items_[i].unit >= 0) taken = true;
        if (first < 0) first = i;
        last = i;
      }
      if (taken || first < 0) continue;
      const int32_t entry = h.kind == NameKind::kMetonym || h.metonym_of < 0
                                ? h.id
                                : h.metonym_of;
      units_.push_back({static_cast<uint32_t>(first),
                        static_cast<uint32_t>(last),
                        -1,
                        entry,
                        -1,
                        {items_[first].raw.begin, items_[last].raw.end}});
      units_.back().nisba = h.kind == NameKind::kAdjective;
      // "The Russian side" (الجانب الروسي، الطرف التركي) is the state
      // itself, an argument like its name.
      if (units_.back().nisba && first > 0 &&
          IsSideWord(items_[first - 1].norm) && items_[first - 1].unit < 0) {
        units_.back().nisba = false;
        units_.back().first = --first;
        units_.back().raw.begin = items_[first].raw.begin;
      }
      for (int32_t i = first; i <= last; ++i)
        items_[i].unit = static_cast<int32_t>(units_.size() - 1);
    }
    // "The two countries / sides" (البلدين، الجانبين، الطرفين): the last
    // two distinct states or bodies named before.
    // "The two presidents" (الرئيسين): the last two persons.
    for (uint32_t i = 0; i < items_.size(); ++i) {
      if (items_[i].unit >= 0 || items_[i].punct || !items_[i].article)
        continue;
      const bool persons = IsPersonDual(items_[i].norm);
      if (!persons && !IsDualAnaphor(items_[i].norm)) continue;
      Unit dual{i, i, -1, -1, -1, items_[i].raw};
      int n = 0;
      for (uint32_t k = i; k-- > 0 && n < 2 && i - k < 200;) {
        const int32_t u = items_[k].unit;
        if (u < 0 || units_[u].actor < 0 || units_[u].first != k) continue;
        const EntityType ty = d.actors[units_[u].actor].type;
        if (persons ? ty != EntityType::kPer
                    : ty != EntityType::kGpe && ty != EntityType::kOrg)
          continue;
        if (n == 1 && units_[dual.pair[0]].actor == units_[u].actor) continue;
        dual.pair[n++] = u;
      }
      if (n < 2) continue;
      units_.push_back(dual);
      items_[i].unit = static_cast<int32_t>(units_.size() - 1);
    }
    // Generic agents (المتظاهرون، الشرطة) where no name stands.
    // A word found as a trigger is not an agent (طلب is no طلاب).
    std::vector<bool> trigger(items_.size(), false);
    for (const Found& f : found_) trigger[f.item] = true;
    act_noun_.assign(items_.size(), false);
    for (const Found& f : found_) {
      const TriggerEntry& t = lex_.triggers()[f.entry];
      act_noun_[f.item] = t.type == "ASSAULT" && t.kind == TriggerKind::kNoun;
      // (and the noun a verb took in: قتل … في هجومين استهدفا)
      if (f.content != UINT32_MAX && t.type == "ASSAULT")
        act_noun_[f.content] = true;
    }
    for (uint32_t i = 0; i < items_.size(); ++i) {
      if (items_[i].unit >= 0 || items_[i].punct || trigger[i]) continue;
      const std::vector<AgentForm>* forms = AgentFormsAt(i);
      if (!forms) continue;
      // An agent's nisba after an attack noun is its kind (هجوم انتحاري،
      // الهجمات الإرهابية), no party: see Described.
      if (i > 0 && act_noun_[i - 1] &&
          items_[i].article == items_[i - 1].article &&
          (items_[i].norm.ends_with("\xD9\x8A") ||         // ي
           items_[i].norm.ends_with("\xD9\x8A\xD9\x87")))  // ية
        continue;
      // A group word before a partitive من (مجموعة من المسلحين) is not
      // the agent: the group named after من is.
      if ((i + 1 < items_.size() && args_.Partitive(i + 1)) ||
          (i + 2 < items_.size() && args_.Partitive(i + 2) &&
           !items_[i + 1].punct && items_[i + 1].procl.empty()))
        continue;
      for (const AgentForm& f : *forms) {
        bool ok = true;
        for (size_t k = 0; ok && k < f.rest.size(); ++k) {
          const uint32_t j = i + 1 + k;
          ok = j < items_.size() && items_[j].unit < 0 &&
               items_[j].stem == f.rest[k];
        }
        if (!ok) continue;
        uint32_t last = i + f.rest.size();
        // An agent word right after it, without و, describes it (مسلحين
        // مجهولين، جنودا متمردين، المتظاهرين المعارضين): one unit, the
        // first word's agent.
        // (Not a noun with a genitive of its own: مسلحون مطران الكلدان.)
        while (last + 1 < items_.size() && !items_[last + 1].punct &&
               items_[last + 1].unit < 0 && items_[last + 1].procl.empty() &&
               !trigger[last + 1] &&
               items_[last + 1].article == items_[i].article &&
               items_[last + 1].sentence == items_[i].sentence &&
               AgentFormsAt(last + 1) && AdjectiveShaped(last + 1) &&
               CaseAgrees(items_[last], items_[last + 1]) &&
               !(last + 2 < items_.size() && items_[last + 2].article &&
                 items_[last + 2].procl.empty() && !items_[last + 1].article))
          ++last;
        // A title before a person's name (السفير الروسي لدى تركيا أندريه
        // كارلوف) is no party of its own: the person is.
        if (TitleOfPerson(i, last, f.agent)) break;
        // People of a place that stands for no party (مستوطني براخة،
        // أبناء دارفور) are the agent, the place its genitive: one unit.
        if (last + 1 < items_.size() && !items_[last + 1].punct &&
            items_[last + 1].procl.empty() &&
            items_[last + 1].sentence == items_[i].sentence &&
            args_.UnitStartingAt(last + 1) >= 0 &&
            args_.PlaceOnly(items_[last + 1].unit))
          last = units_[items_[last + 1].unit].last;
        // قوات حفتر، سلطات طرابلس: forces or authorities of a named actor
        // are that actor, named right after.
        if (last + 1 < items_.size() && items_[last + 1].unit >= 0 &&
            !items_[last + 1].punct &&
            items_[last + 1].sentence == items_[i].sentence &&
            units_[items_[last + 1].unit].actor >= 0)
          break;
        units_.push_back({i,
                          last,
                          -1,
                          -1,
                          static_cast<int32_t>(f.agent),
                          {items_[i].raw.begin, items_[last].raw.end}});
        for (uint32_t j = i; j <= last; ++j)
          items_[j].unit = static_cast<int32_t>(units_.size() - 1);
        i = last;
        break;
      }
    }
  }

  // Whether the agent phrase at items [i, last] is a person's title: a
  // definite person agent (السفير، المسؤول) with a person's name after
  // it, past nisbas, names of places or bodies, adjectives with the
  // article and prepositions (السفير الروسي لدى تركيا أندريه كارلوف).
  bool TitleOfPerson(uint32_t i, uint32_t last, uint32_t agent) const {
    // (A plural is no title: المتظاهرين في خور.)
    if (!items_[i].article || lex_.agents()[agent].type != EntityType::kPer ||
        SoundPlural(items_[i]) || items_[i].norm.ends_with("\xD8\xA7\xD8\xAA"))
      return false;
    for (uint32_t j = last + 1; j < items_.size() && j <= last + 6; ++j) {
      const Item& it = items_[j];
      if (it.sentence != items_[i].sentence) return false;
      if (it.unit >= 0 && units_[it.unit].actor >= 0 &&
          doc_.actors[units_[it.unit].actor].type == EntityType::kPer)
        return true;
      const bool pass = it.unit >= 0 || IsQuote(it) ||
                        (!it.punct && (it.article || IsPrepWord(it.norm)));
      if (!pass) return false;
    }
    return false;
  }

  // Whether item i can be an adjective: a participle (its stem starts
  // with م: مجهولين، متمردين، المعارضين) or a nisba (انتحاري); a noun
  // (السجناء) after an agent is an object or a genitive.
  bool AdjectiveShaped(uint32_t i) const {
    return items_[i].stem.starts_with("\xD9\x85") || NisbaShaped(i);
  }

  // Whether the word ends as a masculine sound plural (ون، ين).
  static bool SoundPlural(const Item& it) {
    return it.norm.size() > 6 && (it.norm.ends_with("\xD9\x88\xD9\x86") ||
                                  it.norm.ends_with("\xD9\x8A\xD9\x86"));
  }

  // Whether unit u is a generic agent of men in the sound plural
  // (المتهمين، مسلحون): a verb that says "she" (قتلت) does not agree
  // with it, so it is not that verb's subject.
  bool MenPlural(int32_t u) const {
    // (After a group word and a partitive the head agrees: هاجمت مجموعة
    // من المسلحين; a count does not make it feminine: أربعة من المتهمين.)
    if (u < 0 || units_[u].agent < 0 || !SoundPlural(items_[units_[u].first]))
      return false;
    const uint32_t i = units_[u].first;
    return !(i >= 2 && args_.Counted(u) && !items_[i - 2].number &&
             items_[i - 2].norm.ends_with("\xD9\x87") &&  // ة
             !IsCardinal(items_[i - 2].norm));
  }

  // ثلاثة … عشرة: counts that end in ة, for men.
  static bool IsCardinal(std::string_view w) {
    static const char* kWords[] = {
        "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87",          // ثلاثه
        "\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xD9\x87",          // اربعه
        "\xD8\xAE\xD9\x85\xD8\xB3\xD9\x87",                  // خمسه
        "\xD8\xB3\xD8\xAA\xD9\x87",                          // سته
        "\xD8\xB3\xD8\xA8\xD8\xB9\xD9\x87",                  // سبعه
        "\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86\xD9\x8A\xD9\x87",  // ثمانيه
        "\xD8\xAA\xD8\xB3\xD8\xB9\xD9\x87",                  // تسعه
        "\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87",                  // عشره
    };
    for (const char* k : kWords)
      if (w == k) return true;
    return false;
  }

  // Whether the case endings of items a and b (an agent and its
  // adjective) can agree: ون with ون، ين with ين or none; the
  // accusative ا of a singular with ا or a plural ين (جنودا متمردين).
  static bool CaseAgrees(const Item& a, const Item& b) {
    auto ending = [](const Item& it) {
      if (it.norm.ends_with("\xD9\x88\xD9\x86")) return 1;  // ون
      if (it.norm.ends_with("\xD9\x8A\xD9\x86")) return 2;  // ين
      if (it.norm.ends_with("\xD8\xA7")) return 3;          // ا
      return 0;
    };
    const int x = ending(a), y = ending(b);
    if (x == 1) return y != 2 && y != 3;
    if (x == 2) return y != 1 && y != 3;
    if (x == 3) return y != 1;
    return true;
  }

  // The generic agent phrases whose first word is item i, by its light
  // stem, also with the accusative (قتل 20 شخصا) or dual (جنديان) ending
  // the stemmer leaves on; nullptr when none.
  const std::vector<AgentForm>* AgentFormsAt(uint32_t i) const {
    const std::string_view stem = items_[i].stem;
    const std::vector<AgentForm>* forms = lex_.AgentsOf(stem);
    if (!forms && stem.size() > 6 && stem.ends_with("\xD8\xA7"))  // ا
      forms = lex_.AgentsOf(stem.substr(0, stem.size() - 2));
    if (!forms && stem.size() > 8 && stem.ends_with("\xD8\xA7\xD9\x86"))  // ان
      forms = lex_.AgentsOf(stem.substr(0, stem.size() - 4));
    return forms;
  }

  // The index of the document's actor with key x.key; x (its surface
  // form as the one alias) is added when there is none. `alias_if_found`
  // records the surface on an actor already there.
  int32_t ActorWithKey(Actor x, bool alias_if_found) {
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      if (doc_.actors[a].key != x.key) continue;
      std::vector<std::string>& al = doc_.actors[a].aliases;
      if (alias_if_found &&
          std::find(al.begin(), al.end(), x.aliases[0]) == al.end())
        al.push_back(x.aliases[0]);
      return static_cast<int32_t>(a);
    }
    doc_.actors.push_back(std::move(x));
    return static_cast<int32_t>(doc_.actors.size() - 1);
  }

  // Knowledge-base entry `entry` as an actor named by `alias`.
  int32_t KbActor(int32_t entry, std::string alias) {
    const KbEntry& e = kb_.entries()[entry];
    Actor x;
    x.key = e.key;
    x.name = e.name_ar;
    x.name_en = e.name_en;
    x.type = e.type;
    x.country = e.country;
    x.wikidata = e.wikidata;
    x.aliases.push_back(std::move(alias));
    return ActorWithKey(std::move(x), false);
  }

  // The actor a unit names, adding a knowledge-base actor or a generic
  // agent if needed.
  int32_t ActorOf(int32_t u) {
    Unit& unit = units_[u];
    if (unit.actor >= 0) return unit.actor;
    if (unit.agent >= 0) {
      const Agent& g = lex_.agents()[unit.agent];
      if (!g.party) return -1;
      Actor x;
      x.key = g.key;
      x.name = g.name_ar;
      x.name_en = g.name_en;
      x.type = g.type;
      x.aliases.emplace_back(doc_.Text(unit.raw));
      return unit.actor = ActorWithKey(std::move(x), true);
    }
    if (unit.kb_entry < 0) return -1;
    return unit.actor =
               KbActor(unit.kb_entry, std::string(doc_.Text(unit.raw)));
  }

  // The actor unit u names as a doer: a city that stands for a state
  // (موسكو → Russia) is the state; another place is no doer (-1).
  int32_t DoerOf(int32_t u) {
    const int32_t a = ActorOf(u);
    if (a < 0 || !args_.IsPlace(a)) return a;
    int32_t state = items_[units_[u].first].state;
    if (state < 0) state = args_.StateSeatedIn(a);
    if (state < 0) return -1;
    return KbActor(state, std::string(doc_.Text(units_[u].raw)));
  }

  // A past verb written with a damma on its first letter (قُتل، أُعلن) is
  // passive; present-tense prefixes (يُقدم is active) are left alone.
  bool MarkedPassive(const Item& it) const {
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
  bool PassiveReading(const Found& f, int32_t* recipient, int32_t* actor,
                      std::string* how) {
    const Item& trig = items_[f.item];
    // A pronoun object on the verb (تقتله قوات الأمن) makes it active.
    if (!items_[f.end - 1].enclitic.empty()) return false;
    const std::vector<int32_t> none;
    const int32_t by = args_.ByHand(f.end, 12);
    const bool joined = trig.procl.starts_with("\xD9\x88") ||
                        trig.procl.starts_with("\xD9\x81");
    int32_t subject = joined ? -1 : args_.UnitBefore(f.item);
    uint32_t next = f.end;  // where an object would stand
    if (subject < 0) {
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
      // or one the knowledge base does not know (جنديان أميركيان).
      if (next < items_.size() && items_[next].unit < 0 && NisbaShaped(next))
        ++next;
    }
    if (by < 0 && !NoObjectAt(next, trig.sentence)) return false;

    *recipient = subject;
    *actor = by;
    // The attack noun it took in may name the doer by a light verb (قتل
    // خمسة جنود في هجوم شنه مسلحون، … تبنته الحركة).
    for (uint32_t i = f.content_tail;
         f.content != UINT32_MAX && *actor < 0 && i < f.content_tail + 4 &&
         i < items_.size();
         ++i) {
      if (items_[i].punct || items_[i].sentence != trig.sentence) break;
      const Cue* c = args_.CueAt(items_[i]);
      if (c && c->role == CueRole::kLight)
        *actor = args_.Forward(i, 3, {}, none);
    }
    // Killed in clashes with X (قتلوا في مواجهات مع قوات الأمن): X.
    for (uint32_t i = next + 1; *actor < 0 && i < next + 8 && i < items_.size();
         ++i) {
      if (items_[i].sentence != trig.sentence || IsHardBreak(items_[i])) break;
      if (items_[i].norm == "\xD9\x85\xD8\xB9" && Clash(items_[i - 1]))  // مع
        *actor = args_.Forward(i - 1, 4, items_[i].norm, none);
    }
    *how = by >= 0 ? "verb: passive, doer after على يد"
                   : "verb: passive, no object after its one noun";
    return true;
  }

  // The one a protest is against, when no marker named a target: after a
  // demand cue later in the sentence (cues.tsv `demand`), the owner of an
  // ouster demanded (`against`: مطالبين برحيل الحكومة، تطالب بطرد السفير).
  // Whom a demand is only addressed to (مطالبين الحكومة بالتدخل) is not
  // the target. The cue is noted in demands_: it is the protest's, no
  // request of its own.
  int32_t DemandTarget(const Found& f) {
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
  int32_t Heading(const Found& f) const {
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
  int32_t Slogan(const Found& f) const {
    const uint32_t s = items_[f.item].sentence;
    for (uint32_t i = f.end; i + 1 < items_.size() && i < f.end + 40; ++i) {
      const Item& it = items_[i];
      if (it.sentence != s) break;
      if (it.punct) continue;
      const bool death =
          it.norm == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xAA";  // الموت
      const bool fall =
          it.stem == "\xD9\x8A\xD8\xB3\xD9\x82\xD8\xB7" ||  // يسقط
          it.stem == "\xD8\xAA\xD8\xB3\xD9\x82\xD8\xB7";    // تسقط
      if (!death && !fall) continue;
      const int32_t u = args_.UnitStartingAt(i + 1);
      if (u >= 0 && (fall || HasLetter(items_[i + 1].procl, "\xD9\x84")))
        return u;
    }
    return -1;
  }

  // مقر، سفارة، قنصلية، مبنى، مكتب، قصر (light stems): a building that
  // stands for its owner.
  static bool IsOffice(std::string_view stem) {
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
  bool Described(int32_t u, const Found& f) const {
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
  bool NoObjectAt(uint32_t i, uint32_t s) const {
    // A date may stand before the object (خطفوا ظهر أمس أميركيا), with
    // a preposition of time (خطفوا قبل ظهر أمس أميركيا).
    if (i + 1 < items_.size() && !items_[i].punct &&
        IsTimeWord(items_[i].norm) && InDate(items_[i + 1]))
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
  int32_t SubjectPastMarker(const Found& f, const TriggerEntry& t) const {
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
  int32_t VerbSubject(const Found& f, const TriggerEntry& t, std::string* how) {
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
        items_[f.item - 1].norm ==
            "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF" &&  // بلاد
        !items_[f.item - 1].enclitic.empty()) {
      uint32_t at = f.item - 1;  // (past إن، أن: the reporting clause)
      if (at >= 1 && !items_[at - 1].punct &&
          IsComplementizer(items_[at - 1].norm))
        --at;
      his_country_ = args_.Backward(at, 10);
      *how = "verb: his country, the state of the one named before";
      return -1;
    }
    actor = SubjectPastMarker(f, t);
    if (actor >= 0) *how = "verb: subject after its marker with a pronoun";
    if (!agrees(actor)) actor = -1;
    if (!joined && actor < 0) {
      actor = args_.UnitBefore(f.item);
      *how = "verb: subject before";
      if (!agrees(actor)) actor = -1;
    }
    if (actor < 0) {
      // (A date between does not count: خرج مساء أول من أمس مئات
      // المتظاهرين.)
      actor = args_.Forward(f.end - 1, 4 + DatedAt(f.end), {}, none);
      *how = "verb: subject after";
      if (!agrees(actor)) actor = -1;
      if (actor >= 0 && UnnamedSubject(f.end, units_[actor].first)) {
        *how = kUnnamed;
        return -1;
      }
      // An attack noun after an attack verb is its subject (استهدف هجوم
      // انتحاري القوات الأجنبية): the attack did it, nobody named.
      if (t.type == "ASSAULT" &&
          ActNounIn(f.end, actor >= 0 ? units_[actor].first : f.end + 3)) {
        *how = "verb: its subject an attack";
        return -1;
      }
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
      actor = args_.Backward(f.item, 10, t.type == "PROTEST");
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
      for (uint32_t k = 1; k <= 2 && k <= f.item; ++k) {
        const Item& it = items_[f.item - k];
        // (A quote may open after it: قالت إنها "تدين".)
        if (k == 1 && IsQuote(it)) continue;
        if (it.punct || it.sentence != trig.sentence) break;
        if (IsComplementizer(it.norm) && !it.enclitic.empty()) {
          // (Past an adjunct set off by commas before it: قال السراج
          // لرويترز، على هامش مؤتمر ميونيخ للأمن، إنه يأمل.)
          // (Not لكنه, which joins a clause of its own.)
          const bool an = it.norm == "\xD8\xA7\xD9\x86";  // أن، إن
          actor = args_.Backward(an ? PastCommaAdjunct(f.item - k) : f.item - k,
                                 10);
          if (!speech && !topics_.Reports(f.item - k, f.item, actor,
                                          gender == 2 ? kShe : kHe))
            actor = -1;
          *how = "verb: the speaker, the pronoun on the complementizer";
          break;
        }
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

  // Whether a definite noun no unit covers stands between a verb ending at
  // item `from` and the unit starting at `unit_at`: it is the verb's
  // subject, a party rasd does not name (طالبت المفوضية السلطات اليمنية؛
  // اتهمت الصحيفة روسيا), and the unit after it the object. Titles
  // (وزير الخارجية), dates, nisbas and what a preposition governs stand
  // there too and are passed over.
  bool UnnamedSubject(uint32_t from, uint32_t unit_at) const {
    // (A count or a part of a group heads the unit after it: آلاف
    // الطلاب، العشرات من السكان; so does what governs it, على لسان.)
    if (unit_at < items_.size() && args_.Counted(items_[unit_at].unit))
      return false;
    // (A body that speaks through the one it names: يطالب المجلس على
    // لسان رئيسه فلان; he is the subject.)
    for (uint32_t j = from; j + 1 < unit_at; ++j)
      if (args_.VoiceAt(j)) return false;
    // The first word after the verb and any date or phrase a preposition
    // governs decides: a title or an undefined noun heads the name after
    // it (الزعيم الشيعي البارز مقتدى الصدر، وزير الاقتصاد الفرنسي فلان).
    for (uint32_t j = from; j < unit_at && j < items_.size(); ++j) {
      const Item& it = items_[j];
      if (it.punct || it.in_date || IsPrepWord(it.norm) ||
          !args_.PrepOf(j).empty() || !args_.ChainPrep(j, from, false).empty())
        continue;
      // (A nisba right after it names whose it is: السلطات السعودية،
      // المملكة السعودية stand for the state.)
      const bool owned =
          j + 1 == unit_at &&
          (units_[items_[unit_at].unit].nisba || NisbaShaped(unit_at));
      return it.article && !it.title && it.unit < 0 && !NisbaShaped(j) &&
             args_.CueAt(it) == nullptr && !owned;
    }
    return false;
  }

  // Whether a verb is in the first person plural: a present with نـ, or
  // a past with نا inside a quote (بحثنا مع السراج), where "he … us" is
  // the rarer reading.
  bool FirstPerson(const Item& verb) const {
    if (lex_.IsFirstPerson(verb.norm)) return true;
    return verb.enclitic == "\xD9\x86\xD8\xA7" && lex_.IsPast(verb.norm) &&
           lex_.GenderOf(verb.norm) == 1 && QuoteAround(verb) != nullptr;
  }

  const Quote* QuoteAround(const Item& it) const {
    for (const Quote& q : doc_.quotes)
      if (q.span.begin <= it.raw.begin && it.raw.end <= q.span.end) return &q;
    return nullptr;
  }

  // The unit naming the speaker of the quote around item `it`, nearest to
  // the quote, or -1.
  int32_t SpeakerOf(const Item& it) const {
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
  bool ActNounIn(uint32_t a, uint32_t b) const {
    for (uint32_t i = a; i < b && i < items_.size(); ++i)
      if (act_noun_[i]) return true;
    return false;
  }

  // Whether unit u names a man: a person by name, not a generic agent,
  // with no feminine title (الوزيرة، المستشارة) at its head, and not the
  // genitive of a noun before it (the verb before it is no such noun).
  bool NamedMan(int32_t u) const {
    const int32_t a = units_[u].actor;
    if (a < 0 || units_[u].agent >= 0 ||
        doc_.actors[a].type != EntityType::kPer)
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

  // Whether the item is part of a date expression (أمس، يوم الثلاثاء).
  bool InDate(const Item& it) const { return it.in_date; }

  // How many items from i on are inside a date expression.
  uint32_t DatedAt(uint32_t i) const {
    uint32_t n = 0;
    while (i + n < items_.size() && items_[i + n].in_date) ++n;
    return n;
  }

  // Marks the items inside a date expression (Item::in_date).
  void MarkDates() {
    for (const DateExpr& d : doc_.dates) {
      auto it = std::lower_bound(
          items_.begin(), items_.end(), d.span.begin,
          [](const Item& x, uint32_t b) { return x.raw.begin < b; });
      for (; it != items_.end() && it->raw.end <= d.span.end; ++it)
        it->in_date = true;
    }
  }

  // Whether every unit coordinated with u is a crowd agent (agents.tsv
  // `violence` set).
  bool Crowd(int32_t u) const {
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
  int32_t TitledPerson(const Found& f) const {
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

  void Code(const Found& f) {
    if (std::find(demands_.begin(), demands_.end(), f.item) != demands_.end())
      return;
    const TriggerEntry& t = lex_.triggers()[f.entry];
    const Item& trig = items_[f.item];
    // A word inside a date expression tells when (فجر أمس: at dawn).
    if (InDate(trig)) return;
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
        return;
      }
    }
    // Asking not to be named (طلب عدم ذكر اسمه) is how a source is
    // introduced, no request to anyone.
    if (t.type == "REQUEST") {
      for (uint32_t i = f.end; i < f.end + 4 && i < items_.size(); ++i) {
        if (items_[i].punct || items_[i].sentence != trig.sentence) break;
        if (items_[i].stem == "\xD8\xA7\xD8\xB3\xD9\x85" &&  // اسم
            !items_[i].enclitic.empty())
          return;
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
      return;
    // Travel words are common (وصل، توجه، صعد) and a visit needs a place
    // reached: without one after a listed marker, nothing more to look for.
    if (t.travel) {
      bool reached = false;
      for (const std::string& marker : t.recipient)
        reached = reached || args_.Forward(f.end - 1, 14, marker, {}) >= 0;
      if (!reached) return;
    }
    Event ev;
    ev.type = t.type;
    ev.mode = t.mode;
    ev.cameo = t.cameo;
    std::string rule = "triggers.tsv:" + std::to_string(t.line) + " " +
                       t.listed + " (" +
                       (t.kind == TriggerKind::kVerb          ? "verb"
                        : t.kind == TriggerKind::kNoun        ? "noun"
                        : t.kind == TriggerKind::kPassiveVerb ? "pverb"
                                                              : "passive") +
                       ")";

    // Qualifiers right after the trigger. A kept-type qualifier joined by
    // و to a type-changing one (دعم سياسي وعسكري) names two acts: the
    // backing stays coded besides the aid (`also`).
    std::string also_context;
    bool changed = false;
    // After the trigger and, for a verb that took in its noun (أبرمت …
    // صفقة سلاح), in and after that noun's phrase.
    const uint32_t content_end =
        f.content == UINT32_MAX ? 0 : f.content_tail + 3;
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
        if (!q.context.empty() &&
            std::find(ev.context.begin(), ev.context.end(), q.context) ==
                ev.context.end())
          ev.context.push_back(q.context);
        rule += "; qualifier " + std::string(doc_.Text(items_[i].raw));
      }
    }

    // A qualifier with no type (`-`) makes the word no act between
    // parties: دعم الوقود is a subsidy (qualifiers.tsv).
    if (ev.type == "-") return;

    // A verb of receiving shortly before a noun trigger.
    int32_t receive_at = -1;
    if (t.kind == TriggerKind::kNoun) {
      for (uint32_t k = 1; k <= 6 && k <= f.item; ++k) {
        const Item& it = items_[f.item - k];
        if (it.sentence != trig.sentence || it.punct) break;
        const Cue* c = args_.CueAt(it);
        if (c && c->role == CueRole::kReceive &&
            c->window >= static_cast<int>(k)) {
          receive_at = static_cast<int32_t>(f.item - k);
          break;
        }
      }
    }

    const std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    const bool gen_recipient = std::find(t.recipient.begin(), t.recipient.end(),
                                         "gen") != t.recipient.end();
    int32_t actor = -1, recipient = -1;
    std::vector<int32_t> none;
    decltype(last_verb_) before;  // the verb before, for a joined one
    std::string how;
    if (t.kind == TriggerKind::kPassive) {
      recipient = args_.UnitBefore(f.item);
      actor = args_.Forward(f.end - 1, 3, kMin, none);
      how = "passive: actor after من, recipient before";
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
      for (uint32_t i = receive_at + 1; actor < 0 && i < f.item; ++i) {
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
      if (recipient < 0) recipient = TitledPerson(f);
      actor = args_.ByHand(f.end, 10);
      if (actor < 0 && !t.suffered)
        actor = args_.Forward(f.end - 1, 4, kMin, {recipient});
      // (A definite one names an event already told: see below.)
      if (actor < 0 && !t.suffered && !(trig.article && KnownEvent(t.type)))
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
    } else if (t.kind == TriggerKind::kVerb) {
      before = last_verb_;
      actor = VerbSubject(f, t, &how);
      last_verb_ = {trig.sentence, actor};
      topics_.Note(actor);
      // A doer rasd cannot name (اتهمت المنظمة طهران) is nobody else: no
      // repeat lends it one. (An attack by someone unknown is still told.)
      if (how == kUnnamed && t.type != "ASSAULT" && t.type != "PROTEST") return;
    } else {
      actor = args_.Genitive(f.end);
      if (Described(actor, f)) actor = -1;
      how = "noun: genitive or nisba after";
      // زيارة للرئيس إلى موسكو: with a destination after إلى, the ل
      // before it marks the doer, not the one visited.
      const std::string_view kLam = "\xD9\x84",
                             kIla = "\xD8\xA7\xD9\x84\xD9\x8A";
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
              IsPrepWord(items_[i + 1].norm) &&
              !items_[i + 1].enclitic.empty()) {
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
        if (actor >= 0)
          how = "noun: actor the antecedent of the pronoun after ل";
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
      const bool known =
          trig.article &&
          (KnownEvent(t.type) || t.type == "AGREE" || AfterTime(f.item));
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
        actor = args_.Backward(f.item, reach, t.type == "PROTEST");
        how = "noun: nearest actor before";
      }
    }

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
    if (t.mode == "aerial" && t.kind == TriggerKind::kNoun && !owned) return;
    std::vector<int32_t> actors, recipients;
    bool both_named = false;  // "the two of them" named every party
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
    int32_t inherited_date = -1;
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
        return;
      // (A party the knowledge base knows, a state, a body or a public
      // figure: that a footballer will play is no one's request.)
      const int32_t hoped = ActorOf(recipient);
      if (hoped < 0 || doc_.actors[hoped].key.starts_with("x-")) return;
      // (Nor the party hoped about, taken as the noun's genitive: على
      // أمل أن يطرحها عمرو.)
      for (int32_t u : actors)
        if (units_[u].agent >= 0 || u == recipient) return;
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
            how += "; recipient the antecedent of " +
                   std::string(doc_.Text(it.raw));
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
    // Talks "with each of the two" (محادثات منفصلة مع كل منهما) are two
    // acts, one with each of the last two persons named before.
    int32_t each_second = -1;
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
      return;
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
    rule += "; " + how;
    if (t.type == "ACCUSE" && !recipients.empty()) {
      uint32_t after = 0;
      for (int32_t u : recipients) after = std::max(after, units_[u].last + 1);
      last_accused_ = {after, recipients.front()};
    }

    // Protesters who burn or stone are rioting, not assaulting (agents.tsv
    // `violence`): every actor must be such an agent.
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
          const bool riots =
              ag >= 0 && !lex_.agents()[ag].violence_type.empty();
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
      if (ev.recipient.empty() || actors.empty()) return;
      for (int32_t u : actors)
        if (units_[u].agent >= 0 || units_[u].actor < 0) return;
      for (int32_t a : ev.recipient)
        if (args_.IsPlace(a)) return;
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
          if (std::find(out.begin(), out.end(), b) == out.end())
            out.push_back(b);
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
      const int32_t c = CounterpartAfter(f, ev.actor);
      if (c >= 0) {
        ev.recipient.push_back(c);
        rule += "; the counterpart of " + doc_.actors[ev.actor[0]].key;
      }
    }
    // Nobody acts on themselves.
    std::erase_if(ev.recipient, [&](int32_t a) {
      return std::find(ev.actor.begin(), ev.actor.end(), a) != ev.actor.end();
    });
    if ((t.mode == "hope" || t.mode == "need") && ev.recipient.empty())
      return;  // hoped of himself
    if (t.mutual) {
      for (int32_t a : ev.recipient) ev.actor.push_back(a);
      ev.recipient.clear();
    }
    // A definite masdar a word of time governs (بعد الهجوم، منذ
    // المظاهرات), naming no party, refers to an event told elsewhere: it
    // is not reported here.
    if (trig.article && t.kind == TriggerKind::kNoun && AfterTime(f.item) &&
        ev.actor.empty() && ev.recipient.empty())
      return;

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
      const std::vector<int32_t>& guest =
          t.mode == "host" ? recipients : actors;
      if (!guest.empty()) last_visit_ = {trig.sentence, guest.front()};
    }
    SetModality(f, t, &ev, &rule);
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
    ev.confidence = 0.4f + (ev.actor.empty() ? 0.f : 0.3f) +
                    (ev.recipient.empty() && !t.mutual ? 0.f : 0.2f) +
                    (t.kind == TriggerKind::kVerb ? 0.1f : 0.f);
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
    for (uint32_t i = f.end; !twice && i < f.end + 3 && i < items_.size();
         ++i) {
      if (items_[i].punct || items_[i].sentence != trig.sentence) break;
      twice = items_[i].norm ==
              "\xD9\x85\xD8\xB1\xD8\xAA\xD9\x8A\xD9\x86";  // مرتين
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

  // A light verb (cues.tsv), also one listed only with its pronoun: فرضه
  // (الحظر الذي فرضه مجلس الأمن) is a light verb, فرض alone is as often
  // the masdar (احتجاجا على فرض ضرائب).
  bool LightAt(const Item& it) const {
    const Cue* c = args_.CueAt(it);
    if (!c && !it.enclitic.empty())
      c = lex_.CueOf(std::string(it.norm) + std::string(it.enclitic));
    return c && c->role == CueRole::kLight;
  }

  // Whom an attack was against when it names only places or nobody: the
  // side something was taken from after it in its sentence (هجوم سريع …
  // وانتزعت خلاله الموانئ من قوات حرس المنشآت؛ هجوما على الميناءين
  // وتمكنت من انتزاع السيطرة عليهما من الجيش): a seizure word (`seize` in
  // cues.tsv) and the party من governs within its window. The places
  // attacked are where it happened.
  void TakenFrom(const Found& f, Event* ev, std::string* rule) {
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
  uint32_t PastCommaAdjunct(uint32_t i) const {
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
  bool PurposeAfterObject(const Found& f, int32_t* subject,
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
  void PhoneAfterParty(const std::vector<int32_t>& parties, Event* ev,
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
      if (!(i == last + 1 || IsPrepWord(prev.norm) ||
            !args_.PrepOf(i).empty() || !args_.PrepOf(i - 1).empty() ||
            it.norm.ends_with("\xD8\xA7")))
        continue;
      for (const Qualifier& q : *qs) {
        if (q.applies != "CONSULT" || q.mode != "phone") continue;
        ev->mode = q.mode;
        if (!q.cameo.empty()) ev->cameo = q.cameo;
        *rule += "; qualifier " + std::string(doc_.Text(it.raw)) +
                 " after the party";
        return;
      }
    }
  }

  // "His counterpart" and a state's nisba within eight words after the
  // trigger (التقى … سيالة نظيره الروسي): the actor holding that office in
  // that state when the document was published, for the one person among
  // `actors`; else -1.
  int32_t CounterpartAfter(const Found& f, const std::vector<int32_t>& actors) {
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
  static bool StateLevel(const Event& ev) {
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
  int32_t LeaderState(int32_t a, bool any_role = false) {
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
  bool AfterTime(uint32_t i) const {
    const std::string_view p = args_.PrepOf(i);
    return p == "\xD8\xA8\xD8\xB9\xD8\xAF" ||  // بعد
           p == "\xD9\x82\xD8\xA8\xD9\x84" ||  // قبل
           p == "\xD9\x85\xD9\x86\xD8\xB0" ||  // منذ
           p == "\xD8\xB9\xD9\x82\xD8\xA8" ||  // عقب
           p == "\xD8\xA7\xD8\xAB\xD8\xB1";    // اثر
  }

  bool KnownEvent(std::string_view type) const {
    for (const Event& e : doc_.events)
      if (e.type == type) return true;
    return false;
  }

  // "مع كل منهما" within a few words after a mutual trigger: the two
  // nearest persons named before it that are not its actors, nearest
  // first; else none.
  std::vector<int32_t> EachOfTheTwo(const Found& f,
                                    const std::vector<int32_t>& actors) const {
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
  std::vector<int32_t> BetweenTheTwo(const Found& f) const {
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
  std::vector<int32_t> DualSubject(const Found& f, int32_t* date) const {
    const Item& trig = items_[f.item];
    const int sure = lex_.IsDual(trig.norm);
    if (sure == 0 || f.item == 0) return {};
    const Item& prev = items_[f.item - 1];
    // (A form that may be a noun, دعما، تعاونا، only after و: واتفقا.)
    const bool joined = trig.procl.starts_with("\xD9\x88") ||
                        trig.procl.starts_with("\xD9\x81");
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
  std::vector<int32_t> LastTwoParties(uint32_t i) const {
    std::vector<int32_t> two;
    for (uint32_t k = 1; k <= 80 && k <= i && two.size() < 2; ++k) {
      const int32_t u = items_[i - k].unit;
      // (A capital counts: it stands for its state, see DoerOf.)
      if (u < 0 || units_[u].nisba || units_[u].actor < 0 ||
          (args_.IsPlace(units_[u].actor) &&
           items_[units_[u].first].state < 0 &&
           args_.StateSeatedIn(units_[u].actor) < 0))
        continue;
      if (!two.empty() && units_[two[0]].actor == units_[u].actor) continue;
      two.push_back(u);
      k += units_[u].last - units_[u].first;
    }
    if (two.size() < 2) return {};
    return {two[1], two[0]};
  }

  // A sum of money is the price of one act: when several events of a
  // sentence took the same amount (الإعلان عن مذكرة تفاهم … وإلغاء الديون
  // التي كانت تقدر بـ 4.5 مليار دولار), the one whose trigger stands
  // nearest keeps it.
  void OneEventPerSum(size_t first) {
    std::vector<Event>& evs = doc_.events;
    auto distance = [&](const Event& e) {
      const Span a = doc_.amounts[e.amount].span;
      return a.begin >= e.trigger.end
                 ? a.begin - e.trigger.end
                 : e.trigger.begin - std::min(e.trigger.begin, a.end);
    };
    for (size_t i = first; i < evs.size(); ++i) {
      if (evs[i].amount < 0) continue;
      for (size_t k = i + 1; k < evs.size(); ++k) {
        if (evs[k].amount != evs[i].amount) continue;
        if (distance(evs[k]) < distance(evs[i])) {
          evs[i].amount = -1;
          break;
        }
        evs[k].amount = -1;
      }
    }
  }

  // The two parties of an event told in sentence s as done, both known to
  // the knowledge base (no generic agent, no place, no `x-` name: on news
  // those were as often a footballer and his club's country): the topic
  // an agreement named without them continues (see TopicParties).
  void NoteTopic(const Event& ev, uint32_t s) {
    std::vector<int32_t> two = ev.actor;
    two.insert(two.end(), ev.recipient.begin(), ev.recipient.end());
    if (two.size() != 2 || two[0] == two[1] ||
        (ev.modality != Modality::kAsserted &&
         ev.modality != Modality::kReported))
      return;  // (not a hypothetical one: ما لم يعترض أحد الطرفين)
    for (int32_t a : two) {
      const std::string& key = doc_.actors[a].key;
      if (key.starts_with("agent-") || key.starts_with("x-") ||
          args_.IsPlace(a))
        return;
    }
    topic_ = {s, std::move(two)};
  }

  // An agreement or cooperation named with at most one of its parties
  // (تلتها صفقات سلاح، اتفاقا آخر وُقّع في 2015) continues the topic of
  // the two-party event told last, in its sentence or the two before:
  // its parties are that event's, when the one named (if any) is among
  // them. Returns whether it set them.
  bool TopicParties(const Found& f, Event* ev) {
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
    const bool mutual_type = (ev->type == "AGREE" && ev->mode != "promise" &&
                              ev->mode != "ratify") ||
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
  int32_t EventBefore(uint32_t i) const {
    for (uint32_t k = 1; k <= 6 && k + 2 <= i; ++k) {
      const uint32_t n = i - k;  // the noun
      if (items_[n].sentence != items_[i].sentence || items_[n].punct) break;
      // (بموجب is segmented ب + موجب.) The words are compared before the
      // demonstrative is looked up: most nouns have none of them.
      const std::string_view under = items_[n - 2].norm;
      const bool by = HasLetter(items_[n - 2].procl, "\xD8\xA8") &&
                      under == "\xD9\x85\xD9\x88\xD8\xAC\xD8\xA8";  // موجب
      if (!by && under != "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" &&     // خلال
          under != "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1")  // اثناء
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
  static bool Dual(const Item& it) {
    const std::string_view w = it.norm;
    auto ends = [&](std::string_view x) { return w.ends_with(x); };
    return ends("\xD8\xAA\xD9\x8A\xD9\x86") ||                  // تين
           ends("\xD8\xAA\xD8\xA7\xD9\x86") ||                  // تان
           (!it.enclitic.empty() && ends("\xD8\xAA\xD9\x8A"));  // تي+ه
  }

  // The state a body the knowledge base does not know stands for when a
  // nisba follows its name (شركة «غوزناك» الروسية): in an agreement such
  // a body signs for its state. -1 when there is none.
  int32_t StateOfBody(int32_t u) {
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

  // Whether unit u, reached by a protest's على through a noun, is only
  // the owner of what the protest is about, not whom it is against: a
  // place, people or a party the knowledge base does not know (احتجاجا
  // على مقتل الشابة، على إرغام فلان، الاحتجاجات على حدود غزة). A state,
  // a known party or a body (الحكومة، الشرطة) reached so is the target
  // (احتجاجا على نقل السفارة الأمريكية، على امتناع النظام عن …), and so
  // is any owner of a decision or conduct (`policy` in cues.tsv: على قرار
  // الحكومة). A party named right after على is the target (احتجوا على
  // الحكومة).
  bool ProtestMatter(const TriggerEntry& t, std::string_view marker,
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
        g >= 0 ? lex_.agents()[g].type == EntityType::kOrg &&
                     lex_.agents()[g].party
               : units_[u].kb_entry >= 0 ||
                     (a >= 0 && !doc_.actors[a].key.starts_with("x-"));
    return !known || args_.PlaceOnly(u);
  }

  // The units a form of جمع (brings together) names shortly after a
  // meeting noun, in its clause: اجتماع مقرر اليوم في موسكو يجمع X وY.
  std::vector<int32_t> BroughtTogether(const Found& f) const {
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
  bool JoinedToClauseBefore(uint32_t i) const {
    if (items_[i].procl.starts_with("\xD9\x88")) return true;  // و
    if (i == 0) return false;
    const std::string_view w = items_[i - 1].norm;
    return w == kThumma || w == kHaythu;
  }

  // Whether a pronoun after ل (له، لها، لهم) stands right after the
  // trigger: the segmenter leaves no item for it, so the text between the
  // trigger and the next item is read.
  bool LamPronounAfter(const Found& f) const {
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

  // A visit and a meeting in person told in one sentence, the visitor
  // among the meeting's parties (زيارة إلى العاصمة الروسية أجرى خلالها
  // محادثات مع شويغو؛ استقبلت الجزائر حفتر حيث التقى سلال), are one
  // event: the meeting, which names whom the visitor met (the host named
  // is the party, the country only when none is). When the visit is two
  // acts told at once (زار روسيا مرتين … والتقى شويغو), the meeting
  // cannot be told apart from either: it is folded into them.
  void FoldVisits(size_t first) {
    std::vector<Event>& evs = doc_.events;
    std::vector<bool> drop(evs.size(), false);
    auto asserted = [](Modality m) {
      return m == Modality::kAsserted || m == Modality::kReported;
    };
    for (size_t v = first; v < evs.size(); ++v) {
      const Event& visit = evs[v];
      if (visit.type != "CONSULT" ||
          (visit.mode != "visit" && visit.mode != "host"))
        continue;
      const std::vector<int32_t>& guest =
          visit.mode == "host" ? visit.recipient : visit.actor;
      // (Before repeats are merged: one of two acts may merge with a
      // visit told before, زار مرتين after حط في موسكو.)
      // (So are visits named in the plural: الزيارات التي قام بها حفتر
      // لروسيا واجتماعه مع السياسيين في موسكو.)
      std::string_view word = doc_.Text(visit.trigger);
      word = word.substr(0, word.find(' '));
      const bool twice =
          std::find(twins_.begin(), twins_.end(), v) != twins_.end() ||
          std::find(twins_.begin(), twins_.end(), v + 1) != twins_.end() ||
          word.ends_with("\xD8\xA7\xD8\xAA");  // ات
      for (size_t m = first; m < evs.size(); ++m) {
        const Event& meet = evs[m];
        if (drop[m] || meet.type != "CONSULT" || meet.mode != "meet" ||
            meet.actor.size() < 2 || meet.evidence != visit.evidence ||
            asserted(meet.modality) != asserted(visit.modality))
          continue;
        bool shared = false;
        for (int32_t a : guest)
          shared = shared || std::find(meet.actor.begin(), meet.actor.end(),
                                       a) != meet.actor.end();
        if (!shared) continue;
        drop[twice ? m : v] = true;
        break;
      }
    }
    // The same trip or talks told again with the state for its people
    // (ووصل حفتر إلى العاصمة الروسية؛ بحث حفتر مع القيادة العسكرية
    // الروسية), after or before a meeting in person of the same party with
    // a person of that state on the same date: one event, that meeting.
    for (size_t e = first; e < evs.size(); ++e) {
      const Event& ev = evs[e];
      if (drop[e] || ev.type != "CONSULT" ||
          (ev.mode != "visit" && ev.mode != "meet") ||
          std::find(twins_.begin(), twins_.end(), e) != twins_.end() ||
          std::find(twins_.begin(), twins_.end(), e + 1) != twins_.end())
        continue;
      std::vector<int32_t> parties = ev.actor;
      parties.insert(parties.end(), ev.recipient.begin(), ev.recipient.end());
      if (parties.size() != 2) continue;
      for (size_t m = first; m < evs.size() && !drop[e]; ++m) {
        const Event& meet = evs[m];
        if (m == e || drop[m] || meet.type != "CONSULT" ||
            meet.mode != "meet" ||
            asserted(meet.modality) != asserted(ev.modality) ||
            (meet.date >= 0 && ev.date >= 0 &&
             doc_.dates[meet.date].value != doc_.dates[ev.date].value))
          continue;
        for (int k = 0; k < 2 && !drop[e]; ++k) {
          const int32_t x = parties[k], state = parties[1 - k];
          const Actor& st = doc_.actors[state];
          if (st.type != EntityType::kGpe || st.country.empty() ||
              std::find(meet.actor.begin(), meet.actor.end(), x) ==
                  meet.actor.end())
            continue;
          for (int32_t p : meet.actor)
            if (p != x && doc_.actors[p].type == EntityType::kPer &&
                doc_.actors[p].country == st.country)
              drop[e] = true;
        }
      }
    }
    size_t kept = first;
    std::vector<size_t> twins;
    for (size_t i = first; i < evs.size(); ++i) {
      if (drop[i]) continue;
      if (std::find(twins_.begin(), twins_.end(), i) != twins_.end())
        twins.push_back(kept);
      if (kept != i) evs[kept] = std::move(evs[i]);
      ++kept;
    }
    evs.resize(kept);
    twins_ = std::move(twins);
  }

  // An article names one event many times (زيارة حفتر … الزيارة … هذه
  // الزيارة): a later event of the same type and modality whose arguments
  // fit an earlier one's (each list empty, or within the other) and whose
  // date does not differ is that event again. Its arguments, date and
  // amount fill what the first one lacked; it is not kept.
  // Whether e is one act of the many an earlier plural names: the
  // previous agreements (الاتفاقيات السابقة) and then one deal told with
  // its date and sum (أبرمت عام 2008 صفقة سلاح) are not the same event.
  // A plural that says one act (محادثات، مشاورات) told again by the same
  // word (المحادثات) stays a repeat.
  bool OneOfMany(const Event& o, const Event& e) const {
    auto first_word = [&](const Event& x) {
      std::string_view w = doc_.Text(x.trigger);
      return w.substr(0, w.find(' '));
    };
    const std::string_view ow = first_word(o), ew = first_word(e);
    const std::string_view kAt = "\xD8\xA7\xD8\xAA";  // ات
    // Protests and fighting are one happening named in the plural
    // (مظاهرات، اشتباكات): only acts that are counted one by one here.
    if (o.type == "PROTEST" || o.type == "ASSAULT") return false;
    if (!ow.ends_with(kAt) || ew.ends_with(kAt)) return false;
    // The same word again in the singular: the stems compared loosely, the
    // plural ending and the article dropped.
    std::string_view stem = ow.substr(0, ow.size() - kAt.size());
    if (stem.starts_with("\xD8\xA7\xD9\x84")) stem.remove_prefix(4);  // ال
    return ew.find(stem) == std::string_view::npos;
  }

  void MergeRepeats(size_t first) {
    std::vector<Event>& evs = doc_.events;
    auto fits = [](const std::vector<int32_t>& a,
                   const std::vector<int32_t>& b) {
      if (a.empty() || b.empty()) return true;
      for (int32_t x : a)
        if (std::find(b.begin(), b.end(), x) == b.end()) return false;
      return true;
    };
    auto asserted = [](Modality m) {
      return m == Modality::kAsserted || m == Modality::kReported;
    };
    size_t kept = first;
    for (size_t i = first; i < evs.size(); ++i) {
      Event& e = evs[i];
      bool merged = false;
      // The second of two acts told at once (زيارتين، زارها مرتين) is
      // not the first again.
      const bool twin =
          std::find(twins_.begin(), twins_.end(), i) != twins_.end();
      for (size_t k = first; k < kept && !merged && !twin; ++k) {
        Event& o = evs[k];
        if (o.type != e.type || asserted(o.modality) != asserted(e.modality) ||
            (!asserted(o.modality) && o.modality != e.modality))
          continue;
        // (Nor may the merged event have anyone act on themselves.)
        auto crosses = [](const std::vector<int32_t>& a,
                          const std::vector<int32_t>& b) {
          for (int32_t x : a)
            if (std::find(b.begin(), b.end(), x) != b.end()) return true;
          return false;
        };
        const bool fit = (fits(e.actor, o.actor) || fits(o.actor, e.actor)) &&
                         (fits(e.recipient, o.recipient) ||
                          fits(o.recipient, e.recipient)) &&
                         !crosses(e.actor, o.recipient) &&
                         !crosses(o.actor, e.recipient);
        const bool dates_differ =
            o.date >= 0 && e.date >= 0 &&
            doc_.dates[o.date].value != doc_.dates[e.date].value;
        // A protest that turns to rioting in the same sentence (تجمعوا …
        // وأحرقوا الإطارات) is one protest, a riot.
        const bool one_protest = o.type == "PROTEST" &&
                                 o.evidence == e.evidence && !o.actor.empty() &&
                                 o.actor == e.actor;
        const bool modes_differ = !one_protest && !o.mode.empty() &&
                                  !e.mode.empty() && o.mode != e.mode;
        const bool amounts_differ =
            o.amount >= 0 && e.amount >= 0 && o.amount != e.amount;
        if (!fit || dates_differ || modes_differ || amounts_differ ||
            OneOfMany(o, e))
          continue;
        if (o.actor.size() < e.actor.size()) o.actor = e.actor;
        if (o.recipient.size() < e.recipient.size()) o.recipient = e.recipient;
        if (o.date < 0) o.date = e.date;
        if (o.amount < 0) o.amount = e.amount;
        if (o.location < 0) o.location = e.location;
        if (o.mode.empty() || (one_protest && e.mode == "riot")) {
          o.mode = e.mode;
          o.cameo = e.cameo;
        }
        o.confidence = std::max(o.confidence, e.confidence);
        merged = true;
      }
      if (!merged) {
        if (kept != i) evs[kept] = std::move(e);
        ++kept;
      }
    }
    evs.resize(kept);
  }

  void SetModality(const Found& f, const TriggerEntry& t, Event* ev,
                   std::string* rule) {
    const Item& trig = items_[f.item];
    int rank = 0;  // asserted < future < hypothetical < negated
    std::string_view cue;
    auto raise = [&](int r, Modality m, std::string_view why) {
      if (r <= rank) return;
      rank = r;
      ev->modality = m;
      cue = why;
    };
    // The future prefix س on the trigger or on the verb before it
    // (ستقدم روسيا قرضا).
    for (uint32_t k = 0; k <= 3 && k <= f.item; ++k) {
      const Item& it = items_[f.item - k];
      if (it.sentence != trig.sentence || it.punct) break;
      // (Not the first letter of a verb read whole: وسار.)
      if (HasLetter(it.procl, "\xD8\xB3") && !RejoinedVerb(it))
        raise(1, Modality::kFuture, "\xD8\xB3");
    }
    if (t.mode == "promise") raise(1, Modality::kFuture, t.listed);
    for (uint32_t k = 1; k <= 6 && k <= f.item; ++k) {
      const Item& it = items_[f.item - k];
      if (it.sentence != trig.sentence || IsHardBreak(it)) break;
      // "، و" ends the clause before (أكد أن بلاده لن تتراجع، ودعا: the
      // call is not negated).
      // Nor does a comma before a participle (… لن تتراجع، داعيا).
      if (it.punct && (it.norm == "\xD8\x8C" || it.norm == ",") &&
          (items_[f.item - k + 1].procl.starts_with("\xD9\x88") ||
           t.participle))
        break;
      if (it.punct) continue;
      const Cue* c = args_.CueAt(it);
      if (!c || c->window < static_cast<int>(k)) continue;
      const std::string_view word = doc_.Text(it.raw);
      switch (c->role) {
        case CueRole::kNegated:
          raise(3, Modality::kNegated, word);
          break;
        case CueRole::kHypothetical: {
          // قد before a past verb asserts (قد أبرمت); before a present
          // verb it hedges (قد تكون).
          const Item& next = items_[f.item - k + 1];
          // (A listed verb's past form may start with ت: قد تجمع.)
          const bool past_after =
              it.norm == "\xD9\x82\xD8\xAF" &&
              (lex_.IsPast(next.norm) || !(next.norm.starts_with("\xD9\x8A") ||
                                           next.norm.starts_with("\xD8\xAA") ||
                                           next.norm.starts_with("\xD9\x86")));
          if (!past_after) raise(2, Modality::kHypothetical, word);
          break;
        }
        case CueRole::kFuture:
          raise(1, Modality::kFuture, word);
          break;
        case CueRole::kReceive:
        case CueRole::kLight:
        case CueRole::kAnaphor:
        case CueRole::kPartitive:
        case CueRole::kDemand:
        case CueRole::kAgainst:
        case CueRole::kPolicy:
        case CueRole::kImposed:
        case CueRole::kSeize:
        case CueRole::kLoose:
          break;
      }
    }
    // Inside a quote: the speaker's claim.
    for (const Quote& q : doc_.quotes) {
      if (q.span.begin <= trig.raw.begin && trig.raw.end <= q.span.end) {
        ev->attributed_to = q.speaker;
        if (ev->modality == Modality::kAsserted) {
          ev->modality = Modality::kReported;
          cue = "quote";
        }
        break;
      }
    }
    if (!cue.empty()) *rule += "; modality cue " + std::string(cue);
  }

  // The item of a passive participle cue (cues.tsv `imposed`) within its
  // window after the trigger, in its clause; else UINT32_MAX.
  uint32_t ImposedAfter(const Found& f) const {
    const uint32_t s = items_[f.item].sentence;
    for (uint32_t i = f.end; i < items_.size() && i < f.end + 4; ++i) {
      if (items_[i].punct || items_[i].sentence != s) break;
      const Cue* c = args_.CueAt(items_[i]);
      if (c && c->role == CueRole::kImposed && i < f.end + c->window) return i;
    }
    return UINT32_MAX;
  }

  // Where what a request asks for begins, after the trigger and its
  // actors: the masdar asked for (one of the derived patterns without the
  // article or a pronoun), إلى، على (not على لسان) or a word governed by ب
  // or ل; other prepositions, a date, a noun in construct are passed (طلب
  // على لسان رئيسها في فبراير 2017 من روسيا؛ طالب الوزير ممثلي النقابات).
  // UINT32_MAX if nothing is asked in the clause.
  // (A preposition the trigger lists as its recipient's marker marks the
  // addressee, not what is asked: أطلقت تونس نداء إلى الاتحاد الأوروبي.)
  uint32_t AskedAt(const Found& f, const TriggerEntry& t,
                   const std::vector<int32_t>& actors) const {
    auto listed = [&](std::string_view m) {
      return std::find(t.recipient.begin(), t.recipient.end(), m) !=
             t.recipient.end();
    };
    uint32_t from = f.end;
    for (int32_t a : actors)
      if (units_[a].last >= from) from = units_[a].last + 1;
    const uint32_t s = items_[f.item].sentence;
    for (uint32_t i = from; i < items_.size() && i < from + 16; ++i) {
      const Item& it = items_[i];
      if (it.sentence != s || IsHardBreak(it)) break;
      if (it.punct || it.unit >= 0) continue;
      const std::string_view kIla = "\xD8\xA7\xD9\x84\xD9\x8A",  // إلى
          kAla = "\xD8\xB9\xD9\x84\xD9\x8A",                     // على
          kBa = "\xD8\xA8", kLam = "\xD9\x84";
      if ((!it.article && it.enclitic.empty() && PurposePattern(it.norm)) ||
          (it.norm == kIla && !listed(kIla)) ||
          (it.norm == kAla && !listed(kAla) && !args_.VoiceAt(i)) ||
          (HasLetter(it.procl, kBa) && !listed(kBa)) ||
          (HasLetter(it.procl, kLam) && !listed(kLam)))
        return i;
    }
    return UINT32_MAX;
  }

  // Item `from`, or the item after a clause set off by commas that opens
  // there (موسكات، الذي تتولى بلاده الرئاسة، إلى …).
  uint32_t PastCommaClause(uint32_t from) const {
    auto comma = [&](uint32_t k) {
      return k < items_.size() && items_[k].punct &&
             (items_[k].norm == "\xD8\x8C" || items_[k].norm == ",");
    };
    if (!comma(from)) return from;
    const uint32_t s = items_[from].sentence;
    for (uint32_t k = from + 1; k < from + 20 && k < items_.size(); ++k) {
      if (items_[k].sentence != s || IsHardBreak(items_[k])) break;
      if (comma(k)) return k + 1;
    }
    return from;
  }

  // The first party after بين in the chain of up to three nouns right
  // after trigger f (past its actors and من: من تبعات التقارب المتسارع بين
  // روسيا وحفتر; انتقد الاتفاق بين …), or -1.
  int32_t BetweenAfter(const Found& f,
                       const std::vector<int32_t>& actors) const {
    uint32_t from = std::max(f.end, f.tail);
    for (int32_t a : actors)
      if (units_[a].last >= from) from = units_[a].last + 1;
    from = PastCommaClause(from);
    const uint32_t s = items_[f.item].sentence;
    // (من only first, as a warning's; no other preposition: the matter of
    // a matter, بمحاولة تقويض التحسن في العلاقات بين …, is not aimed at.)
    if (from < items_.size() && items_[from].norm == "\xD9\x85\xD9\x86")  // من
      ++from;
    for (uint32_t i = from; i < from + 4 && i + 1 < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.punct || it.sentence != s || it.unit >= 0) break;
      if (it.norm == "\xD8\xA8\xD9\x8A\xD9\x86" && it.enclitic.empty())
        return args_.UnitStartingAt(i + 1);  // بين
      if (it.number || !it.procl.empty() || IsPrepWord(it.norm) ||
          IsComplementizer(it.norm))
        break;  // (حذر من أن المعركة بين …: a clause of its own)
    }
    return -1;
  }

  // The doer of the act a request asks for: the genitive or nisba of the
  // masdar right after إلى or ب, within a few words after the trigger
  // and its actors (دعا موسكات إلى انخراط أوروبي أكبر); -1 if none.
  int32_t AskedOf(const Found& f, const std::vector<int32_t>& actors) const {
    uint32_t from = f.end;
    for (int32_t a : actors)
      if (units_[a].last >= from) from = units_[a].last + 1;
    const uint32_t s = items_[f.item].sentence;
    // Past a clause set off by commas after the actor (دعا موسكات، الذي
    // تتولى بلاده الرئاسة، إلى انخراط أوروبي).
    from = PastCommaClause(from);
    for (uint32_t i = from; i < from + 4 && i + 1 < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.punct || it.sentence != s) return -1;
      uint32_t masdar = UINT32_MAX;
      if (it.norm == "\xD8\xA7\xD9\x84\xD9\x8A")  // إلى
        masdar = i + 1;
      else if (HasLetter(it.procl, "\xD8\xA8") && it.unit < 0)  // بانسحاب
        masdar = i;
      if (masdar == UINT32_MAX) continue;
      const Item& m = items_[masdar];
      if (m.punct || m.unit >= 0 || m.number || m.sentence != s) return -1;
      const int32_t u = args_.Genitive(masdar + 1);
      if (u < 0 || std::find(actors.begin(), actors.end(), u) != actors.end())
        return -1;
      return u;
    }
    return -1;
  }

  // Whether unit u is reached from a ل through a masdar of purpose, one
  // of the derived patterns إفعال، تفعيل، افتعال، انفعال، استفعال without
  // the article (بدعم … لإضعاف الحكومات، لتعزيز نفوذ روسيا): the unit is
  // the object of that act, not the trigger's recipient.
  bool PurposeChain(int32_t u, uint32_t floor) const {
    uint32_t head = UINT32_MAX;
    for (uint32_t k = units_[u].first + 1; k-- > floor;) {
      if (items_[k].punct) return false;
      if (HasLetter(items_[k].procl, "\xD9\x84")) {
        head = k;
        break;
      }
    }
    if (head == UINT32_MAX || head == units_[u].first) return false;
    const Item& h = items_[head];
    return !h.article && PurposePattern(h.norm);
  }

  static bool PurposePattern(std::string_view w) {
    std::vector<std::string_view> c;  // letters (two bytes each)
    for (size_t i = 0; i + 1 < w.size(); i += 2) c.push_back(w.substr(i, 2));
    if (c.size() * 2 != w.size()) return false;
    const std::string_view kAlif = "\xD8\xA7", kTa = "\xD8\xAA",
                           kYa = "\xD9\x8A", kNun = "\xD9\x86",
                           kSin = "\xD8\xB3";
    switch (c.size()) {
      case 5:  // إفعال، تفعيل
        return (c[0] == kAlif && c[3] == kAlif) || (c[0] == kTa && c[3] == kYa);
      case 6:  // افتعال، انفعال
        return c[0] == kAlif && c[4] == kAlif && (c[2] == kTa || c[1] == kNun);
      case 7:  // استفعال
        return c[0] == kAlif && c[1] == kSin && c[2] == kTa && c[5] == kAlif;
      default:
        return false;
    }
  }

  // Whether a clause boundary stands between the trigger and the span
  // s: a comma followed by a word that opens a clause (و، ف، فيما،
  // بينما، حيث، كما، ثم، لكن، بل).
  bool OtherClause(const Found& f, Span s) const {
    auto opens = [&](uint32_t k) {
      if (k >= items_.size() || items_[k].punct) return false;
      const Item& it = items_[k];
      if (it.procl.starts_with("\xD9\x88") ||
          it.procl.starts_with("\xD9\x81") ||
          it.norm == "\xD9\x88")  // و written apart
        return true;
      static const char* kOpeners[] = {
          "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",          // فيما
          "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",  // بينما
          "\xD8\xAD\xD9\x8A\xD8\xAB",                  // حيث
          "\xD9\x83\xD9\x85\xD8\xA7",                  // كما
          "\xD8\xAB\xD9\x85",                          // ثم
          "\xD9\x84\xD9\x83\xD9\x86",                  // لكن
          "\xD8\xA8\xD9\x84",                          // بل
      };
      for (const char* o : kOpeners)
        if (it.norm == o) return true;
      return false;
    };
    auto comma = [&](uint32_t k) {
      return items_[k].punct &&
             (items_[k].norm == "\xD8\x8C" || items_[k].norm == ",");
    };
    const uint32_t s_sent = items_[f.item].sentence;
    if (s.begin >= items_[f.end - 1].raw.end) {
      for (uint32_t k = f.end;
           k + 1 < items_.size() && items_[k].sentence == s_sent &&
           items_[k].raw.end <= s.begin;
           ++k)
        if (comma(k) && opens(k + 1)) return true;
    } else {
      for (uint32_t k = f.item; k-- > 0 && items_[k].sentence == s_sent &&
                                items_[k].raw.begin >= s.end;)
        if (comma(k) && opens(k + 1)) return true;
    }
    return false;
  }

  void SetCircumstances(const Found& f, const std::vector<int32_t>& rec_units,
                        Event* ev) {
    const Item& trig = items_[f.item];
    const Span sent = doc_.sentences.empty()
                          ? Span{0, static_cast<uint32_t>(doc_.text.size())}
                          : doc_.sentences[trig.sentence].span;
    auto inside = [&](Span s) {
      return s.begin >= sent.begin && s.end <= sent.end;
    };
    auto distance = [&](Span s) {
      return s.begin >= trig.raw.end
                 ? s.begin - trig.raw.end
                 : trig.raw.begin - std::min(trig.raw.begin, s.end);
    };
    // Dates and sums further away belong to other clauses. A date of the
    // trigger's own clause comes first, and may stand further (زيارة بوتين
    // إلى طرابلس للقاء القذافي الذي مثل أول لقاء بينهما عام 2008); one past
    // "، فيما|و|بينما …" (اعترف ليبيا بروسيا عام 1991، فيما شهدت … زيارة)
    // is taken only when the clause has none.
    constexpr uint32_t kDateReach = 160, kClauseDateReach = 240,
                       kAmountReach = 120;
    uint32_t best = kDateReach, best_own = kClauseDateReach;
    int32_t own = -1;
    for (size_t i = 0; i < doc_.dates.size(); ++i) {
      const DateExpr& d = doc_.dates[i];
      if (!inside(d.span)) continue;
      const uint32_t dist = distance(d.span);
      // (Further only after the trigger: a date well before it in its
      // clause is more often the speech's: قال أمس … إن حفتر المدعوم.)
      const uint32_t reach =
          d.span.begin >= trig.raw.end ? kClauseDateReach : kDateReach;
      if (dist < std::min(best_own, reach) && !OtherClause(f, d.span)) {
        best_own = dist;
        own = static_cast<int32_t>(i);
      }
      if (dist >= best) continue;
      best = dist;
      ev->date = static_cast<int32_t>(i);
    }
    if (own >= 0) ev->date = own;
    // A sum too: one of the trigger's own clause first (أبرمتا صفقة بقيمة
    // 1.8 مليار، كما اتفقتا على رفعها إلى 2.4 مليار: each its own).
    if (MovesMoney(ev->type)) {
      best = kAmountReach;
      bool in_own = false;
      for (size_t i = 0; i < doc_.amounts.size(); ++i) {
        const Amount& a = doc_.amounts[i];
        const bool money =
            a.unit.size() == 3 && a.unit[0] >= 'A' && a.unit[0] <= 'Z';
        if (!money || !inside(a.span) || distance(a.span) >= kAmountReach)
          continue;
        const bool own_clause = !OtherClause(f, a.span);
        if (own_clause != in_own ? !own_clause : distance(a.span) >= best)
          continue;
        in_own = own_clause;
        best = distance(a.span);
        ev->amount = static_cast<int32_t>(i);
      }
    }
    auto is_place = [&](int32_t a) {
      const EntityType ty = doc_.actors[a].type;
      return ty == EntityType::kGpe || ty == EntityType::kLoc ||
             ty == EntityType::kFac;
    };
    if (ev->mode == "visit" && !rec_units.empty()) {
      const int32_t a = units_[rec_units[0]].actor;
      if (a >= 0 && is_place(a)) {
        ev->location = a;
        return;
      }
    }
    const std::string_view kFi = "\xD9\x81\xD9\x8A";  // في
    for (uint32_t i = f.end; i < items_.size(); ++i) {
      if (items_[i].sentence != trig.sentence || IsHardBreak(items_[i])) break;
      const int32_t u = args_.UnitStartingAt(i);
      if (u < 0 || args_.PrepOf(i) != kFi) continue;
      const int32_t a = ActorOf(u);
      if (a < 0 || !is_place(a)) continue;
      if (std::find(ev->actor.begin(), ev->actor.end(), a) != ev->actor.end() ||
          std::find(ev->recipient.begin(), ev->recipient.end(), a) !=
              ev->recipient.end())
        continue;
      ev->location = a;
      return;
    }
  }

  const EventLexicon& lex_;
  const KnowledgeBase& kb_;
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
  struct Pair {
    uint32_t sentence = 0;
    std::vector<int32_t> units;
    int32_t date = -1;
  };
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
  struct {
    uint32_t sentence = UINT32_MAX;
    int32_t actor = -1;
  } last_verb_;
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

}  // namespace

void FindEvents(const EventLexicon& lex, const KnowledgeBase& kb,
                Document* doc) {
  Coder(lex, kb, doc).Run();
}

}  // namespace rasd

// The argument search of the event coder (extract.cc): the document as a
// row of items (words and punctuation, clitics noted) with the argument
// units over them (name mentions, known nisba adjectives, generic agents),
// and the questions the coder asks of that row: what governs an item (a
// preposition, an adverb of place, a noun chain), where a clause ends,
// which unit is a verb's subject before or after it, a masdar's genitive,
// a pronoun's antecedent, the doer named by على يد. The rules and why
// they hold are in docs/events.md (§Arguments).
//
// Thread-safety: an ArgumentSearch belongs to one Coder on one thread; it
// memoises answers (PrepOf, PlaceOnly) in mutable scratch.
#ifndef RASD_EVENTS_ARGUMENTS_H_
#define RASD_EVENTS_ARGUMENTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/lexicon.h"
#include "kb/kb.h"
#include "rasd/document.h"

namespace rasd {
namespace events {

struct Item {
  std::string_view norm;   // normalised host (article kept)
  std::string_view stem;   // light stem (empty for punctuation)
  std::string_view procl;  // normalised proclitics (و، وب، س …)
  Span raw;
  uint32_t sentence = 0;
  int32_t unit = -1;          // argument unit covering it
  int32_t state = -1;         // KB entry this word stands for as a metonym
  std::string_view enclitic;  // normalised pronoun suffix (ه، ها، هم …)
  bool punct = false;
  bool article = false;
  bool number = false;
  bool in_date = false;  // inside a date expression (أول من أمس)
  bool title = false;  // inside a title (titles.tsv: وزير الخارجية)
};

struct Unit {
  uint32_t first = 0, last = 0;  // items [first, last]
  int32_t actor = -1;            // actor index; -1 until resolved
  int32_t kb_entry = -1;         // nisba unit: knowledge-base entry
  int32_t agent = -1;            // generic agent (agents.tsv)
  Span raw;
  int32_t pair[2] = {-1, -1};  // البلدين، الطرفين: the two units meant
  // A nisba adjective (الروسي): an argument right after a masdar (الدعم
  // الروسي), elsewhere an attribute of some noun, not an argument.
  bool nisba = false;
};

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

bool HasLetter(std::string_view procl, std::string_view letter);

bool IsPrepWord(std::string_view w);

// Words between a subject and its verb that do not break the link.
bool IsVerbLink(std::string_view w);

bool IsDualAnaphor(std::string_view w);

// "The two presidents / leaders / ministers" (الرئيسين، الزعيمان): the
// last two persons named before.
bool IsPersonDual(std::string_view w);

bool IsSideWord(std::string_view w);

bool IsComplementizer(std::string_view w);

bool IsQuote(const Item& it);

bool IsHardBreak(const Item& it);

// Answers the argument questions over `items` and `units`, which the
// caller owns and fills (units may gain actors as the coder resolves
// them); Reset() once the items are built.
class ArgumentSearch {
 public:
  ArgumentSearch(const EventLexicon& lex, const KnowledgeBase& kb,
                 const Document& doc, const std::vector<Item>& items,
                 const std::vector<Unit>& units)
      : lex_(lex), kb_(kb), doc_(doc), items_(items), units_(units) {}

  // Sizes the memo for the items built.
  void Reset();

  // The cue a word is, by its form or, with the article or لل, its stem.
  const Cue* CueAt(const Item& it) const;

  // Whether actor a is a place rather than an agent: a LOC or FAC, or a
  // GPE the knowledge base lists without nisba or metonyms (a city).
  bool IsPlace(int32_t a) const;

  // Whether unit u is counted (آلاف الإيرانيين، عشرات الفلسطينيين): a
  // nisba after a count or a group word names people of that nation, who
  // can act as a subject does.
  bool Counted(int32_t u) const;

  // Whether unit u names a place that cannot act: a city, region or
  // building that stands for no state (طبرق، سواحل ليبيا), as DoerOf
  // would find, without adding actors.
  bool PlaceOnly(int32_t u) const;

  // The knowledge-base state whose metonyms name city actor a (العاصمة
  // الروسية resolved to Moscow stands for Russia), or -1.
  int32_t StateSeatedIn(int32_t a) const;

  // The preposition governing item i: a proclitic ب ل ك or the word before.
  // Memoised: the argument searches ask for the same items again and
  // again (prep_ is sized once the document has a trigger).
  std::string_view PrepOf(uint32_t i) const;

  // Whether the من at item i is partitive: after a count or a word for a
  // part of a group (عدد من الشبان، العشرات من المستوطنين، فرقة من قوات
  // الأمن، ثلاثة من الجنود), so the noun it governs heads the phrase and
  // can be its subject or object. An adjective may stand between
  // (مجموعات صغيرة من المتظاهرين).
  bool Partitive(uint32_t i) const;

  int32_t UnitStartingAt(uint32_t i) const;

  // Units joined to u by و, u first; "the two sides" is its two units.
  std::vector<int32_t> WithConjuncts(int32_t u) const;

  // First unit within `limit` items after `from`, not crossing a hard
  // break, that `prep` governs (empty: that no preposition governs). A
  // unit right after a governed noun without the article is governed too:
  // it is that noun's genitive (حذرت من دور روسيا). With no `prep`, a
  // unit naming the same actor as one in `skip` is an apposition and
  // skipped too.
  int32_t Forward(uint32_t from, uint32_t limit, std::string_view prep,
                  const std::vector<int32_t>& skip) const;
  // Whether items i, i + 1 are على لسان ("through the mouth of").
  bool VoiceAt(uint32_t i) const;

  // The preposition that governs item i through a short noun chain: the
  // head the unit is the genitive of is governed (أمام محكمة ويستمنستر),
  // so a subject is never such a genitive. A noun with the article heads
  // no genitive (أمام البرلمان مئات المتظاهرين); with `any_head` the chain
  // also passes adjectives and genitives that have it, as a recipient's
  // does (إلى حاملة الطائرات الروسية). Never back to item `floor`.
  std::string_view ChainPrep(uint32_t i, uint32_t floor, bool any_head) const;

  // Whether the unit u is governed, by a preposition or through a chain.
  bool Governed(int32_t u) const;

  // The unit a noun at item i-1 governs: right after it, or after up to
  // three ungoverned words (a qualifier, a title: زيارة قائد الجيش خليفة
  // حفتر، الدعم العسكري الروسي) and quote marks.
  int32_t Genitive(uint32_t i) const;

  // A person's name right after unit u (across a word or two and quote
  // marks), when u itself is no person; else -1.
  int32_t PersonAfter(int32_t u) const;

  // The doer named by على يد (or بيد) within `limit` items after `from`.
  int32_t ByHand(uint32_t from, uint32_t limit) const;

  // What a pronoun suffix on item `from` refers to: the nearest unit
  // before it, up to a few sentences back, that is not `other`; ها (she,
  // it, them) prefers a state or body, ه (he) a person.
  // With `doer` (a masdar's pronoun: دعمه، زيارتها) a subject in the
  // sentence comes first (شدد الجانب الروسي على تمسكه بقرارات مجلس الأمن
  // وعلى دعمه: the Russian side's backing), then any unit.
  int32_t Antecedent(uint32_t from, int32_t other, bool doer = false) const;

  // What the pronoun subject of a verb at item `from` refers to, when its
  // sentence names none: the nearest named unit before `from` that no
  // preposition governs and that agrees with it, a state or body for
  // "she" (أبرمت), a person for "he".
  int32_t PronounSubject(uint32_t from, bool fem) const;

  // Nearest ungoverned unit before item `from`, in the clause. With
  // `people`, a state or place named alone is passed over: a protest is
  // made by people (شهدت تركيا مظاهرات: Turkey is where), though people of
  // a nation counted (آلاف الأتراك) are taken.
  int32_t Backward(uint32_t from, uint32_t limit, bool people = false) const;

  // The unit right before item i, across linking words (قد، التي، لم),
  // quote marks and a comma before a relative pronoun (روسيا، التي مولت).
  int32_t UnitBefore(uint32_t i) const;

 private:
  std::string_view FindPrep(uint32_t i) const;

  // Whether unit u is one of `skip` or, for an `object`, names the same
  // actor as one (an apposition of the subject).
  bool Skipped(int32_t u, const std::vector<int32_t>& skip, bool object) const;

  // Whether person unit u stands between commas right after unit `title`,
  // a state or body (رئيس مولدوفا، إيغور دودون،): the title's holder.
  bool NameBetweenCommas(int32_t title, int32_t u) const;

  // `p` is the pronoun: ه، ها or another.
  int32_t AntecedentPass(uint32_t from, int32_t other, bool subject,
                         std::string_view p) const;

  const EventLexicon& lex_;
  const KnowledgeBase& kb_;
  const Document& doc_;
  const std::vector<Item>& items_;
  const std::vector<Unit>& units_;
  mutable std::vector<int8_t> seated_;  // per actor: a city seating a state
  mutable std::vector<std::string_view> prep_;  // PrepOf, once known
  mutable std::vector<uint8_t> prep_known_;
};

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_ARGUMENTS_H_

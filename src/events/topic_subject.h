// The topic subject of a verb with no written subject (Arabic pro-drop
// across clauses and sentences): قال وزير الخارجية … . وأضاف أن بلاده …;
// استقبل الرئيس ضيفه … . وبحث معه …; أعلنت الحكومة … . وأكدت أنها ….
// The subject is the topic of the clauses before: the named subject of the
// nearest earlier clause whose verb the coder read (a trigger's subject) or
// the named speaker of a quote, in the same paragraph, agreeing with the
// verb ("he" or "she"). A party of fitting gender named between, outside
// the topic's own sentence, makes the reference ambiguous: no answer.
// See docs/events-history.md (Ninth round, 9c).
#ifndef RASD_EVENTS_TOPIC_SUBJECT_H_
#define RASD_EVENTS_TOPIC_SUBJECT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/arguments.h"
#include "rasd/document.h"

namespace rasd {
namespace events {

// The persons a name can be the subject of, as bits: a verb that says
// "he" (قال، يدعم) or "she" (قالت، تدعم).
constexpr uint8_t kHe = 1, kShe = 2;

// The persons a named party agrees with, from its type and the words that
// name it: a man "he", a woman (a feminine title: الوزيرة) "she"; a state
// or a city "she", but a country named with the article and no feminine
// ending (العراق، الأردن) either; a body whose head noun or its adjective
// is feminine (الحكومة، منظمة، الأمم المتحدة) "she", one with a masculine
// head with the article (الجيش، المجلس، البرلمان) "he", a bare name
// (حماس، ناتو) either. `head` and `next` are the raw first two words
// (next empty when none), with their article noted.
uint8_t PartyGender(EntityType type, std::string_view head, bool head_article,
                    std::string_view next, bool next_article);

// A named party before the verb, nearest first.
struct Party {
  uint32_t sentence = 0, paragraph = 0;
  int32_t actor = -1;
  uint8_t gender = 0;  // kHe | kShe
  // The named subject of a clause's verb, or the named speaker of a quote.
  bool topic = false;
};

// Which of `before` (nearest first) the pronoun subject of a verb saying
// `gender` in `sentence`, `paragraph` refers to: the nearest topic that
// agrees, in the same paragraph and at most `max_sentences` back. A
// non-topic party that agrees and names someone else, in a sentence after
// the topic's, blocks it (-1): news would have named the subject again.
// Returns the index in `before`, or -1.
int PickTopic(const std::vector<Party>& before, uint8_t gender,
              uint32_t sentence, uint32_t paragraph, uint32_t max_sentences);

// The coder's side: notes the subjects it reads and answers for a verb.
class TopicSubjects {
 public:
  TopicSubjects(const Document& doc, const std::vector<Item>& items,
                const std::vector<Unit>& units, const ArgumentSearch& args)
      : doc_(doc), items_(items), units_(units), args_(args) {}

  // Unit u is the named subject of a verb (a trigger) the coder read.
  void Note(int32_t u);

  // The unit the pronoun subject of a verb at item `from` (its phrase
  // ending before `end`) saying `gender` (kHe or kShe) refers to, named
  // in a sentence before its own, or -1. Only for a verb that opens its
  // sentence (see OpensSentence) and after which no subject can stand
  // (see NoSubjectAfter).
  int32_t Find(uint32_t from, uint32_t end, uint8_t gender);

  // Whether no subject can follow a verb phrase ending before `end`: past
  // a date, a preposition (أكدت في بيان، بحث مع), a complementizer
  // (وأضاف أن) or the end of the clause. A name or noun after it may be
  // its subject the layers did not name (أدانت المحكمة، حثت هيلي).
  bool NoSubjectAfter(uint32_t end) const;

  // Whether the verb at item i opens its sentence: nothing before it but
  // و، ف, a particle (قد، لقد، كما، ثم، كذلك، بدوره), a date, or a phrase
  // set off by a comma that names nobody (ومن جهته، أكد; وفي بيان، قالت).
  // A verb after a noun is no pro-drop verb: the noun is its subject (لكن
  // فلان أشاد، الواجب يدعونا) or the form is a masdar (إعادة فرض).
  bool OpensSentence(uint32_t i);

  // Whether unit u, the subject of a reporting clause, is the subject of
  // the verb at item `verb` saying `gender` in the clause its
  // complementizer at item `comp` opens (قالت الدوحة إنها تبحث …، قال
  // ترامب إنه تحدث مع …): the complementizer is أن or إن right before
  // the verb (past a quote mark or قد، لن، لم، لا: إنه يتعين بحث is no
  // talk), its pronoun agrees with the verb, and so does u (a generic
  // agent, السلطات، whatever).
  bool Reports(uint32_t comp, uint32_t verb, int32_t u, uint8_t gender) const;

  // The persons (kHe | kShe) a named unit agrees with (PartyGender).
  uint8_t GenderOf(int32_t u) const;

 private:
  void Prepare();  // paragraphs and quote speakers, once items are built
  bool Candidate(int32_t u) const;
  // Whether item i, in sentence s, ends a phrase fronted before a verb
  // that a preposition opens and that names nobody (ففي يناير 2010).
  bool Fronted(uint32_t i, uint32_t s) const;

  const Document& doc_;
  const std::vector<Item>& items_;
  const std::vector<Unit>& units_;
  const ArgumentSearch& args_;
  bool prepared_ = false;
  std::vector<uint32_t> paragraph_;  // per item
  // Per item: its sentence, a full stop ending one as well.
  std::vector<uint32_t> sentence_;
  std::vector<bool> topic_;  // per unit
};

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_TOPIC_SUBJECT_H_

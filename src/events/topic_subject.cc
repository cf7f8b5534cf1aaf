#include "events/topic_subject.h"

namespace rasd {
namespace events {
namespace {

constexpr std::string_view kTaMarbuta = "\xD8\xA9";          // ة
constexpr std::string_view kFemPlural = "\xD8\xA7\xD8\xAA";  // ات
constexpr std::string_view kLam = "\xD9\x84";                // ل

bool Feminine(std::string_view w) {
  return w.ends_with(kTaMarbuta) || w.ends_with(kFemPlural);
}

// A preposition: a word (في، من، على) or a letter on a word, ب or ل,
// only before the article or a pronoun (بالعودة، لها): a name may begin
// with the letter (بومبيو، لافروف).
bool Prep(const Item& it) {
  if (it.punct) return false;
  const bool on_word = (HasLetter(it.procl, "\xD8\xA8") ||   // ب
                        HasLetter(it.procl, "\xD9\x84")) &&  // ل
                       (it.article || !it.enclitic.empty());
  return IsPrepWord(it.norm) || on_word;
}

// A mark that ends a clause (not a quote mark or a hashtag's #).
bool Stop(const Item& it) {
  return it.punct &&
         (it.norm == "." || it.norm == "," || it.norm == ":" ||
          it.norm == ";" || it.norm == "\xD8\x8C" ||                   // ،
          it.norm == "\xD8\x9B" ||                                     // ؛
          it.norm == "!" || it.norm == "?" || it.norm == "\xD8\x9F");  // ؟
}

}  // namespace

uint8_t PartyGender(EntityType type, std::string_view head, bool head_article,
                    std::string_view next, bool next_article) {
  switch (type) {
    case EntityType::kPer:
      return Feminine(head) ? kShe : kHe;
    case EntityType::kGpe:
    case EntityType::kLoc:
      return head_article && !Feminine(head) ? (kHe | kShe) : kShe;
    case EntityType::kOrg:
      // (An adjective with the article agrees with a head that has it:
      // الأمم المتحدة; a genitive does not: مجلس الأمن، حزب العدالة.)
      if (Feminine(head) || (head_article && next_article && Feminine(next)))
        return kShe;
      return head_article ? kHe : (kHe | kShe);
    default:
      return 0;
  }
}

int PickTopic(const std::vector<Party>& before, uint8_t gender,
              uint32_t sentence, uint32_t paragraph, uint32_t max_sentences) {
  int blocker = -1;  // the nearest agreeing party that is no topic
  for (size_t k = 0; k < before.size(); ++k) {
    const Party& p = before[k];
    if (p.paragraph != paragraph || p.sentence + max_sentences < sentence)
      break;
    if (!(p.gender & gender)) continue;
    if (!p.topic) {
      if (blocker < 0) blocker = static_cast<int>(k);
      continue;
    }
    // (Someone else named after the topic's sentence could be meant as
    // well; named in the topic's own sentence, as its object or in its
    // reported clause, the topic still carries on: استقبل الرئيس ضيفه …
    // وبحث معه.)
    if (blocker >= 0 && before[blocker].actor != p.actor &&
        before[blocker].sentence != p.sentence)
      return -1;
    return static_cast<int>(k);
  }
  return -1;
}

void TopicSubjects::Prepare() {
  if (prepared_) return;
  prepared_ = true;
  paragraph_.assign(items_.size(), 0);
  sentence_.assign(items_.size(), 0);
  std::vector<bool> line_break(items_.size(), false);
  uint32_t lines = 1, one_sentence_lines = 0, in_line = 1;
  for (size_t i = 1; i < items_.size(); ++i) {
    const uint32_t a = items_[i - 1].raw.end, b = items_[i].raw.begin;
    line_break[i] =
        b > a && doc_.Text(Span{a, b}).find('\n') != std::string_view::npos;
    // (A full stop ends a sentence the splitter may run on past: «…».
    // وطالبت.)
    const Item& prev = items_[i - 1];
    const bool stop =
        prev.punct && (prev.norm == "." || prev.norm == "!" ||
                       prev.norm == "?" || prev.norm == "\xD8\x9F");  // ؟
    const bool next = stop || prev.sentence != items_[i].sentence;
    sentence_[i] = sentence_[i - 1] + (next || line_break[i]);
    if (line_break[i]) {
      ++lines;
      one_sentence_lines += in_line == 1;
      in_line = 1;
    } else if (next) {
      ++in_line;
    }
  }
  one_sentence_lines += in_line == 1;
  // A line break ends a paragraph, unless the text is written a sentence
  // a line (most lines one sentence, as on news sites): a line is then no
  // unit of topic.
  const bool lines_are_sentences = 10 * one_sentence_lines >= 7 * lines;
  for (size_t i = 1; i < items_.size(); ++i)
    paragraph_[i] =
        paragraph_[i - 1] + (line_break[i] && !lines_are_sentences ? 1 : 0);
  topic_.assign(units_.size(), false);
  // A quote's named speaker is the topic of the clauses after it (قال
  // الوزير إن … . وأضاف أن …).
  for (const Quote& q : doc_.quotes) {
    if (q.speaker < 0 || q.speaker_kind != "named" || q.speaker_span.empty())
      continue;
    int32_t any = -1;
    for (const Item& it : items_) {
      if (it.raw.begin < q.speaker_span.begin) continue;
      if (it.raw.end > q.speaker_span.end) break;
      if (it.unit < 0) continue;
      if (units_[it.unit].actor == q.speaker) {
        any = it.unit;
        break;
      }
      if (any < 0) any = it.unit;
    }
    if (any >= 0) topic_[any] = true;
  }
}

void TopicSubjects::Note(int32_t u) {
  Prepare();
  if (u >= 0 && static_cast<size_t>(u) < topic_.size()) topic_[u] = true;
}

bool TopicSubjects::Candidate(int32_t u) const {
  const Unit& un = units_[u];
  // (A topic with ل is one: ولموسكو مصلحة قديمة؛ ففي 2010 أبرمت.)
  return un.actor >= 0 && !un.nisba && un.agent < 0 &&
         (!args_.Governed(u) || args_.PrepOf(un.first) == kLam);
}

uint8_t TopicSubjects::GenderOf(int32_t u) const {
  const Unit& un = units_[u];
  const Item& head = items_[un.first];
  // "The Russian side" (الجانب الروسي) is masculine whatever it names.
  if (IsSideWord(head.norm)) return kHe;
  const bool two = un.last > un.first;
  const Item* next = two ? &items_[un.first + 1] : nullptr;
  return PartyGender(doc_.actors[un.actor].type, doc_.Text(head.raw),
                     head.article, next ? doc_.Text(next->raw) : "",
                     next && next->article);
}

bool TopicSubjects::OpensSentence(uint32_t i) {
  Prepare();
  static constexpr std::string_view kParticles[] = {
      "\xD9\x82\xD8\xAF",                                  // قد
      "\xD9\x84\xD9\x82\xD8\xAF",                          // لقد
      "\xD9\x83\xD9\x85\xD8\xA7",                          // كما
      "\xD8\xAB\xD9\x85",                                  // ثم
      "\xD9\x83\xD8\xB0\xD9\x84\xD9\x83",                  // كذلك
      "\xD8\xA8\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87",          // بدوره
      "\xD8\xA8\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87\xD8\xA7",  // بدورها
  };
  auto particle = [&](const Item& it) {
    std::string_view w = doc_.Text(it.raw);
    if (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81"))  // و، ف
      w.remove_prefix(2);
    for (std::string_view p : kParticles)
      if (w == p) return true;
    return false;
  };
  const uint32_t s = sentence_[i];
  while (i > 0 && sentence_[i - 1] == s) {
    const Item& it = items_[--i];
    if (it.in_date || (!it.punct && particle(it))) continue;
    if (!it.punct && Fronted(i, s)) return true;
    if (it.punct && (it.norm == "\xD8\x8C" || it.norm == ",")) {
      // A fronted phrase set off by a comma that a preposition opens and
      // that names nobody (ومن جهته، أكد).
      uint32_t j = i;
      for (; j > 0 && sentence_[j - 1] == s; --j) {
        const int32_t u = items_[j - 1].unit;
        if (u >= 0 && units_[u].actor >= 0 && !units_[u].nisba) return false;
      }
      return j < i && Prep(items_[j]);
    }
    return false;
  }
  return true;
}

bool TopicSubjects::Fronted(uint32_t i, uint32_t s) const {
  // The phrase's first word, past و، ف, is a preposition (ففي يناير
  // 2010 أبرمت، وفي هذا السياق أكدت، وبحسب البيان فقد أعلنت).
  uint32_t first = i;
  while (first > 0 && sentence_[first - 1] == s) --first;
  // (At most three words: a longer run is a clause of its own, whose
  // subject the layers may not name: لكن مندلبليت أشاد.)
  if (!Prep(items_[first]) || i - first >= 3) return false;
  for (uint32_t j = first; j <= i; ++j) {
    const int32_t u = items_[j].unit;
    if (u >= 0 && Candidate(u) && args_.PrepOf(units_[u].first) != kLam)
      return false;
  }
  return true;
}

bool TopicSubjects::Reports(uint32_t comp, uint32_t verb, int32_t u,
                            uint8_t gender) const {
  if (u < 0 || comp >= verb) return false;
  const Item& c = items_[comp];
  if (c.norm != "\xD8\xA7\xD9\x86") return false;  // أن، إن (not لكنه)
  if (verb - comp == 2) {
    const Item& w = items_[comp + 1];
    const bool light = IsQuote(w) || w.norm == "\xD9\x82\xD8\xAF" ||  // قد
                       w.norm == "\xD9\x84\xD9\x86" ||                // لن
                       w.norm == "\xD9\x84\xD9\x85" ||                // لم
                       w.norm == "\xD9\x84\xD8\xA7";                  // لا
    if (!light) return false;
  } else if (verb - comp != 1) {
    return false;
  }
  const uint8_t p = c.enclitic == "\xD9\x87"           ? kHe   // ه
                    : c.enclitic == "\xD9\x87\xD8\xA7" ? kShe  // ها
                                                       : 0;
  if (p == 0 || p != gender) return false;
  if (units_[u].agent >= 0) return true;
  return units_[u].actor >= 0 && !units_[u].nisba && (GenderOf(u) & p);
}

bool TopicSubjects::NoSubjectAfter(uint32_t end) const {
  while (end < items_.size() && items_[end].in_date) ++end;
  if (end >= items_.size()) return true;
  const Item& it = items_[end];
  if (it.punct) return Stop(it);
  return Prep(it) || IsComplementizer(it.norm);
}

int32_t TopicSubjects::Find(uint32_t from, uint32_t end, uint8_t gender) {
  Prepare();
  // (Not a verb of "we": اتصلنا، تحدثنا.)
  if (items_[from].enclitic == "\xD9\x86\xD8\xA7" || !NoSubjectAfter(end))
    return -1;
  if (from >= items_.size() || !OpensSentence(from)) return -1;
  // (From the sentence's start: within it, the clause rules of the coder
  // have looked.)
  while (from > 0 && sentence_[from - 1] == sentence_[from]) --from;
  if (from == 0) return -1;
  constexpr uint32_t kMaxSentences = 3, kMaxItems = 120;
  std::vector<Party> before;
  std::vector<int32_t> unit_of;
  for (uint32_t k = 1; k <= kMaxItems && k <= from; ++k) {
    const uint32_t i = from - k;
    const int32_t u = items_[i].unit;
    if (paragraph_[i] != paragraph_[from]) break;
    if (u < 0 || units_[u].first != i) continue;
    if (!Candidate(u)) continue;
    // A party that opens its sentence is its topic (روسيا تدعم …،
    // ولموسكو مصلحة قديمة), unless a place (a dateline: موسكو -).
    const bool opens = !args_.IsPlace(units_[u].actor) && OpensSentence(i);
    before.push_back({sentence_[i], paragraph_[i], units_[u].actor, GenderOf(u),
                      topic_[u] || opens});
    unit_of.push_back(u);
  }
  const int k = PickTopic(before, gender, sentence_[from], paragraph_[from],
                          kMaxSentences);
  return k < 0 ? -1 : unit_of[k];
}

}  // namespace events
}  // namespace rasd

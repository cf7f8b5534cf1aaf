// An event's modality (SetModality), what a request asks for, and its date,
// amount and place (SetCircumstances).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {
namespace {

bool MovesMoney(std::string_view type) {
  return type == "AID" || type == "AGREE" || type == "SANCTION" ||
         type == "COOPERATE" || type == "CONCEDE" || type == "REQUEST";
}

}  // namespace

void Coder::SetModality(const Found& f, const TriggerEntry& t, Event* ev,
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
        (items_[f.item - k + 1].procl.starts_with("\xD9\x88") || t.participle))
      break;
    if (it.punct) continue;
    const Cue* c = args_.CueAt(it);
    if (!c || c->window < static_cast<int>(k)) continue;
    const std::string_view word = doc_.Text(it.raw);
    switch (c->role) {
      case CueRole::kNegated:
        // لا سيما (especially) negates nothing.
        if (it.norm == "\xD9\x84\xD8\xA7" &&
            items_[f.item - k + 1].stem == "\xD8\xB3\xD9\x8A\xD9\x85\xD8\xA7")
          break;
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
        // After a form of كان it is a pluperfect (وكانت القوات قد نفذت).
        // (Not before a present verb: وكان عصبيا فقد يقتله.)
        const bool pluperfect = it.norm == "\xD9\x82\xD8\xAF" &&
                                !next.norm.starts_with("\xD9\x8A") &&
                                KanaBefore(f.item - k);
        if (!past_after && !pluperfect) raise(2, Modality::kHypothetical, word);
        break;
      }
      case CueRole::kFuture:
        raise(1, Modality::kFuture, word);
        break;
      case CueRole::kReceive:
      case CueRole::kUndergo:
      case CueRole::kLight:
      case CueRole::kAnaphor:
      case CueRole::kPartitive:
      case CueRole::kDemand:
      case CueRole::kAgainst:
      case CueRole::kPolicy:
      case CueRole::kImposed:
      case CueRole::kSeize:
      case CueRole::kLoose:
      case CueRole::kSite:
        break;
    }
  }
  // Inside a quote: the speaker's claim.
  if (const Quote* q = QuoteAround(trig)) {
    ev->attributed_to = q->speaker;
    if (ev->modality == Modality::kAsserted) {
      ev->modality = Modality::kReported;
      cue = "quote";
    }
  }
  if (!cue.empty()) *rule += "; modality cue " + std::string(cue);
}

// Whether a form of كان stands within four words before item i, in its
// sentence, with no punctuation between (كانت القوات الأمريكية قد).
bool Coder::KanaBefore(uint32_t i) const {
  static constexpr std::string_view kKana[] = {
      "\xD9\x83\xD8\xA7\xD9\x86",                  // كان
      "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA",          // كانت
      "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7",  // كانوا
  };
  for (uint32_t k = 1; k <= 4 && k <= i; ++k) {
    const Item& it = items_[i - k];
    if (it.punct || it.sentence != items_[i].sentence) break;
    for (std::string_view w : kKana)
      if (it.norm == w) return true;
  }
  return false;
}

// The item of a passive participle cue (cues.tsv `imposed`) within its
// window after the trigger, in its clause; else UINT32_MAX.
uint32_t Coder::ImposedAfter(const Found& f) const {
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
uint32_t Coder::AskedAt(const Found& f, const TriggerEntry& t,
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
uint32_t Coder::PastCommaClause(uint32_t from) const {
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
int32_t Coder::BetweenAfter(const Found& f,
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
int32_t Coder::AskedOf(const Found& f,
                       const std::vector<int32_t>& actors) const {
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
bool Coder::PurposeChain(int32_t u, uint32_t floor) const {
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

bool Coder::PurposePattern(std::string_view w) {
  std::vector<std::string_view> c;  // letters (two bytes each)
  for (size_t i = 0; i + 1 < w.size(); i += 2) c.push_back(w.substr(i, 2));
  if (c.size() * 2 != w.size()) return false;
  const std::string_view kAlif = "\xD8\xA7", kTa = "\xD8\xAA", kYa = "\xD9\x8A",
                         kNun = "\xD9\x86", kSin = "\xD8\xB3";
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
bool Coder::OtherClause(const Found& f, Span s) const {
  auto opens = [&](uint32_t k) {
    if (k >= items_.size() || items_[k].punct) return false;
    const Item& it = items_[k];
    if (it.procl.starts_with("\xD9\x88") || it.procl.starts_with("\xD9\x81") ||
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

void Coder::SetCircumstances(const Found& f,
                             const std::vector<int32_t>& rec_units, Event* ev) {
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

}  // namespace events_internal
}  // namespace rasd

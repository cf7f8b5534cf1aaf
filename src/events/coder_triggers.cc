// Finding the triggers (FindTriggers) and the words that decide whether a
// trigger is an event of its own (Related).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// A verb whose first letter the segmenter took for a clitic after و or
// ف (وسار as و + س + ار; ولحق as و + ل + حق): when the host is no
// listed form, the word without its و or ف is looked up whole.
const std::vector<uint32_t>* Coder::RejoinedVerb(const Item& it) const {
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
bool Coder::TopicOfProtest(uint32_t i) const {
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
bool Coder::FindTriggers() {
  for (uint32_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.punct || it.stem.empty()) continue;
    const std::vector<uint32_t>* cands = nullptr;
    const bool governed = HasLetter(it.procl, "\xD8\xA8") ||  // ب
                          HasLetter(it.procl, "\xD9\x84") ||  // ل
                          HasLetter(it.procl, "\xD9\x83");    // ك
    // (No article test: التقى looks like one.) A word written with
    // tanween is a noun, never a verb (فجراً: at dawn). Nor is a word
    // right after a preposition or an adverb that governs a genitive (في
    // قصف، إثر قصف، عقب هجوم، جراء قصف): a masdar.
    if (!governed && !(i > 0 && GovernsNext(items_[i - 1], it)))
      cands = lex_.VerbsOf(it.norm);
    // ل before a present verb is the ل of purpose, not a preposition
    // (جاء ليطلب، لن نأتي لنطلب).
    if (governed && !cands && HasLetter(it.procl, "\xD9\x84") &&
        !HasLetter(it.procl, "\xD8\xA8") && !HasLetter(it.procl, "\xD9\x83") &&
        !it.article && !lex_.IsPast(it.norm) && PresentShaped(it.norm))
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
          HasLetter(it.procl, "\xD9\x88") || HasLetter(it.procl, "\xD9\x81") ||
          i == 0 || items_[i - 1].punct ||
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
      // Nor is a word without ة or ات a noun listed only with them
      // (مظاهر: aspects, not مظاهرة; غار: a cave, not غارة; مسير: a
      // manager, not مسيرة).
      if (t.kind != TriggerKind::kVerb && t.kind != TriggerKind::kPassiveVerb &&
          t.rest.empty() &&
          (t.listed.ends_with("\xD8\xA9") ||
           t.listed.ends_with("\xD8\xA7\xD8\xAA")) &&
          !FeminineEnding(it))
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
               PhraseWord(items_[i + 1 + gap + k], t.rest[k],
                          PhraseListedWord(t.listed, k));
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
      if (found_.back().content == UINT32_MAX && p.kind == TriggerKind::kVerb &&
          t.type == p.type) {
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
bool Coder::PresentShaped(std::string_view w) {
  return w.starts_with("\xD9\x8A") || w.starts_with("\xD8\xAA") ||
         w.starts_with("\xD9\x86");
}

bool Coder::IsRelative(std::string_view w) {
  return w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||
         w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86";
}

// Whether `prev` governs the word after it as a genitive: a preposition
// or an adverb of place or time (IsPrepWord), or one of cause and time
// (إثر، عقب، جراء، أثناء، إزاء، بسبب). Not منذ: a verb may follow it
// (منذ أسقطت الدفاعات السورية طائرة).
bool Coder::GovernsNext(const Item& prev, const Item& it) {
  if (prev.punct || prev.sentence != it.sentence) return false;
  const std::string_view w = prev.norm;
  return IsPrepWord(w) || w == "\xD8\xA7\xD8\xAB\xD8\xB1" ||  // اثر
         w == "\xD8\xB9\xD9\x82\xD8\xA8" ||                   // عقب
         w == "\xD8\xAC\xD8\xB1\xD8\xA7\xD8\xA1" ||           // جراء
         w == "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1" ||   // اثناء
         w == "\xD8\xA7\xD8\xB2\xD8\xA7\xD8\xA1" ||           // ازاء
         (w == "\xD8\xB3\xD8\xA8\xD8\xA8" &&                  // (ب)سبب
          HasLetter(prev.procl, "\xD8\xA8"));
}

// خلال، أثناء، بعد، قبل: a phrase of time, not what is asked for.
bool Coder::IsTimeWord(std::string_view w) {
  return w == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" ||
         w == "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1" ||
         w == "\xD8\xA8\xD8\xB9\xD8\xAF" || w == "\xD9\x82\xD8\xA8\xD9\x84";
}

// Whether a word between items from and to says that what follows is an
// act answered or followed (ردا على، بعد، قبل، عقب، إثر، في أعقاب), so
// another act than the one before it.
bool Coder::AnswersAct(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to; ++k) {
    const std::string_view w = items_[k].norm;
    if (w == "\xD8\xB1\xD8\xAF\xD8\xA7" ||                  // ردا
        w == "\xD8\xB9\xD9\x82\xD8\xA8" ||                  // عقب
        w == "\xD8\xA7\xD8\xAB\xD8\xB1" ||                  // اثر
        w == "\xD8\xA7\xD8\xB9\xD9\x82\xD8\xA7\xD8\xA8" ||  // اعقاب
        w == "\xD8\xA8\xD8\xB9\xD8\xAF" ||
        w == "\xD9\x82\xD8\xA8\xD9\x84")  // بعد قبل
      return true;
  }
  return false;
}

// مواجهات، اشتباكات، معارك، قتال: fighting, whose other side (مع X)
// is who did what was suffered in it.
bool Coder::Clash(const Item& it) {
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
bool Coder::NisbaShaped(uint32_t i) const {
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
bool Coder::IsSubordinator(std::string_view w) {
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
bool Coder::TaMarbuta(const Item& it) const {
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

bool Coder::FeminineEnding(const Item& it) const {
  if (TaMarbuta(it)) return true;
  // Only the bare stem is judged: a host with another ending (مطالبين,
  // a participle's plural) is left to the rows that list it.
  std::string_view n = it.norm;
  if (!it.enclitic.empty() && n.ends_with(it.enclitic))
    n.remove_suffix(it.enclitic.size());
  if (!n.ends_with(it.stem)) return true;
  std::string_view w = doc_.Text(it.raw);
  // Short vowels and tanween at the end (ضربةً، مظاهراتٍ).
  while (w.size() >= 2 && w[w.size() - 2] == '\xD9' &&
         static_cast<unsigned char>(w.back()) >= 0x8B &&
         static_cast<unsigned char>(w.back()) <= 0x92)
    w.remove_suffix(2);
  if (w.ends_with("\xD8\xA9") || w.ends_with("\xD8\xA7\xD8\xAA"))  // ة ات
    return true;
  // ه for ة when no pronoun was split off (مسيره).
  if (it.enclitic.empty() && w.ends_with("\xD9\x87")) return true;
  // ات before a pronoun (مظاهراتهم).
  if (!it.enclitic.empty() && w.size() > it.enclitic.size()) {
    w.remove_suffix(it.enclitic.size());
    return w.ends_with("\xD8\xA7\xD8\xAA");
  }
  return false;
}

// Whether the word's raw text carries a tanween (ً ٌ ٍ).
bool Coder::Tanween(const Item& it) const {
  const std::string_view w = doc_.Text(it.raw);
  return w.find("\xD9\x8B") != std::string_view::npos ||
         w.find("\xD9\x8C") != std::string_view::npos ||
         w.find("\xD9\x8D") != std::string_view::npos;
}

// Whether the trigger at item i (entry t) belongs to the event found
// just before: the same type again in the clause (أبرمت روسيا … صفقة
// سلاح), or what a request or promise asks for (طلب … القيام بوساطة،
// وعود بدعم: the promise then yields to what was promised, see Code).
bool Coder::Related(const Found& prev, uint32_t i, const TriggerEntry& t) {
  const TriggerEntry& p = lex_.triggers()[prev.entry];
  if (items_[prev.item].sentence != items_[i].sentence) return false;
  // A crowd verb may not stand (خرجت مظاهرات: no crowd actor), so what
  // follows it is coded, and merged with it later if it is the same.
  if (p.crowd) return false;
  for (uint32_t k = prev.end; k < i; ++k)
    if (IsHardBreak(items_[k])) return false;
  // (Not another mode of it: talks held during a visit are two acts;
  // nor an act it answers or follows: إغلاق القنصلية ردا على طرد
  // دبلوماسيين، قصف بعد هجوم.)
  if (p.type == t.type && i < prev.end + 10 && t.kind != TriggerKind::kVerb &&
      (p.mode.empty() || t.mode.empty() || p.mode == t.mode) &&
      !AnswersAct(prev.end, i))
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

}  // namespace events_internal
}  // namespace rasd

// The argument search: see arguments.h and docs/events.md (§Arguments).
#include "events/arguments.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace rasd {
namespace events {

bool HasLetter(std::string_view procl, std::string_view letter) {
  return procl.find(letter) != std::string_view::npos;
}

bool IsPrepWord(std::string_view w) {
  static const char* kPreps[] = {
      "\xD9\x85\xD9\x86",                  // من
      "\xD8\xA7\xD9\x84\xD9\x8A",          // الي
      "\xD8\xB9\xD9\x84\xD9\x8A",          // علي
      "\xD9\x81\xD9\x8A",                  // في
      "\xD8\xB9\xD9\x86",                  // عن
      "\xD9\x85\xD8\xB9",                  // مع
      "\xD8\xB6\xD8\xAF",                  // ضد
      "\xD8\xA8\xD9\x8A\xD9\x86",          // بين
      "\xD9\x84\xD8\xAF\xD9\x8A",          // لدي
      "\xD8\xAD\xD9\x88\xD9\x84",          // حول
      "\xD8\xAA\xD8\xAC\xD8\xA7\xD9\x87",  // تجاه
      "\xD9\x86\xD8\xAD\xD9\x88",          // نحو
      "\xD8\xB9\xD8\xA8\xD8\xB1",          // عبر
      // Adverbs of place that govern a genitive as prepositions do
      // (تجمعوا أمام محكمة …): what follows them is no subject.
      "\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85",          // امام
      "\xD8\xAE\xD9\x84\xD9\x81",                  // خلف
      "\xD9\x82\xD8\xB1\xD8\xA8",                  // قرب
      "\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84",          // داخل
      "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC",          // خارج
      "\xD8\xB9\xD9\x86\xD8\xAF",                  // عند
      "\xD9\x88\xD8\xB3\xD8\xB7",                  // وسط
      "\xD8\xAA\xD8\xAD\xD8\xAA",                  // تحت
      "\xD9\x81\xD9\x88\xD9\x82",                  // فوق
      "\xD9\x82\xD8\xA8\xD8\xA7\xD9\x84\xD9\x87",  // قباله (قبالة)
      // The points of the compass before a place (جنوب كركوك، شمال غرب
      // باكستان) say where, as قرب does.
      "\xD8\xAC\xD9\x86\xD9\x88\xD8\xA8",  // جنوب
      "\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84",  // شمال
      "\xD8\xB4\xD8\xB1\xD9\x82",          // شرق
      "\xD8\xBA\xD8\xB1\xD8\xA8",          // غرب
      // Adverbs of time govern a genitive too (بعد سوريا، قبل الثورة):
      // what they govern is when, not who.
      "\xD8\xA8\xD8\xB9\xD8\xAF",          // بعد
      "\xD9\x82\xD8\xA8\xD9\x84",          // قبل
      "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",  // خلال (during)
      // "According to": the source a claim is attributed to is no party
      // to it (وحسب وكالة سبوتنيك، أبرمت إدارة المصرف عقدا).
      "\xD8\xAD\xD8\xB3\xD8\xA8",          // حسب
      "\xD9\x88\xD9\x81\xD9\x82",          // وفق
      "\xD9\x88\xD9\x81\xD9\x82\xD8\xA7",  // وفقا
      // "About", as حول and عن: the matter talked of is no party (اجتمع
      // المجلس بشأن ليبيا: the segmenter reads ب + شأن, and Libya is no
      // one met with).
      "\xD8\xB4\xD8\xA7\xD9\x86",                  // شان (شأن)
      "\xD8\xAE\xD8\xB5\xD9\x88\xD8\xB5",          // خصوص
      "\xD8\xA8\xD8\xAE\xD8\xB5\xD9\x88\xD8\xB5",  // بخصوص
  };
  // Asked for nearly every word an argument search passes: a set.
  static const std::unordered_set<std::string_view> kSet(std::begin(kPreps),
                                                         std::end(kPreps));
  return w.size() >= 4 && w.size() <= 10 && kSet.count(w) > 0;
}

// Words between a subject and its verb that do not break the link.
bool IsVerbLink(std::string_view w) {
  return w == "\xD9\x82\xD8\xAF" ||                          // قد
         w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||          // التي
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||          // الذي
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||  // الذين
         w == "\xD9\x84\xD9\x85" ||                          // لم
         w == "\xD9\x84\xD9\x86" ||                          // لن
         w == "\xD9\x84\xD8\xA7" ||                          // لا
         w == "\xD8\xB3\xD9\x88\xD9\x81";                    // سوف
}

bool IsDualAnaphor(std::string_view w) {
  static const char* kDuals[] = {
      "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD9\x8A\xD9\x86",  // البلدين
      "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD8\xA7\xD9\x86",  // البلدان
      "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD9\x8A\xD9\x86",  // الجانبين
      "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD8\xA7\xD9\x86",  // الجانبان
      "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD9\x8A\xD9\x86",  // الطرفين
      "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD8\xA7\xD9\x86",  // الطرفان
  };
  for (const char* d : kDuals)
    if (w == d) return true;
  return false;
}

bool IsPersonDual(std::string_view w) {
  static const char* kDuals[] = {
      "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD9\x8A\xD8\xB3\xD9\x8A\xD9"
      "\x86",  // الرئيسين (ئ normalised to ي)
      "\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD9\x8A\xD8\xB3\xD8\xA7\xD9"
      "\x86",  // الرئيسان
      "\xD8\xA7\xD9\x84\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD9\x8A\xD9"
      "\x86",  // الزعيمين
      "\xD8\xA7\xD9\x84\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD8\xA7\xD9"
      "\x86",  // الزعيمان
      "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD9\x8A\xD9"
      "\x86",  // الوزيرين
      "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD8\xA7\xD9"
      "\x86",  // الوزيران
  };
  for (const char* d : kDuals)
    if (w == d) return true;
  return false;
}

bool IsSideWord(std::string_view w) {
  return w == "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8" ||  // الجانب
         w == "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81";  // الطرف
}

bool IsComplementizer(std::string_view w) {
  return w == "\xD8\xA7\xD9\x86" || w == "\xD9\x84\xD9\x83\xD9\x86";  // ان لكن
}

bool IsQuote(const Item& it) {
  return it.punct &&
         (it.norm == "\"" || it.norm == "\xC2\xAB" || it.norm == "\xC2\xBB" ||
          it.norm == "\xE2\x80\x9C" || it.norm == "\xE2\x80\x9D");
}

bool IsHardBreak(const Item& it) {
  if (!it.punct) return false;
  return it.norm == "." || it.norm == "!" || it.norm == "?" || it.norm == ":" ||
         it.norm == ";" || it.norm == "\xD8\x9F" ||  // ؟
         it.norm == "\xD8\x9B";                      // ؛
}

void ArgumentSearch::Reset() {
  prep_.assign(items_.size(), {});
  prep_known_.assign(items_.size(), 0);
  seated_.clear();
}

const Cue* ArgumentSearch::CueAt(const Item& it) const {
  const Cue* c = lex_.CueOf(it.norm);
  return c || it.stem.empty() || it.stem == it.norm ? c : lex_.CueOf(it.stem);
}

bool ArgumentSearch::IsPlace(int32_t a) const {
  const Actor& x = doc_.actors[a];
  if (x.type == EntityType::kLoc || x.type == EntityType::kFac) return true;
  if (x.type != EntityType::kGpe) return false;
  const int32_t e = kb_.Find(x.key);
  if (e < 0) return true;
  const KbEntry& k = kb_.entries()[e];
  return k.adjectives.empty() && k.metonyms.empty();
}

bool ArgumentSearch::Counted(int32_t u) const {
  const uint32_t i = units_[u].first;
  if (i == 0 || items_[i - 1].punct) return false;
  const Item& q = items_[i - 1];
  const Cue* c = CueAt(q);
  return q.number || (c && c->role == CueRole::kPartitive) ||
         (q.norm == "\xD9\x85\xD9\x86" && Partitive(i - 1));  // من
}

bool ArgumentSearch::PlaceOnly(int32_t u) const {
  const int32_t a = units_[u].actor;
  if (a < 0 || items_[units_[u].first].state >= 0 || !IsPlace(a)) return false;
  // StateSeatedIn walks the knowledge base: once per actor.
  if (seated_.size() <= static_cast<size_t>(a)) seated_.resize(a + 1, -2);
  if (seated_[a] == -2) seated_[a] = StateSeatedIn(a) >= 0 ? 1 : 0;
  return seated_[a] == 0;
}

int32_t ArgumentSearch::StateSeatedIn(int32_t a) const {
  const int32_t e = kb_.Find(doc_.actors[a].key);
  if (e < 0) return -1;
  const KbEntry& city = kb_.entries()[e];
  const std::vector<KbEntry>& all = kb_.entries();
  for (size_t i = 0; i < all.size(); ++i) {
    const KbEntry& k = all[i];
    if (k.type != EntityType::kGpe || k.country != city.country) continue;
    if (std::find(k.metonyms.begin(), k.metonyms.end(), city.name_ar) !=
        k.metonyms.end())
      return static_cast<int32_t>(i);
  }
  return -1;
}

std::string_view ArgumentSearch::PrepOf(uint32_t i) const {
  if (prep_known_[i]) return prep_[i];
  prep_known_[i] = 1;
  return prep_[i] = FindPrep(i);
}

std::string_view ArgumentSearch::FindPrep(uint32_t i) const {
  for (std::string_view l : {"\xD8\xA8", "\xD9\x84", "\xD9\x83"}) {
    if (!HasLetter(items_[i].procl, l)) continue;
    // A ل after a word for a part of a group owns it, as a partitive من
    // does (دورية للجيش: a patrol of the army, استهدفوا دورية للجيش).
    if (l == "\xD9\x84" && i > 0 && !items_[i - 1].punct &&
        !items_[i - 1].article &&
        items_[i - 1].sentence == items_[i].sentence) {
      const Cue* c = CueAt(items_[i - 1]);
      if (c && c->role == CueRole::kPartitive && !items_[i - 1].number)
        return {};
    }
    return l;
  }
  // A quote mark may open the name a preposition governs (أمام «سرايا
  // الدفاع»، لوكالة "رويترز").
  if (i > 1 && IsQuote(items_[i - 1])) {
    for (std::string_view l : {"\xD8\xA8", "\xD9\x84", "\xD9\x83"}) {
      if (HasLetter(items_[i - 1].procl, l)) return l;
    }
    if (!items_[i - 2].punct && IsPrepWord(items_[i - 2].norm) &&
        !Partitive(i - 2))
      return items_[i - 2].norm;
  }
  if (i > 0 && !items_[i - 1].punct && IsPrepWord(items_[i - 1].norm)) {
    if (Partitive(i - 1)) return {};
    // من قبل is "by", the agent of a passive (تعرضوا للضرب من قبل الشرطة,
    // المدعوم من قبل روسيا): the noun is governed by من.
    if (i > 1 && items_[i - 1].norm == "\xD9\x82\xD8\xA8\xD9\x84" &&  // قبل
        items_[i - 2].norm == "\xD9\x85\xD9\x86")                     // من
      return items_[i - 2].norm;
    // نحو before a count is "about" (تجمع نحو مائة متظاهر).
    if (items_[i - 1].norm == "\xD9\x86\xD8\xAD\xD9\x88") {  // نحو
      const Cue* c = CueAt(items_[i]);
      if (items_[i].number || (c && c->role == CueRole::kPartitive)) return {};
    }
    return items_[i - 1].norm;
  }
  return {};
}

bool ArgumentSearch::Partitive(uint32_t i) const {
  if (items_[i].norm != "\xD9\x85\xD9\x86") return false;  // من
  for (uint32_t k = 1; k <= 2 && k <= i; ++k) {
    const Item& it = items_[i - k];
    if (it.punct || it.sentence != items_[i].sentence) return false;
    if (it.number) return true;
    const Cue* c = CueAt(it);
    if (c && c->role == CueRole::kPartitive) return true;
    if (it.unit >= 0 || !it.procl.empty()) return false;
  }
  return false;
}

int32_t ArgumentSearch::UnitStartingAt(uint32_t i) const {
  if (i >= items_.size()) return -1;
  const int32_t u = items_[i].unit;
  return u >= 0 && units_[u].first == i ? u : -1;
}

std::vector<int32_t> ArgumentSearch::WithConjuncts(int32_t u) const {
  if (units_[u].pair[0] >= 0) return {units_[u].pair[1], units_[u].pair[0]};
  std::vector<int32_t> out{u};
  for (uint32_t next = units_[u].last + 1; next < items_.size();) {
    // (Past the quote mark that closes a name: بين “غازبروم” والمؤسسة.)
    if (IsQuote(items_[next]) && next == units_[out.back()].last + 1 &&
        next + 1 < items_.size())
      ++next;
    const int32_t v = UnitStartingAt(next);
    if (v < 0 || items_[next].procl.substr(0, 2) != "\xD9\x88") break;
    out.push_back(v);
    next = units_[v].last + 1;
  }
  return out;
}

bool ArgumentSearch::Skipped(int32_t u, const std::vector<int32_t>& skip,
                             bool object) const {
  for (int32_t v : skip) {
    if (!object && v != u) continue;
    // (A second name of the same actor: الرئيس الروسي حينها فلاديمير
    // بوتين, an apposition, not the object.)
    if (v == u || (units_[u].actor >= 0 && units_[u].actor == units_[v].actor))
      return true;
    if (object && NameBetweenCommas(v, u)) return true;
  }
  return false;
}

// A person's name set off by commas right after a title that stands for
// a state or body is that title's holder, not the object: يستقبل رئيس
// البرلمان، فلان الفلاني، الأسبوع المقبل وزير الخارجية.
bool ArgumentSearch::NameBetweenCommas(int32_t title, int32_t u) const {
  auto comma = [&](uint32_t i) {
    return i < items_.size() && items_[i].punct &&
           (items_[i].norm == "\xD8\x8C" || items_[i].norm == ",");  // ،
  };
  const Unit& t = units_[title];
  const Unit& n = units_[u];
  if (n.first != t.last + 2 || !comma(t.last + 1) || !comma(n.last + 1))
    return false;
  const int32_t a = n.actor, b = t.actor;
  return a >= 0 && b >= 0 && n.agent < 0 &&
         doc_.actors[a].type == EntityType::kPer &&
         doc_.actors[b].type != EntityType::kPer;
}

int32_t ArgumentSearch::Forward(uint32_t from, uint32_t limit,
                                std::string_view prep,
                                const std::vector<int32_t>& skip) const {
  const uint32_t sentence = items_[from].sentence;
  uint32_t last = from + limit;
  bool voice = false;
  for (uint32_t i = from + 1; i < items_.size() && i <= last; ++i) {
    const Item& it = items_[i];
    if (it.sentence != sentence || IsHardBreak(it)) break;
    // يطلب على لسان رئيس الحكومة X: the one who voices the act is its
    // subject (the segmenter reads لسان as ل + سان).
    if (prep.empty() && !voice && VoiceAt(i)) {
      voice = true;
      last += 2;
      ++i;
      continue;
    }
    if (voice && UnitStartingAt(i) >= 0) return UnitStartingAt(i);
    // "، و" opens the next clause (احتشدوا أمام السجن، وألقوا الحجارة
    // على الشرطة): its arguments are not this trigger's.
    if (it.punct && (it.norm == "\xD8\x8C" || it.norm == ",") &&
        i + 1 < items_.size() && items_[i + 1].procl.starts_with("\xD9\x88"))
      break;
    // A complementizer opens a clause of its own (هاجم مسلح الحاجز قبل
    // أن تقتله قوات الأمن): no subject or object of this one beyond it.
    if (prep.empty() && !it.punct && IsComplementizer(it.norm)) break;
    const int32_t u = UnitStartingAt(i);
    // A nisba is an argument only as the owner in a governed chain
    // (إلى حاملة الطائرات الروسية), never as a bare subject or object.
    if (u < 0 || (units_[u].nisba && prep.empty() && !Counted(u)) ||
        Skipped(u, skip, prep.empty()))
      continue;
    // A unit joined by و to a governed one is governed with it (يهتفون
    // ضد هنية ومشعل: مشعل is no subject).
    if (prep.empty() && items_[i].procl.starts_with("\xD9\x88") &&
        i > from + 1 && items_[i - 1].unit >= 0 && Governed(items_[i - 1].unit))
      continue;
    const std::string_view p = PrepOf(i);
    if (p == prep && (!prep.empty() || ChainPrep(i, from, false).empty()))
      return u;
    if (!prep.empty() && p.empty() && ChainPrep(i, from, true) == prep)
      return u;
  }
  return -1;
}

bool ArgumentSearch::VoiceAt(uint32_t i) const {
  if (i + 1 >= items_.size() || items_[i].norm != "\xD8\xB9\xD9\x84\xD9\x8A")
    return false;  // علي (على normalised)
  const Item& next = items_[i + 1];
  return next.norm == "\xD9\x84\xD8\xB3\xD8\xA7\xD9\x86" ||  // لسان
         (next.norm == "\xD8\xB3\xD8\xA7\xD9\x86" &&         // سان
          next.procl.ends_with("\xD9\x84"));
}

std::string_view ArgumentSearch::ChainPrep(uint32_t i, uint32_t floor,
                                           bool any_head) const {
  for (uint32_t k = 1; k <= 3 && k <= i && i - k > floor; ++k) {
    const Item& head = items_[i - k];
    if (IsQuote(head)) continue;  // لوكالة "رويترز"
    // A complementizer opens a clause (بأن جنودا أطلقوا النار، إلى أن
    // النزلاء تعرضوا): its subject is not governed; only what a
    // recipient marker reaches across it (حذرت من أن يقود دعم موسكو).
    // (A date heads no genitive: خطفوا قبل ظهر أمس فرنسيا.)
    if (head.punct || head.unit >= 0 || head.number || head.in_date ||
        head.sentence != items_[i].sentence || IsVerbLink(head.norm) ||
        IsPrepWord(head.norm) ||
        (IsComplementizer(head.norm) && (!head.procl.empty() || !any_head)) ||
        (!any_head && head.article))
      break;
    // إذا opens a clause of its own (بشأن ما إذا كان الرئيس سيجتمع: the
    // president is its subject, governed by nothing).
    if (head.norm == "\xD8\xA7\xD8\xB0\xD8\xA7") break;  // اذا
    // A clause starts with a verb, not a governed noun (وبحث الجانبان:
    // the segmenter may read بحث as ب + حث).
    const uint32_t h = i - k;
    if (h == 0 || items_[h - 1].punct ||
        items_[h - 1].sentence != head.sentence)
      break;
    const std::string_view hp = PrepOf(h);
    if (!hp.empty()) return hp;
  }
  return {};
}

bool ArgumentSearch::Governed(int32_t u) const {
  const uint32_t i = units_[u].first;
  return !PrepOf(i).empty() || !ChainPrep(i, 0, false).empty();
}

int32_t ArgumentSearch::Genitive(uint32_t i) const {
  // A noun with the article governs no genitive (ووصف بوتين الاغتيال،
  // وخلال الزيارة وافقت روسيا): only an adjective can follow it, so only
  // a nisba (الدعم الروسي) names its party.
  const bool definite = i > 0 && !items_[i - 1].punct && items_[i - 1].article;
  for (uint32_t k = 0; k < 4 && i + k < items_.size(); ++k) {
    const Item& it = items_[i + k];
    if (it.sentence != items_[i].sentence || IsHardBreak(it)) break;
    const int32_t u = UnitStartingAt(i + k);
    if (u >= 0) {
      if (!PrepOf(i + k).empty() || (definite && !units_[u].nisba)) return -1;
      // A title's body before a person's name (قائد الجيش الوطني خليفة
      // حفتر، رئيس الوزراء الروسي فلاديمير بوتين): the person.
      const int32_t per = PersonAfter(u);
      return per >= 0 ? per : u;
    }
    // A count before a partitive من is passed (قتل العشرات من المسلحين).
    if (!it.punct && Partitive(i + k)) continue;
    if (it.punct ? it.norm != "\""
                 : (!PrepOf(i + k).empty() || IsVerbLink(it.norm) ||
                    IsPrepWord(it.norm) ||
                    (CueAt(it) && CueAt(it)->role != CueRole::kPartitive &&
                     CueAt(it)->role != CueRole::kSite)))
      break;
  }
  return -1;
}

int32_t ArgumentSearch::PersonAfter(int32_t u) const {
  if (units_[u].actor >= 0 &&
      doc_.actors[units_[u].actor].type == EntityType::kPer)
    return -1;
  for (uint32_t i = units_[u].last + 1;
       i < items_.size() && i <= units_[u].last + 3; ++i) {
    const Item& it = items_[i];
    if (it.sentence != items_[units_[u].first].sentence) break;
    const int32_t v = UnitStartingAt(i);
    if (v >= 0) {
      const int32_t a = units_[v].actor;
      return a >= 0 && doc_.actors[a].type == EntityType::kPer &&
                     PrepOf(i).empty()
                 ? v
                 : -1;
    }
    if (it.punct && it.norm != "\"" && it.norm != "\xE2\x80\x9C") break;
    if (!it.punct && !PrepOf(i).empty()) break;
  }
  return -1;
}

int32_t ArgumentSearch::ByHand(uint32_t from, uint32_t limit) const {
  for (uint32_t i = from + 1; i + 1 < items_.size() && i <= from + limit; ++i) {
    if (items_[i].sentence != items_[from].sentence || IsHardBreak(items_[i]))
      break;
    // برصاص الشرطة، بنيران الجيش: by the bullets or fire of; with the
    // article only a nisba follows (بالرصاص الإسرائيلي: Genitive).
    std::string_view n = items_[i].norm;
    if (n.starts_with("\xD8\xA7\xD9\x84")) n.remove_prefix(4);  // ال
    const bool fire = HasLetter(items_[i].procl, "\xD8\xA8") &&
                      (n == "\xD8\xB1\xD8\xB5\xD8\xA7\xD8\xB5" ||
                       n == "\xD9\x86\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86");
    if (fire) return Genitive(i + 1);
    // من قبل الشرطة: by (events14b); من قبل with no party after it is
    // "before" (كما حدث من قبل) and names nobody.
    if (items_[i].norm == "\xD9\x82\xD8\xA8\xD9\x84" &&  // قبل
        items_[i - 1].norm == "\xD9\x85\xD9\x86") {      // من
      const int32_t u = UnitStartingAt(i + 1);
      if (u >= 0) return u;
    }
    if (items_[i].norm != "\xD9\x8A\xD8\xAF") continue;  // يد
    const bool ala =
        items_[i].procl == "\xD8\xA8" ||
        (i > 0 && items_[i - 1].norm == "\xD8\xB9\xD9\x84\xD9\x8A");
    if (ala) return Genitive(i + 1);
  }
  return -1;
}

int32_t ArgumentSearch::Antecedent(uint32_t from, int32_t other,
                                   bool doer) const {
  if (doer) {
    const int32_t u = AntecedentPass(from, other, true, items_[from].enclitic);
    if (u >= 0) return u;
  }
  return AntecedentPass(from, other, false, items_[from].enclitic);
}

int32_t ArgumentSearch::PronounSubject(uint32_t from, bool fem) const {
  for (uint32_t k = 1; k <= 60 && k <= from; ++k) {
    const int32_t u = items_[from - k].unit;
    // (A topic with ل is no object: ولموسكو مصلحة قديمة؛ ففي 2010 أبرمت.)
    if (u < 0 || units_[u].nisba || units_[u].agent >= 0 ||
        units_[u].actor < 0 ||
        (Governed(u) && PrepOf(units_[u].first) != "\xD9\x84"))  // ل
      continue;
    const EntityType ty = doc_.actors[units_[u].actor].type;
    if (fem ? ty == EntityType::kGpe || ty == EntityType::kOrg
            : ty == EntityType::kPer)
      return u;
    k += units_[u].last - units_[u].first;
  }
  return -1;
}

int32_t ArgumentSearch::AntecedentPass(uint32_t from, int32_t other,
                                       bool subject, std::string_view p) const {
  const bool fem = p == "\xD9\x87\xD8\xA7";  // ها
  const bool masc = p == "\xD9\x87";         // ه
  for (uint32_t k = 1; k <= 60 && k <= from; ++k) {
    const int32_t u = items_[from - k].unit;
    if (u < 0 || u == other || units_[u].nisba) continue;
    // (Only within the sentence for a subject.)
    if (subject &&
        (items_[from - k].sentence != items_[from].sentence || Governed(u)))
      continue;
    if (other >= 0 && units_[u].actor >= 0 &&
        units_[u].actor == units_[other].actor)
      continue;
    const int32_t a = units_[u].actor;
    const EntityType ty = a >= 0 ? doc_.actors[a].type : EntityType::kOrg;
    const bool person = ty == EntityType::kPer;
    // الجانب الروسي is masculine whatever it stands for.
    const bool body =
        ty == EntityType::kOrg || IsSideWord(items_[units_[u].first].norm);
    const bool state = ty == EntityType::kGpe;
    if ((masc && (person || body)) || (fem && (state || body)) ||
        (!fem && !masc && (a < 0 || !IsPlace(a))))
      return u;
  }
  return -1;
}

int32_t ArgumentSearch::Backward(uint32_t from, uint32_t limit,
                                 bool people) const {
  const uint32_t sentence = items_[from].sentence;
  for (uint32_t k = 1; k <= limit && k <= from; ++k) {
    const uint32_t i = from - k;
    const Item& it = items_[i];
    if (it.sentence != sentence || IsHardBreak(it) ||
        (!it.punct && IsComplementizer(it.norm)))
      break;
    if (it.unit < 0) continue;
    int32_t u = it.unit;
    // The head of a coordination (روسيا ومصر): its first conjunct.
    while (units_[u].first > 0 &&
           items_[units_[u].first].procl.starts_with("\xD9\x88") &&
           items_[units_[u].first - 1].unit >= 0 &&
           items_[units_[u].first - 1].unit != u)
      u = items_[units_[u].first - 1].unit;
    const bool place = people && units_[u].actor >= 0 && !Counted(u) &&
                       (doc_.actors[units_[u].actor].type == EntityType::kGpe ||
                        IsPlace(units_[u].actor));
    if (!Governed(u) && (!units_[u].nisba || Counted(u)) && !PlaceOnly(u) &&
        !place)
      return u;
    k += units_[u].last - units_[u].first;  // skip to before the unit
  }
  return -1;
}

int32_t ArgumentSearch::UnitBefore(uint32_t i) const {
  bool relative = false;  // passed التي، الذي، الذين
  for (uint32_t k = 1; k <= 4 && k <= i; ++k) {
    const Item& it = items_[i - k];
    if (it.sentence != items_[i].sentence) return -1;
    if (it.unit >= 0) {
      const int32_t u = it.unit;
      // A relative pronoun's antecedent is its subject wherever the
      // antecedent stands (تتجه الأنظار إلى موسكو، التي استقبلت حفتر).
      return (relative || !Governed(u)) && (!units_[u].nisba || Counted(u))
                 ? u
                 : -1;
    }
    relative = relative || (!it.punct && it.article && IsVerbLink(it.norm));
    if (it.punct) {
      const bool quote = it.norm == "\"" || it.norm == "\xC2\xAB" ||
                         it.norm == "\xC2\xBB" || it.norm == "\xE2\x80\x9C" ||
                         it.norm == "\xE2\x80\x9D";
      const bool comma_rel = (it.norm == "\xD8\x8C" || it.norm == ",") &&
                             k > 1 && IsVerbLink(items_[i - k + 1].norm);
      if (!quote && !comma_rel) return -1;
    } else if (!IsVerbLink(it.norm)) {
      return -1;
    }
  }
  return -1;
}

}  // namespace events
}  // namespace rasd

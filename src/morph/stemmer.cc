// Light stemming for a news engine, and the key that relates a nisba to its
// base.
//
// Light10 (Larkey, Ballesteros and Connell 2002) strips a list of prefixes
// and suffixes wherever they match, keeping two letters. On our input most
// of its prefixes are wrong: the segmenter has already taken the clitics
// off, so a leading و ف ب ل ك is a root letter (وزير فرنسا بوتين ليبيا
// كوريا). We strip only the article ال, the لل of a word that still carries
// its preposition, and the ل the caller marks as the article's remnant.
// ال comes off if two letters remain and they are not a particle (الان is
// not ال + ان).
//
// Light10's suffixes are wrong for names: ين ون ان end بوتين فلسطين برلين
// تشرين ماكرون قانون مليون ايران لبنان اردوغان as often as they end plurals
// and duals. So an ending comes off only if three letters remain (two-letter
// remainders collide: خطه/خط plan/line, قمه/قم, فيات/في), and ين ون only
// when what is left has a shape that takes a sound plural:
//
//   ات          مفاوضات → مفاوض, الروسيات → روسي
//   تين تان     dual of a word in ة, unless -ستين -ستان (names):
//               الدولتين → دول, الكوريتين → كوري; بوتين is too short
//   ين ون       base ends in ي, 4+ letters   nisba       الليبيين → ليبي
//               م + not ا, 4+ letters        participle  المسلحين → مسلح
//               CاCC                         faa'il      اللاعبين → لاعب
//               CCيC                         fa'iil      الفريقين → فريق
//               اخر اول                      elative     الاخرين → اخر
//               so قانون مليون بوتين برلين فلسطين البحرين keep theirs
//   ه (ة)       الحكومه → حكوم, الروسيه → روسي
//   ت           only when the caller says an enclitic followed: حكومت → حكوم
//   ان          never: names (ايران لبنان طالبان سليمان حزيران) outnumber
//               nominative duals in news, which mostly use ين anyway
//   ي ا يا      never in the stem: they are the key's business
//
// Three short tables hold what shape cannot tell: words whose ending is
// radical (اتجاه وجه الله) or names shaped like a plural (ماكرون عرفات
// الارجنتين); words whose ال is radical, by key (آلاف إلغاء التزام ألمانيا:
// the article comes off الالمانيه but not المانيه); and given names that
// look like a nisba of a common word (فتحي/فتح, فوزي/فوز, شكري/شكر).
//
// The key. Relational endings are derivational, so they stay in the stem
// and come off the key, from a stem of four letters or more:
//   يا   country name or nisba adverb: روسيا سوريا رسميا → روس سور رسم
//        (not after ا: قضايا ضحايا are broken plurals)
//   ي    nisba: روسي مصري دولي عسكري → روس مصر دول عسكر; through the
//        normaliser's ى → ي also الاخري الاولي → اخر اول (not after ا:
//        حمايه نهايه have a radical ي)
//   ا    accusative or name + ا, at the end of the word only: عاما فرنسا
//        امريكا → عام فرنس امريك (not the ا of مباراه → مبارا)
// then ات if the nisba sat on a plural and four letters remain: اماراتي →
// امار, as الامارات. So روسيا روسي الروسيه الروس الروسيين share روس, مصر مصري
// share مصر: a gentilic is the country name with يا/ا swapped for ي, and
// one rule relates them. Across the one-word country names of the gazetteer
// no two countries share a key (a test checks this).
//
// Choices that merge, knowingly:
//   ة with its base: مدرسه/مدرس, مكتبه/مكتب, جامعه/جامع share a stem. Not
//   stripping ة would split every adjective from its feminine and every
//   noun from its plural in ات (عقوبه/عقوبات), which costs far more;
//   context (the phrase a lexicon entry spells) separates the nouns.
//   دوله, الدول, دولي share دول: state, states, international.
//   A nisba base that is also a common word: ترك (left) = تركي/تركيا, سور
//   (wall) = سوري/سوريا, مال (money) = مالي (Mali, financial), مجر =
//   مجريات. A lookup that must not confuse them compares the normalised
//   word first and the key after.
//
// Everything works on the UTF-8 bytes: every Arabic letter is two bytes, so
// a word is a run of 16-bit letters and the stem is a byte range. No
// allocation; the tables are sorted arrays searched by bisection.
#include "morph/stemmer.h"

#include <algorithm>
#include <cstddef>
#include <span>

namespace rasd {
namespace {

// Letters as their two UTF-8 bytes, big-endian.
constexpr uint16_t kAlef = 0xD8A7;  // ا
constexpr uint16_t kTa = 0xD8AA;    // ت
constexpr uint16_t kSin = 0xD8B3;   // س
constexpr uint16_t kLam = 0xD984;   // ل
constexpr uint16_t kMim = 0xD985;   // م
constexpr uint16_t kNun = 0xD986;   // ن
constexpr uint16_t kHa = 0xD987;    // ه (and ة after normalisation)
constexpr uint16_t kWaw = 0xD988;   // و
constexpr uint16_t kYa = 0xD98A;    // ي (and ى after normalisation)

// Two-letter particles: ال + one of them is a word of its own (الان).
constexpr std::string_view kParticles[] = {
    "ام", "ان", "او", "اي", "ثم", "عن", "في", "قد", "لا", "لم",
    "لن", "لو", "ما", "مع", "من", "هل", "هم", "هو", "هي", "يا",
};

// Elatives af'al that take a sound plural: الاخرين, الاولون.
constexpr std::string_view kElatives[] = {"اخر", "اول"};

// Stems (ending stripped, article not) whose initial ال is radical: plurals
// af'aal and masdars if'aal/ifti'aal of roots in ل, and loanwords.
constexpr std::string_view kRadicalAl[] = {
    "الاف",   "البان",  "التباس",  "التحاق", "التحام", "التزام", "التفاف",
    "التقاء", "التماس", "التهاب",  "الحاح",  "الحاد",  "الحاق",  "الحان",
    "الزام",  "العاب",  "الغاء",   "الغاز",  "الغام",  "الف",    "الفاظ",
    "القاء",  "القاب",  "الكترون", "المان",  "الهام",  "الو",    "الواح",
    "الوان",  "الوف",   "الي",     "الياف",
};

// Words (after the article) whose ending is radical, or names shaped like a
// plural or dual: no suffix comes off them.
constexpr std::string_view kKeep[] = {
    "اتجاه",   "ارجنتين", "اشتباه", "اكراه",    "الله",  "انتباه",
    "ايفون",   "بروتين",  "بلاتين", "تجاه",     "ترفيه", "تشبيه",
    "تشويه",   "تلفزيون", "تمويه",  "تنبيه",    "توجيه", "جاكسون",
    "دكتوراه", "روتين",   "زلاتان", "شبه",      "شرطه",  "عرفات",
    "فرات",    "فقه",     "مارتين", "ماكرون",   "متجه",  "مشبوه",
    "نزيه",    "نيكوتين", "واتسون", "واينستين", "وجه",   "وجيه",
};

// Stems whose final ي/يا is not relational: given names that would
// otherwise meet a common word (فتحي/فتح, فوزي/فوز), and جورجيا/جورج.
constexpr std::string_view kKeyKeep[] = {
    "بابا", "جورجيا", "حسني", "حلمي", "حمدي", "خيري",  "راضي",  "رامي",
    "رشدي", "رمزي",   "سامي", "شكري", "شوقي", "صبحي",  "صبري",  "عوني",
    "عيسي", "فتحي",   "فوزي", "لطفي", "مجدي", "مرتضي", "مصطفي", "مهدي",
    "موسي", "ناجي",   "ناسا", "نوري", "هادي", "هاني",  "وهبي",  "يحيي",
};

static_assert(std::ranges::is_sorted(kParticles));
static_assert(std::ranges::is_sorted(kElatives));
static_assert(std::ranges::is_sorted(kRadicalAl));
static_assert(std::ranges::is_sorted(kKeep));
static_assert(std::ranges::is_sorted(kKeyKeep));

bool InTable(std::span<const std::string_view> table, std::string_view s) {
  return std::binary_search(table.begin(), table.end(), s);
}

// A word seen as a run of two-byte letters.
class Letters {
 public:
  explicit Letters(std::string_view s) : s_(s) {}

  size_t size() const { return s_.size() / 2; }
  uint16_t operator[](size_t i) const {
    return static_cast<uint16_t>(static_cast<unsigned char>(s_[2 * i]) << 8 |
                                 static_cast<unsigned char>(s_[2 * i + 1]));
  }
  // The i-th letter from the end (0 = last).
  uint16_t back(size_t i) const { return (*this)[size() - 1 - i]; }
  std::string_view first(size_t n) const { return s_.substr(0, 2 * n); }
  Letters drop(size_t n) const { return Letters(s_.substr(2 * n)); }
  std::string_view str() const { return s_; }

 private:
  std::string_view s_;
};

// True if `s` is a non-empty run of two-byte characters in U+0600..U+06FF.
bool ArabicLetters(std::string_view s) {
  if (s.empty() || s.size() % 2 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 2) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const auto trail = static_cast<unsigned char>(s[i + 1]);
    if (lead < 0xD8 || lead > 0xDB || (trail & 0xC0) != 0x80) return false;
  }
  return true;
}

// Whether `base` letters can carry the sound plural or dual ين/ون.
bool SoundPluralBase(Letters w, size_t base) {
  if (base >= 4 && w[base - 1] == kYa) return true;             // nisba
  if (base >= 4 && w[0] == kMim && w[1] != kAlef) return true;  // mu-
  // CaaCiC (لاعب) and CaCiiC (فريق).
  if (base == 4 && (w[1] == kAlef || w[2] == kYa)) return true;
  if (base == 3 && InTable(kElatives, w.first(3))) return true;  // af'al
  return false;
}

// How many letters of `w` (article already off) the stem keeps.
size_t StemLength(Letters w, bool final_ta_is_marbuta) {
  const size_t m = w.size();
  if (m < 4) return m;
  size_t keep = m;
  const uint16_t z = w.back(0), y = w.back(1);
  if (y == kAlef && z == kTa) {
    keep = m - 2;  // ات
  } else if (m >= 6 && w.back(2) == kTa && (y == kYa || y == kAlef) &&
             z == kNun && w.back(3) != kSin) {
    keep = m - 3;  // تين تان
  } else if (m >= 5 && (y == kYa || y == kWaw) && z == kNun &&
             SoundPluralBase(w, m - 2)) {
    keep = m - 2;  // ين ون
  } else if (z == kHa) {
    keep = m - 1;  // ة
  } else if (final_ta_is_marbuta && z == kTa) {
    keep = m - 1;  // ة before an enclitic
  }
  return keep >= 3 && !InTable(kKeep, w.str()) ? keep : m;
}

// How many letters of the stem `s` the key keeps; `whole` if the stem runs
// to the end of the word (no ending was stripped).
size_t KeyLength(Letters s, bool whole) {
  const size_t m = s.size();
  if (m < 4) return m;
  const uint16_t z = s.back(0), y = s.back(1);
  size_t k = m;
  bool nisba = true;
  if (z == kAlef && y == kYa && m >= 5 && s.back(2) != kAlef) {
    k = m - 2;  // يا: روسيا, رسميا; not the plural قضايا
  } else if (z == kYa && y != kAlef) {
    k = m - 1;  // ي: روسي; not the radical ي of حمايه → حماي
  } else if (z == kAlef && whole) {
    k = m - 1;  // ا: فرنسا, عاما; not the ا of مباراه → مبارا
    nisba = false;
  } else {
    return m;
  }
  if (InTable(kKeyKeep, s.str())) return m;
  // A nisba on a plural in ات: اماراتي → امار, as الامارات (four letters
  // left, so that كرواتي does not become كرو, as الكروي).
  if (nisba && k >= 6 && s[k - 2] == kAlef && s[k - 1] == kTa) k -= 2;
  return k;
}

// The stem of `word`; false if it is not Arabic letters (then the stem is
// the whole word).
bool Stem(std::string_view word, HostContext context, StemRange* stem) {
  *stem = {0, static_cast<uint32_t>(word.size())};
  if (!ArabicLetters(word)) return false;
  const Letters w(word);
  const size_t n = w.size();
  if (n < 3) return true;
  size_t article = 0;
  if (context.lam_article && w[0] == kLam) {
    article = 1;
  } else if (w[0] == kLam && w[1] == kLam) {
    article = 2;
  } else if (w[0] == kAlef && w[1] == kLam) {
    if (InTable(kKeep, word)) return true;  // الله
    // آلاف, إلغاء, ألمانيا: the ال is the word's own if the key of the
    // unstripped reading is listed.
    const size_t all = StemLength(w, context.before_enclitic);
    const Letters unstripped(w.first(all));
    if (InTable(kRadicalAl,
                unstripped.first(KeyLength(unstripped, all == n)))) {
      stem->end = static_cast<uint32_t>(2 * all);
      return true;
    }
    article = 2;
  }
  if (article > 0) {
    const size_t rest = n - article;
    if (rest < 2 || (rest == 2 && InTable(kParticles, w.drop(article).str()))) {
      article = 0;  // الان is not ال + ان
    }
  }
  const size_t keep = StemLength(w.drop(article), context.before_enclitic);
  *stem = {static_cast<uint32_t>(2 * article),
           static_cast<uint32_t>(2 * (article + keep))};
  return true;
}

}  // namespace

StemRange LightStem(std::string_view word, HostContext context) {
  StemRange r;
  Stem(word, context, &r);
  return r;
}

StemRange MatchKeyRange(std::string_view word, HostContext context) {
  StemRange r;
  if (!Stem(word, context, &r)) return r;
  const Letters s(word.substr(r.begin, r.end - r.begin));
  const size_t k = KeyLength(s, r.end == word.size());
  return {r.begin, r.begin + static_cast<uint32_t>(2 * k)};
}

void MatchKey(std::string_view word, std::string* out, HostContext context) {
  const StemRange r = MatchKeyRange(word, context);
  out->assign(word.data() + r.begin, r.end - r.begin);
}

}  // namespace rasd

// Decoding: the Arabic letters are fixed and each emits exactly one
// graphone, so the search runs left to right over letter positions with a
// beam of the best partial spellings, scored by the graphone n-gram model
// (joint-sequence model, Bisani & Ney 2008):
//
//   score(g1..gn) = Σ log p(gi | g(i-order+1) .. g(i-1)) + log p(EOS | ...)
//
// Why a joint n-gram rather than a letter map plus an English language
// model: the English chunk for a letter depends on its neighbours on both
// sides of the alignment (ي is "i" between consonants, "y" before a vowel,
// ه at the end of a word is "a"), and a model over pairs sees both the
// Arabic context and the English already written, with one table and one
// lookup per step. Hypotheses with the same history are merged (only the
// best can win), so the beam holds distinct states. Per-thread scratch
// vectors keep the hot path free of allocation once warm.
#include "translit/translit.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>

#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/letters.h"

namespace rasd {
namespace {

constexpr size_t kBeam =
    4;  // 4 scored as well as 8 and 16 on dev, at half the cost of 8
// Graphones tried per Arabic letter: the most used ones, at most
// kMaxCandidates, each used for at least kMinShare of the letter's
// occurrences in training (rarer spellings almost never win and cost time).
constexpr size_t kMaxCandidates = 12;
constexpr double kMinShare = 0.002;
constexpr float kUnseenLogp = -10.0f;
constexpr uint32_t kLetters = 0x064A - 0x0621 + 1;

struct Hyp {
  uint64_t history;
  float score;
  uint32_t back;  // index of the previous Hyp in the lattice
  uint16_t graphone;
  uint8_t ids;  // ids in history
};

struct U32Hash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const {
    return std::hash<std::u32string_view>{}(s);
  }
};

// Words are spelt one at a time and recur far more often than whole names
// (محمد, عبد, الله ...), so each thread keeps the spellings it has made, for
// one model at a time and a bounded number of words.
constexpr size_t kMaxCachedWords = size_t{1} << 16;

struct Scratch {
  std::vector<Hyp> lattice, next;
  std::vector<uint16_t> path;
  std::u32string letters, word;
  std::string key, spelling;
  Normalized normalized;
  uint64_t cache_of = 0;  // Transliterator::instance_ the cache is for
  std::unordered_map<std::u32string, std::string, U32Hash, std::equal_to<>>
      cache;
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

uint64_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return k;
}

void Capitalise(std::string* out, size_t from) {
  if (from < out->size() && (*out)[from] >= 'a' && (*out)[from] <= 'z')
    (*out)[from] = static_cast<char>((*out)[from] - 'a' + 'A');
}

std::string DirOrDefault(const char* env_name, const char* built_in) {
  const char* env = std::getenv(env_name);
  return env && *env ? env : built_in;
}

uint64_t NewInstance() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

}  // namespace

Transliterator::Transliterator() : instance_(NewInstance()) {}

std::string DefaultTranslitModelPath() {
  return DirOrDefault("RASD_MODEL_DIR", RASD_MODEL_DIR) + "/translit.bin";
}

std::string DefaultFixedWordsPath() {
  return DirOrDefault("RASD_DATA_DIR", RASD_DATA_DIR) +
         "/translit/fixed_words.tsv";
}

std::string DefaultCharMapPath() {
  return DirOrDefault("RASD_DATA_DIR", RASD_DATA_DIR) +
         "/translit/char_map.tsv";
}

std::unique_ptr<const Transliterator> Transliterator::FromData(
    TranslitModelData d) {
  std::unique_ptr<Transliterator> t(new Transliterator());
  t->order_ = d.order;
  t->history_mask_ =
      d.order <= 1 ? 0 : (uint64_t{1} << (16 * (d.order - 1))) - 1;
  t->candidates_.assign(kLetters, {});
  std::vector<std::vector<std::pair<uint32_t, uint16_t>>> by_letter(kLetters);
  for (size_t id = 0; id < d.graphones.size(); ++id) {
    const Graphone& g = d.graphones[id];
    t->english_.push_back(g.english);
    if (id > kTranslitEos && IsArabicLetter(g.arabic))
      by_letter[g.arabic - 0x0621].push_back(
          {g.count, static_cast<uint16_t>(id)});
  }
  for (uint32_t i = 0; i < kLetters; ++i) {
    auto& v = by_letter[i];
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    double total = 0;
    for (const auto& [count, id] : v) total += count;
    for (size_t k = 0; k < v.size() && k < kMaxCandidates; ++k)
      if (k == 0 || v[k].first >= kMinShare * total)
        t->candidates_[i].push_back(v[k].second);
  }
  size_t cap = 16;
  while (cap < d.ngrams.size() * 2) cap <<= 1;
  t->slots_.assign(cap, Slot{});
  t->slot_mask_ = cap - 1;
  for (const NgramEntry& e : d.ngrams) {
    if (e.key == 0) continue;
    size_t i = Mix(e.key) & t->slot_mask_;
    while (t->slots_[i].key != 0 && t->slots_[i].key != e.key)
      i = (i + 1) & t->slot_mask_;
    t->slots_[i] = {e.key, e.logp, e.backoff};
  }
  for (auto& [arabic, english] : d.fixed) t->fixed_[arabic] = english;
  t->card_ = std::move(d.card);
  return t;
}

Result<std::unique_ptr<const Transliterator>> Transliterator::Load(
    const std::string& path) {
  Result<TranslitModelData> d = ReadTranslitModel(path);
  if (!d.ok()) return d.status();
  for (const Graphone& g : d->graphones) {
    for (char c : g.english) {
      if (static_cast<unsigned char>(c) >= 0x80)
        return Status::Corruption(path + ": graphone spelling is not ASCII");
    }
  }
  return FromData(std::move(d).value());
}

const Transliterator::Slot* Transliterator::Find(uint64_t key) const {
  for (size_t i = Mix(key) & slot_mask_;; i = (i + 1) & slot_mask_) {
    if (slots_[i].key == key) return &slots_[i];
    if (slots_[i].key == 0) return nullptr;
  }
}

float Transliterator::LogProb(uint64_t history, uint32_t ids,
                              uint32_t g) const {
  float backoff = 0;
  for (;;) {
    if (const Slot* s = Find(PushId(history, g))) return backoff + s->logp;
    if (ids == 0) return backoff + kUnseenLogp;
    if (const Slot* h = Find(history)) backoff += h->backoff;
    --ids;
    history &= ids == 0 ? 0 : (uint64_t{1} << (16 * ids)) - 1;
  }
}

void Transliterator::SpellLetters(std::u32string_view letters,
                                  std::string* out) const {
  Scratch& s = ThreadScratch();
  std::vector<Hyp>& lattice = s.lattice;
  std::vector<Hyp>& next = s.next;
  lattice.clear();
  lattice.push_back({PushId(0, kTranslitBos), 0.0f, 0, 0, 1});
  size_t begin = 0, end = 1;
  const uint32_t max_ids = order_ - 1;
  for (char32_t c : letters) {
    if (!IsArabicLetter(c)) continue;
    const std::vector<uint16_t>& cands = candidates_[c - 0x0621];
    if (cands.empty()) continue;  // a letter training never saw
    next.clear();
    // The n-grams looked up below lie scattered over a table larger than
    // the caches: ask for all of this step's slots first, so that their
    // misses overlap instead of coming one after another.
    for (size_t h = begin; h < end; ++h) {
      const Hyp& hyp = lattice[h];
      for (uint32_t k = hyp.ids; k > 0; --k) {
        const uint64_t suffix = hyp.history & ((uint64_t{1} << (16 * k)) - 1);
        __builtin_prefetch(&slots_[Mix(suffix) & slot_mask_]);
        for (uint16_t g : cands)
          __builtin_prefetch(&slots_[Mix(PushId(suffix, g)) & slot_mask_]);
      }
    }
    for (size_t h = begin; h < end; ++h) {
      const Hyp& hyp = lattice[h];
      // The backoff weights of this history and its suffixes, looked up
      // once for all candidates: backoff[k] is paid when the n-gram with a
      // k-id history is unseen.
      float backoff[kTranslitMaxOrder] = {};
      uint64_t suffix[kTranslitMaxOrder] = {};
      for (uint32_t k = hyp.ids; k > 0; --k) {
        suffix[k] = hyp.history & ((uint64_t{1} << (16 * k)) - 1);
        const Slot* slot = Find(suffix[k]);
        backoff[k] = slot ? slot->backoff : 0.0f;
      }
      const uint8_t ids =
          static_cast<uint8_t>(std::min<uint32_t>(hyp.ids + 1, max_ids));
      for (uint16_t g : cands) {
        float logp = kUnseenLogp, paid = 0;
        for (uint32_t k = hyp.ids;; --k) {
          if (const Slot* slot = Find(PushId(suffix[k], g))) {
            logp = slot->logp;
            break;
          }
          if (k == 0) break;
          paid += backoff[k];
        }
        next.push_back({PushId(hyp.history, g) & history_mask_,
                        hyp.score + paid + logp, static_cast<uint32_t>(h), g,
                        ids});
      }
    }
    std::sort(next.begin(), next.end(),
              [](const Hyp& a, const Hyp& b) { return a.score > b.score; });
    begin = lattice.size();
    for (const Hyp& n : next) {
      bool merged = false;
      for (size_t k = begin; k < lattice.size() && !merged; ++k)
        merged = lattice[k].history == n.history;
      if (merged) continue;
      lattice.push_back(n);
      if (lattice.size() - begin == kBeam) break;
    }
    end = lattice.size();
  }
  if (end - begin == 1 && begin == 0) return;  // no letters
  size_t best = begin;
  float best_score = -1e30f;
  for (size_t h = begin; h < end; ++h) {
    const float score =
        lattice[h].score +
        LogProb(lattice[h].history, lattice[h].ids, kTranslitEos);
    if (score > best_score) {
      best_score = score;
      best = h;
    }
  }
  std::vector<uint16_t>& path = s.path;
  path.clear();
  for (size_t h = best; h != 0; h = lattice[h].back)
    path.push_back(lattice[h].graphone);
  for (size_t i = path.size(); i-- > 0;) out->append(english_[path[i]]);
}

void Transliterator::AppendWord(std::u32string_view word, bool first,
                                std::string* out) const {
  if (!fixed_.empty()) {
    std::string& key = ThreadScratch().key;
    key.clear();
    for (char32_t c : word) AppendUtf8(c, &key);
    const auto it = fixed_.find(key);
    if (it != fixed_.end()) {
      if (!out->empty()) out->push_back(' ');
      const size_t from = out->size();
      out->append(it->second);
      if (first) Capitalise(out, from);
      return;
    }
  }
  bool article = false;
  const std::u32string_view stem = StripArticle(word, &article);
  if (!out->empty()) out->push_back(' ');
  if (article) out->append(first ? "Al-" : "al-");
  const size_t from = out->size();
  SpellCached(stem, out);
  Capitalise(out, from);
}

void Transliterator::SpellCached(std::u32string_view letters,
                                 std::string* out) const {
  Scratch& s = ThreadScratch();
  if (s.cache_of != instance_ || s.cache.size() >= kMaxCachedWords) {
    s.cache.clear();
    s.cache_of = instance_;
  }
  const auto it = s.cache.find(letters);
  if (it != s.cache.end()) {
    out->append(it->second);
    return;
  }
  s.spelling.clear();
  SpellLetters(letters, &s.spelling);
  out->append(s.spelling);
  s.cache.emplace(std::u32string(letters), s.spelling);
}

std::string Transliterator::ToEnglish(std::string_view arabic) const {
  Scratch& s = ThreadScratch();
  Normalize(arabic, &s.normalized);
  const std::string_view text = s.normalized.text;
  std::string out;
  std::u32string& word = s.word;
  word.clear();
  bool first = true;     // no word written yet
  bool in_copy = false;  // inside a run of copied (non-Arabic) letters
  const auto flush = [&] {
    if (word.empty()) return;
    AppendWord(word, first, &out);
    first = false;
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    uint32_t len = 0;
    const char32_t c = DecodeUtf8(text, i, &len);
    if (IsArabicLetter(c)) {
      in_copy = false;
      word.push_back(ModelLetter(c, arabic, s.normalized, i));
      i += len;
      continue;
    }
    i += len;
    flush();
    // Latin (already case-folded by the normaliser), other scripts' letters
    // and digits are copied; punctuation, spaces and Arabic marks separate.
    const bool copied =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        (c >= 0x00C0 && c != kReplacementChar && (c < 0x0600 || c > 0x06FF));
    if (!copied) {
      in_copy = false;
      continue;
    }
    if (!in_copy) {
      if (!out.empty()) out.push_back(' ');
      const size_t from = out.size();
      AppendUtf8(c, &out);
      Capitalise(&out, from);
      in_copy = true;
      first = false;
    } else {
      AppendUtf8(c, &out);
    }
  }
  flush();
  return out;
}

}  // namespace rasd

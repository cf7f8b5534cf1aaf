// Arabic → English transliteration of names, learned from name pairs.
//
// A name as it appears in text ("خليفة حفتر", "فايز السراج") becomes an
// English spelling with capitalised words ("Khalifa Haftar",
// "Fayez al-Sarraj"). The conventions (normalisation, words, the article
// "al-") are in letters.h; the model and how it was learned in
// model_file.h, align.h and ngram.h; `rasd train translit` makes it and
// models/translit.md is its card. This is the fallback for actors the
// knowledge base has no English name for.
//
// Thread-safety: immutable after Load; ToEnglish may be called from any
// number of threads (its scratch space is per thread).
#ifndef RASD_TRANSLIT_TRANSLIT_H_
#define RASD_TRANSLIT_TRANSLIT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/status.h"
#include "translit/model_file.h"

namespace rasd {

// models/translit.bin of the source tree, or $RASD_MODEL_DIR/translit.bin.
std::string DefaultTranslitModelPath();
// data/translit/fixed_words.tsv (name particles), or under $RASD_DATA_DIR.
std::string DefaultFixedWordsPath();
// data/translit/char_map.tsv (the baseline's table), or under $RASD_DATA_DIR.
std::string DefaultCharMapPath();

class Transliterator {
 public:
  // Reads a model written by `rasd train translit`.
  static Result<std::unique_ptr<const Transliterator>> Load(
      const std::string& path);
  // From model data in memory (training and tests).
  static std::unique_ptr<const Transliterator> FromData(TranslitModelData d);

  // The English spelling of an Arabic name (any UTF-8; letters of other
  // scripts and digits are copied, other characters dropped). Empty for a
  // name with nothing to spell.
  std::string ToEnglish(std::string_view arabic) const;

  // The lower-case English for one word of normalised Arabic letters, as
  // the model spells it (no article handling, no capitals); appended to *out.
  void SpellLetters(std::u32string_view letters, std::string* out) const;

  const std::vector<std::string>& card() const { return card_; }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    float logp = 0;
    float backoff = 0;
  };
  Transliterator();
  const Slot* Find(uint64_t key) const;
  float LogProb(uint64_t history, uint32_t ids, uint32_t g) const;
  void AppendWord(std::u32string_view word, bool first, std::string* out) const;
  // SpellLetters through the calling thread's cache of words it has spelt.
  void SpellCached(std::u32string_view letters, std::string* out) const;

  // Tells the per-thread caches of different models apart.
  const uint64_t instance_;

  uint32_t order_ = 4;
  uint64_t history_mask_ = 0;         // keeps the last order - 1 ids
  std::vector<std::string> english_;  // by graphone id
  // Candidate graphones per Arabic letter (index c - U+0621), most used first.
  std::vector<std::vector<uint16_t>> candidates_;
  std::unordered_map<std::string, std::string> fixed_;  // see model_file.h
  std::vector<Slot> slots_;  // open addressing, size a power of two
  uint64_t slot_mask_ = 0;
  std::vector<std::string> card_;
};

}  // namespace rasd

#endif  // RASD_TRANSLIT_TRANSLIT_H_

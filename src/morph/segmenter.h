// Clitic segmentation in the Universal Dependencies Arabic scheme.
//
// A normalised Arabic word is split into a proclitic chain ([و|ف] then
// [ب|ل|ك|س]), a host word that keeps its article ال, and one enclitic
// pronoun (ه ها هم هما هن ك كم كما كن نا ني ي). For ل + ال written لل the
// host keeps the second ل, as UD does (ل + لسلطة).
//
// Every possible split is scored by a linear model; the best one wins.
// Features: how often the host occurs as a word of its own in unlabelled
// news (the lexicon, with the host's article restored after لل and its ة
// restored before a pronoun), how often the whole word does, and which
// clitics, host lengths and host edge letters go together. Weights are
// learned by an averaged perceptron from segmented text (`rasd train seg`).
// Because the lexicon votes, names keep their letters: بوتين is not ب +
// وتين and ليبيا is not ل + يبيا, since neither remainder is a word.
//
// Thread-safety: immutable after construction; Split is reentrant.
#ifndef RASD_MORPH_SEGMENTER_H_
#define RASD_MORPH_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "morph/model_file.h"
#include "morph/stemmer.h"
#include "rasd/status.h"

namespace rasd {

// A split of a normalised word: byte lengths of the proclitic chain and of
// the enclitic; the host is what lies between.
struct Split {
  uint8_t prefix = 0;  // bytes of proclitics (2 per letter)
  uint8_t suffix = 0;  // bytes of the enclitic
  friend bool operator==(const Split&, const Split&) = default;
};

// A split and the light stem of its host (byte range relative to the start
// of the host; empty when the host is).
struct Analysis {
  Split split;
  StemRange stem;
};

// One (feature hash, value) pair.
struct Feature {
  uint64_t hash;
  float value;
};

class Segmenter {
 public:
  static Result<std::unique_ptr<Segmenter>> Load(const std::string& path);
  explicit Segmenter(const WordModelData& data);

  // The best split of `word` (normalised, Arabic letters only).
  // `ta_marbuta`: the raw word ends in ة, which normalisation made ه; it is
  // then no pronoun.
  Split Best(std::string_view word, bool ta_marbuta) const {
    return Analyze(word, ta_marbuta).split;
  }
  // The best split and its host's stem; one table lookup for words of the
  // lexicon (decisions cached in the model), scored otherwise.
  Analysis Analyze(std::string_view word, bool ta_marbuta) const;
  // The cached analysis of the word whose DecisionKey is `key`, packed (see
  // Pack), or 0 if the model holds none; Unpack(Lookup(...)) is then what
  // Analyze returns. PrefetchLookup(key) a few words before Lookup(key)
  // hides the table's cache miss.
  uint32_t Lookup(uint64_t key) const { return splits_.Get(key); }
  void PrefetchLookup(uint64_t key) const { splits_.Prefetch(key); }
  static Analysis Unpack(uint32_t packed) {
    const uint32_t v = packed - 1;
    return {{static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v)},
            {(v >> 16) & 0xFF, v >> 24}};
  }
  // The light stem of the host of `s`: the article after لل is stripped when
  // ال + the host is the likelier word, a ت before a pronoun is a ة.
  StemRange HostStem(std::string_view word, Split s) const;
  // Whether `word` is a preposition fused with ما or من (مما ممن عنما
  // منمن): its whole prefix is one word, not a chain of proclitic letters.
  static bool IsFused(std::string_view word);
  // The cache's packing of an analysis (0 means "not cached").
  static uint32_t Pack(const Analysis& a);

  // Every split the clitic inventory allows, the unsplit word first. The
  // host may be empty only for a preposition + pronoun (ل + ه).
  static void Candidates(std::string_view word, bool ta_marbuta,
                         std::vector<Split>* out);
  // The features of one candidate (appended to *out).
  void Features(std::string_view word, Split s,
                std::vector<Feature>* out) const;

  // The form under which the host of `s` is looked up in the lexicon: after
  // لل the article's alef comes back (ل + لسلطه → السلطه), and with
  // `restore_ta` a ت before a pronoun turns back into the ة it was
  // (مشاهدت + ه → مشاهده; but تصريحات + ه is a plural, hence both forms are
  // looked up). Points into `word` or `buf`.
  static std::string_view HostForm(std::string_view word, Split s, char* buf,
                                   size_t cap, bool restore_ta = true);

  uint32_t Count(std::string_view word) const {
    return counts_.Get(HashKey(word));
  }

  // The key of a word's cached decision.
  static constexpr uint64_t kTaSalt = 0x9E3779B97F4A7C15ull;
  static uint64_t DecisionKey(std::string_view word, bool ta_marbuta) {
    return HashKey(word) ^ (ta_marbuta ? kTaSalt : 0);
  }
  // Scores the candidates, ignoring the cache (for training and caching).
  Split Decide(std::string_view word, bool ta_marbuta) const;

  // The model's score of one candidate (the best candidate wins).
  float Score(std::string_view word, Split s) const;

 private:
  HashTable<uint32_t> counts_;
  HashTable<float> weights_;
  HashTable<uint32_t> splits_;  // cached analyses, packed
  HashTable<uint32_t> variants_;
};

}  // namespace rasd

#endif  // RASD_MORPH_SEGMENTER_H_

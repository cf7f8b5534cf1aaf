// The word-layer model file: a magic number and version, then two hash
// tables of (64-bit key hash → value): word counts learned from unlabelled
// news (the lexicon) and feature weights learned from segmented text.
// Only hashes are stored, never the words themselves.
//
//   "RASDWRD1" u32 version
//   u32 n_counts  { u64 hash, u32 count } * n_counts
//   u32 n_weights { u64 hash, f32 weight } * n_weights
//   u32 n_splits  { u64 hash, u32 analysis } * n_splits  (cached for
//                 lexicon words; see Segmenter::Analysis packing)
//   u32 n_meta    { u32 len, bytes } * n_meta   (model card lines)
// Little-endian. Thread-safety: immutable after Load.
#ifndef RASD_MORPH_MODEL_FILE_H_
#define RASD_MORPH_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

// xxHash compiled inline here: the word layer hashes every token, and every
// feature of a word whose analysis the model does not cache; a call into the
// shared library would cost as much as hashing a short word.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

namespace rasd {

// XXH3-64 of `s`: the keys of the model's tables.
inline uint64_t HashKey(std::string_view s) {
  return XXH3_64bits(s.data(), s.size());
}

// An open-addressing hash map from 64-bit hashes to values; 0 is "absent".
// Linear probing, at most 2/3 full; key and value share a slot so that a
// lookup touches one cache line (the word layer does one per token).
template <typename V>
class HashTable {
 public:
  void Build(const std::vector<std::pair<uint64_t, V>>& entries) {
    size_t cap = 16;
    while (cap * 2 < entries.size() * 3) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (auto [k, v] : entries) {
      if (k == 0) k = 1;
      size_t i = k & mask_;
      while (slots_[i].key != 0 && slots_[i].key != k) i = (i + 1) & mask_;
      slots_[i] = {k, v};
    }
  }
  V Get(uint64_t k) const {
    if (slots_.empty()) return V{};
    if (k == 0) k = 1;
    for (size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == k) return slots_[i].value;
      if (slots_[i].key == 0) return V{};
    }
  }
  // Starts loading the slot where a lookup of `k` begins, so that a Get a
  // few hundred instructions later finds it in cache.
  void Prefetch(uint64_t k) const {
    if (slots_.empty()) return;
    __builtin_prefetch(&slots_[(k == 0 ? 1 : k) & mask_]);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

struct WordModelData {
  std::vector<std::pair<uint64_t, uint32_t>> counts;
  std::vector<std::pair<uint64_t, float>> weights;
  std::vector<std::pair<uint64_t, uint32_t>> splits;
  // How many distinct lexicon words contain each host form behind a clitic
  // (بأنفسهم، أنفسنا → انفس): real hosts combine with many clitics.
  std::vector<std::pair<uint64_t, uint32_t>> variants;
  std::vector<std::string> card;  // provenance lines
};

Status WriteWordModel(const std::string& path, const WordModelData& data);
Result<WordModelData> ReadWordModel(const std::string& path);

}  // namespace rasd

#endif  // RASD_MORPH_MODEL_FILE_H_

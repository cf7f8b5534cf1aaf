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
// Slots come in buckets of four that share one 64-byte cache line (keys,
// then values), probed bucket after bucket, at most 2/3 full: a lookup reads
// one line, almost always, and compares its four keys without a branch per
// slot (the word layer does one lookup per token, and a mispredicted probe
// cost as much as the lookup).
template <typename V>
class HashTable {
 public:
  void Build(const std::vector<std::pair<uint64_t, V>>& entries) {
    size_t cap = 16;
    while (cap * 2 < entries.size() * 3) cap <<= 1;
    buckets_.assign(cap / kWays, Bucket{});
    mask_ = cap / kWays - 1;
    for (auto [k, v] : entries) {
      if (k == 0) k = 1;
      for (size_t b = k & mask_;; b = (b + 1) & mask_) {
        Bucket& bucket = buckets_[b];
        size_t j = 0;
        while (j < kWays && bucket.keys[j] != 0 && bucket.keys[j] != k) ++j;
        if (j == kWays) continue;
        bucket.keys[j] = k;
        bucket.values[j] = v;
        break;
      }
    }
  }
  V Get(uint64_t k) const {
    if (buckets_.empty()) return V{};
    if (k == 0) k = 1;
    for (size_t b = k & mask_;; b = (b + 1) & mask_) {
      const Bucket& bucket = buckets_[b];
      unsigned hit = 0, empty = 0;
      for (size_t j = 0; j < kWays; ++j) {
        hit |= static_cast<unsigned>(bucket.keys[j] == k) << j;
        empty |= static_cast<unsigned>(bucket.keys[j] == 0) << j;
      }
      if (hit != 0) [[likely]]
        return bucket.values[__builtin_ctz(hit)];
      if (empty != 0) return V{};
    }
  }
  // Starts loading the bucket where a lookup of `k` begins, so that a Get a
  // few hundred instructions later finds it in cache.
  void Prefetch(uint64_t k) const {
    if (buckets_.empty()) return;
    __builtin_prefetch(&buckets_[(k == 0 ? 1 : k) & mask_]);
  }

 private:
  static constexpr size_t kWays = 4;
  struct alignas(64) Bucket {
    uint64_t keys[kWays] = {};
    V values[kWays] = {};
  };
  static_assert(sizeof(Bucket) == 64);
  std::vector<Bucket> buckets_;
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

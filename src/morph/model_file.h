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

namespace rasd {

uint64_t HashKey(std::string_view s);

// An open-addressing hash map from 64-bit hashes to values; 0 is "absent".
template <typename V>
class HashTable {
 public:
  void Build(const std::vector<std::pair<uint64_t, V>>& entries) {
    size_t cap = 16;
    while (cap < entries.size() * 2) cap <<= 1;
    keys_.assign(cap, 0);
    values_.assign(cap, V{});
    mask_ = cap - 1;
    for (const auto& [k, v] : entries) {
      size_t i = k & mask_;
      while (keys_[i] != 0 && keys_[i] != k) i = (i + 1) & mask_;
      keys_[i] = k == 0 ? 1 : k;
      values_[i] = v;
    }
  }
  V Get(uint64_t k) const {
    if (keys_.empty()) return V{};
    if (k == 0) k = 1;
    for (size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == k) return values_[i];
      if (keys_[i] == 0) return V{};
    }
  }

 private:
  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  size_t mask_ = 0;
};

struct WordModelData {
  std::vector<std::pair<uint64_t, uint32_t>> counts;
  std::vector<std::pair<uint64_t, float>> weights;
  std::vector<std::pair<uint64_t, uint32_t>> splits;
  std::vector<std::string> card;  // provenance lines
};

Status WriteWordModel(const std::string& path, const WordModelData& data);
Result<WordModelData> ReadWordModel(const std::string& path);

}  // namespace rasd

#endif  // RASD_MORPH_MODEL_FILE_H_

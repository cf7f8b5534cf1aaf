// The tagger's model: a linear scorer over hashed features (one weight per
// feature bucket and tag) plus tag-to-tag transition weights, decoded by
// first-order Viterbi under the BIO constraint (I-t only after B-t or I-t).
//
// File format (little-endian), loaded with one read:
//   "RASDNER1" u32 version u32 bits
//   f32 scale  f32 trans[(kNumTags + 1) * kNumTags]   (row kNumTags = start)
//   u32 rows   { u32 bucket, i16 w[kNumTags] } * rows  (non-zero buckets;
//              weight = w * scale)
//   u32 n_card { u32 len, bytes } * n_card           (model card lines)
//   u32 n_extra { u32 len, bytes }                   (the inputs the model
//              needs: "clusters" when it was trained with clusters.bin)
// Thread-safety: immutable after Load; Decode is reentrant.
#ifndef RASD_NER_MODEL_H_
#define RASD_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/tags.h"
#include "rasd/status.h"

namespace rasd {

// Weights are stored with a stride of 16 floats per bucket so that adding a
// feature's row is one vectorised loop.
inline constexpr int kTagStride = 16;

class NerModel {
 public:
  NerModel() = default;
  explicit NerModel(uint32_t bits);

  static Result<NerModel> Load(const std::string& path);
  Status Save(const std::string& path) const;

  uint32_t bits() const { return bits_; }
  // A loaded model keeps only its non-zero rows (see below); writing to a
  // row (training) expands it to the dense table first.
  float* row(uint32_t id) {
    if (!blocks_.empty()) Expand();
    return weights_[id].w;
  }
  const float* row(uint32_t id) const {
    return blocks_.empty() ? weights_[id].w : rows_[RowOf(id)].w;
  }
  float& trans(int prev, int tag) { return trans_[prev * kNumTags + tag]; }
  float trans(int prev, int tag) const { return trans_[prev * kNumTags + tag]; }

  // Scratch reused between calls to Decode.
  struct Scratch {
    std::vector<float> emit, viterbi;
    std::vector<uint32_t> rows;
  };
  // The best BIO tag sequence for `f`.
  void Decode(const SeqFeatures& f, Scratch* scratch,
              std::vector<uint8_t>* tags) const;

  std::vector<std::string> card;
  std::vector<std::string> needs;  // "clusters"

 private:
  // One cache line per bucket: a feature costs at most one memory miss.
  struct alignas(64) Row {
    float w[kTagStride];
  };
  // 64 buckets of a compact model: which are non-zero, and the index in
  // rows_ of the first of them.
  struct Block {
    uint64_t nonzero = 0;
    uint32_t base = 0;
    uint32_t unused = 0;
  };
  // std::popcount without the POPCNT instruction is a library call on the
  // baseline x86-64 this builds for; this is a few arithmetic steps, which
  // GCC turns into POPCNT where the target has it (Decode's clones).
  static uint32_t BitCount(uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
  }
  // The row of bucket id in rows_ (0: the zero row).
  uint32_t RowOf(uint32_t id) const {
    const Block& b = blocks_[id >> 6];
    const uint64_t bit = uint64_t{1} << (id & 63);
    if (!(b.nonzero & bit)) return 0;
    return b.base + BitCount(b.nonzero & (bit - 1));
  }
  void Expand();

  uint32_t bits_ = 0;
  // Dense: one row per bucket (what training writes). A loaded model is
  // compact instead, as most buckets are zero (ner.bin: ~90k of 2^20):
  // rows_ holds an all-zero row and then the non-zero rows in bucket order,
  // blocks_ (a bitmap with running counts, 256 KB for 2^20 buckets) finds a
  // bucket's row, and weights_ is empty. Most lookups are then answered from
  // the bitmap in the core's own cache, the rows in use fit in the shared
  // one (~6 MB instead of 64), and Decode skips the zero rows; the sums are
  // the same floats.
  std::vector<Row> weights_;
  std::vector<Block> blocks_;
  std::vector<Row> rows_;
  std::vector<float> trans_;
};

// Viterbi over per-token emission scores emit[i * kTagStride + tag] and the
// model's transitions; exposed for tests.
void Viterbi(const float* emit, size_t n, const NerModel& model,
             std::vector<float>* scratch, std::vector<uint8_t>* tags);

}  // namespace rasd

#endif  // RASD_NER_MODEL_H_

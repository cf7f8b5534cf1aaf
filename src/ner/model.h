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
  float* row(uint32_t id) { return weights_[id].w; }
  const float* row(uint32_t id) const { return weights_[id].w; }
  float& trans(int prev, int tag) { return trans_[prev * kNumTags + tag]; }
  float trans(int prev, int tag) const { return trans_[prev * kNumTags + tag]; }

  // Scratch reused between calls to Decode.
  struct Scratch {
    std::vector<float> emit, viterbi;
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
  uint32_t bits_ = 0;
  std::vector<Row> weights_;
  std::vector<float> trans_;
};

// Viterbi over per-token emission scores emit[i * kTagStride + tag] and the
// model's transitions; exposed for tests.
void Viterbi(const float* emit, size_t n, const NerModel& model,
             std::vector<float>* scratch, std::vector<uint8_t>* tags);

}  // namespace rasd

#endif  // RASD_NER_MODEL_H_

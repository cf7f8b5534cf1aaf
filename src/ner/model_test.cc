// Viterbi on a toy model, the BIO constraint, and the model file round trip.
#include "ner/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <limits>
#include <utility>

namespace rasd {
namespace {

// Emission rows for n tokens, all zero but the given (token, tag, score).
std::vector<float> Emit(size_t n,
                        std::initializer_list<std::tuple<int, int, float>> v) {
  std::vector<float> e(n * kTagStride, 0.0f);
  for (auto [i, t, s] : v) e[i * kTagStride + t] = s;
  return e;
}

TEST(ViterbiTest, PicksTheBestPathUnderTransitions) {
  NerModel m(4);
  const int bper = BeginTag(EntityType::kPer),
            iper = InsideTag(EntityType::kPer);
  // Token 1 alone slightly prefers O, but B-PER → I-PER is rewarded.
  std::vector<float> e =
      Emit(3, {{0, bper, 2}, {1, kTagO, 0.5f}, {1, iper, 0.2f}});
  std::vector<float> scratch;
  std::vector<uint8_t> tags;
  Viterbi(e.data(), 3, m, &scratch, &tags);
  EXPECT_EQ(tags, (std::vector<uint8_t>{uint8_t(bper), kTagO, kTagO}));
  m.trans(bper, iper) = 1.0f;
  Viterbi(e.data(), 3, m, &scratch, &tags);
  EXPECT_EQ(tags, (std::vector<uint8_t>{uint8_t(bper), uint8_t(iper), kTagO}));
}

TEST(ViterbiTest, NeverStartsWithInsideOrSwitchesTypeInside) {
  NerModel m(4);
  const int borg = BeginTag(EntityType::kOrg),
            iorg = InsideTag(EntityType::kOrg);
  const int bgpe = BeginTag(EntityType::kGpe),
            igpe = InsideTag(EntityType::kGpe);
  std::vector<float> scratch;
  std::vector<uint8_t> tags;
  // I-ORG scores highest on both tokens but may not open the sentence.
  std::vector<float> e = Emit(2, {{0, iorg, 5}, {1, iorg, 5}});
  Viterbi(e.data(), 2, m, &scratch, &tags);
  EXPECT_EQ(tags, (std::vector<uint8_t>{uint8_t(borg), uint8_t(iorg)}));
  // Nor follow B-GPE: the type carries on instead.
  e = Emit(2, {{0, bgpe, 10}, {1, iorg, 5}, {1, igpe, 1}});
  Viterbi(e.data(), 2, m, &scratch, &tags);
  EXPECT_EQ(tags, (std::vector<uint8_t>{uint8_t(bgpe), uint8_t(igpe)}));
  Viterbi(e.data(), 0, m, &scratch, &tags);
  EXPECT_TRUE(tags.empty());
}

// The straightforward Viterbi: one tag at a time, first best previous tag.
std::vector<uint8_t> PlainViterbi(const std::vector<float>& emit, size_t n,
                                  const NerModel& m) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * kNumTags);
  std::vector<int> back(n * kNumTags);
  for (int t = 0; t < kNumTags; ++t)
    score[t] =
        AllowedTransition(kNumTags, t) ? emit[t] + m.trans(kNumTags, t) : kNeg;
  for (size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!AllowedTransition(p, t)) continue;
        const float s = score[(i - 1) * kNumTags + p] + m.trans(p, t);
        if (s > best) best = s, arg = p;
      }
      score[i * kNumTags + t] = best + emit[i * kTagStride + t];
      back[i * kNumTags + t] = arg;
    }
  }
  std::vector<uint8_t> tags(n);
  const float* last = &score[(n - 1) * kNumTags];
  int t = static_cast<int>(std::max_element(last, last + kNumTags) - last);
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<uint8_t>(t);
    if (i > 0) t = back[i * kNumTags + t];
  }
  return tags;
}

TEST(ViterbiTest, SameAsOneTagAtATime) {
  uint64_t x = 7;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(x >> 33);
  };
  // Coarse scores, so that ties are common: the first best must win.
  NerModel m(4);
  for (int p = 0; p <= kNumTags; ++p)
    for (int t = 0; t < kNumTags; ++t)
      m.trans(p, t) = static_cast<float>(next() % 5) - 2.0f;
  std::vector<float> scratch;
  std::vector<uint8_t> tags;
  for (int seq = 0; seq < 200; ++seq) {
    const size_t n = 1 + next() % 25;
    std::vector<float> e(n * kTagStride, 0.0f);
    for (size_t i = 0; i < n; ++i)
      for (int t = 0; t < kNumTags; ++t)
        e[i * kTagStride + t] = static_cast<float>(next() % 7) * 0.5f - 1.5f;
    Viterbi(e.data(), n, m, &scratch, &tags);
    EXPECT_EQ(tags, PlainViterbi(e, n, m)) << seq;
  }
}

TEST(NerModelTest, SavesAndLoads) {
  NerModel m(6);
  m.row(5)[3] = 1.5f;
  m.row(63)[0] = -2.0f;
  m.trans(kNumTags, 1) = 0.25f;
  m.card = {"toy model"};
  const std::string path = testing::TempDir() + "/toy_ner.bin";
  ASSERT_TRUE(m.Save(path).ok());
  auto r = NerModel::Load(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const NerModel& loaded = *r;  // read as loaded (compact), not expanded
  EXPECT_EQ(loaded.bits(), 6u);
  EXPECT_NEAR(loaded.row(5)[3], 1.5f, 1e-4);
  EXPECT_NEAR(loaded.row(63)[0], -2.0f, 1e-4);
  EXPECT_EQ(loaded.row(7)[3], 0.0f);
  EXPECT_EQ(r->trans(kNumTags, 1), 0.25f);
  EXPECT_EQ(r->card, m.card);
  // A truncated file is an error, not a crash.
  std::filesystem::resize_file(path, 40);
  EXPECT_FALSE(NerModel::Load(path).ok());
  EXPECT_FALSE(NerModel::Load(path + ".missing").ok());
}

// A loaded model keeps only its non-zero rows; it must score exactly as the
// same weights in the dense table do (same floats, summed in the same order).
TEST(NerModelTest, CompactAndDenseDecodeAlike) {
  NerModel m(10);
  uint64_t x = 12345;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(x >> 33);
  };
  for (int i = 0; i < 150; ++i) {  // sparse, clustered in some 64-blocks
    const uint32_t b = i < 70 ? 64 + i : next() % 1024;
    for (int t = 0; t < kNumTags; ++t)
      m.row(b)[t] =
          static_cast<float>(static_cast<int>(next() % 2001) - 1000) / 7;
  }
  for (int p = 0; p <= kNumTags; ++p)
    for (int t = 0; t < kNumTags; ++t)
      m.trans(p, t) =
          static_cast<float>(static_cast<int>(next() % 21) - 10) / 3;
  const std::string path = testing::TempDir() + "/compact_ner.bin";
  ASSERT_TRUE(m.Save(path).ok());
  auto r = NerModel::Load(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const NerModel& compact = *r;
  NerModel dense = *r;
  dense.row(0);  // writing access expands it to the dense table
  for (uint32_t b = 0; b < 1024; ++b) {
    for (int t = 0; t < kTagStride; ++t)
      ASSERT_EQ(compact.row(b)[t], std::as_const(dense).row(b)[t]) << b;
  }
  for (int seq = 0; seq < 50; ++seq) {
    SeqFeatures f;
    f.Clear();
    const uint32_t n = 1 + next() % 30;
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t k = next() % 40;
      for (uint32_t j = 0; j < k; ++j) f.ids.push_back(next() % 1024);
      f.start.push_back(static_cast<uint32_t>(f.ids.size()));
    }
    NerModel::Scratch sa, sb;
    std::vector<uint8_t> ta, tb;
    compact.Decode(f, &sa, &ta);
    std::as_const(dense).Decode(f, &sb, &tb);
    EXPECT_EQ(ta, tb);
    ASSERT_EQ(sa.emit.size(), sb.emit.size());
    EXPECT_EQ(std::memcmp(sa.emit.data(), sb.emit.data(),
                          sa.emit.size() * sizeof(float)),
              0);
  }
}

}  // namespace
}  // namespace rasd

#include "translit/align.h"

#include <gtest/gtest.h>

#include <cmath>

#include "translit/ngram.h"

namespace rasd {
namespace {

std::string Show(const std::vector<std::pair<char32_t, std::string>>& a) {
  std::string out;
  for (const auto& [c, e] : a) {
    if (!out.empty()) out += ' ';
    out += e.empty() ? "_" : e;
  }
  return out;
}

// Made-up words over a tiny alphabet: ش is always "sh"; ب is "b" before a
// written vowel and "ba" before a consonant (the unwritten short vowel).
// The aligner must discover the two-letter chunk and put the vowel on ب.
std::vector<LetterPair> ToyPairs() {
  return {
      {U"شان", "shan"},  {U"ناش", "nash"}, {U"راش", "rash"},  {U"شار", "shar"},
      {U"اشن", "ashn"},  {U"نشا", "nsha"}, {U"بار", "bar"},   {U"ناب", "nab"},
      {U"بان", "ban"},   {U"ربا", "rba"},  {U"بشر", "bashr"}, {U"بنر", "banr"},
      {U"بشن", "bashn"}, {U"برا", "bara"},
  };
}

TEST(TranslitAlign, LearnsChunks) {
  Aligner aligner;
  aligner.Train(ToyPairs(), 10);
  std::vector<std::pair<char32_t, std::string>> a;
  ASSERT_TRUE(aligner.Align({U"شان", "shan"}, &a));
  EXPECT_EQ(Show(a), "sh a n");
  ASSERT_TRUE(aligner.Align({U"بشر", "bashr"}, &a));
  EXPECT_EQ(Show(a), "ba sh r");
  ASSERT_TRUE(aligner.Align({U"ناب", "nab"}, &a));
  EXPECT_EQ(Show(a), "n a b");
  EXPECT_GT(aligner.Prob(U'ش', "sh"), 0.5);
}

TEST(TranslitAlign, RejectsUnalignable) {
  Aligner aligner;
  aligner.Train(ToyPairs(), 3);
  std::vector<std::pair<char32_t, std::string>> a;
  EXPECT_FALSE(aligner.Align({U"ب", "bbbbbbb"}, &a));  // > 3 letters each
  EXPECT_FALSE(aligner.Align({U"", "b"}, &a));
}

// Each history's distribution over the vocabulary sums to one (backoff
// form of interpolated absolute discounting, without pruning).
TEST(TranslitNgram, DistributionsSumToOne) {
  const std::vector<std::vector<uint16_t>> seqs = {
      {2, 3, 4}, {2, 3, 5}, {3, 4, 4, 2}, {5}, {2, 3, 4}};
  const uint32_t vocab = 6;
  const std::vector<NgramEntry> entries = EstimateNgrams(seqs, 3, 1, vocab);
  auto find = [&](uint64_t key) -> const NgramEntry* {
    for (const NgramEntry& e : entries)
      if (e.key == key) return &e;
    return nullptr;
  };
  // log10 p(g | history of `ids` ids), by the same backoff walk as decoding.
  auto logp = [&](uint64_t h, int ids, uint32_t g) {
    double back = 0;
    for (;;) {
      if (const NgramEntry* e = find(PushId(h, g))) return back + e->logp;
      if (ids == 0) return back - 10.0;
      if (const NgramEntry* e = find(h)) back += e->backoff;
      --ids;
      h &= ids == 0 ? 0 : (uint64_t{1} << (16 * ids)) - 1;
    }
  };
  const uint64_t histories[][2] = {
      {PushId(0, kTranslitBos), 1},
      {PushId(PushId(0, kTranslitBos), 2), 2},
      {PushId(PushId(0, 2), 3), 2},
      {PushId(0, 4), 1},
  };
  for (const auto& [h, ids] : histories) {
    double sum = 0;
    for (uint32_t g = 1; g < vocab; ++g)  // everything but the start marker
      sum += std::pow(10.0, logp(h, static_cast<int>(ids), g));
    EXPECT_NEAR(sum, 1.0, 1e-4) << "history " << h;
  }
}

}  // namespace
}  // namespace rasd

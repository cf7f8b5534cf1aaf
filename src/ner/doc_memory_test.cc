// The document memory's window, clearing and capacity, and the features it
// adds to a token whose word was tagged before.
#include "ner/doc_memory.h"

#include <gtest/gtest.h>

#include "ner/features.h"
#include "ner/lexicons.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

constexpr int kPer = static_cast<int>(EntityType::kPer);
constexpr int kOrg = static_cast<int>(EntityType::kOrg);

TEST(DocMemoryTest, RemembersTheSentencesBeforeWithinTheWindow) {
  DocMemory m;
  EXPECT_EQ(m.Get(7, 0), 0u);  // empty, never used
  m.Add(7, kPer, 3);
  EXPECT_EQ(m.Get(7, 3), 0u);  // not the sentence it was tagged in
  EXPECT_EQ(m.Get(7, 4), 1u << kPer);
  EXPECT_EQ(m.Get(7, 3 + DocMemory::kWindow), 1u << kPer);
  EXPECT_EQ(m.Get(7, 4 + DocMemory::kWindow), 0u);  // fell out of the window
  // Two types, each with its own last sentence.
  m.Add(7, kOrg, 5);
  EXPECT_EQ(m.Get(7, 6), (1u << kPer) | (1u << kOrg));
  EXPECT_EQ(m.Get(7, 4 + DocMemory::kWindow), 1u << kOrg);
  EXPECT_EQ(m.Get(8, 6), 0u);  // another word
  m.Add(8, -1, 6);             // not a type: ignored
  EXPECT_EQ(m.Get(8, 7), 0u);
  m.Clear();
  EXPECT_EQ(m.Get(7, 6), 0u);
}

TEST(DocMemoryTest, StopsAddingWhenFullAndStillAnswers) {
  DocMemory m;
  for (uint64_t k = 1; k <= 10000; ++k)
    m.Add(k * 0x9E3779B97F4A7C15ull, kPer, 0);
  EXPECT_EQ(m.Get(1 * 0x9E3779B97F4A7C15ull, 1), 1u << kPer);
  EXPECT_EQ(m.Get(10000 * 0x9E3779B97F4A7C15ull, 1), 0u);  // past capacity
  EXPECT_EQ(m.Get(12345, 1), 0u);                          // probe ends
  m.Clear();
  m.Add(5, kOrg, 0);
  EXPECT_EQ(m.Get(5, 1), 1u << kOrg);
}

TEST(DocMemoryTest, ARememberedWordAndItsNeighboursGainFeatures) {
  auto p =
      Pipeline::Create({.model_dir = "", .data_dir = "", .until = "words"});
  ASSERT_TRUE(p.ok()) << p.status().message();
  Document doc;
  doc.text = "وصل المهندس كرم الدباغ أمس";
  ASSERT_TRUE((*p)->Run(&doc).ok());
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  const FeatureExtractor fx(nullptr, nullptr, 20);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  ASSERT_EQ(n, 5u);
  std::vector<TokenFacts> facts;
  auto count = [&](const DocMemory* memory) {
    SeqFeatures f;
    f.Clear();
    fx.Extract(doc, words_of, 0, n, nullptr, &facts, &f, nullptr, memory, 2);
    std::vector<size_t> out;
    for (uint32_t t = 0; t < n; ++t) out.push_back(f.start[t + 1] - f.start[t]);
    return out;
  };
  const std::vector<size_t> plain = count(nullptr);
  DocMemory m;
  m.Add(KeyHash("الدباغ"), kPer, 1);
  const std::vector<size_t> with = count(&m);
  EXPECT_NE(facts[3].mem, 0u);
  // الدباغ: its own type and both pairs; كرم and أمس: the pair with it.
  const size_t gains[5] = {0, 0, 1, 3, 1};
  for (uint32_t t = 0; t < n; ++t) EXPECT_EQ(with[t], plain[t] + gains[t]) << t;
}

}  // namespace
}  // namespace rasd

// The gazetteer's evidence levels, jackknife subtraction, file round trip,
// and the features it adds to a token (over the committed word model).
#include "ner/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "ner/features.h"
#include "ner/lexicons.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

constexpr int kPer = static_cast<int>(EntityType::kPer);
constexpr int kOrg = static_cast<int>(EntityType::kOrg);
constexpr int kGpe = static_cast<int>(EntityType::kGpe);

TEST(GazetteerTest, LevelGrowsWithShareAndSightings) {
  struct Row {
    uint32_t in, total;
    int level;
  };
  const Row rows[] = {
      {0, 10, 0},    // never in a name
      {1, 40, 0},    // 1/41: under 5 %
      {1, 9, 1},     // 10 %
      {2, 9, 2},     // 20 %
      {1, 1, 3},     // one sighting, in a name: 1/2
      {3, 3, 4},     // 3/4
      {10, 10, 5},   // 10/11
      {90, 100, 5},  // 89 %
  };
  for (const Row& r : rows)
    EXPECT_EQ(Gazetteer::LevelOf(r.in, r.total), r.level)
        << r.in << "/" << r.total;
}

TEST(GazetteerTest, BuildPacksLevelsAndKbBitsAndSubtractsAFold) {
  GazetteerCounts all, fold;
  // A word seen 4 times in PER names and once outside any name.
  for (int i = 0; i < 4; ++i) all.Add(11, kPer);
  all.Add(11, -1);
  // A word seen only in one run, in an ORG name.
  all.Add(22, kOrg);
  fold.Add(22, kOrg);
  // A word that is only a knowledge-base name word.
  all.AddKb(33, kGpe);
  // A common word: no evidence, not stored.
  for (int i = 0; i < 50; ++i) all.Add(44, -1);
  const Gazetteer g = all.Build();
  EXPECT_EQ(g.size(), 3u);
  EXPECT_EQ(Gazetteer::Level(g.Get(11), kPer), 4);  // 4/6
  EXPECT_EQ(Gazetteer::Level(g.Get(11), kOrg), 0);
  EXPECT_EQ(Gazetteer::Level(g.Get(22), kOrg), 3);  // 1/2
  EXPECT_TRUE(Gazetteer::InKb(g.Get(33), kGpe));
  EXPECT_FALSE(Gazetteer::InKb(g.Get(33), kPer));
  EXPECT_EQ(g.Get(44), 0u);
  // The run that saw word 22 does not see it in its own gazetteer.
  const Gazetteer jack = all.Build(&fold);
  EXPECT_EQ(jack.Get(22), 0u);
  EXPECT_EQ(jack.Get(11), g.Get(11));
  EXPECT_TRUE(Gazetteer::InKb(jack.Get(33), kGpe));
}

TEST(GazetteerTest, FileRoundTripAndCorruptCount) {
  GazetteerCounts c;
  c.Add(5, kPer);
  c.AddKb(6, kOrg);
  const Gazetteer g = c.Build();
  const std::string path =
      testing::TempDir() + "/gaz_" + std::to_string(::getpid()) + ".bin";
  ASSERT_TRUE(g.Write(path).ok());
  auto back = Gazetteer::Load(path);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->size(), 2u);
  EXPECT_EQ(back->Get(5), g.Get(5));
  EXPECT_EQ(back->Get(6), g.Get(6));
  // A file whose record count claims more than its bytes is refused.
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes[12] = '\x7f';  // low byte of n
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  EXPECT_FALSE(Gazetteer::Load(path).ok());
  EXPECT_FALSE(Gazetteer::Load(path + ".missing").ok());
}

Document Words(const std::string& text) {
  static auto p =
      Pipeline::Create({.model_dir = "", .data_dir = "", .until = "words"});
  EXPECT_TRUE(p.ok()) << p.status().message();
  Document doc;
  doc.text = text;
  EXPECT_TRUE((*p)->Run(&doc).ok());
  return doc;
}

// The features of one token of `text` with and without a gazetteer.
std::vector<uint32_t> TokenIds(const std::string& text, uint32_t token,
                               const Gazetteer* g) {
  const FeatureExtractor fx(nullptr, nullptr, 20, g);
  Document doc = Words(text);
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  std::vector<TokenFacts> facts;
  SeqFeatures f;
  f.Clear();
  fx.Extract(doc, words_of, 0, static_cast<uint32_t>(doc.tokens.size()),
             nullptr, &facts, &f);
  return {f.ids.begin() + f.start[token], f.ids.begin() + f.start[token + 1]};
}

TEST(GazetteerTest, FeaturesFollowTheWordThroughItsClitics) {
  // A family name seen inside person names, and a first name in the KB.
  GazetteerCounts c;
  c.Add(KeyHash("الزهراني"), kPer);
  c.AddKb(KeyHash("سعيد"), kPer);
  const Gazetteer g = c.Build();
  const std::string text = "استقبل سعيد الزهراني وفدا";
  Document doc = Words(text);
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  const FeatureExtractor fx(nullptr, nullptr, 20, &g);
  EXPECT_NE(fx.Facts(doc, words_of, 2).gaz, 0u);
  EXPECT_EQ(fx.Facts(doc, words_of, 3).gaz, 0u);
  // والزهراني: the same host behind a proclitic finds the same evidence.
  Document cl = Words("والزهراني");
  std::vector<uint32_t> cl_words;
  IndexTokenWords(cl, &cl_words);
  EXPECT_EQ(fx.Facts(cl, cl_words, 0).gaz, fx.Facts(doc, words_of, 2).gaz);
  // The gazetteer only adds features: to the name words (their evidence)
  // and to the word after the name (its left neighbour's type); the verb
  // before them sees only a knowledge-base word, which has no level, and
  // gains nothing.
  const size_t gains[4] = {0, 2, 3, 1};
  for (uint32_t t = 0; t < 4; ++t) {
    const auto with = TokenIds(text, t, &g),
               without = TokenIds(text, t, nullptr);
    EXPECT_EQ(with.size(), without.size() + gains[t]) << t;
    for (uint32_t id : without)
      EXPECT_NE(std::find(with.begin(), with.end(), id), with.end()) << t;
  }
}

}  // namespace
}  // namespace rasd

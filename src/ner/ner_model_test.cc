// The committed tagger (models/ner.bin): it loads fast, runs as the "names"
// pipeline step, and keeps a floor F1 on the ANERcorp test set when the
// shared data is present (the measured figure is in models/ner.md).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "ner/conll_tagger.h"
#include "ner/paths.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

TEST(NerModelFileTest, LoadsInUnderASecond) {
  const auto start = std::chrono::steady_clock::now();
  auto tagger = LoadNameTagger("", "");
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const double s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_LT(s, 1.0);
  EXPECT_FALSE((*tagger)->model().card.empty());
}

TEST(NerModelFileTest, NamesStepFindsMentions) {
  // The tagger's own mentions, before the actors step rewrites them.
  auto p = Pipeline::Create({.until = "names"});
  ASSERT_TRUE(p.ok()) << p.status().message();
  const auto names = (*p)->StepNames();
  ASSERT_NE(std::find(names.begin(), names.end(), "names"), names.end());
  Document doc;
  doc.text =
      "التقى الرئيس الروسي فلاديمير بوتين في موسكو مع المشير خليفة حفتر.";
  ASSERT_TRUE((*p)->Run(&doc).ok());
  std::vector<std::string> found;
  for (const Mention& m : doc.mentions)
    found.push_back(std::string(EntityTypeName(m.type)) + ":" +
                    std::string(doc.Text(m.span)));
  // Spans and types the tagger must get on plain news wording. (It misses
  // خليفة حفتر here, خليفة being also a common noun: see models/ner.md.)
  EXPECT_NE(std::find(found.begin(), found.end(), "PER:فلاديمير بوتين"),
            found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "GPE:موسكو"), found.end());
}

// Measured figure minus a margin for retraining noise; see models/ner.md.
constexpr double kFloor = 68.0;

TEST(NerModelFileTest, FloorF1OnAnercorpTest) {
  const std::string gold = std::string(RASD_SHARED_DIR) +
                           "/data/ner/anercorp/ANERCorp_CamelLab_test.txt";
  if (!std::filesystem::exists(gold)) {
    GTEST_SKIP() << "../shared/data/ner/anercorp not found: ANERcorp F1 "
                    "check skipped";
  }
  auto pipeline =
      Pipeline::Create({.model_dir = "", .data_dir = "", .until = "words"});
  ASSERT_TRUE(pipeline.ok());
  auto tagger = LoadNameTagger("", "");
  ASSERT_TRUE(tagger.ok());
  auto sentences = ReadConllFile(gold);
  ASSERT_TRUE(sentences.ok());
  AlignedSentence aligned;
  NameTagger::Scratch scratch;
  std::vector<uint8_t> tags;
  NerScore score;
  for (const ConllSentence& s : *sentences) {
    ASSERT_TRUE(
        TagConllSentence(**pipeline, **tagger, s, &aligned, &scratch, &tags)
            .ok());
    std::vector<std::string> system;
    for (uint8_t t : tags) system.push_back(TagName(t, Tagset::kAnercorp));
    score.Add(s.tags, system);
  }
  EXPECT_GE(100 * score.overall.f1(), kFloor);
}

}  // namespace
}  // namespace rasd

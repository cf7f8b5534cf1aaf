// Golden table for the clitic segmenter with the committed model: words as
// "piece+piece" in the UD Arabic scheme.
#include <gtest/gtest.h>

#include "rasd/pipeline.h"

namespace rasd {
namespace {

std::string Segmented(const Pipeline& p, const std::string& text) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(p.Run(&doc).ok());
  std::string out;
  for (size_t i = 0; i < doc.words.size(); ++i) {
    if (i > 0) out += doc.words[i].token == doc.words[i - 1].token ? "+" : " ";
    out += doc.Text(doc.words[i].span);
  }
  return out;
}

struct Row {
  const char* text;
  const char* words;
};

const Row kRows[] = {
    // Clitics split off names and nouns.
    {"لحفتر", "ل+حفتر"},
    {"وبموسكو", "و+ب+موسكو"},
    {"وقال", "و+قال"},
    {"سيزور", "س+يزور"},
    {"كتابه", "كتاب+ه"},
    {"له", "ل+ه"},
    {"بها", "ب+ها"},
    {"للسلطة", "ل+لسلطة"},
    {"بالنسبة", "ب+النسبة"},
    // Names and words whose first or last letters only look like clitics.
    {"بوتين", "بوتين"},
    {"ليبيا", "ليبيا"},
    {"فلسطينيين", "فلسطينيين"},
    {"وزير", "وزير"},
    {"فرنسا", "فرنسا"},
    {"كوريا", "كوريا"},
    {"المدرسة", "المدرسة"},
    {"سوريا", "سوريا"},
    // Harakat stay with their letters; other tokens are one word each.
    {"وَقالَ", "وَ+قالَ"},
    {"قال، 2017 CNN.", "قال ، 2017 CNN ."},
};

TEST(SegmenterTest, GoldenTable) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok()) << p.status().message();
  for (const Row& r : kRows)
    EXPECT_EQ(Segmented(**p, r.text), r.words) << r.text;
}

TEST(SegmenterTest, WordsTileTheirTokens) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok());
  Document doc;
  doc.text = "وبموسكو قال لهم إنهم سيعودون بكتبهم للسلطة، وَلِلْمَدْرَسَةِ";
  ASSERT_TRUE((*p)->Run(&doc).ok());
  size_t w = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    uint32_t at = doc.tokens[t].span.begin;
    while (w < doc.words.size() && doc.words[w].token == t) {
      EXPECT_EQ(doc.words[w].span.begin, at);
      EXPECT_LT(doc.words[w].span.begin, doc.words[w].span.end);
      at = doc.words[w].span.end;
      ++w;
    }
    EXPECT_EQ(at, doc.tokens[t].span.end) << "token " << t;
  }
  EXPECT_EQ(w, doc.words.size());
}

}  // namespace
}  // namespace rasd

namespace rasd {
namespace {

// The words layer carries each host's light stem (see stemmer.h).
TEST(SegmenterTest, HostsCarryTheirStems) {
  auto p = Pipeline::Create();
  ASSERT_TRUE(p.ok());
  Document doc;
  doc.text = "للسلطة حكومته الروسية بوتين CNN";
  ASSERT_TRUE((*p)->Run(&doc).ok());
  std::string stems;
  for (const Word& w : doc.words) {
    if (w.stem.empty()) continue;
    if (!stems.empty()) stems += ' ';
    stems += doc.NormText(w.stem);
  }
  EXPECT_EQ(stems, "سلط حكوم روسي بوتين cnn");
}

}  // namespace
}  // namespace rasd

#include "translit/letters.h"

#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/evaluate.h"

namespace rasd {
namespace {

std::string Letters(std::string_view raw) {
  std::u32string letters;
  AppendArabicLetters(NormalizeString(raw), &letters);
  std::string out;
  for (char32_t c : letters) AppendUtf8(c, &out);
  return out;
}

std::string Stem(std::string_view raw, bool* article) {
  std::u32string letters;
  AppendArabicLetters(NormalizeString(raw), &letters);
  std::string out;
  for (char32_t c : StripArticle(letters, article)) AppendUtf8(c, &out);
  return out;
}

// Golden table: raw Arabic → the letters the model sees.
TEST(TranslitLetters, NormalisedLetters) {
  const struct {
    const char* raw;
    const char* letters;
  } rows[] = {
      {"أحمد", "احمد"},  // hamza on alef → bare alef
      {"إسماعيل", "اسماعيل"},  {"فاطِمَة", "فاطمه"},  // harakat dropped, ة → ه
      {"مصطفى", "مصطفي"},                           // ى → ي
      {"مؤمن", "مومن"},                             // ؤ → و
      {"عبد-الله", "عبدالله"},  // the hyphen is not a letter
      {"حفتر2", "حفتر"},       {"ـسـالم", "سالم"},  // tatweel
  };
  for (const auto& r : rows) EXPECT_EQ(Letters(r.raw), r.letters) << r.raw;
}

TEST(TranslitLetters, Article) {
  bool article = false;
  EXPECT_EQ(Stem("السراج", &article), "سراج");
  EXPECT_TRUE(article);
  EXPECT_EQ(Stem("الأسد", &article), "اسد");
  EXPECT_TRUE(article);
  EXPECT_EQ(Stem("الي", &article), "الي");  // too short to carry an article
  EXPECT_FALSE(article);
  EXPECT_EQ(Stem("خليل", &article), "خليل");
  EXPECT_FALSE(article);
}

TEST(TranslitLetters, EnglishForms) {
  std::string out;
  EXPECT_TRUE(EnglishTrainingForm("Al-Sarraj", &out));
  EXPECT_EQ(out, "alsarraj");
  EXPECT_EQ(StripEnglishArticle(out), "sarraj");
  EXPECT_TRUE(EnglishTrainingForm("Ba'th", &out));
  EXPECT_EQ(out, "ba'th");
  EXPECT_FALSE(EnglishTrainingForm("Rattín", &out));  // not ASCII
  EXPECT_FALSE(EnglishTrainingForm("R2D2", &out));
  EXPECT_EQ(StripEnglishArticle("ali"), "ali");  // too short to be al + name
  EXPECT_EQ(StripEnglishArticle("elgamal"), "gamal");
  EXPECT_EQ(ScoringForm("Fayez al-Sarraj"), "fayezalsarraj");
}

TEST(TranslitEvaluate, EditDistance) {
  EXPECT_EQ(EditDistance("", ""), 0u);
  EXPECT_EQ(EditDistance("haftar", "haftar"), 0u);
  EXPECT_EQ(EditDistance("hafter", "haftar"), 1u);
  EXPECT_EQ(EditDistance("kadhafi", "gaddafi"), 2u);  // k→g, h→d
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("é", "e"), 1u);  // code points, not bytes
}

TEST(TranslitEvaluate, ClosestReferenceCounts) {
  TranslitItem item{"محمد", {"Muhammad", "Mohamed"}};
  TranslitScore score;
  ScoreItem("Mohamed", item, &score);
  EXPECT_EQ(score.exact, 1u);
  EXPECT_EQ(score.edits, 0u);
  EXPECT_EQ(score.ref_chars, 7u);
  ScoreItem("Mohammad", item, &score);  // 1 edit from Muhammad (8 letters)
  EXPECT_EQ(score.items, 2u);
  EXPECT_EQ(score.exact, 1u);
  EXPECT_EQ(score.edits, 1u);
  EXPECT_EQ(score.ref_chars, 15u);
  EXPECT_NEAR(score.cer(), 1.0 / 15, 1e-9);
}

}  // namespace
}  // namespace rasd

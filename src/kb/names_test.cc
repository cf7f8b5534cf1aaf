// Spelling variants of names: golden pairs that merge and pairs that must
// not (normalised forms, article off, as the resolver compares them).
#include "kb/names.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rasd {
namespace {

bool Same(const char* a, const char* b) {
  return SameNameWord(NormalizeString(a), NormalizeString(b));
}

TEST(NamesTest, VariantsMerge) {
  EXPECT_TRUE(Same("حفتر", "حفتر"));
  EXPECT_TRUE(Same("ترامب", "ترمب"));           // alef written or not
  EXPECT_TRUE(Same("كوزنيتسوف", "كوزنيستوف"));  // neighbours swapped
  EXPECT_TRUE(Same("كوزنيتسوف", "كوزينتسوف"));
  EXPECT_TRUE(Same("شويغو", "شويجو"));  // غ/ج for the g sound
  EXPECT_TRUE(Same("سيرغي", "سيرجي"));
  EXPECT_TRUE(Same("إنجيلينو", "انجيلينو"));  // hamza seat (normaliser)
  EXPECT_TRUE(Same("هيلاري", "هيلري"));
}

TEST(NamesTest, DistinctNamesStayApart) {
  EXPECT_FALSE(Same("محمد", "محمود"));  // a letter inserted
  EXPECT_FALSE(Same("سلمان", "سليمان"));
  EXPECT_FALSE(Same("سعد", "سعيد"));
  EXPECT_FALSE(Same("حامد", "حمد"));  // alef, but three letters left
  EXPECT_FALSE(Same("علي", "عمر"));   // short: no substitution
  EXPECT_FALSE(Same("حسن", "حسين"));
  EXPECT_FALSE(Same("كوزنيتسوف", "كوزنتسو"));  // two edits
  EXPECT_FALSE(Same("", "حفتر"));
  EXPECT_FALSE(Same("احمد", "حمد"));  // the first letter counts
}

}  // namespace
}  // namespace rasd

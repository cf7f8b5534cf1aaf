#include "text/normalize.h"

#include <gtest/gtest.h>

namespace rasd {
namespace {

// Golden table: raw → normalised.
struct Row {
  const char* raw;
  const char* norm;
};

const Row kRows[] = {
    {"أحمد", "احمد"},
    {"إيران", "ايران"},
    {"آسيا", "اسيا"},
    {"ٱلله", "الله"},
    {"مستشفى", "مستشفي"},
    {"فارسی", "فارسي"},
    {"مدرسة", "مدرسه"},
    {"مؤتمر", "موتمر"},
    {"رئيس", "رييس"},
    {"مُحَمَّدٌ", "محمد"},
    {"الـــرئيس", "الرييس"},
    {"ﻷن", "لان"},     // presentation-form ligature lam-alef with hamza
    {"ﺣﻔﺘﺮ", "حفتر"},  // isolated/initial/medial/final forms
    {"٢٠١٧", "2017"},
    {"۲۰۱۷", "2017"},
    {"٢٫٩", "2.9"},
    {"١٬٨٠٠", "1,800"},
    {"حفتر\u200f", "حفتر"},    // RLM removed
    {"\u202bنص\u202c", "نص"},  // embedding marks removed
    {"CNN", "cnn"},
    {"Ｃｏｍ", "com"},    // fullwidth Latin via NFKC
    {"a\u00a0b", "a b"},  // no-break space
    {"کتاب", "كتاب"},
    {"2.9 مليار دولار", "2.9 مليار دولار"},
};

TEST(NormalizeTest, GoldenTable) {
  for (const Row& r : kRows) {
    EXPECT_EQ(NormalizeString(r.raw), r.norm) << "raw: " << r.raw;
  }
}

TEST(NormalizeTest, AlignmentPointsToSourceCodePoints) {
  const std::string raw = "الـــرئيسُ ﻷن";
  Normalized n;
  Normalize(raw, &n);
  ASSERT_EQ(n.to_raw.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_raw.back(), raw.size());
  for (size_t i = 1; i < n.to_raw.size(); ++i)
    EXPECT_LE(n.to_raw[i - 1], n.to_raw[i]);
  // Each normalised byte maps to the start of a raw code point.
  for (uint32_t off : n.to_raw) {
    if (off < raw.size()) {
      EXPECT_NE(static_cast<unsigned char>(raw[off]) & 0xC0, 0x80);
    }
  }
  // The ligature's two output letters both map to the ligature.
  const size_t lig = raw.find("ﻷ");
  const size_t out = n.text.find("لان");
  ASSERT_NE(out, std::string::npos);
  EXPECT_EQ(n.to_raw[out], lig);
  EXPECT_EQ(n.to_raw[out + 2], lig);
}

TEST(NormalizeTest, EmptyAndAscii) {
  Normalized n;
  Normalize("", &n);
  EXPECT_EQ(n.text, "");
  ASSERT_EQ(n.to_raw.size(), 1u);
  EXPECT_EQ(NormalizeString("Hello, World 42"), "hello, world 42");
  EXPECT_EQ(NormalizeString("a\x01"
                            "b"),
            "ab");  // control chars removed
}

}  // namespace
}  // namespace rasd

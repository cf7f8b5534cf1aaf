#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"

namespace rasd {
namespace {

// Tokens as "surface/kind" joined by spaces. Kinds: A L N P S O.
std::string Compact(const std::string& text) {
  Normalized norm;
  Normalize(text, &norm);
  std::vector<Token> tokens;
  Tokenize(text, norm, &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += text.substr(t.span.begin, t.span.size());
    out += '/';
    out += "ALNPSO"[static_cast<int>(t.kind)];
  }
  return out;
}

struct Row {
  const char* text;
  const char* tokens;
};

const Row kRows[] = {
    {"زار حفتر موسكو.", "زار/A حفتر/A موسكو/A ./P"},
    {"بقيمة 2.9 مليار دولار", "بقيمة/A 2.9/N مليار/A دولار/A"},
    {"٢٫٩ مليار", "٢٫٩/N مليار/A"},
    {"1,800,000 برميل", "1,800,000/N برميل/A"},
    {"عام 2017، قال", "عام/A 2017/N ،/P قال/A"},
    {"«روسيا» و\"موسكو\"", "«/P روسيا/A »/P و/A \"/P موسكو/A \"/P"},
    {"لماذا؟ لأن...", "لماذا/A ؟/P لأن/A .../P"},
    {"لـCNN بالعربية", "لـ/A CNN/L بالعربية/A"},
    {"F16 و S-400", "F16/L و/A S/L -/P 400/N"},
    {"15% و ١٥٪", "15/N %/S و/A ١٥/N ٪/S"},
    {"مُحَمَّدٌ", "مُحَمَّدٌ/A"},
    {"الـــرئيس", "الـــرئيس/A"},
    {"الإحصاءـ وغيره", "الإحصاء/A ـ/P وغيره/A"},
    {"ـلا", "ـ/P لا/A"},
    {"لـروسيا", "لـروسيا/A"},
    {"2017م", "2017/N م/A"},
    {"العربية.نت", "العربية/A ./P نت/A"},
    {"$100", "$/S 100/N"},
    {"حفتر\u200fقال", "حفتر/A قال/A"},
    {"می\u200cخواهم", "می\u200cخواهم/A"},
};

TEST(TokenizerTest, GoldenTable) {
  for (const Row& r : kRows) EXPECT_EQ(Compact(r.text), r.tokens) << r.text;
}

TEST(TokenizerTest, NormSpansAlign) {
  const std::string text = "الرئيسُ أحمد ٢٠١٧";
  Normalized norm;
  Normalize(text, &norm);
  std::vector<Token> tokens;
  Tokenize(text, norm, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  auto n = [&](const Token& t) {
    return norm.text.substr(t.norm.begin, t.norm.size());
  };
  EXPECT_EQ(n(tokens[0]), "الرييس");
  EXPECT_EQ(n(tokens[1]), "احمد");
  EXPECT_EQ(n(tokens[2]), "2017");
}

}  // namespace
}  // namespace rasd

#include "text/sentences.h"

#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/tokenizer.h"

namespace rasd {
namespace {

// Sentences joined by " | ".
std::string Compact(const std::string& text) {
  Document doc;
  doc.text = text;
  Normalize(doc.text, &doc.norm);
  Tokenize(doc.text, doc.norm, &doc.tokens);
  std::vector<Sentence> sentences;
  SplitSentences(doc, &sentences);
  std::string out;
  for (const Sentence& s : sentences) {
    if (!out.empty()) out += " | ";
    out += doc.Text(s.span);
  }
  return out;
}

struct Row {
  const char* text;
  const char* sentences;
};

const Row kRows[] = {
    {"زار حفتر موسكو. والتقى لافروف.", "زار حفتر موسكو. | والتقى لافروف."},
    {"هل تدعم روسيا حفتر؟ نعم!", "هل تدعم روسيا حفتر؟ | نعم!"},
    {"قال إن الوضع صعب؛ وأضاف أنه سيعود",
     "قال إن الوضع صعب؛ | وأضاف أنه سيعود"},
    {"عنوان الخبر\nنص الخبر يبدأ هنا", "عنوان الخبر | نص الخبر يبدأ هنا"},
    {"بلغ الدعم 2.9 مليار دولار. ثم", "بلغ الدعم 2.9 مليار دولار. | ثم"},
    {"بلغ ٢٫٩ مليار. ثم", "بلغ ٢٫٩ مليار. | ثم"},
    {"قال: \"الوضع صعب.\" ثم غادر.", "قال: \"الوضع صعب.\" | ثم غادر."},
    {"قال: «انتهى الأمر.» وغادر", "قال: «انتهى الأمر.» | وغادر"},
    {"حسب العربية.نت فإن الاجتماع انتهى.",
     "حسب العربية.نت فإن الاجتماع انتهى."},
    {"قال د. أحمد إن", "قال د. أحمد إن"},
    {"according to Dr. Smith of the U.S. army.",
     "according to Dr. Smith of the U.S. army."},
    {"ماذا؟! لا أصدق", "ماذا؟! | لا أصدق"},
    {"  \n\n  ", ""},
    {"سطر أول\n\n\nسطر ثان", "سطر أول | سطر ثان"},
};

TEST(SentencesTest, GoldenTable) {
  for (const Row& r : kRows) EXPECT_EQ(Compact(r.text), r.sentences) << r.text;
}

}  // namespace
}  // namespace rasd

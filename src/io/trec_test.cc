#include <gtest/gtest.h>

#include <string>

#include "io/test_util.h"
#include "io/trec_fields.h"
#include "rasd/input.h"

namespace rasd {
namespace {

using ::rasd::testing::Encode;
using ::rasd::testing::ReadAll;
using ::rasd::testing::TempDir;

const char kTwoDocs[] =
    "<DOC>\n"
    "<DOCNO>XX-politic-1-20180715</DOCNO>\n"
    "<URL>https://example.org/a</URL>\n"
    "<SRC>example</SRC>\n"
    "<CAT>politic</CAT>\n"
    "<TITLE>اجتماع الوزراء</TITLE>\n"
    "<TIME>Sun, 15 Jul 2018 21:56:56 +0400</TIME>\n"
    "<AUTHOR></AUTHOR>\n"
    "<ABSTRACT>\nملخص قصير\n</ABSTRACT>\n"
    "<TEXT>\n"
    "اجتمع الوزراء يوم الأحد &amp; ناقشوا الميزانية.\n"
    "وقال المتحدث إن الاجتماع كان مثمرا.\n"
    "</TEXT>\n"
    "</DOC>\n"
    "<DOC>\n"
    "<TITLE>خبر ثان</TITLE>\n"
    "<TIME>22/02/2016</TIME>\n"
    "<TEXT>نص الخبر الثاني.</TEXT>\n"
    "</DOC>\n";

TEST(TrecTest, ReadsTwoDocuments) {
  TempDir dir;
  const std::string path = dir.Write("two.txt", kTwoDocs);
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok) << items[0].error.message();
  const Document& d = items[0].doc;
  EXPECT_EQ(d.id, "XX-politic-1-20180715");
  EXPECT_EQ(d.source, path + ":XX-politic-1-20180715");
  EXPECT_EQ(d.meta.url, "https://example.org/a");
  EXPECT_EQ(d.meta.outlet, "example");
  EXPECT_EQ(d.meta.title, "اجتماع الوزراء");
  EXPECT_EQ(d.meta.published, "2018-07-15T21:56:56+04:00");
  EXPECT_EQ(d.text,
            "اجتمع الوزراء يوم الأحد & ناقشوا الميزانية.\n"
            "وقال المتحدث إن الاجتماع كان مثمرا.");
  ASSERT_EQ(d.meta.extra.size(), 2u);  // the empty AUTHOR is dropped
  EXPECT_EQ(d.meta.extra[0].first, "cat");
  EXPECT_EQ(d.meta.extra[0].second, "\"politic\"");
  EXPECT_EQ(d.meta.extra[1].first, "abstract");
  EXPECT_EQ(d.meta.extra[1].second, "\"ملخص قصير\"");
  ASSERT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.id, TextId("نص الخبر الثاني."));
  EXPECT_EQ(items[1].doc.source, path + ":#2");
  EXPECT_EQ(items[1].doc.meta.published, "2016-02-22");
}

TEST(TrecTest, TruncatedAndEmptyDocumentsAreErrors) {
  TempDir dir;
  const std::string path =
      dir.Write("bad.trec",
                "<DOC><DOCNO>A1</DOCNO><TEXT>\n</TEXT></DOC>\n"
                "<DOC><DOCNO>A2</DOCNO><TEXT>سليم</TEXT></DOC>\n"
                "<DOC><DOCNO>A3</DOCNO><TEXT>بلا نهاية\n"
                "<DOC><DOCNO>A4</DOCNO><TEXT>بعد الخلل</TEXT></DOC>\n"
                "<DOC><DOCNO>A5</DOCNO><TEXT>مقطوع");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0].error.message(), path + ": DOC 1 (DOCNO A1): no TEXT");
  EXPECT_TRUE(items[1].ok);
  EXPECT_EQ(items[2].error.message(),
            path + ": DOC 3 (DOCNO A3): truncated (no </DOC>)");
  ASSERT_TRUE(items[3].ok);
  EXPECT_EQ(items[3].doc.text, "بعد الخلل");
  EXPECT_EQ(items[4].error.message(),
            path + ": DOC 5 (DOCNO A5): truncated (no </DOC>)");
}

TEST(TrecTest, TooLargeDocumentIsSkipped) {
  TempDir dir;
  const std::string big(300000, 'x');
  const std::string path = dir.Write(
      "big.trec", "<DOC><DOCNO>B1</DOCNO><TEXT>" + big + "</TEXT></DOC>\n" +
                      "<DOC><DOCNO>B2</DOCNO><TEXT>صغير</TEXT></DOC>\n");
  InputOptions options;
  options.max_doc_bytes = 100000;
  auto items = ReadAll({path}, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error.message(),
            path + ": DOC 1 (DOCNO B1): too large (more than 97.7 KiB)");
  ASSERT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.id, "B2");
}

TEST(TrecTest, Windows1256Document) {
  TempDir dir;
  const std::string text =
      "أكد رئيس الوزراء أن الحكومة ستواصل الإصلاحات الاقتصادية.";
  const std::string path = dir.Write(
      "w.trec", "<DOC>\n<DOCNO>W1</DOCNO>\n<TEXT>\n" +
                    Encode(text, "windows-1256") + "\n</TEXT>\n</DOC>\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok);
  EXPECT_EQ(items[0].doc.text, text);
  EXPECT_EQ(items[0].doc.warnings.size(), 1u);
}

TEST(TrecTest, GigawordStyleParagraphs) {
  const TrecFields f = ParseTrecFields(
      "<DOC id=\"AFP_ARB_0001\" "
      "type=\"story\">\n<HEADLINE>\nعنوان\n</HEADLINE>\n"
      "<TEXT>\n<P>\nفقرة أولى\n</P>\n<P>\nفقرة ثانية\n</P>\n</TEXT>\n</DOC>");
  EXPECT_EQ(f.docno, "AFP_ARB_0001");
  EXPECT_EQ(f.title, "عنوان");
  EXPECT_EQ(f.text, "فقرة أولى\nفقرة ثانية");
}

TEST(TrecTest, UnescapesEntities) {
  EXPECT_EQ(
      UnescapeXml("a &amp; b &lt;c&gt; &quot;d&quot; &#1593;&#x644;&#X649;"),
      "a & b <c> \"d\" على");
  EXPECT_EQ(UnescapeXml("&unknown; & &#xZZ; &#0;"),
            "&unknown; & &#xZZ; \xEF\xBF\xBD");
}

TEST(TrecTest, UnclosedTagsAreWarnedAbout) {
  const TrecFields f =
      ParseTrecFields("<DOC><DOCNO>U1</DOCNO><FOO>x<TEXT>نص</TEXT></DOC>");
  EXPECT_EQ(f.docno, "U1");
  EXPECT_EQ(f.text, "نص");
  ASSERT_EQ(f.warnings.size(), 1u);
  EXPECT_EQ(f.warnings[0], "1 unclosed tag: <FOO>");
}

}  // namespace
}  // namespace rasd

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "io/test_util.h"
#include "rasd/input.h"

namespace rasd {
namespace {

using ::rasd::testing::ReadAll;
using ::rasd::testing::TempDir;

TEST(JsonlTest, ReadsDocumentsAndKeepsExtraFields) {
  TempDir dir;
  const std::string path = dir.Write(
      "news.jsonl",
      R"({"id": "n1", "text": "وصل الوزير إلى العاصمة.", "title": "زيارة", "url": "https://example.org/1", "outlet": "وكالة", "published": "2017/01/11", "category": "سياسة", "tags": [1, 2], "score": 0.5})"
      "\n"
      R"({"text": "نص بلا معرف."})"
      "\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok) << items[0].error.message();
  const Document& d = items[0].doc;
  EXPECT_EQ(d.id, "n1");
  EXPECT_EQ(d.source, path + ":1");
  EXPECT_EQ(d.text, "وصل الوزير إلى العاصمة.");
  EXPECT_EQ(d.meta.title, "زيارة");
  EXPECT_EQ(d.meta.url, "https://example.org/1");
  EXPECT_EQ(d.meta.outlet, "وكالة");
  EXPECT_EQ(d.meta.published, "2017-01-11");
  ASSERT_EQ(d.meta.extra.size(), 3u);
  EXPECT_EQ(d.meta.extra[0].first, "category");
  EXPECT_EQ(d.meta.extra[0].second, "\"سياسة\"");
  EXPECT_EQ(d.meta.extra[1].first, "tags");
  EXPECT_EQ(d.meta.extra[1].second, "[1,2]");
  EXPECT_EQ(d.meta.extra[2].second, "0.5");
  ASSERT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.id, TextId("نص بلا معرف."));
  EXPECT_EQ(items[1].doc.source, path + ":2");
}

TEST(JsonlTest, MalformedLineIsReportedAndReadingGoesOn) {
  TempDir dir;
  const std::string path = dir.Write("bad.jsonl",
                                     "{\"text\": \"أول\"}\n"
                                     "\n"
                                     "{\"text\": \"ثان\", oops}\n"
                                     "[1, 2]\n"
                                     "{\"title\": \"no text\"}\n"
                                     "{\"text\": 5}\n"
                                     "{\"text\": \"  \"}\r\n"
                                     "{\"text\": \"أخير\"}\r\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 7u);
  EXPECT_TRUE(items[0].ok);
  ASSERT_FALSE(items[1].ok);
  const std::string& m = items[1].error.message();
  EXPECT_EQ(m.rfind(path + ":3: malformed JSON: ", 0), 0u) << m;
  EXPECT_EQ(m.find('\n'), std::string::npos);
  EXPECT_EQ(items[2].error.message(),
            path + ":4: malformed JSON: not an object");
  EXPECT_EQ(items[3].error.message(), path + ":5: no \"text\" field");
  EXPECT_EQ(items[4].error.message(), path + ":6: \"text\" is not a string");
  EXPECT_EQ(items[5].error.message(), path + ":7: \"text\" is empty");
  ASSERT_TRUE(items[6].ok);
  EXPECT_EQ(items[6].doc.text, "أخير");
  EXPECT_EQ(items[6].doc.source, path + ":8");
}

TEST(JsonlTest, UnparseableDateIsKeptRaw) {
  TempDir dir;
  const std::string path =
      dir.Write("d.jsonl", R"({"text": "نص", "published": "قبل يومين"})");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok);
  EXPECT_EQ(items[0].doc.meta.published, "");
  ASSERT_EQ(items[0].doc.meta.extra.size(), 1u);
  EXPECT_EQ(items[0].doc.meta.extra[0].first, "published_raw");
  EXPECT_EQ(items[0].doc.meta.extra[0].second, "\"قبل يومين\"");
  ASSERT_EQ(items[0].doc.warnings.size(), 1u);
}

TEST(JsonlTest, InvalidUtf8IsRepairedWithAWarning) {
  TempDir dir;
  const std::string path =
      dir.Write("u.jsonl", "{\"text\": \"نص \xFF\xFE مكسور\"}\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.message();
  EXPECT_EQ(items[0].doc.text, "نص \xEF\xBF\xBD\xEF\xBF\xBD مكسور");
  ASSERT_EQ(items[0].doc.warnings.size(), 1u);
  EXPECT_EQ(items[0].doc.warnings[0],
            "2 invalid UTF-8 bytes replaced (first at byte 15)");
}

TEST(JsonlTest, LongLineIsSkippedWithoutLosingTheNext) {
  TempDir dir;
  const std::string long_text(5000, 'x');
  const std::string path =
      dir.Write("long.jsonl",
                "{\"text\": \"" + long_text + "\"}\n{\"text\": \"قصير\"}\n");
  InputOptions options;
  options.max_doc_bytes = 1000;
  auto items = ReadAll({path}, options);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_FALSE(items[0].ok);
  EXPECT_EQ(items[0].error.message(),
            path + ":1: line too long (more than 1000 bytes)");
  ASSERT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.text, "قصير");
  EXPECT_EQ(items[1].doc.source, path + ":2");
}

TEST(JsonlTest, DeepNestingIsRejected) {
  TempDir dir;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string path =
      dir.Write("deep.jsonl", "{\"text\": \"نص\", \"x\": " + deep + "}\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].ok);
  EXPECT_NE(items[0].error.message().find("nested deeper"), std::string::npos);
}

TEST(JsonlTest, NumericIdAndOptionDefaults) {
  TempDir dir;
  const std::string path =
      dir.Write("n.jsonl", R"({"id": 42, "text": "نص", "title": null})");
  InputOptions options;
  options.outlet = "مصدر";
  options.published = "2018-03-01";
  auto items = ReadAll({path}, options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok);
  EXPECT_EQ(items[0].doc.id, "42");
  EXPECT_EQ(items[0].doc.meta.outlet, "مصدر");
  EXPECT_EQ(items[0].doc.meta.published, "2018-03-01");
  EXPECT_TRUE(items[0].doc.meta.extra.empty());
}

TEST(JsonlTest, LastLineWithoutNewline) {
  TempDir dir;
  const std::string path =
      dir.Write("x.ndjson", "{\"text\": \"أ\"}\n{\"text\": \"ب\"}");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].doc.text, "ب");
}

}  // namespace
}  // namespace rasd

#include <gtest/gtest.h>

#include <string>

#include "io/html_extract.h"
#include "io/html_scan.h"
#include "io/test_util.h"
#include "rasd/input.h"

namespace rasd {
namespace {

using ::rasd::testing::Encode;
using ::rasd::testing::ReadAll;
using ::rasd::testing::TempDir;

const char kPage[] = R"(<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>عنوان الصفحة | الموقع</title>
  <meta property="og:title" content="وزير الخارجية يزور القاهرة">
  <meta property="og:site_name" content="الموقع الإخباري">
  <meta property="article:published_time" content="2018-07-15T21:56:56+04:00">
  <link rel="canonical" href="https://example.org/news/1">
  <script>var x = "<p>ليس نصا</p>";</script>
  <style>p { color: red; }</style>
</head>
<body>
  <header><nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav></header>
  <div class="sidebar"><p>إعلان قصير</p></div>
  <article>
    <h1>وزير الخارجية   يزور القاهرة</h1>
    <p>وصل وزير الخارجية إلى القاهرة&nbsp;صباح اليوم
       في زيارة رسمية.</p>
    <figure><img src="a.jpg"><figcaption>صورة الوزير</figcaption></figure>
    <p>وبحث الوزير مع نظيره <b>العلاقات</b> الثنائية.<br>واختتم الزيارة مساء.</p>
    <p>   </p>
    <script>track();</script>
    <div class="share"><button>شارك</button></div>
  </article>
  <footer><p>جميع الحقوق محفوظة</p></footer>
</body>
</html>
)";

TEST(HtmlTest, ExtractsArticleTextAndMetadata) {
  const HtmlPage page = ExtractHtml(kPage);
  EXPECT_EQ(page.title, "وزير الخارجية يزور القاهرة");
  EXPECT_EQ(page.outlet, "الموقع الإخباري");
  EXPECT_EQ(page.published, "2018-07-15T21:56:56+04:00");
  EXPECT_EQ(page.url, "https://example.org/news/1");
  EXPECT_EQ(page.text,
            "وزير الخارجية يزور القاهرة\n"
            "وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة رسمية.\n"
            "وبحث الوزير مع نظيره العلاقات الثنائية.\n"
            "واختتم الزيارة مساء.");
}

TEST(HtmlTest, WithoutArticleTheParagraphRichestContainerWins) {
  const HtmlPage page = ExtractHtml(R"(<html><head><title> عنوان
      فقط </title><meta name="pubdate" content="2017/01/11"></head><body>
      <div id="menu"><p>رابط</p><p>رابط آخر</p></div>
      <div id="content"><div class="body">
        <p>الفقرة الأولى من الخبر وهي طويلة بما يكفي لتغلب القائمة.</p>
        <p>الفقرة الثانية من الخبر.</p>
      </div></div>
      <aside><p>مقالات ذات صلة كثيرة جدا جدا جدا جدا جدا جدا جدا جدا</p></aside>
      </body></html>)");
  EXPECT_EQ(page.title, "عنوان فقط");
  EXPECT_EQ(page.published, "2017/01/11");
  EXPECT_EQ(page.text,
            "الفقرة الأولى من الخبر وهي طويلة بما يكفي لتغلب القائمة.\n"
            "الفقرة الثانية من الخبر.");
}

TEST(HtmlTest, TeaserArticlesLoseToTheRealBody) {
  std::string html = "<html><body><div id='main'>";
  for (int i = 0; i < 5; ++i) {
    html +=
        "<p>هذه فقرة طويلة من نص الخبر الرئيسي تتكرر عدة مرات في الصفحة.</p>";
  }
  html += "</div><div><article><p>خبر ذو صلة</p></article></div></body></html>";
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text.find("خبر ذو صلة"), std::string::npos);
  EXPECT_NE(page.text.find("هذه فقرة طويلة"), std::string::npos);
}

TEST(HtmlTest, TimeElementAndItempropDates) {
  EXPECT_EQ(ExtractHtml("<article><time datetime='2019-03-04'>4 "
                        "مارس</time><p>نص</p></article>")
                .published,
            "2019-03-04");
  EXPECT_EQ(
      ExtractHtml("<body><span "
                  "itemprop='datePublished'>2019-05-06</span><p>نص</p></body>")
          .published,
      "2019-05-06");
}

TEST(HtmlTest, PrescanFindsDeclaredCharset) {
  EXPECT_EQ(PrescanCharset("<html><head><meta charset=\"windows-1256\">"),
            "windows-1256");
  EXPECT_EQ(PrescanCharset("<meta http-equiv='Content-Type' "
                           "content='text/html; charset=UTF-8'>"),
            "utf-8");
  EXPECT_EQ(PrescanCharset("<p>charset=koi8-r</p>"), "");
  EXPECT_EQ(PrescanCharset(std::string(3000, ' ') + "<meta charset=x>"), "");
}

TEST(HtmlTest, ReadsFileWithDeclaredWindows1256) {
  TempDir dir;
  const std::string body =
      "<p>أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة.</p>";
  const std::string path = dir.Write(
      "page.html",
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1256\"><title>" +
          Encode("مستشفى جديد", "windows-1256") + "</title></head><body>" +
          Encode(body, "windows-1256") + "</body></html>");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.message();
  EXPECT_EQ(items[0].doc.meta.title, "مستشفى جديد");
  EXPECT_EQ(items[0].doc.text,
            "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة.");
  EXPECT_EQ(items[0].doc.source, path);
  EXPECT_TRUE(items[0].doc.warnings.empty());
}

TEST(HtmlTest, ReadsFileAndNormalisesDate) {
  TempDir dir;
  const std::string path = dir.Write("a.htm", kPage);
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok);
  EXPECT_EQ(items[0].doc.meta.published, "2018-07-15T21:56:56+04:00");
  EXPECT_EQ(items[0].doc.meta.url, "https://example.org/news/1");
  EXPECT_EQ(items[0].doc.id, TextId(items[0].doc.text));
}

TEST(HtmlTest, PageWithoutTextIsAnError) {
  TempDir dir;
  const std::string path = dir.Write(
      "empty.html",
      "<!doctype "
      "html><html><body><nav>قائمة</nav><script>x()</script></body></html>");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].ok);
  EXPECT_EQ(items[0].error.message(), path + ": HTML has no main text");
}

TEST(HtmlTest, DeepNestingIsRefusedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<div>";
  EXPECT_TRUE(NestsTooDeep(html, 20000));
  EXPECT_FALSE(NestsTooDeep(kPage, 20000));
  std::string flat = "<html><body>";
  for (int i = 0; i < 50000; ++i) flat += "<p>x<br><img src=a></p>";
  EXPECT_FALSE(NestsTooDeep(flat, 20000));
}

}  // namespace
}  // namespace rasd

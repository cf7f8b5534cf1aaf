#include "io/decode.h"

#include <gtest/gtest.h>

#include <string>

#include "io/test_util.h"

namespace rasd {
namespace {

using ::rasd::testing::Encode;

const std::string kArabic =
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الجنوب.";

TEST(DecodeTest, ValidUtf8PassesThrough) {
  auto d = DecodeBytes(kArabic);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_TRUE(d->warnings.empty());
}

TEST(DecodeTest, KeepsLineEndingsAndControls) {
  const std::string s = "سطر أول\r\nسطر\tثان\f\n";
  auto d = DecodeBytes(s);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, s);
}

TEST(DecodeTest, Utf8BomIsStripped) {
  auto d = DecodeBytes("\xEF\xBB\xBF" + kArabic);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->encoding, "UTF-8");
}

TEST(DecodeTest, Utf16WithBom) {
  auto le = DecodeBytes("\xFF\xFE" + Encode(kArabic, "UTF-16LE"));
  ASSERT_TRUE(le.ok()) << le.status().ToString();
  EXPECT_EQ(le->text, kArabic);
  EXPECT_EQ(le->encoding, "UTF-16LE");
  auto be = DecodeBytes("\xFE\xFF" + Encode(kArabic, "UTF-16BE"));
  ASSERT_TRUE(be.ok());
  EXPECT_EQ(be->text, kArabic);
  EXPECT_EQ(be->encoding, "UTF-16BE");
}

TEST(DecodeTest, Utf16WithoutBomIsDetected) {
  auto le = DecodeBytes(Encode(kArabic, "UTF-16LE"));
  ASSERT_TRUE(le.ok()) << le.status().ToString();
  EXPECT_EQ(le->text, kArabic);
  EXPECT_EQ(le->encoding, "UTF-16LE");
  auto be = DecodeBytes(Encode("Plain English, too.", "UTF-16BE"));
  ASSERT_TRUE(be.ok());
  EXPECT_EQ(be->text, "Plain English, too.");
}

TEST(DecodeTest, Utf16UnpairedSurrogateIsReplaced) {
  std::string bytes = "\xFF\xFE" + Encode("نص", "UTF-16LE") +
                      std::string("\x00\xD8", 2) + Encode("x", "UTF-16LE");
  auto d = DecodeBytes(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "نص\xEF\xBF\xBDx");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_EQ(d->warnings[0], "1 invalid UTF-16LE sequences replaced");
}

TEST(DecodeTest, Windows1256IsDetected) {
  const std::string bytes = Encode(kArabic, "windows-1256");
  ASSERT_NE(bytes, kArabic);
  auto d = DecodeBytes(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->encoding, "windows-1256");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("detected"), std::string::npos);
}

TEST(DecodeTest, DeclaredCharsetIsHonoured) {
  const std::string bytes = Encode(kArabic, "windows-1256");
  auto d = DecodeBytes(bytes, "windows-1256");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->encoding, "windows-1256");
  EXPECT_TRUE(d->warnings.empty());
  // ISO-8859-6 lays Arabic out differently; the declaration decides.
  auto iso = DecodeBytes(Encode(kArabic, "ISO-8859-6"), "iso-8859-6");
  ASSERT_TRUE(iso.ok());
  EXPECT_EQ(iso->text, kArabic);
}

TEST(DecodeTest, DeclaredCharsetLosesToValidUtf8) {
  auto d = DecodeBytes(kArabic, "windows-1256");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->encoding, "UTF-8");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("ignored"), std::string::npos);
}

TEST(DecodeTest, UnknownDeclaredCharsetFallsBackToDetection) {
  auto d = DecodeBytes(Encode(kArabic, "windows-1256"), "no-such-charset");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->warnings.size(), 2u);
}

TEST(DecodeTest, InvalidUtf8IsReplacedAndReportedOnce) {
  std::string bytes = kArabic;
  bytes.insert(10, "\xFF");
  bytes.insert(20, "\xC3");  // a lead byte without its continuation
  bytes += "\x80";
  auto d = DecodeBytes(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_EQ(d->warnings[0],
            "3 invalid UTF-8 bytes replaced (first at byte 10)");
  std::string repaired;
  EXPECT_EQ(RepairUtf8(d->text, &repaired), 0u);
  EXPECT_NE(d->text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(DecodeTest, OverlongAndSurrogateSequencesAreInvalid) {
  std::string out;
  size_t first = 99;
  EXPECT_EQ(RepairUtf8("a\xC0\xAF"
                       "b",
                       &out, &first),
            2u);  // overlong '/'
  EXPECT_EQ(first, 1u);
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80", &out), 3u);      // U+D800
  EXPECT_EQ(RepairUtf8("\xF4\x90\x80\x80", &out), 4u);  // > U+10FFFF
  EXPECT_EQ(RepairUtf8("\xF0\x9F\x98\x80", &out), 0u);  // an emoji
}

TEST(DecodeTest, LatinOneIsNotMistakenForArabic) {
  // French in Latin-1: invalid UTF-8, but not Arabic in Windows-1256.
  auto d = DecodeBytes(
      Encode("Le président a été élu à l'unanimité.", "ISO-8859-1"));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("invalid UTF-8 bytes replaced"),
            std::string::npos);
}

TEST(DecodeTest, EmptyIsAnError) {
  auto d = DecodeBytes("");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kBadInput);
  EXPECT_EQ(d.status().message(), "empty input");
  EXPECT_FALSE(DecodeBytes("\xEF\xBB\xBF").ok());
  EXPECT_FALSE(DecodeBytes("\xFF\xFE").ok());
}

TEST(DecodeTest, BinaryIsAnError) {
  std::string bytes = "hello, this is not text";
  bytes[17] = '\0';
  bytes[4] = '\0';
  bytes += std::string("\x00\x01\x02", 3);
  auto d = DecodeBytes(bytes);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(), "binary data (NUL byte at offset 4)");
  std::string controls(100, '\x01');
  controls += "some text";
  auto c = DecodeBytes(controls);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("control characters"), std::string::npos);
}

TEST(DecodeTest, DetectUtf16NeedsOneSidedNuls) {
  size_t bom = 9;
  EXPECT_EQ(DetectUtf16("\xFF\xFEx", &bom), "UTF-16LE");
  EXPECT_EQ(bom, 2u);
  EXPECT_EQ(DetectUtf16(std::string("a\0b\0", 4), &bom), "UTF-16LE");
  EXPECT_EQ(bom, 0u);
  EXPECT_EQ(DetectUtf16(std::string("\0a\0b", 4)), "UTF-16BE");
  EXPECT_EQ(DetectUtf16(std::string("a\0\0b", 4)), "");
  EXPECT_EQ(DetectUtf16("plain text"), "");
  // A stray NUL in ASCII text is not UTF-16.
  EXPECT_EQ(
      DetectUtf16(std::string("abcdefgh\0ijklmnopqrstuvwxyz", 27).substr(1)),
      "");
}

}  // namespace
}  // namespace rasd

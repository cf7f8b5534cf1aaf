#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/test_util.h"
#include "rasd/input.h"

namespace rasd {
namespace {

using ::rasd::testing::Encode;
using ::rasd::testing::ReadAll;
using ::rasd::testing::TempDir;

using Members = std::vector<std::pair<std::string, std::string>>;

// Writes an archive with libarchive: tar.gz, or a single raw .gz member.
void WriteArchive(const std::string& path, const Members& members,
                  bool raw = false) {
  struct archive* a = archive_write_new();
  archive_write_add_filter_gzip(a);
  if (raw)
    archive_write_set_format_raw(a);
  else
    archive_write_set_format_pax_restricted(a);
  ASSERT_EQ(archive_write_open_filename(a, path.c_str()), ARCHIVE_OK);
  for (const auto& [name, data] : members) {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    const bool is_dir = !name.empty() && name.back() == '/';
    archive_entry_set_filetype(e, is_dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, is_dir ? 0755 : 0644);
    archive_entry_set_size(e, is_dir ? 0 : data.size());
    ASSERT_EQ(archive_write_header(a, e), ARCHIVE_OK)
        << archive_error_string(a);
    if (!is_dir) archive_write_data(a, data.data(), data.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

std::vector<std::string> Sources(const std::vector<InputItem>& items) {
  std::vector<std::string> out;
  for (const auto& it : items)
    out.push_back(it.ok ? it.doc.source : "ERROR " + it.error.message());
  return out;
}

TEST(InputReaderTest, PlainTextTakesMetaFromOptions) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", "قال الرئيس إن الاقتصاد ينمو.\n");
  InputOptions options;
  options.title = "عنوان";
  options.outlet = "مصدر";
  options.published = "11/01/2017";
  auto items = ReadAll({path}, options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok);
  const Document& d = items[0].doc;
  EXPECT_EQ(d.text, "قال الرئيس إن الاقتصاد ينمو.\n");
  EXPECT_EQ(d.id, TextId(d.text));
  EXPECT_EQ(d.source, path);
  EXPECT_EQ(d.meta.title, "عنوان");
  EXPECT_EQ(d.meta.outlet, "مصدر");
  EXPECT_EQ(d.meta.published, "2017-01-11");
}

TEST(InputReaderTest, DirectoriesAreWalkedRecursivelyInNameOrder) {
  TempDir dir;
  dir.Write("b/2.txt", "نص ب2");
  dir.Write("b/10.txt", "نص ب10");
  dir.Write("a.txt", "نص أ");
  dir.Write("c/d/e.txt", "نص هـ");
  dir.Write(".hidden/x.txt", "مخفي");
  dir.Write("b/.secret.txt", "مخفي");
  const std::string root = dir.Path();
  auto items = ReadAll({root});
  EXPECT_EQ(Sources(items),
            (std::vector<std::string>{root + "/a.txt", root + "/b/10.txt",
                                      root + "/b/2.txt", root + "/c/d/e.txt"}));
}

TEST(InputReaderTest, PathsAreReadInTheOrderGiven) {
  TempDir dir;
  const std::string z = dir.Write("z.txt", "زاي");
  const std::string a = dir.Write("a.txt", "ألف");
  auto items = ReadAll({z, dir.Path("missing.txt"), a});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].doc.source, z);
  ASSERT_FALSE(items[1].ok);
  EXPECT_EQ(items[1].error.message(),
            dir.Path("missing.txt") + ": No such file or directory");
  EXPECT_EQ(items[2].doc.source, a);
}

TEST(InputReaderTest, TarGzMembersAreReadAndDetected) {
  TempDir dir;
  const std::string path = dir.Path("news.tar.gz");
  WriteArchive(
      path,
      {{"corpus/", ""},
       {"corpus/one.txt",
        "<DOC>\n<DOCNO>T1</DOCNO>\n<TEXT>\nخبر أول\n</TEXT>\n</DOC>\n"},
       {"corpus/.DS_Store", "junk"},
       {"corpus/two.txt", "خبر ثان في ملف نصي."},
       {"corpus/three.jsonl", "{\"id\": \"j1\", \"text\": \"خبر ثالث\"}\n"}});
  auto reader = InputReader::Open({path}, {});
  std::vector<InputItem> items;
  InputItem item;
  while (reader->Next(&item)) items.push_back(item);
  EXPECT_EQ(Sources(items),
            (std::vector<std::string>{path + ":corpus/one.txt:T1",
                                      path + ":corpus/two.txt",
                                      path + ":corpus/three.jsonl:1"}));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].doc.text, "خبر أول");
  EXPECT_EQ(items[1].doc.text, "خبر ثان في ملف نصي.");
  EXPECT_EQ(items[2].doc.id, "j1");
  EXPECT_GT(reader->bytes_total(), 0u);
  EXPECT_EQ(reader->bytes_read(), reader->bytes_total());
}

TEST(InputReaderTest, CompressedJsonlIsReadAsOneMember) {
  TempDir dir;
  const std::string path = dir.Path("feed.jsonl.gz");
  WriteArchive(path, {{"data", "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n"}},
               /*raw=*/true);
  auto items = ReadAll({path});
  EXPECT_EQ(Sources(items),
            (std::vector<std::string>{path + ":1", path + ":2"}));
}

TEST(InputReaderTest, CorruptArchiveIsOneError) {
  TempDir dir;
  const std::string path =
      dir.Write("broken.tgz", "this is not gzip data at all");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].ok);
  EXPECT_EQ(items[0].error.message().rfind(path + ": ", 0), 0u);
}

TEST(InputReaderTest, FormatIsSniffedFromContent) {
  TempDir dir;
  dir.Write("1", "  \n{\"text\": \"جيسون\"}\n");
  dir.Write("2", "<DOC><TEXT>تريك</TEXT></DOC>");
  dir.Write("3", "<!DOCTYPE html><html><body><p>صفحة</p></body></html>");
  dir.Write("4", "<p>نص عادي يبدأ بوسم</p>");
  auto items = ReadAll({dir.Path()});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].doc.source, dir.Path("1") + ":2");
  EXPECT_EQ(items[1].doc.source, dir.Path("2") + ":#1");
  EXPECT_EQ(items[2].doc.text, "صفحة");
  EXPECT_EQ(items[3].doc.text, "<p>نص عادي يبدأ بوسم</p>");
}

TEST(InputReaderTest, ForcedFormatWins) {
  TempDir dir;
  const std::string path =
      dir.Write("x.jsonl", "{\"text\": \"ليس جيسون هنا\"}");
  InputOptions options;
  options.format = InputFormat::kText;
  auto items = ReadAll({path}, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].doc.text, "{\"text\": \"ليس جيسون هنا\"}");
}

TEST(InputReaderTest, Utf16FilesAreConvertedBeforeDetection) {
  TempDir dir;
  const std::string jsonl = "{\"text\": \"نص\"}\n{\"text\": \"آخر\"}\n";
  dir.Write("a.jsonl", "\xFF\xFE" + Encode(jsonl, "UTF-16LE"));
  dir.Write("b",
            Encode("<DOC><DOCNO>U</DOCNO><TEXT>نص</TEXT></DOC>", "UTF-16BE"));
  auto items = ReadAll({dir.Path()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].doc.text, "آخر");
  EXPECT_EQ(items[2].doc.id, "U");
}

TEST(InputReaderTest, Utf8BomFileIsNotWindows1256) {
  TempDir dir;
  const std::string path =
      dir.Write("bom.jsonl", "\xEF\xBB\xBF{\"text\": \"نص\"}\n");
  auto items = ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.message();
  EXPECT_EQ(items[0].doc.text, "نص");
}

TEST(InputReaderTest, BadFilesAreOneLineErrors) {
  TempDir dir;
  dir.Write("a_empty.txt", "");
  dir.Write("b_binary.txt", std::string("\x7F"
                                        "ELF\x02\x01\x01\x00\x00\x00",
                                        10));
  dir.Write("c_blank.txt", " \n\t\n");
  auto items = ReadAll({dir.Path()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].error.message(),
            dir.Path("a_empty.txt") + ": empty input");
  EXPECT_EQ(items[1].error.message(),
            dir.Path("b_binary.txt") + ": binary data (NUL byte at offset 7)");
  EXPECT_EQ(items[2].error.message(),
            dir.Path("c_blank.txt") + ": no text (only whitespace)");
}

TEST(InputReaderTest, TooLargeFileIsRefusedUnread) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", std::string(3 << 20, 'x'));
  InputOptions options;
  options.max_doc_bytes = 2 << 20;
  auto reader = InputReader::Open({path}, options);
  InputItem item;
  ASSERT_TRUE(reader->Next(&item));
  ASSERT_FALSE(item.ok);
  EXPECT_EQ(item.error.message(), path + ": too large (3 MiB > limit 2 MiB)");
  EXPECT_LT(reader->bytes_read(), 1u << 20);
  EXPECT_FALSE(reader->Next(&item));
  EXPECT_EQ(reader->bytes_read(), 3u << 20);
  EXPECT_EQ(reader->bytes_total(), 3u << 20);
}

TEST(InputReaderTest, ParseInputFormatNames) {
  EXPECT_EQ(ParseInputFormat("jsonl").value(), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormat("trec").value(), InputFormat::kTrec);
  EXPECT_EQ(ParseInputFormat("auto").value(), InputFormat::kAuto);
  auto bad = ParseInputFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST(InputReaderTest, ArbitraryBytesNeverCrash) {
  TempDir dir;
  std::string bytes;
  uint32_t x = 12345;
  for (int f = 0; f < 40; ++f) {
    bytes.clear();
    const char* prefixes[] = {"{", "<DOC>",    "<html>",
                              "",  "\xFF\xFE", "<DOC><TEXT>"};
    bytes = prefixes[f % 6];
    for (int i = 0; i < 3000; ++i) {
      x = x * 1103515245 + 12345;
      bytes.push_back(static_cast<char>(x >> 16));
    }
    dir.Write("f" + std::to_string(f), bytes);
  }
  auto items = ReadAll({dir.Path()});
  EXPECT_GE(items.size(), 40u);
  for (const auto& it : items) {
    if (!it.ok) {
      EXPECT_EQ(it.error.message().find('\n'), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace rasd

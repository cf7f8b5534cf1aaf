// Reads the shared ANT multi-source corpus end to end, when it is present.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "rasd/input.h"

namespace rasd {
namespace {

TEST(InputCorpusTest, AntMultisourceArchive) {
  const std::string path = std::string(RASD_SHARED_DIR) +
                           "/data/news/ant_multisource_4outlets.tar.gz";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  const auto start = std::chrono::steady_clock::now();
  auto reader = InputReader::Open({path}, {});
  InputItem item;
  size_t docs = 0, with_published = 0;
  std::vector<std::string> errors;
  while (reader->Next(&item)) {
    if (!item.ok) {
      errors.push_back(item.error.message());
      continue;
    }
    ++docs;
    with_published += !item.doc.meta.published.empty();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::printf("[ corpus   ] %zu documents, %zu errors, %.2f s\n", docs,
              errors.size(), seconds);
  EXPECT_GT(docs, 20000u);
  // The corpus holds two articles whose TEXT is empty (France24, 2018-06-29);
  // they are reported, like any empty document, and nothing else is.
  EXPECT_LE(errors.size(), 2u);
  for (const std::string& e : errors) {
    EXPECT_NE(e.find(": no TEXT"), std::string::npos) << e;
  }
  EXPECT_GE(with_published + 1, docs);  // all but the README have a date
  EXPECT_EQ(reader->bytes_read(), reader->bytes_total());
}

}  // namespace
}  // namespace rasd

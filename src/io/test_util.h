// Helpers for the input-layer tests: a scratch directory, file writing,
// draining a reader, and Windows-1256 bytes made from UTF-8 with ICU.
#ifndef RASD_IO_TEST_UTIL_H_
#define RASD_IO_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rasd/input.h"

namespace rasd::testing {

// A fresh directory, removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("rasd_io_" + std::to_string(::getpid()) + "_" +
             (info != nullptr
                  ? std::string(info->test_suite_name()) + "_" + info->name()
                  : std::string("x")));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  // Writes `bytes` to `relative` (creating folders) and returns its path.
  std::string Write(const std::string& relative,
                    const std::string& bytes) const {
    const std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Path(const std::string& relative = "") const {
    return relative.empty() ? path_.string() : (path_ / relative).string();
  }

 private:
  std::filesystem::path path_;
};

inline std::vector<InputItem> ReadAll(std::vector<std::string> paths,
                                      const InputOptions& options = {}) {
  auto reader = InputReader::Open(std::move(paths), options);
  std::vector<InputItem> items;
  InputItem item;
  while (reader->Next(&item)) items.push_back(item);
  return items;
}

// Converts UTF-8 to `charset` ("windows-1256", "UTF-16LE", ...) with ICU.
inline std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), out.size(),
                                 utf8.data(), utf8.size(), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(U_SUCCESS(err) ? n : 0);
  return out;
}

}  // namespace rasd::testing

#endif  // RASD_IO_TEST_UTIL_H_

// Helpers shared by the store tests (not part of the library): a temporary
// directory that removes itself, and one-value queries on a store file
// through a connection of their own.
#ifndef RASD_STORE_STORE_TEST_UTIL_H_
#define RASD_STORE_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "rasd/document.h"
#include "store/sqlite.h"

namespace rasd::store_test {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = ::testing::TempDir() + "rasd_store_XXXXXX";
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
    EXPECT_FALSE(path_.empty()) << "mkdtemp failed for " << tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string File(std::string_view name) const {
    return path_ + "/" + std::string(name);
  }

 private:
  std::string path_;
};

// Opens `path` (which must exist) with a connection of its own.
inline sqlite::Database Connect(const std::string& path,
                                int flags = SQLITE_OPEN_READWRITE) {
  Result<sqlite::Database> db = sqlite::Database::Open(path, flags, "test");
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return db.ok() ? std::move(db).value() : sqlite::Database();
}

// The first column of the first row of `sql` as text ("" for none/NULL).
inline std::string QueryText(const std::string& path, const std::string& sql) {
  sqlite::Database db = Connect(path);
  Result<sqlite::Stmt> stmt = db.Prepare(sql, "test query");
  EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
  if (!stmt.ok()) return "";
  Result<bool> row = stmt->Step();
  EXPECT_TRUE(row.ok()) << row.status().ToString() << " for " << sql;
  std::string out = row.ok() && *row ? stmt->Text(0) : "";
  stmt->Reset();
  return out;
}

inline int64_t QueryInt(const std::string& path, const std::string& sql) {
  const std::string text = QueryText(path, sql);
  return text.empty() ? -1 : std::stoll(text);
}

// Number of code points in text[0, byte): what the store's offsets count.
inline int64_t CodePointsBefore(std::string_view text, size_t byte) {
  int64_t n = 0;
  for (size_t i = 0; i < byte; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace rasd::store_test

#endif  // RASD_STORE_STORE_TEST_UTIL_H_

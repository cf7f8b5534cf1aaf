#include "store/sqlite.h"

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <string>

#include "store/store_test_util.h"

namespace rasd::sqlite {
namespace {

using store_test::TempDir;

TEST(StoreSqliteTest, BindsAndReadsEveryType) {
  Result<Database> db = Database::Open(":memory:", SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i, d, s, n, o)", "creating").ok());
  Result<Stmt> insert =
      db->Prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", "inserting");
  ASSERT_TRUE(insert.ok());
  const std::string arabic = "موسكو";
  ASSERT_TRUE(
      insert->Bind(uint32_t{7}, 2.5f, arabic, nullptr, std::optional<int64_t>())
          .Run()
          .ok());
  ASSERT_TRUE(
      insert->Bind(-1, 0.25, "x", true, std::optional<int64_t>(9)).Run().ok());

  Result<Stmt> select = db->Prepare("SELECT * FROM t ORDER BY i", "reading");
  ASSERT_TRUE(select.ok());
  Result<bool> row = select->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ(select->Int(0), -1);
  EXPECT_EQ(select->Double(1), 0.25);
  EXPECT_EQ(select->Text(2), "x");
  EXPECT_EQ(select->Int(3), 1);
  EXPECT_EQ(select->Int(4), 9);
  row = select->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ(select->Int(0), 7);
  EXPECT_EQ(select->Double(1), 2.5);
  EXPECT_EQ(select->Text(2), arabic);
  EXPECT_TRUE(select->IsNull(3));
  EXPECT_TRUE(select->IsNull(4));
  row = select->Step();
  ASSERT_TRUE(row.ok());
  EXPECT_FALSE(*row);
  select->Reset();

  Result<std::optional<int64_t>> n =
      db->QueryInt("SELECT count(*) FROM t", "counting");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->value_or(0), 2);
  n = db->QueryInt("SELECT i FROM t WHERE i > 100", "finding nothing");
  ASSERT_TRUE(n.ok());
  EXPECT_FALSE(n->has_value());
}

TEST(StoreSqliteTest, ErrorsNameTheFileAndThePurpose) {
  TempDir dir;
  const std::string path = dir.File("e.db");
  Result<Database> db =
      Database::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(db.ok());

  Result<Stmt> bad = db->Prepare("SELEC 1", "parsing nonsense");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(path), std::string::npos);
  EXPECT_NE(bad.status().message().find("parsing nonsense"), std::string::npos);

  ASSERT_TRUE(db->Exec("CREATE TABLE u (k TEXT UNIQUE)", "creating").ok());
  Result<Stmt> insert =
      db->Prepare("INSERT INTO u VALUES (?1)", "adding a key");
  ASSERT_TRUE(insert.ok());
  ASSERT_TRUE(insert->Bind("a").Run().ok());
  Status dup = insert->Bind("a").Run();
  EXPECT_EQ(dup.code(), StatusCode::kInternal);
  EXPECT_NE(dup.message().find("store " + path + ": adding a key"),
            std::string::npos)
      << dup.message();
  EXPECT_NE(dup.message().find("UNIQUE"), std::string::npos);
  // The statement is usable again after the error.
  EXPECT_TRUE(insert->Bind("b").Run().ok());
}

TEST(StoreSqliteTest, OpeningFailuresAreStatuses) {
  Result<Database> missing = Database::Open(
      "/nonexistent-rasd-dir/x.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  EXPECT_NE(missing.status().message().find("/nonexistent-rasd-dir/x.db"),
            std::string::npos);

  TempDir dir;
  const std::string path = dir.File("text.db");
  std::ofstream(path) << std::string(4096, 'x');
  Result<Database> db = Database::Open(path, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db.ok());  // SQLite reads the file lazily
  Result<std::optional<int64_t>> v =
      db->QueryInt("PRAGMA user_version", "probing");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(v.status().message().find("not a database"), std::string::npos)
      << v.status().message();
}

}  // namespace
}  // namespace rasd::sqlite

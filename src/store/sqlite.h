// A thin RAII layer over the SQLite C API that speaks Status.
//
// Database owns one sqlite3 connection; Stmt owns one prepared statement.
// Every failure becomes a Status whose message names the database file and
// what the statement was for ("store /x.db: inserting event: <sqlite says>"),
// so callers never see a bare result code. No exceptions are thrown.
//
// Statements are reset before and after each use, so a statement never holds
// a read lock or a half-run state between calls, including after an error.
//
// Thread-safety: like the underlying connection, a Database and its Stmts
// belong to one thread at a time. A Stmt must not outlive its Database.
#ifndef RASD_STORE_SQLITE_H_
#define RASD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "rasd/status.h"

namespace rasd::sqlite {

// Maps a SQLite result code to a Status with `where` ("store PATH: purpose")
// and SQLite's own message.
Status ErrorStatus(int rc, std::string_view where, std::string_view detail);

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3_stmt* stmt, std::string where) : stmt_(stmt), where_(where) {}
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Binds values to ?1, ?2, ... in order: integers, floating point, strings,
  // nullptr or an empty std::optional (NULL). Resets the statement first.
  template <typename... Args>
  Stmt& Bind(const Args&... args) {
    Reset();
    int i = 0;
    (BindOne(++i, args), ...);
    return *this;
  }

  // One step: true if a row is ready, false when done.
  Result<bool> Step();
  // Runs to completion, ignoring any rows, then resets.
  Status Run();
  // Runs to completion and returns the first column of the first row, if
  // any row came back (INSERT ... RETURNING, SELECT count(*), ...).
  Result<std::optional<int64_t>> RunForInt();

  // Columns of the current row (0-based).
  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;

  // Clears bindings and the running state; idempotent.
  void Reset();

 private:
  void BindOne(int i, std::nullptr_t);
  void BindOne(int i, double v);
  void BindOne(int i, std::string_view v);
  void BindOne(int i, const std::string& v) { BindOne(i, std::string_view(v)); }
  void BindOne(int i, const char* v) { BindOne(i, std::string_view(v)); }
  void BindInt(int i, int64_t v);
  template <std::integral T>
  void BindOne(int i, T v) {
    BindInt(i, static_cast<int64_t>(v));
  }
  template <std::floating_point T>
  requires(!std::same_as<T, double>) void BindOne(int i, T v) {
    BindOne(i, static_cast<double>(v));
  }
  template <typename T>
  void BindOne(int i, const std::optional<T>& v) {
    if (v) {
      BindOne(i, *v);
    } else {
      BindOne(i, nullptr);
    }
  }

  sqlite3_stmt* stmt_ = nullptr;
  std::string where_;        // "store PATH: purpose", for error messages
  int bind_rc_ = SQLITE_OK;  // first binding error, reported by Step()
};

class Database {
 public:
  // Opens `path` with sqlite3_open_v2 `flags`; `label` prefixes messages
  // ("store" gives "store PATH: ..."). Sets extended result codes.
  static Result<Database> Open(const std::string& path, int flags,
                               std::string_view label = "store");

  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more statements that return no rows worth reading.
  Status Exec(const char* sql, std::string_view purpose);
  Result<Stmt> Prepare(std::string_view sql, std::string_view purpose);
  // Runs `sql` and returns the first column of its first row, if any.
  Result<std::optional<int64_t>> QueryInt(const char* sql,
                                          std::string_view purpose);

  // "store PATH: purpose".
  std::string Where(std::string_view purpose) const;
  Status Error(int rc, std::string_view purpose) const;

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::string label_;
};

}  // namespace rasd::sqlite

#endif  // RASD_STORE_SQLITE_H_

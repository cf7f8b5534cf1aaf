#include "store/sqlite.h"

#include <utility>

namespace rasd::sqlite {

Status ErrorStatus(int rc, std::string_view where, std::string_view detail) {
  std::string msg(where);
  msg += ": ";
  msg += detail.empty() ? std::string_view(sqlite3_errstr(rc)) : detail;
  msg += " (SQLite code " + std::to_string(rc) + ")";
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
      return Status::InvalidArgument(msg + "; is it a SQLite database?");
    case SQLITE_CORRUPT:
      return Status::Corruption(msg);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOLFS:
    case SQLITE_PROTOCOL:
      return Status::IoError(msg);
    default:
      return Status::Internal(msg);
  }
}

// --- Stmt -------------------------------------------------------------------

Stmt::Stmt(Stmt&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      where_(std::move(other.where_)),
      bind_rc_(other.bind_rc_) {}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    where_ = std::move(other.where_);
    bind_rc_ = other.bind_rc_;
  }
  return *this;
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

void Stmt::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);  // repeats the last step's error, already reported
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

void Stmt::BindOne(int i, std::nullptr_t) {
  const int rc = sqlite3_bind_null(stmt_, i);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Stmt::BindOne(int i, double v) {
  const int rc = sqlite3_bind_double(stmt_, i, v);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Stmt::BindOne(int i, std::string_view v) {
  // SQLITE_TRANSIENT: SQLite copies, so temporaries may be bound.
  const int rc = sqlite3_bind_text64(stmt_, i, v.data(), v.size(),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Stmt::BindInt(int i, int64_t v) {
  const int rc = sqlite3_bind_int64(stmt_, i, v);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

Result<bool> Stmt::Step() {
  assert(stmt_ != nullptr);
  if (bind_rc_ != SQLITE_OK) {
    return ErrorStatus(bind_rc_, where_, "binding a parameter failed");
  }
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status s = ErrorStatus(rc, where_, sqlite3_errmsg(sqlite3_db_handle(stmt_)));
  Reset();
  return s;
}

Status Stmt::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

Result<std::optional<int64_t>> Stmt::RunForInt() {
  std::optional<int64_t> value;
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (!value && !IsNull(0)) value = Int(0);
  }
  Reset();
  return value;
}

bool Stmt::IsNull(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Stmt::Text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p),
                     sqlite3_column_bytes(stmt_, col));
}

// --- Database ---------------------------------------------------------------

Result<Database> Database::Open(const std::string& path, int flags,
                                std::string_view label) {
  Database db;
  db.path_ = path;
  db.label_ = label;
  const int rc = sqlite3_open_v2(path.c_str(), &db.db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    // db_ may hold a handle carrying the message; the destructor closes it.
    const char* msg = db.db_ ? sqlite3_errmsg(db.db_) : sqlite3_errstr(rc);
    return ErrorStatus(rc, db.Where("opening"), msg);
  }
  sqlite3_extended_result_codes(db.db_, 1);
  return db;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      label_(std::move(other.label_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    label_ = std::move(other.label_);
  }
  return *this;
}

// close_v2 defers the close until outstanding statements are finalized.
Database::~Database() { sqlite3_close_v2(db_); }

std::string Database::Where(std::string_view purpose) const {
  std::string s = label_;
  s += ' ';
  s += path_;
  s += ": ";
  s += purpose;
  return s;
}

Status Database::Error(int rc, std::string_view purpose) const {
  return ErrorStatus(rc, Where(purpose), db_ ? sqlite3_errmsg(db_) : "");
}

Status Database::Exec(const char* sql, std::string_view purpose) {
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(rc, purpose);
  return Status::Ok();
}

Result<Stmt> Database::Prepare(std::string_view sql, std::string_view purpose) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, purpose);
  }
  return Stmt(stmt, Where(purpose));
}

Result<std::optional<int64_t>> Database::QueryInt(const char* sql,
                                                  std::string_view purpose) {
  Result<Stmt> stmt = Prepare(sql, purpose);
  if (!stmt.ok()) return stmt.status();
  return stmt->RunForInt();
}

}  // namespace rasd::sqlite

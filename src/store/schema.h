// The store's SQL schema and its version check.
//
// A rasd store is a SQLite file with `PRAGMA application_id` = kApplicationId
// and `PRAGMA user_version` = the schema version. A fresh (empty) file gets
// the current schema in one transaction; a file of a known older version
// would be migrated here (none exist yet); a newer version, or a SQLite file
// that is not a rasd store, is refused with InvalidArgument.
//
// Thread-safety: functions of a Database, which one thread owns at a time.
#ifndef RASD_STORE_SCHEMA_H_
#define RASD_STORE_SCHEMA_H_

#include <cstdint>

#include "rasd/status.h"
#include "store/sqlite.h"

namespace rasd::store {

constexpr int64_t kSchemaVersion = 1;
constexpr int64_t kApplicationId = 0x72617364;  // "rasd"

// Creates the schema in a fresh database or checks an existing one. Takes
// the write lock only when the file is fresh, so readers can open a store
// while another process is writing to it. Call it before switching the file
// to WAL, so that a foreign database is refused untouched.
Status EnsureSchema(sqlite::Database& db);

}  // namespace rasd::store

#endif  // RASD_STORE_SCHEMA_H_

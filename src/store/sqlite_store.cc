// The embedded SQLite store.
//
// Durability model. The file is in WAL mode: a transaction's pages are
// appended to PATH-wal, ending with a commit frame, and the main file only
// changes when a checkpoint copies committed frames back. Each frame carries
// a checksum chained from the WAL header, so on the next open SQLite rebuilds
// its index of the WAL from the longest valid prefix that ends in a commit
// frame; anything after it (a batch that was being written when the process
// died) is ignored. Hence a process killed at any instant - mid-batch,
// mid-commit, mid-checkpoint - leaves a database that opens, passes
// `PRAGMA integrity_check` and holds exactly the batches whose COMMIT
// returned. A kill does not lose write()s already issued: they sit in the
// kernel's page cache, which outlives the process.
//
// synchronous=NORMAL fsyncs the WAL only at checkpoints, not at every
// commit. That is durable to the last committed transaction against a
// process kill (the case above), and against power loss or a kernel crash it
// keeps the file consistent but may roll back the last few commits. FULL
// would fsync every commit; we trade that for ingest speed because an ingest
// is idempotent and can simply be re-run.
//
// One AddBatch is one transaction. BEGIN IMMEDIATE takes the write lock up
// front, so a batch never fails halfway on a lock upgrade; the busy timeout
// lets a second writer wait its turn instead of failing at once. Any error
// rolls the whole batch back. Documents are keyed by ContentKey(text), so
// re-running an ingest skips what committed and adds the rest. Readers (stats,
// search, the HTTP server) see a consistent snapshot while a writer works.
#include <sqlite3.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rasd/store.h"
#include "store/doc_writer.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace rasd {
namespace {

constexpr int kBusyTimeoutMs = 10'000;
constexpr size_t kMaxReportedProblems = 20;

// Runs `body` between `begin` and COMMIT; rolls back if anything fails.
template <typename Body>
Status InTransaction(sqlite::Database& db, const char* begin,
                     std::string_view what, Body&& body) {
  Status s = db.Exec(begin, std::string("starting ") + std::string(what));
  if (!s.ok()) return s;
  s = body();
  if (s.ok()) {
    s = db.Exec("COMMIT", std::string("committing ") + std::string(what));
  }
  // After a failed COMMIT the transaction may still be open. A failing
  // ROLLBACK is not reported: the first error is the one that matters.
  if (!s.ok() && !sqlite3_get_autocommit(db.get())) {
    db.Exec("ROLLBACK", "rolling back");
  }
  return s;
}

Status SetUpConnection(sqlite::Database& db) {
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  Status s = store::EnsureSchema(db);
  if (!s.ok()) return s;
  // journal_mode reports the mode it ended up in; a file system without
  // shared memory support, for one, cannot do WAL.
  Result<sqlite::Stmt> wal =
      db.Prepare("PRAGMA journal_mode = WAL", "switching to WAL mode");
  if (!wal.ok()) return wal.status();
  Result<bool> row = wal->Step();
  if (!row.ok()) return row.status();
  const std::string mode = *row ? wal->Text(0) : "";
  wal->Reset();
  if (mode != "wal" && db.path() != ":memory:") {
    return Status::IoError(db.Where("switching to WAL mode") +
                           ": the journal mode stayed '" + mode + "'");
  }
  return db.Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
                 "setting connection options");
}

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite::Database db, std::unique_ptr<store::DocWriter> writer)
      : db_(std::move(db)), writer_(std::move(writer)) {}

  Result<AddResult> AddBatch(const std::vector<const Document*>& docs) override;
  Result<StoreStats> Stats(int top_n) override;
  Status IntegrityCheck() override;

 private:
  Status ReadStats(int top_n, StoreStats& stats);
  Status ReadCounts(const char* sql, const char* purpose, int top_n,
                    std::vector<StoreStats::Count>& out);

  sqlite::Database db_;
  std::unique_ptr<store::DocWriter> writer_;  // declared after db_: dies first
};

Result<AddResult> SqliteStore::AddBatch(
    const std::vector<const Document*>& docs) {
  AddResult result;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i] == nullptr) {
      return Status::InvalidArgument(db_.Where("adding a batch") +
                                     ": document " + std::to_string(i) +
                                     " is null");
    }
  }
  if (docs.empty()) return result;
  Status s = InTransaction(db_, "BEGIN IMMEDIATE", "a batch", [&]() -> Status {
    for (const Document* doc : docs) {
      Result<bool> added = writer_->Write(*doc);
      if (!added.ok()) return added.status();
      ++(*added ? result.added : result.duplicates);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return result;
}

Result<StoreStats> SqliteStore::Stats(int top_n) {
  StoreStats stats;
  // One read transaction: every number comes from the same snapshot.
  Status s = InTransaction(db_, "BEGIN", "reading statistics",
                           [&] { return ReadStats(top_n, stats); });
  if (!s.ok()) return s;
  return stats;
}

Status SqliteStore::ReadStats(int top_n, StoreStats& st) {
  Result<sqlite::Stmt> docs = db_.Prepare(
      "SELECT count(*), coalesce(sum(bytes), 0), coalesce(sum(sentences), 0), "
      "coalesce(sum(tokens), 0), min(published), max(published) FROM documents",
      "counting documents");
  if (!docs.ok()) return docs.status();
  Result<bool> row = docs->Step();
  if (!row.ok()) return row.status();
  if (*row) {
    st.documents = docs->Int(0);
    st.bytes = docs->Int(1);
    st.sentences = docs->Int(2);
    st.tokens = docs->Int(3);
    st.first_published = docs->Text(4);
    st.last_published = docs->Text(5);
  }
  docs->Reset();

  Result<sqlite::Stmt> layers = db_.Prepare(
      "SELECT (SELECT count(*) FROM mentions), "
      "(SELECT count(DISTINCT actor_pk) FROM doc_actors), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM dates), "
      "(SELECT count(*) FROM amounts), (SELECT count(*) FROM quotes)",
      "counting layers");
  if (!layers.ok()) return layers.status();
  row = layers->Step();
  if (!row.ok()) return row.status();
  if (*row) {
    st.mentions = layers->Int(0);
    st.actors = layers->Int(1);
    st.events = layers->Int(2);
    st.dates = layers->Int(3);
    st.amounts = layers->Int(4);
    st.quotes = layers->Int(5);
  }
  layers->Reset();

  // Each list: key, label, count; ties broken by key for a stable order.
  Status s = ReadCounts(
      "SELECT outlet, outlet, count(*) AS n FROM documents "
      "WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT "
      "?1",
      "counting outlets", top_n, st.outlets);
  if (s.ok()) {
    s = ReadCounts(
        "SELECT a.key, coalesce(nullif(a.name, ''), a.name_en, a.key), "
        "count(DISTINCT da.doc_pk) AS n FROM doc_actors AS da "
        "JOIN actors AS a USING (actor_pk) GROUP BY da.actor_pk "
        "ORDER BY n DESC, a.key LIMIT ?1",
        "counting actors", top_n, st.top_actors);
  }
  if (s.ok()) {
    s = ReadCounts(
        "SELECT type, type, count(*) AS n FROM events GROUP BY type "
        "ORDER BY n DESC, type LIMIT ?1",
        "counting event types", top_n, st.event_types);
  }
  if (s.ok()) {
    s = ReadCounts(
        "SELECT e.type || ' ' || a.key || ' ' || r.key AS k, "
        "coalesce(nullif(a.name, ''), a.key) || ' → ' || "
        "coalesce(nullif(r.name, ''), r.key) || '  ' || e.type, "
        "count(*) AS n FROM events AS e "
        "JOIN event_args AS xa ON xa.event_pk = e.event_pk "
        "AND xa.role = 'actor' "
        "JOIN event_args AS xr ON xr.event_pk = e.event_pk "
        "AND xr.role = 'recipient' "
        "JOIN actors AS a ON a.actor_pk = xa.actor_pk "
        "JOIN actors AS r ON r.actor_pk = xr.actor_pk "
        "WHERE e.modality IN ('asserted', 'reported') "
        "GROUP BY e.type, xa.actor_pk, xr.actor_pk "
        "ORDER BY n DESC, k LIMIT ?1",
        "counting relations", top_n, st.relations);
  }
  return s;
}

// A negative top_n lists everything (SQLite reads LIMIT -1 as no limit).
Status SqliteStore::ReadCounts(const char* sql, const char* purpose, int top_n,
                               std::vector<StoreStats::Count>& out) {
  Result<sqlite::Stmt> stmt = db_.Prepare(sql, purpose);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(top_n < 0 ? -1 : top_n);
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2)});
  }
  stmt->Reset();
  return Status::Ok();
}

// Also runs PRAGMA foreign_key_check: a row pointing at nothing is as much a
// broken store as a broken b-tree.
Status SqliteStore::IntegrityCheck() {
  std::vector<std::string> problems;
  Result<sqlite::Stmt> check =
      db_.Prepare("PRAGMA integrity_check(100)", "checking integrity");
  if (!check.ok()) return check.status();
  for (;;) {
    Result<bool> row = check->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (std::string line = check->Text(0); line != "ok") {
      problems.push_back(line);
    }
  }
  check->Reset();

  Result<sqlite::Stmt> fk =
      db_.Prepare("PRAGMA foreign_key_check", "checking foreign keys");
  if (!fk.ok()) return fk.status();
  for (;;) {
    Result<bool> row = fk->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    problems.push_back("row " + fk->Text(1) + " of " + fk->Text(0) +
                       " refers to a missing row of " + fk->Text(2));
  }
  fk->Reset();

  if (problems.empty()) return Status::Ok();
  std::string report;
  for (size_t i = 0; i < problems.size() && i < kMaxReportedProblems; ++i) {
    if (!report.empty()) report += "; ";
    report += problems[i];
  }
  if (problems.size() > kMaxReportedProblems) report += "; ...";
  return Status::Corruption(db_.Where("checking integrity") + ": " + report);
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (path.empty()) {
    return Status::InvalidArgument("store: no database path given");
  }
  Result<sqlite::Database> db =
      sqlite::Database::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db.ok()) return db.status();
  if (Status s = SetUpConnection(*db); !s.ok()) return s;
  Result<std::unique_ptr<store::DocWriter>> writer =
      store::DocWriter::Prepare(*db);
  if (!writer.ok()) return writer.status();
  return std::unique_ptr<Store>(
      new SqliteStore(std::move(db).value(), std::move(writer).value()));
}

}  // namespace rasd

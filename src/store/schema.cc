// Schema version 1.
//
// documents holds one row per distinct text (content_key) with the full
// rasd/1 record, so any field the tables below do not break out can still be
// read back; doc_pk is an INTEGER PRIMARY KEY (the rowid), which is what an
// external-content FTS5 index over documents.text (the search issue) keys
// on. Actors are shared across documents by their stable key; per-document
// facts (doc_actors, mentions, dates, amounts, quotes, events) hang off
// doc_pk with ON DELETE CASCADE, so removing a document removes its facts.
// Every span column is in code points into documents.text, like the record.
// Layer tables keep the record's position (`idx`, or `local_id` "a1"/"e1")
// so a row can be matched to its entry in the record.
#include "store/schema.h"

#include <string>

namespace rasd::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE documents (
  doc_pk      INTEGER PRIMARY KEY,
  content_key TEXT NOT NULL UNIQUE,  -- ContentKey(text)
  id          TEXT NOT NULL,         -- id of the first copy stored
  source      TEXT,
  title       TEXT,
  url         TEXT,
  outlet      TEXT,
  published   TEXT,                  -- ISO 8601 as given
  lang        TEXT,
  text        TEXT NOT NULL,
  record      TEXT NOT NULL,         -- the rasd/1 JSON record
  bytes       INTEGER NOT NULL,
  sentences   INTEGER NOT NULL,
  tokens      INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE TABLE actors (
  actor_pk INTEGER PRIMARY KEY,
  key      TEXT NOT NULL UNIQUE,     -- stable across documents and runs
  name     TEXT NOT NULL,
  name_en  TEXT,
  type     TEXT NOT NULL,            -- PER ORG GPE LOC FAC MISC
  country  TEXT,
  wikidata TEXT
);

CREATE TABLE doc_actors (
  doc_pk   INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  local_id TEXT NOT NULL,            -- the record's actor id: a1, a2, ...
  actor_pk INTEGER NOT NULL REFERENCES actors,
  mentions INTEGER NOT NULL,         -- mentions of it in this document
  aliases  TEXT NOT NULL,            -- JSON array of surface forms
  PRIMARY KEY (doc_pk, local_id)
) WITHOUT ROWID;
CREATE INDEX doc_actors_actor ON doc_actors(actor_pk, doc_pk);

CREATE TABLE mentions (
  doc_pk   INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  type     TEXT NOT NULL,
  actor_pk INTEGER REFERENCES actors,
  PRIMARY KEY (doc_pk, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_pk);

CREATE TABLE dates (
  doc_pk          INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  idx             INTEGER NOT NULL,  -- what events.date of the record means
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  text            TEXT NOT NULL,
  value           TEXT,              -- ISO 8601 prefix; NULL if unresolved
  precision       TEXT,              -- year month day
  relative_unit   TEXT,              -- day week month year; NULL = absolute
  relative_offset INTEGER,
  PRIMARY KEY (doc_pk, idx)
) WITHOUT ROWID;
CREATE INDEX dates_value ON dates(value);

CREATE TABLE amounts (
  doc_pk INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  idx    INTEGER NOT NULL,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL,
  text   TEXT NOT NULL,
  value  REAL NOT NULL,
  unit   TEXT NOT NULL,
  PRIMARY KEY (doc_pk, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
  quote_pk   INTEGER PRIMARY KEY,
  doc_pk     INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  speaker_pk INTEGER REFERENCES actors,
  outlet_pk  INTEGER REFERENCES actors,
  cue        TEXT,
  direct     INTEGER NOT NULL,
  UNIQUE (doc_pk, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_pk);

CREATE TABLE events (
  event_pk       INTEGER PRIMARY KEY,
  doc_pk         INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
  local_id       TEXT NOT NULL,      -- the record's event id: e1, e2, ...
  type           TEXT NOT NULL,      -- PLOVER event type
  mode           TEXT,
  context        TEXT NOT NULL,      -- JSON array
  cameo          TEXT,
  modality       TEXT NOT NULL,
  date_value     TEXT,               -- the event's date, resolved
  date_precision TEXT,
  amount_value   REAL,
  amount_unit    TEXT,
  trigger        TEXT NOT NULL,
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  confidence     REAL NOT NULL,
  UNIQUE (doc_pk, local_id)
);
CREATE INDEX events_type ON events(type, date_value);
CREATE INDEX events_date ON events(date_value);

CREATE TABLE event_args (
  event_pk INTEGER NOT NULL REFERENCES events ON DELETE CASCADE,
  role     TEXT NOT NULL
           CHECK (role IN ('actor', 'recipient', 'location', 'attributed_to')),
  actor_pk INTEGER NOT NULL REFERENCES actors,
  PRIMARY KEY (event_pk, role, actor_pk)
) WITHOUT ROWID;
CREATE INDEX event_args_actor ON event_args(actor_pk, role);
)sql";

struct Header {
  int64_t application_id = 0;
  int64_t user_version = 0;
  int64_t objects = 0;  // rows of sqlite_schema
};

Result<Header> ReadHeader(sqlite::Database& db) {
  Header h;
  // The first statement that reads the file: a non-database fails here.
  Result<std::optional<int64_t>> app =
      db.QueryInt("PRAGMA application_id", "reading the file header");
  if (!app.ok()) return app.status();
  h.application_id = app->value_or(0);
  Result<std::optional<int64_t>> version =
      db.QueryInt("PRAGMA user_version", "reading the schema version");
  if (!version.ok()) return version.status();
  h.user_version = version->value_or(0);
  Result<std::optional<int64_t>> objects =
      db.QueryInt("SELECT count(*) FROM sqlite_schema", "listing the schema");
  if (!objects.ok()) return objects.status();
  h.objects = objects->value_or(0);
  return h;
}

bool IsFresh(const Header& h) {
  return h.application_id == 0 && h.user_version == 0 && h.objects == 0;
}

Status CheckVersion(const sqlite::Database& db, const Header& h) {
  if (h.application_id != kApplicationId) {
    return Status::InvalidArgument(
        db.Where("checking the schema") +
        ": a SQLite database, but not a rasd store (application_id " +
        std::to_string(h.application_id) + ")");
  }
  if (h.user_version > kSchemaVersion) {
    return Status::InvalidArgument(
        db.Where("checking the schema") + ": schema version " +
        std::to_string(h.user_version) + " is newer than this rasd knows (" +
        std::to_string(kSchemaVersion) + "); upgrade rasd");
  }
  if (h.user_version < 1) {
    return Status::Corruption(db.Where("checking the schema") +
                              ": a rasd store without a schema version");
  }
  // Older versions would be migrated here, in one write transaction.
  return Status::Ok();
}

Status CreateSchema(sqlite::Database& db) {
  Status s = db.Exec("BEGIN IMMEDIATE", "starting the schema transaction");
  if (!s.ok()) return s;
  s = [&db]() -> Status {
    // Another process may have created it between our check and the lock.
    Result<Header> h = ReadHeader(db);
    if (!h.ok()) return h.status();
    if (!IsFresh(*h)) return CheckVersion(db, *h);
    Status s = db.Exec(kSchemaV1, "creating the schema");
    if (!s.ok()) return s;
    const std::string pragmas =
        "PRAGMA application_id = " + std::to_string(kApplicationId) +
        "; PRAGMA user_version = " + std::to_string(kSchemaVersion);
    s = db.Exec(pragmas.c_str(), "setting the schema version");
    if (!s.ok()) return s;
    return db.Exec("COMMIT", "committing the schema");
  }();
  // Still open after a failure, or when someone else made the schema.
  if (!sqlite3_get_autocommit(db.get())) {
    db.Exec("ROLLBACK", "ending the schema transaction");
  }
  return s;
}

}  // namespace

Status EnsureSchema(sqlite::Database& db) {
  Result<Header> h = ReadHeader(db);
  if (!h.ok()) return h.status();
  if (IsFresh(*h)) return CreateSchema(db);
  return CheckVersion(db, *h);
}

}  // namespace rasd::store

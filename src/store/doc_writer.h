// Writes one analysed Document into the store's tables.
//
// The statements are prepared once per store and reused for every document
// of every batch. Write() must run inside a write transaction that the
// caller owns (and rolls back if Write fails). It checks the document
// (CheckDocument), inserts the document row, upserts its actors by key and
// inserts its layers; a document whose content key is already stored is
// skipped, before any serialisation, and reported as a duplicate.
//
// Span columns are code-point offsets taken from the rasd/1 record itself
// (ToRecordJson is the one place that converts byte spans), so the tables and
// the stored record can never disagree.
//
// Thread-safety: belongs to its Database's thread.
#ifndef RASD_STORE_DOC_WRITER_H_
#define RASD_STORE_DOC_WRITER_H_

#include <memory>

#include "rasd/document.h"
#include "rasd/status.h"
#include "store/sqlite.h"

namespace rasd::store {

class DocWriter {
 public:
  static Result<std::unique_ptr<DocWriter>> Prepare(sqlite::Database& db);

  // True if the document was added, false if its text is already stored.
  Result<bool> Write(const Document& doc);

 private:
  struct Rows;  // one document's record and keys while it is written

  DocWriter() = default;
  Status WriteActors(Rows& rows);
  Status WriteSpans(const Rows& rows);  // mentions, dates, amounts, quotes
  Status WriteEvents(const Rows& rows);

  sqlite::Stmt find_doc_;
  sqlite::Stmt insert_doc_;
  sqlite::Stmt upsert_actor_;
  sqlite::Stmt insert_doc_actor_;
  sqlite::Stmt insert_mention_;
  sqlite::Stmt insert_date_;
  sqlite::Stmt insert_amount_;
  sqlite::Stmt insert_quote_;
  sqlite::Stmt insert_event_;
  sqlite::Stmt insert_event_arg_;
};

}  // namespace rasd::store

#endif  // RASD_STORE_DOC_WRITER_H_

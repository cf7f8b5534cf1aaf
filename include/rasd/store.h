// The embedded corpus store: analysed documents in one SQLite file.
//
// Documents are keyed by ContentKey(text): the same article stored twice is
// stored once. Writes go in batches, one transaction each, in WAL mode: a
// process killed mid-ingest leaves a database that opens, passes
// `PRAGMA integrity_check` and holds every batch that committed; running the
// ingest again adds the rest. Each row keeps the full rasd/1 record and the
// layers later features query (actors, events) as their own tables.
// Thread-safety: one Store per thread; SQLite serialises writers.
#ifndef RASD_STORE_H_
#define RASD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

struct StoreStats {
  int64_t documents = 0;
  int64_t bytes = 0;  // UTF-8 bytes of stored text
  int64_t sentences = 0;
  int64_t tokens = 0;
  int64_t mentions = 0;
  int64_t actors = 0;  // distinct actor keys across documents
  int64_t events = 0;
  int64_t dates = 0;
  int64_t amounts = 0;
  int64_t quotes = 0;
  std::string first_published;  // empty if none
  std::string last_published;
  struct Count {
    std::string key;
    std::string label;
    int64_t count = 0;
  };
  std::vector<Count> outlets;      // most documents first
  std::vector<Count> top_actors;   // most documents first
  std::vector<Count> event_types;  // most events first
  // Directed relations: "TYPE actor-key recipient-key", labelled
  // "actor → recipient  TYPE", most events first (asserted and reported
  // events; negated, future and hypothetical ones are not relations yet).
  std::vector<Count> relations;
};

struct AddResult {
  int added = 0;       // new documents
  int duplicates = 0;  // already stored (same content key)
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens or creates the store at `path`; checks the schema version.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);

  // Stores the documents in one transaction: all or none.
  virtual Result<AddResult> AddBatch(
      const std::vector<const Document*>& docs) = 0;

  virtual Result<StoreStats> Stats(int top_n = 10) = 0;

  // Runs PRAGMA integrity_check; Corruption with its report if not "ok".
  virtual Status IntegrityCheck() = 0;
};

}  // namespace rasd

#endif  // RASD_STORE_H_

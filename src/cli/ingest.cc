// rasd ingest: inputs → analysed documents in the SQLite store, in batches
// of one transaction each (see include/rasd/store.h for the guarantees).
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/runner.h"
#include "rasd/input.h"
#include "rasd/pipeline.h"
#include "rasd/store.h"

namespace rasd::cli {
namespace {

struct IngestFlags {
  InputFlags input;
  Verbosity verbosity;
  std::string db;
  int threads = 0;
  int batch = 256;
};

int RunIngest(const IngestFlags& f) {
  Session session;
  if (int code = OpenSession(f.input, f.verbosity, &session); code != kExitOk)
    return code;
  InputReader* reader = session.reader.get();
  const Pipeline& pipeline = *session.pipeline;
  Result<std::unique_ptr<Store>> store = Store::Open(f.db);
  if (!store.ok()) {
    spdlog::error("{}", store.status().message());
    return kExitBadInput;
  }

  std::vector<Document> batch;
  uint64_t seen = 0, errors = 0, bytes = 0;
  AddResult total;
  Status store_error;
  auto flush = [&] {
    if (batch.empty()) return true;
    std::vector<const Document*> ptrs;
    for (const Document& d : batch) ptrs.push_back(&d);
    Result<AddResult> r = (*store)->AddBatch(ptrs);
    batch.clear();
    if (!r.ok()) {
      store_error = r.status();
      return false;
    }
    total.added += r->added;
    total.duplicates += r->duplicates;
    return true;
  };

  Progress progress("ingest", f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  // Sizing the input walks it once more: only for a visible progress line,
  // and before the reader thread starts.
  const uint64_t input_total = progress.enabled() ? reader->bytes_total() : 0;
  RunInOrder(*reader, pipeline, RunnerOptions{ResolveThreads(f.threads)},
             [&](InputItem& item) {
               if (!ReportItem(item, progress)) {
                 ++errors;
               } else {
                 ++seen;
                 bytes += item.doc.text.size();
                 batch.push_back(std::move(item.doc));
                 if (batch.size() >= static_cast<size_t>(f.batch) && !flush())
                   return false;
               }
               progress.Update(seen, errors, bytes, item.input_offset,
                               input_total);
               return true;
             });
  if (store_error.ok()) flush();
  progress.Finish();
  if (!store_error.ok()) {
    spdlog::error("{} (batches stored before this one are kept)",
                  store_error.message());
    return kExitBadInput;
  }
  const double secs = SecondsSince(start);
  if (!f.verbosity.quiet) {
    spdlog::info(
        "{}: {} documents read: {} stored, {} already there; {} errors ({} in "
        "{:.2f} s)",
        f.db, seen, total.added, total.duplicates, errors, FormatMb(bytes),
        secs);
  }
  return errors > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

Runner SetUpIngest(CLI::App* sub) {
  auto f = std::make_shared<IngestFlags>();
  sub->footer(
      R"(Inputs as for 'rasd analyze'. Documents are keyed by a hash of their text:
ingesting the same article again stores nothing new, so an interrupted ingest
is completed by running it again. Each batch is one transaction.

Examples:
  rasd ingest data/demo/corpus.jsonl --db demo.db
  rasd ingest ../shared/data/news/ant_jawharafm.tar.gz --db news.db -j 2
)");
  AddInputOptions(sub, &f->input);
  sub->add_option("--db", f->db, "SQLite corpus file (created if missing)")
      ->required();
  AddThreadsOption(sub, &f->threads);
  sub->add_option("--batch", f->batch, "Documents per transaction")
      ->default_str("256")
      ->check(CLI::Range(1, 100000));
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunIngest(*f); };
}

}  // namespace rasd::cli

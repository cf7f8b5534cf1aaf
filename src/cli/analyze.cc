// rasd analyze: inputs → rasd/1 JSONL on stdout, in input order.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/runner.h"
#include "rasd/input.h"
#include "rasd/pipeline.h"
#include "rasd/record.h"

namespace rasd::cli {
namespace {

struct AnalyzeFlags {
  InputFlags input;
  Verbosity verbosity;
  int threads = 0;
  bool pretty = false;
  bool explain = false;
};

int RunAnalyze(const AnalyzeFlags& f) {
  Session session;
  if (int code = OpenSession(f.input, f.verbosity, &session); code != kExitOk)
    return code;
  InputReader* reader = session.reader.get();
  const Pipeline& pipeline = *session.pipeline;
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

  uint64_t docs = 0, errors = 0, bytes = 0;
  bool write_failed = false;
  Progress progress("analyze", f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  RunnerOptions run{ResolveThreads(f.threads)};
  // Each record is serialised on the worker that analysed it; this thread
  // only writes them out, in input order.
  run.render = [&f](const InputItem& item, std::string* out) {
    *out = ToRecordJson(item.doc, f.pretty, f.explain);
    out->push_back('\n');
  };
  // Sizing the input walks it once more: only for a visible progress line,
  // and before the reader thread starts.
  const uint64_t input_total = progress.enabled() ? reader->bytes_total() : 0;
  RunInOrder(*reader, pipeline, run, [&](InputItem& item, std::string& json) {
    if (!ReportItem(item, progress)) {
      ++errors;
    } else {
      if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size()) {
        write_failed = true;
        return false;
      }
      ++docs;
      bytes += item.doc.text.size();
    }
    progress.Update(docs, errors, bytes, item.input_offset, input_total);
    return true;
  });
  progress.Finish();
  if (std::fflush(stdout) != 0) write_failed = true;
  if (write_failed) {
    spdlog::debug("output closed; stopped");
    return kExitOk;
  }
  const double secs = SecondsSince(start);
  const bool summary =
      f.verbosity.verbose || (!f.verbosity.quiet && isatty(STDERR_FILENO));
  if (summary) {
    spdlog::info(
        "analyzed {} documents ({}) in {:.2f} s, {:.2f} MB/s, {} errors", docs,
        FormatMb(bytes), secs, secs > 0 ? bytes / secs / 1e6 : 0.0, errors);
  }
  return errors > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

Runner SetUpAnalyze(CLI::App* sub) {
  auto f = std::make_shared<AnalyzeFlags>();
  sub->footer(
      R"(Reads UTF-8 text (one document per file), JSONL (id, text, title, url,
outlet, published per line), HTML, and TREC <DOC> files, from files,
directories and .tar.gz archives. Encodings: UTF-8, UTF-16 with BOM and
Windows-1256 are detected. Bad inputs are reported on stderr, one line each,
and the rest goes on; the exit status is 2 if any input failed.

Examples:
  rasd analyze article.txt --published 2017-02-20 --outlet "Al Wasat" --pretty
  rasd analyze news/ -j 4 > records.jsonl
  cat corpus.jsonl | rasd analyze - > records.jsonl
)");
  AddInputOptions(sub, &f->input);
  sub->add_option("-j,--threads", f->threads,
                  "Worker threads (0 = one per core)")
      ->default_str("0")
      ->check(CLI::Range(0, 256));
  sub->add_flag("--pretty", f->pretty, "Indent the JSON for humans");
  sub->add_flag("--explain", f->explain,
                "Add to each date, amount and quote the rule that found it");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunAnalyze(*f); };
}

}  // namespace rasd::cli

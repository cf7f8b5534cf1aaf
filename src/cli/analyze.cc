// rasd analyze: inputs → rasd/1 JSONL on stdout, in input order.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
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
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  Progress progress("analyze", f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  RunnerOptions run{ResolveThreads(f.threads)};
  // Each record is serialised on the worker that analysed it; this thread
  // only writes them out, in input order.
  run.render = [&f](const InputItem& item, std::string* out) {
    *out = ToRecordJson(item.doc, f.pretty, f.explain);
    out->push_back('\n');
  };
  const StdoutRun r =
      RenderToStdout(*session.reader, *session.pipeline, run, progress);
  if (r.closed) {
    spdlog::debug("output closed; stopped");
    return kExitOk;
  }
  const double secs = SecondsSince(start);
  const bool summary =
      f.verbosity.verbose || (!f.verbosity.quiet && isatty(STDERR_FILENO));
  if (summary) {
    spdlog::info(
        "analyzed {} documents ({}) in {:.2f} s, {:.2f} MB/s, {} errors",
        r.docs, FormatMb(r.bytes), secs, secs > 0 ? r.bytes / secs / 1e6 : 0.0,
        r.errors);
  }
  return r.errors > 0 ? kExitBadInput : kExitOk;
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
  AddThreadsOption(sub, &f->threads);
  sub->add_flag("--pretty", f->pretty, "Indent the JSON for humans");
  sub->add_flag("--explain", f->explain,
                "Add to each date, amount and quote the rule that found it");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunAnalyze(*f); };
}

}  // namespace rasd::cli

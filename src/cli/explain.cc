// rasd explain: inputs → a readable account of each document's events (and
// optionally its facts and actors), with the rule behind each one.
#include "rasd/explain.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/runner.h"
#include "rasd/input.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct ExplainFlags {
  InputFlags input;
  Verbosity verbosity;
  int threads = 0;
  ExplainOptions options;
  int evidence = 400;
};

int RunExplain(const ExplainFlags& f) {
  Session session;
  if (int code = OpenSession(f.input, f.verbosity, &session); code != kExitOk)
    return code;
  uint64_t docs = 0, errors = 0, bytes = 0;
  bool write_failed = false;
  Progress progress("explain", f.verbosity);
  RunnerOptions run{ResolveThreads(f.threads)};
  ExplainOptions options = f.options;
  options.evidence = static_cast<size_t>(f.evidence);
  run.render = [options](const InputItem& item, std::string* out) {
    *out = ExplainText(item.doc, options);
    out->push_back('\n');
  };
  RunInOrder(
      *session.reader, *session.pipeline, run,
      [&](InputItem& item, std::string& text) {
        if (!ReportItem(item, progress)) {
          ++errors;
        } else {
          if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
            write_failed = true;
            return false;
          }
          ++docs;
          bytes += item.doc.text.size();
        }
        progress.Update(docs, errors, bytes, item.input_offset, 0);
        return true;
      });
  progress.Finish();
  if (std::fflush(stdout) != 0 || write_failed) {
    spdlog::debug("output closed; stopped");
    return kExitOk;
  }
  return errors > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

Runner SetUpExplain(CLI::App* sub) {
  auto f = std::make_shared<ExplainFlags>();
  sub->footer(
      R"(Prints, for each document, every event coded in it: its PLOVER type and
mode, actor -> recipient (name [key]), the trigger as written, modality,
date, amount and place with the words they were read from, who said it, the
rule that coded it (trigger row and the argument rules), and the evidence
sentence. --facts adds each date, amount and quote with its rule; --actors
adds each actor with the texts that mention it. Inputs as for analyze.

Examples:
  rasd explain article.txt --published 2017-02-20
  rasd explain data/demo/corpus.jsonl --facts --actors | less
)");
  AddInputOptions(sub, &f->input);
  sub->add_option("-j,--threads", f->threads,
                  "Worker threads (0 = one per core)")
      ->default_str("0")
      ->check(CLI::Range(0, 256));
  sub->add_flag("--facts", f->options.facts,
                "Also list dates, amounts and quotes with their rules");
  sub->add_flag("--actors", f->options.actors,
                "Also list the actors and the texts that mention them");
  sub->add_option("--evidence", f->evidence,
                  "Cut each evidence sentence to this many bytes (0 = whole)")
      ->default_str("400")
      ->check(CLI::Range(0, 1 << 24));
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunExplain(*f); };
}

}  // namespace rasd::cli

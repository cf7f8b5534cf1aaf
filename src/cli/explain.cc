// rasd explain: inputs → a readable account of each document's events (and
// optionally its facts and actors), with the rule behind each one.
#include "rasd/explain.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
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
  Progress progress("explain", f.verbosity);
  RunnerOptions run{ResolveThreads(f.threads)};
  ExplainOptions options = f.options;
  options.evidence = static_cast<size_t>(f.evidence);
  run.render = [options](const InputItem& item, std::string* out) {
    *out = ExplainText(item.doc, options);
    out->push_back('\n');
  };
  const StdoutRun r =
      RenderToStdout(*session.reader, *session.pipeline, run, progress);
  if (r.closed) {
    spdlog::debug("output closed; stopped");
    return kExitOk;
  }
  return r.errors > 0 ? kExitBadInput : kExitOk;
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
adds each actor with the texts that mention it; --uncoded adds each trigger
word found but coded as no event, with the reason (no actor named, no
recipient, one party only, a qualifier, part of a name ...): where to look
when rasd misses an event. Inputs as for analyze.

Examples:
  rasd explain article.txt --published 2017-02-20
  rasd explain data/demo/corpus.jsonl --facts --actors | less
  rasd explain article.txt --uncoded
)");
  AddInputOptions(sub, &f->input);
  AddThreadsOption(sub, &f->threads);
  sub->add_flag("--facts", f->options.facts,
                "Also list dates, amounts and quotes with their rules");
  sub->add_flag("--actors", f->options.actors,
                "Also list the actors and the texts that mention them");
  sub->add_flag("--uncoded", f->options.uncoded,
                "Also list the trigger words coded as no event, and why");
  sub->add_option("--evidence", f->evidence,
                  "Cut each evidence sentence to this many bytes (0 = whole)")
      ->default_str("400")
      ->check(CLI::Range(0, 1 << 24));
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunExplain(*f); };
}

}  // namespace rasd::cli

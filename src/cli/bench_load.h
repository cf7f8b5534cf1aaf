// What the `rasd bench` subcommands share: the options that choose the
// corpus, loading it into memory before anything is timed, and the small
// helpers every benchmark reports with.
//
// A benchmark reads and decodes its documents first (not timed) and then
// times only the work it measures, over the same in-memory texts, so that
// input decoding and disk speed never show in its figures.
#ifndef RASD_CLI_BENCH_LOAD_H_
#define RASD_CLI_BENCH_LOAD_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <vector>

#include "cli/common.h"
#include "rasd/document.h"

namespace rasd::cli {

struct CorpusFlags {
  InputFlags input;
  Verbosity verbosity;
  double max_mb = 512;
  int repeat = 1;
};

// Adds the inputs, the input options, --max-mb and --repeat to `app`.
// Verbosity options are left to the caller, so they come last in --help.
void AddCorpusOptions(CLI::App* app, CorpusFlags* flags);

// Decoded documents held in memory, with no analysis layers.
struct BenchCorpus {
  std::vector<Document> docs;
  uint64_t bytes = 0;   // UTF-8 text over all docs
  uint64_t errors = 0;  // inputs that could not be read (logged at debug)
};

// Opens the session (pipeline and inputs) and reads documents until the
// inputs end or at least --max-mb of text is held, then prints the
// "corpus" line on stdout. Returns kExitOk, or an exit code after logging
// why: bad flags, a pipeline that cannot be built, no readable document.
int LoadCorpus(const CorpusFlags& flags, Session* session, BenchCorpus* corpus);

// Arabic and Latin tokens: the words of a document before the word layer.
uint64_t CountWordTokens(const Document& doc);

// Frees a document's analysis but keeps its text, as a streaming run frees
// each result, so that peak RSS measures the pipeline and the loaded text
// rather than every result kept at once, and --repeat can run again.
void Release(Document& doc);

// The process's peak resident set size so far, in MB.
double PeakRssMb();

}  // namespace rasd::cli

#endif  // RASD_CLI_BENCH_LOAD_H_

// What the subcommands share: logging setup, the input options every reading
// command takes, progress on stderr, and the exit codes of SPEC §2.
#ifndef RASD_CLI_COMMON_H_
#define RASD_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/runner.h"
#include "rasd/input.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd::cli {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitBadInput = 2;

struct Verbosity {
  bool quiet = false;
  bool verbose = false;
  bool progress = false;  // force progress even when stderr is not a terminal
};

// Adds --quiet/--verbose/--progress to `app`.
void AddVerbosityOptions(CLI::App* app, Verbosity* v);
// Configures the stderr logger ("rasd: error: ...") from the flags.
void SetUpLogging(const Verbosity& v);

struct InputFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string title, outlet, published;
  double max_doc_mb = 32;
  std::vector<std::string> kb_files;  // --kb, after data/kb
};
void AddInputOptions(CLI::App* app, InputFlags* flags);
// Validates the flags; InvalidArgument on a bad --format or --published.
Result<InputOptions> ToInputOptions(const InputFlags& flags);

// What every reading command opens: the pipeline and the input reader.
struct Session {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<InputReader> reader;
};
// Sets up logging, validates the input flags, builds the pipeline and opens
// the inputs. On failure logs why and returns the exit code; else kExitOk.
int OpenSession(const InputFlags& flags, const Verbosity& v, Session* session);

// Worker threads for -j: 0 means every core.
int ResolveThreads(int requested);
// Adds -j/--threads (0 = one per core) with the given shown default.
void AddThreadsOption(CLI::App* app, int* threads, const char* shown = "0");

// Progress on stderr: documents, MB of text, MB/s and, when the input size
// is known, the share of input read and an ETA; redrawn at most 5 times a
// second. Silent unless stderr is a terminal or --progress was given, and
// always silent with --quiet.
class Progress {
 public:
  Progress(const char* verb, const Verbosity& v);
  void Update(uint64_t docs, uint64_t errors, uint64_t text_bytes,
              uint64_t bytes_read, uint64_t bytes_total);
  // Clears the progress line.
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  const char* verb_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// Logs an item's error or its document's warnings (one line each, clearing
// the progress line first); returns whether the item holds a document.
bool ReportItem(const InputItem& item, Progress& progress);

// What RenderToStdout did: documents written, inputs that failed, text
// bytes analysed, and whether stdout was closed under it.
struct StdoutRun {
  uint64_t docs = 0, errors = 0, bytes = 0;
  bool closed = false;
};
// Runs the pipeline over `reader` and writes what run.render made of each
// document to stdout, in input order; reports bad inputs and shows progress
// (the input is sized for an ETA only when the progress line is visible).
// Stops when stdout is closed.
StdoutRun RenderToStdout(InputReader& reader, const Pipeline& pipeline,
                         const RunnerOptions& run, Progress& progress);

// "12.3 MB", "4.1 MB/s"
std::string FormatMb(double bytes);
double SecondsSince(std::chrono::steady_clock::time_point t);

// Parses a cross-validation fold "K/N" (0 <= K < N).
bool ParseFold(const std::string& text, int* k, int* n);

}  // namespace rasd::cli

#endif  // RASD_CLI_COMMON_H_

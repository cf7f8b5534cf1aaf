#include "cli/common.h"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

namespace rasd::cli {

void AddVerbosityOptions(CLI::App* app, Verbosity* v) {
  app->add_flag("-q,--quiet", v->quiet, "Print only errors on stderr");
  app->add_flag("-v,--verbose", v->verbose,
                "Also print per-document details and timings");
  app->add_flag("--progress", v->progress,
                "Show progress even when stderr is not a terminal");
}

void SetUpLogging(const Verbosity& v) {
  auto logger = spdlog::stderr_logger_st("rasd");
  logger->set_pattern("rasd: %l: %v");
  logger->set_level(v.quiet     ? spdlog::level::err
                    : v.verbose ? spdlog::level::debug
                                : spdlog::level::info);
  spdlog::set_default_logger(logger);
}

void AddInputOptions(CLI::App* app, InputFlags* f) {
  app->add_option("inputs", f->paths,
                  "Files, directories or .tar.gz archives to read; '-' or none "
                  "reads stdin");
  app->add_option(
         "--format", f->format,
         "Input format: auto (by name, then content), text, jsonl, html, trec")
      ->default_str("auto");
  app->add_option("--title", f->title, "Title of plain-text documents");
  app->add_option("--outlet", f->outlet, "Outlet of plain-text documents");
  app->add_option(
      "--published", f->published,
      "Publication date of plain-text documents (e.g. 2017-02-20); anchors "
      "relative dates");
  app->add_option("--max-doc-mb", f->max_doc_mb,
                  "Reject documents larger than this many MiB")
      ->default_str("32")
      ->check(CLI::Range(0.001, 4096.0));
  app->add_option("--kb", f->kb_files,
                  "Knowledge-base file (.tsv) or directory of them, read after "
                  "data/kb; rows override earlier ones with the same key "
                  "(repeatable)");
}

Result<InputOptions> ToInputOptions(const InputFlags& f) {
  Result<InputFormat> format = ParseInputFormat(f.format);
  if (!format.ok()) return format.status();
  InputOptions o;
  o.format = *format;
  o.title = f.title;
  o.outlet = f.outlet;
  if (!f.published.empty()) {
    o.published = NormalizePublished(f.published);
    if (o.published.empty()) {
      return Status::InvalidArgument("--published: not a date: '" +
                                     f.published +
                                     "' (use YYYY-MM-DD or ISO 8601)");
    }
  }
  o.max_doc_bytes = static_cast<uint64_t>(f.max_doc_mb * 1024 * 1024);
  return o;
}

int OpenSession(const InputFlags& flags, const Verbosity& v, Session* session) {
  SetUpLogging(v);
  Result<InputOptions> options = ToInputOptions(flags);
  if (!options.ok()) {
    spdlog::error("{}", options.status().message());
    return kExitUsage;
  }
  PipelineOptions pipeline_options;
  pipeline_options.kb_files = flags.kb_files;
  Result<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  session->pipeline = std::move(pipeline).value();
  session->reader = InputReader::Open(flags.paths, *options);
  return kExitOk;
}

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void AddThreadsOption(CLI::App* app, int* threads, const char* shown) {
  app->add_option("-j,--threads", *threads, "Worker threads (0 = one per core)")
      ->default_str(shown)
      ->check(CLI::Range(0, 256));
}

StdoutRun RenderToStdout(InputReader& reader, const Pipeline& pipeline,
                         const RunnerOptions& run, Progress& progress) {
  StdoutRun r;
  // Sizing the input walks it once more: only for a visible progress line,
  // and before the reader thread starts.
  const uint64_t input_total = progress.enabled() ? reader.bytes_total() : 0;
  RunInOrder(reader, pipeline, run, [&](InputItem& item, std::string& text) {
    if (!ReportItem(item, progress)) {
      ++r.errors;
    } else {
      if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        r.closed = true;
        return false;
      }
      ++r.docs;
      r.bytes += item.doc.text.size();
    }
    progress.Update(r.docs, r.errors, r.bytes, item.input_offset, input_total);
    return true;
  });
  progress.Finish();
  if (std::fflush(stdout) != 0) r.closed = true;
  return r;
}

bool ReportItem(const InputItem& item, Progress& progress) {
  if (!item.ok) {
    progress.Finish();
    spdlog::error("{}", item.error.message());
    return false;
  }
  for (const std::string& w : item.doc.warnings) {
    progress.Finish();
    spdlog::warn("{}: {}", item.doc.source, w);
  }
  return true;
}

std::string FormatMb(double bytes) {
  return fmt::format("{:.1f} MB", bytes / 1e6);
}

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t)
      .count();
}

Progress::Progress(const char* verb, const Verbosity& v)
    : verb_(verb),
      enabled_(!v.quiet && (v.progress || isatty(STDERR_FILENO))),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Update(uint64_t docs, uint64_t errors, uint64_t text,
                      uint64_t read, uint64_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? text / secs : 0;
  std::string line = fmt::format("{} {} docs", verb_, docs);
  if (errors) line += fmt::format(", {} errors", errors);
  line += fmt::format(", {}, {:.1f} MB/s", FormatMb(static_cast<double>(text)),
                      rate / 1e6);
  if (total > 0 && read > 0 && read <= total) {
    const int eta = static_cast<int>(secs * (total - read) / read);
    line += fmt::format(", {:.0f}%, ETA {}:{:02}", 100.0 * read / total,
                        eta / 60, eta % 60);
  }
  fmt::print(stderr, "\r\033[K{}", line);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) {
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
  }
  drawn_ = false;
}

bool ParseFold(const std::string& text, int* k, int* n) {
  char tail = 0;
  return std::sscanf(text.c_str(), "%d/%d%c", k, n, &tail) == 2 && *n > 0 &&
         *k >= 0 && *k < *n;
}

}  // namespace rasd::cli

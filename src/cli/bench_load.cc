#include "cli/bench_load.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <chrono>
#include <utility>

#include "rasd/input.h"

namespace rasd::cli {

void AddCorpusOptions(CLI::App* app, CorpusFlags* f) {
  AddInputOptions(app, &f->input);
  app->add_option("--max-mb", f->max_mb, "Load at most this many MB of text")
      ->default_str("512")
      ->check(CLI::PositiveNumber);
  app->add_option("--repeat", f->repeat,
                  "Process the loaded corpus this many times")
      ->default_str("1")
      ->check(CLI::Range(1, 1000));
}

int LoadCorpus(const CorpusFlags& f, Session* session, BenchCorpus* corpus) {
  if (int code = OpenSession(f.input, f.verbosity, session); code != kExitOk)
    return code;
  InputReader* reader = session->reader.get();
  const uint64_t limit = static_cast<uint64_t>(f.max_mb * 1e6);
  InputItem item;
  const auto start = std::chrono::steady_clock::now();
  while (corpus->bytes < limit && reader->Next(&item)) {
    if (!item.ok) {
      ++corpus->errors;
      spdlog::debug("{}", item.error.message());
      continue;
    }
    corpus->bytes += item.doc.text.size();
    corpus->docs.push_back(std::move(item.doc));
    item = InputItem();
  }
  fmt::print(
      "corpus      {} documents, {} of UTF-8 text ({} unreadable), loaded in "
      "{:.1f} s\n",
      corpus->docs.size(), FormatMb(static_cast<double>(corpus->bytes)),
      corpus->errors, SecondsSince(start));
  if (corpus->docs.empty()) {
    spdlog::error("no documents to measure");
    return kExitBadInput;
  }
  return kExitOk;
}

uint64_t CountWordTokens(const Document& d) {
  uint64_t n = 0;
  for (const Token& t : d.tokens) {
    if (t.kind == TokenKind::kArabic || t.kind == TokenKind::kLatin) ++n;
  }
  return n;
}

void Release(Document& d) {
  Document bare;
  bare.text = std::move(d.text);
  d = std::move(bare);
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // KiB on Linux
}

}  // namespace rasd::cli

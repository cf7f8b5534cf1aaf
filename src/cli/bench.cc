// rasd bench analyze: throughput and memory of the analysis pipeline.
//
// Documents are read and decoded first (not timed), then analysed from
// memory, so the figure is the pipeline's own: MB/s of UTF-8 text and
// words/s, per step and in total, plus the process's peak RSS. A figure,
// never a pass/fail test.
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <atomic>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/common.h"
#include "rasd/input.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct BenchFlags {
  InputFlags input;
  Verbosity verbosity;
  int threads = 1;
  double max_mb = 512;
  int repeat = 1;
};

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // KiB on Linux
}

uint64_t CountWords(const Document& d) {
  uint64_t n = 0;
  for (const Token& t : d.tokens) {
    if (t.kind == TokenKind::kArabic || t.kind == TokenKind::kLatin) ++n;
  }
  return n;
}

// Frees a document's analysis, as a streaming run would, so that peak RSS
// measures the pipeline and the loaded text, not every result kept at once.
void Release(Document& d) {
  Document bare;
  bare.text = std::move(d.text);
  d = std::move(bare);
}

int RunBench(const BenchFlags& f) {
  Session session;
  if (int code = OpenSession(f.input, f.verbosity, &session); code != kExitOk)
    return code;
  InputReader* reader = session.reader.get();
  const Pipeline& pipeline = *session.pipeline;
  std::vector<Document> docs;
  uint64_t bytes = 0, errors = 0;
  const uint64_t limit = static_cast<uint64_t>(f.max_mb * 1e6);
  InputItem item;
  const auto load_start = std::chrono::steady_clock::now();
  while (bytes < limit && reader->Next(&item)) {
    if (!item.ok) {
      ++errors;
      spdlog::debug("{}", item.error.message());
      continue;
    }
    bytes += item.doc.text.size();
    docs.push_back(std::move(item.doc));
    item = InputItem();
  }
  fmt::print(
      "corpus      {} documents, {} of UTF-8 text ({} unreadable), loaded in "
      "{:.1f} s\n",
      docs.size(), FormatMb(static_cast<double>(bytes)), errors,
      SecondsSince(load_start));
  if (docs.empty()) {
    spdlog::error("no documents to measure");
    return kExitBadInput;
  }
  const double rss_loaded = PeakRssMb();
  const std::vector<std::string_view> names = pipeline.StepNames();
  const int threads = ResolveThreads(f.threads);

  StepTimes times;
  uint64_t words = 0;
  std::atomic<uint64_t> words_atomic{0};
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < f.repeat; ++r) {
    if (threads == 1) {
      for (Document& d : docs) {
        (void)pipeline.Run(&d, &times);
        words += CountWords(d);
        Release(d);
      }
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
          uint64_t w = 0;
          for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
            (void)pipeline.Run(&docs[i]);
            w += CountWords(docs[i]);
            Release(docs[i]);
          }
          words_atomic += w;
        });
      }
      for (auto& t : pool) t.join();
    }
  }
  words += words_atomic.load();
  const double secs = SecondsSince(start);
  const double total_mb = static_cast<double>(bytes) * f.repeat / 1e6;
  fmt::print("threads     {}\n", threads);
  fmt::print(
      "analyze     {:.2f} s, {:.1f} MB/s, {:.0f} words/s, {:.0f} docs/s\n",
      secs, total_mb / secs, words / secs, docs.size() * f.repeat / secs);
  if (threads > 1) {
    fmt::print("per core    {:.1f} MB/s, {:.0f} words/s\n",
               total_mb / secs / threads, words / secs / threads);
  } else {
    for (size_t i = 0; i < names.size() && i < times.ns.size(); ++i) {
      const double s = times.ns[i] / 1e9;
      fmt::print("  {:<10} {:6.2f} s  {:8.1f} MB/s  {:5.1f}%\n", names[i], s,
                 s > 0 ? total_mb / s : 0.0, 100.0 * s / secs);
    }
  }
  fmt::print("peak RSS    {:.0f} MB (after loading: {:.0f} MB)\n", PeakRssMb(),
             rss_loaded);
  return kExitOk;
}

}  // namespace

Runner SetUpBench(CLI::App* sub) {
  auto f = std::make_shared<BenchFlags>();
  sub->require_subcommand(1);
  CLI::App* analyze = sub->add_subcommand(
      "analyze",
      "Throughput (MB/s, words/s) and peak RSS of the analysis pipeline");
  analyze->footer(
      R"(Loads the documents into memory first, then times the pipeline alone.
Example:
  rasd bench analyze ../shared/data/news/ant_multisource_4outlets.tar.gz
  rasd bench analyze ../shared/data/news/ant_jawharafm.tar.gz -j 2
)");
  AddInputOptions(analyze, &f->input);
  analyze
      ->add_option("-j,--threads", f->threads,
                   "Worker threads (0 = one per core)")
      ->default_str("1")
      ->check(CLI::Range(0, 256));
  analyze
      ->add_option("--max-mb", f->max_mb, "Load at most this many MB of text")
      ->default_str("512");
  analyze
      ->add_option("--repeat", f->repeat, "Analyse the corpus this many times")
      ->default_str("1")
      ->check(CLI::Range(1, 1000));
  AddVerbosityOptions(analyze, &f->verbosity);
  return [f] { return RunBench(*f); };
}

}  // namespace rasd::cli

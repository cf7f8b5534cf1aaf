// rasd bench: benchmarks that print figures, never pass/fail tests.
//
// `rasd bench analyze` measures the analysis pipeline: documents are read
// and decoded first (not timed), then analysed from memory, so the figure is
// the pipeline's own: MB/s of UTF-8 text and words/s, per step and in total,
// plus the process's peak RSS. `rasd bench words` (bench_words.cc) puts the
// word layer side by side with Snowball and ICU.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "cli/bench_load.h"
#include "cli/bench_words.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/ner_commands.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct AnalyzeFlags {
  CorpusFlags corpus;
  int threads = 1;
};

int RunBenchAnalyze(const AnalyzeFlags& f) {
  Session session;
  BenchCorpus corpus;
  if (int code = LoadCorpus(f.corpus, &session, &corpus); code != kExitOk)
    return code;
  std::vector<Document>& docs = corpus.docs;
  const Pipeline& pipeline = *session.pipeline;
  const int repeat = f.corpus.repeat;
  const double rss_loaded = PeakRssMb();
  const std::vector<std::string_view> names = pipeline.StepNames();
  const int threads = ResolveThreads(f.threads);

  StepTimes times;
  uint64_t words = 0;
  std::atomic<uint64_t> words_atomic{0};
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    if (threads == 1) {
      for (Document& d : docs) {
        (void)pipeline.Run(&d, &times);
        words += CountWordTokens(d);
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
            w += CountWordTokens(docs[i]);
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
  const double total_mb = static_cast<double>(corpus.bytes) * repeat / 1e6;
  fmt::print("threads     {}\n", threads);
  fmt::print(
      "analyze     {:.2f} s, {:.1f} MB/s, {:.0f} words/s, {:.0f} docs/s\n",
      secs, total_mb / secs, words / secs, docs.size() * repeat / secs);
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

Runner SetUpBenchAnalyze(CLI::App* app) {
  auto f = std::make_shared<AnalyzeFlags>();
  app->footer(
      R"(Loads the documents into memory first, then times the pipeline alone.
Example:
  rasd bench analyze ../shared/data/news/ant_multisource_4outlets.tar.gz
  rasd bench analyze ../shared/data/news/ant_jawharafm.tar.gz -j 2
)");
  AddCorpusOptions(app, &f->corpus);
  AddThreadsOption(app, &f->threads, "1");
  AddVerbosityOptions(app, &f->corpus.verbosity);
  return [f] { return RunBenchAnalyze(*f); };
}

}  // namespace

Runner SetUpBench(CLI::App* sub) {
  sub->require_subcommand(1);
  CLI::App* analyze = sub->add_subcommand(
      "analyze",
      "Throughput (MB/s, words/s) and peak RSS of the analysis pipeline");
  CLI::App* words = sub->add_subcommand(
      "words",
      "The word layer side by side with Snowball's Arabic stemmer and ICU's "
      "word breaker, single thread");
  Runner run_analyze = SetUpBenchAnalyze(analyze);
  Runner run_words = SetUpBenchWords(words);
  CLI::App* ner = sub->add_subcommand(
      "ner", "Tokens/s of the named-entity tagger alone, single thread");
  Runner run_ner = SetUpBenchNer(ner);
  return [=] {
    if (ner->parsed()) return run_ner();
    return analyze->parsed() ? run_analyze() : run_words();
  };
}

}  // namespace rasd::cli

// rasd train clusters: learns models/clusters.bin from unlabelled news.
#include "ner/train_clusters.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>

#include "cli/common.h"
#include "cli/ner_commands.h"

namespace rasd::cli {
namespace {

struct TrainClustersFlags {
  ClusterOptions options;
  std::string out = "models/clusters.bin";
  std::string model_dir;
  Verbosity verbosity;
};

int RunTrainClusters(const TrainClustersFlags& f) {
  SetUpLogging(f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  Result<std::unique_ptr<Pipeline>> words = Pipeline::Create(
      {.model_dir = f.model_dir, .data_dir = "", .until = "words"});
  if (!words.ok()) {
    spdlog::error("{}", words.status().message());
    return kExitBadInput;
  }
  Result<std::vector<Clusters::Entry>> entries =
      TrainClusters(f.options, **words, [&](const std::string& line) {
        spdlog::info("{} ({:.0f} s)", line, SecondsSince(start));
      });
  if (!entries.ok()) {
    spdlog::error("{}", entries.status().message());
    return kExitBadInput;
  }
  if (Status s =
          Clusters::Write(f.out, f.options.coarse, f.options.fine, *entries);
      !s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  spdlog::info("wrote {} ({} words) in {:.1f} s", f.out, entries->size(),
               SecondsSince(start));
  return kExitOk;
}

}  // namespace

Runner SetUpTrainClusters(CLI::App* app) {
  auto f = std::make_shared<TrainClustersFlags>();
  app->footer(
      R"(Clusters the commonest words of unlabelled news by their neighbours
(PPMI, random projection, spherical k-means at two granularities).

Example (the committed clusters):
  rasd train clusters --news ../shared/data/news/ant_multisource_4outlets.tar.gz \
      ../shared/data/news/ant_jawharafm.tar.gz --out models/clusters.bin
)");
  ClusterOptions& o = f->options;
  app->add_option("--news", o.news, "Unlabelled news (any input rasd reads)")
      ->required();
  app->add_option("--out", f->out, "Cluster file to write")
      ->default_str("models/clusters.bin");
  app->add_option("--vocab", o.vocab, "Words clustered")->default_str("40000");
  app->add_option("--contexts", o.contexts, "Context words per side")
      ->default_str("500");
  app->add_option("--dims", o.dims, "Projected dimensions")->default_str("96");
  app->add_option("--coarse", o.coarse, "Coarse clusters")
      ->default_str("64")
      ->check(CLI::Range(1, 65535));
  app->add_option("--fine", o.fine, "Fine clusters")
      ->default_str("512")
      ->check(CLI::Range(1, 65535));
  app->add_option("--min-count", o.min_count, "Cluster words seen this often")
      ->default_str("5");
  app->add_option("--iterations", o.iterations, "k-means iterations")
      ->default_str("12");
  app->add_option("--model-dir", f->model_dir, "Models folder (words.bin)");
  AddVerbosityOptions(app, &f->verbosity);
  return [f] { return RunTrainClusters(*f); };
}

}  // namespace rasd::cli

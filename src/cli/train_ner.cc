// rasd train ner: learns models/ner.bin from CoNLL corpora.
#include "ner/train_ner.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>

#include "cli/common.h"
#include "cli/ner_commands.h"
#include "kb/kb.h"
#include "ner/paths.h"

namespace rasd::cli {
namespace {

struct TrainNerFlags {
  std::vector<std::string> corpora;   // name=path
  std::vector<std::string> evidence;  // name=path
  bool gazetteer = false;
  bool memory = false;
  uint64_t seed = 1;
  std::vector<std::string> gaz_corpora;  // name=path
  int gaz_folds = 0;
  bool gaz_kb = true;
  std::string gaz_out;  // default: gazetteer.bin beside --out
  std::string out = "models/ner.bin";
  std::string clusters = "models/clusters.bin";
  std::string model_dir, data_dir;
  int epochs = 10;
  uint32_t bits = 20;
  int dev_every = 0;
  int dev_tail = 0;
  Verbosity verbosity;
};

int RunTrainNer(const TrainNerFlags& f, const std::string& command_line) {
  SetUpLogging(f.verbosity);
  const auto start = std::chrono::steady_clock::now();
  NerTrainOptions o;
  o.epochs = f.epochs;
  o.bits = f.bits;
  o.dev_every = f.dev_every;
  o.dev_tail = f.dev_tail;
  std::vector<std::string> all = f.corpora;
  all.insert(all.end(), f.evidence.begin(), f.evidence.end());
  all.insert(all.end(), f.gaz_corpora.begin(), f.gaz_corpora.end());
  for (size_t i = 0; i < all.size(); ++i) {
    const std::string& c = all[i];
    const size_t eq = c.find('=');
    if (eq == std::string::npos || eq == 0) {
      spdlog::error(
          "--corpus {}: expected NAME=PATH (anercorp=..., aqmar=..., "
          "wikifane=...)",
          c);
      return kExitUsage;
    }
    NerCorpus corpus{c.substr(0, eq), c.substr(eq + 1), i >= f.corpora.size()};
    if (i < f.corpora.size() + f.evidence.size())
      o.corpora.push_back(std::move(corpus));
    else
      o.gaz_corpora.push_back(std::move(corpus));
  }
  o.gazetteer = f.gazetteer;
  o.memory = f.memory;
  o.seed = f.seed;
  o.gaz_folds = f.gaz_folds;
  const std::string data_dir = NerDataDir(f.data_dir);
  o.tagmap_path = data_dir + "/ner/tagmap.tsv";
  Result<Triggers> triggers = Triggers::Load(data_dir + "/ner/triggers.tsv");
  if (!triggers.ok()) {
    spdlog::error("{}", triggers.status().message());
    return kExitBadInput;
  }
  std::optional<Clusters> clusters;
  if (f.clusters != "none") {
    Result<Clusters> c = Clusters::Load(f.clusters);
    if (!c.ok()) {
      spdlog::error("{} (give --clusters none to train without)",
                    c.status().message());
      return kExitBadInput;
    }
    clusters = std::move(c).value();
    spdlog::info("clusters: {} words from {}", clusters->size(), f.clusters);
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.model_dir = f.model_dir, .data_dir = "", .until = "words"});
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  std::unique_ptr<const KnowledgeBase> kb;
  if (f.gazetteer && f.gaz_kb) {
    Result<std::unique_ptr<const KnowledgeBase>> k =
        KnowledgeBase::Load({data_dir + "/kb"}, **pipeline);
    if (!k.ok()) {
      spdlog::error("{}", k.status().message());
      return kExitBadInput;
    }
    kb = std::move(k).value();
    o.kb = kb.get();
  }
  Gazetteer gazetteer;
  o.gazetteer_out = &gazetteer;
  Result<NerModel> model =
      TrainNer(o, **pipeline, &*triggers, clusters ? &*clusters : nullptr,
               [&](const std::string& line) {
                 spdlog::info("{} ({:.0f} s)", line, SecondsSince(start));
               });
  if (!model.ok()) {
    spdlog::error("{}", model.status().message());
    return kExitBadInput;
  }
  char date[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  model->card = {
      "rasd NER model: averaged structured perceptron, first-order Viterbi "
      "over BIO (PER ORG GPE LOC FAC MISC)",
      fmt::format("trained {} with: {}", date, command_line),
      fmt::format("{} epochs, 2^{} feature buckets", f.epochs, f.bits),
  };
  for (const NerCorpus& c : o.corpora) {
    model->card.push_back((c.evidence_only ? "place evidence " : "corpus ") +
                          c.name + ": " + c.path);
  }
  for (const NerCorpus& c : o.gaz_corpora)
    model->card.push_back("gazetteer evidence " + c.name + ": " + c.path);
  if (Status s = model->Save(f.out); !s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  if (f.gazetteer) {
    const std::string gaz_out = !f.gaz_out.empty()
                                    ? f.gaz_out
                                    : std::filesystem::path(f.out)
                                          .replace_filename("gazetteer.bin")
                                          .string();
    if (Status s = gazetteer.Write(gaz_out); !s.ok()) {
      spdlog::error("{}", s.message());
      return kExitBadInput;
    }
    spdlog::info("wrote {} ({} words)", gaz_out, gazetteer.size());
  }
  spdlog::info("wrote {} in {:.1f} s", f.out, SecondsSince(start));
  return kExitOk;
}

}  // namespace

Runner SetUpTrainNer(CLI::App* app) {
  auto f = std::make_shared<TrainNerFlags>();
  app->footer(
      R"(Corpora are CoNLL files or folders of them, named by their column in
data/ner/tagmap.tsv. With --dev-every N, every Nth sentence of the first
corpus is held out and scored after each epoch (for choosing epochs and
features; never tune on a test file).

With --gazetteer, the gazetteer (gazetteer.bin beside --out) counts the
--gaz-corpus files, the knowledge base's names and, with --gaz-folds, the
training corpora jackknifed. With --memory, a jackknifed first stage tags
the training sentences for the document-memory features.

Example (the first of the committed model's three steps; the others, a
silver-tagged news corpus as --gaz-corpus native=..., are in models/ner.md):
  rasd train ner --corpus anercorp=../shared/data/ner/anercorp/ANERCorp_CamelLab_train.txt \
      --evidence wikifane=../shared/data/ner/wikifane/WikiFANE_Gold_2014_500K.txt \
      --gazetteer --gaz-corpus wikifane=../shared/data/ner/wikifane/WikiFANE_Gold_2014_500K.txt \
      --gaz-corpus aqmar=../shared/data/ner/aqmar/articles --memory \
      --out models/ner.bin
)");
  app->add_option("--corpus", f->corpora, "NAME=PATH, repeatable")->required();
  app->add_option("--evidence", f->evidence,
                  "NAME=PATH: typed places consulted to type PLACE labels, "
                  "not trained on; repeatable");
  app->add_option("--out", f->out, "Model file to write")
      ->default_str("models/ner.bin");
  app->add_option("--clusters", f->clusters,
                  "Word clusters (rasd train clusters), or none")
      ->default_str("models/clusters.bin");
  app->add_option("--epochs", f->epochs, "Perceptron epochs")
      ->default_str("10");
  app->add_option("--bits", f->bits, "log2 of the feature buckets")
      ->default_str("20")
      ->check(CLI::Range(8, 24));
  app->add_option("--dev-every", f->dev_every,
                  "Hold out every Nth sentence of the first corpus as dev")
      ->default_str("0");
  app->add_option("--dev-tail", f->dev_tail,
                  "Hold out the last N percent of the first corpus as dev")
      ->default_str("0")
      ->check(CLI::Range(0, 50));
  app->add_option("--seed", f->seed, "Shuffling seed")->default_str("1");
  app->add_flag("--memory", f->memory,
                "Document memory features: how the sentences before were "
                "tagged (a jackknifed first stage gives them in training)");
  app->add_flag("--gazetteer", f->gazetteer,
                "Gazetteer features; the gazetteer is written beside --out "
                "(gazetteer.bin) unless --gaz-out says");
  app->add_option("--gaz-corpus", f->gaz_corpora,
                  "NAME=PATH: gazetteer evidence, not trained on; repeatable");
  app->add_option("--gaz-folds", f->gaz_folds,
                  "Jackknife runs over the training corpora for their own "
                  "gazetteer evidence (0: none)")
      ->default_str("0")
      ->check(CLI::Range(0, 20));
  app->add_option("--gaz-kb", f->gaz_kb,
                  "Words of the knowledge base's names as gazetteer evidence")
      ->default_str("true");
  app->add_option("--gaz-out", f->gaz_out, "Gazetteer file to write");
  app->add_option("--model-dir", f->model_dir, "Models folder (words.bin)");
  app->add_option("--data-dir", f->data_dir, "Data folder (ner/*.tsv)");
  AddVerbosityOptions(app, &f->verbosity);
  return [f] {
    std::string cmd = "rasd train ner";
    for (const std::string& c : f->corpora) cmd += " --corpus " + c;
    for (const std::string& c : f->evidence) cmd += " --evidence " + c;
    if (f->memory) cmd += " --memory";
    if (f->seed != 1) cmd += fmt::format(" --seed {}", f->seed);
    if (f->gazetteer) {
      cmd += " --gazetteer";
      for (const std::string& c : f->gaz_corpora) cmd += " --gaz-corpus " + c;
      cmd +=
          fmt::format(" --gaz-folds {} --gaz-kb {}", f->gaz_folds, f->gaz_kb);
    }
    cmd += fmt::format(
        " --clusters {} --epochs {} --bits {} --dev-every {} --dev-tail {}",
        f->clusters, f->epochs, f->bits, f->dev_every, f->dev_tail);
    return RunTrainNer(*f, cmd);
  };
}

}  // namespace rasd::cli

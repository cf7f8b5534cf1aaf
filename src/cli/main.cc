// rasd: the command-line front-end. It parses arguments, calls librasd and
// formats output; all logic lives in the library. This is one of the two
// places (with the HTTP handler) that catch third-party exceptions.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string_view>

#include "cli/commands.h"
#include "cli/common.h"

namespace {

struct Command {
  const char* name;
  const char* help;
  rasd::cli::Runner (*setup)(CLI::App*);
};

const Command kCommands[] = {
    {"analyze",
     "Analyse documents and print one rasd/1 JSON record per document (JSONL)",
     rasd::cli::SetUpAnalyze},
    {"explain",
     "Show each event with its parties, trigger, date, amount and the rule "
     "that coded it",
     rasd::cli::SetUpExplain},
    {"ingest", "Analyse documents and store them in an SQLite corpus file",
     rasd::cli::SetUpIngest},
    {"stats", "Summarise what a corpus file holds", rasd::cli::SetUpStats},
    {"segment", "Split words into clitics (UD Arabic scheme); CoNLL-U output",
     rasd::cli::SetUpSegment},
    {"tag", "Named-entity tags for a CoNLL token file (BIO)",
     rasd::cli::SetUpTag},
    {"eval", "Score the system on a gold file (precision, recall, F1)",
     rasd::cli::SetUpEval},
    {"train", "Learn a model from data", rasd::cli::SetUpTrain},
    {"translit", "Spell Arabic names in English (one name per line)",
     rasd::cli::SetUpTranslit},
    {"bench", "Measure throughput and memory (benchmarks print figures)",
     rasd::cli::SetUpBench},
};

constexpr const char* kFooter = R"(Examples:
  rasd analyze article.txt --published 2017-02-20 --pretty
  rasd analyze corpus.jsonl -j 4 > records.jsonl
  rasd explain article.txt --published 2017-02-20 --facts
  rasd ingest data/demo/corpus.jsonl --db demo.db && rasd stats --db demo.db
  rasd bench analyze ../shared/data/news/ant_multisource_4outlets.tar.gz

Exit status: 0 success, 1 usage error, 2 some input could not be processed.
The record format is described in docs/SPEC.md (rasd/1).
)";

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, not a kill
  CLI::App app{
      "rasd (رصد): structured, source-attributed political data from Arabic "
      "news"};
  app.set_version_flag("--version", std::string("rasd ") + RASD_VERSION);
  app.require_subcommand(1);
  app.footer(kFooter);
  std::vector<std::pair<CLI::App*, rasd::cli::Runner>> runners;
  for (const Command& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    runners.emplace_back(sub, c.setup(sub));
  }
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const Command& c : kCommands)
      known = known || std::string_view(argv[1]) == c.name;
    if (!known) {
      fmt::print(stderr,
                 "rasd: error: unknown command '{}' (commands:", argv[1]);
      for (const Command& c : kCommands) fmt::print(stderr, " {}", c.name);
      fmt::print(stderr, "); see 'rasd --help'\n");
      return rasd::cli::kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "rasd: error: {}; see 'rasd {}--help'\n", e.what(),
               argc > 1 && argv[1][0] != '-' ? std::string(argv[1]) + " " : "");
    return rasd::cli::kExitUsage;
  }
  try {
    for (auto& [sub, run] : runners) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasd: error: internal: {}\n", e.what());
    return rasd::cli::kExitBadInput;
  }
  return rasd::cli::kExitUsage;
}

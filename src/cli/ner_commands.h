// The NER sub-subcommands: rasd eval ner (eval_ner.cc), rasd train ner
// (train_ner.cc), rasd bench ner (bench_ner.cc). Each adds its options to
// `app` and returns its runner.
#ifndef RASD_CLI_NER_COMMANDS_H_
#define RASD_CLI_NER_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace rasd::cli {

Runner SetUpEvalNer(CLI::App* app);
Runner SetUpTrainNer(CLI::App* app);
Runner SetUpTrainClusters(CLI::App* app);
Runner SetUpBenchNer(CLI::App* app);

}  // namespace rasd::cli

#endif  // RASD_CLI_NER_COMMANDS_H_

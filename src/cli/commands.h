// The subcommands. Each SetUpX adds its options to `sub` and returns the
// function that runs it once the command line is parsed; main.cc lists them
// in one table.
#ifndef RASD_CLI_COMMANDS_H_
#define RASD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace rasd::cli {

using Runner = std::function<int()>;

Runner SetUpAnalyze(CLI::App* sub);
Runner SetUpExplain(CLI::App* sub);
Runner SetUpIngest(CLI::App* sub);
Runner SetUpStats(CLI::App* sub);
Runner SetUpBench(CLI::App* sub);
Runner SetUpTrain(CLI::App* sub);
Runner SetUpSegment(CLI::App* sub);
Runner SetUpEval(CLI::App* sub);
Runner SetUpTranslit(CLI::App* sub);
// Sub-subcommands: `rasd train translit`, `rasd eval translit`.
Runner SetUpTrainTranslit(CLI::App* sub);
Runner SetUpEvalTranslit(CLI::App* sub);
Runner SetUpTag(CLI::App* sub);

}  // namespace rasd::cli

#endif  // RASD_CLI_COMMANDS_H_

// rasd eval dates / facts / events: set up under `rasd eval`.
#ifndef RASD_CLI_EVAL_FACTS_H_
#define RASD_CLI_EVAL_FACTS_H_

#include "cli/commands.h"

namespace rasd::cli {

struct SubRunner {
  CLI::App* app;
  Runner run;
};

SubRunner SetUpEvalDates(CLI::App* eval);
SubRunner SetUpEvalFacts(CLI::App* eval);
SubRunner SetUpEvalEvents(CLI::App* eval);  // eval_events.cc

}  // namespace rasd::cli

#endif  // RASD_CLI_EVAL_FACTS_H_

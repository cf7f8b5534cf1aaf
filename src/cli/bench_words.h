// rasd bench words: the word layer side by side with Snowball's Arabic
// stemmer and ICU's word BreakIterator (see bench_words.cc).
#ifndef RASD_CLI_BENCH_WORDS_H_
#define RASD_CLI_BENCH_WORDS_H_

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace rasd::cli {

// Adds the options of `rasd bench words` to `app` and returns its runner.
Runner SetUpBenchWords(CLI::App* app);

}  // namespace rasd::cli

#endif  // RASD_CLI_BENCH_WORDS_H_

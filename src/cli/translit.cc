// rasd translit: Arabic names on stdin (or files), one per line → English.
#include "translit/translit.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"

namespace rasd::cli {
namespace {

struct TranslitFlags {
  std::vector<std::string> paths;
  std::string model;
  Verbosity verbosity;
};

void Spell(const Transliterator& t, std::istream& in) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string english = t.ToEnglish(line);
    std::fwrite(english.data(), 1, english.size(), stdout);
    std::fputc('\n', stdout);
  }
}

int RunTranslit(const TranslitFlags& f) {
  SetUpLogging(f.verbosity);
  const std::string path =
      f.model.empty() ? DefaultTranslitModelPath() : f.model;
  Result<std::unique_ptr<const Transliterator>> t = Transliterator::Load(path);
  if (!t.ok()) {
    spdlog::error("{}", t.status().message());
    return kExitBadInput;
  }
  if (f.paths.empty() || (f.paths.size() == 1 && f.paths[0] == "-")) {
    Spell(**t, std::cin);
  } else {
    for (const std::string& p : f.paths) {
      std::ifstream in(p, std::ios::binary);
      if (!in) {
        spdlog::error("{}: cannot open", p);
        return kExitBadInput;
      }
      Spell(**t, in);
    }
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    spdlog::error("write error on standard output");
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace

Runner SetUpTranslit(CLI::App* sub) {
  auto f = std::make_shared<TranslitFlags>();
  sub->footer(
      R"(Each input line is one name as written in Arabic text; each output line is
its English spelling with capitalised words; the article ال is written
"al-" ("Al-" first). An empty line gives an empty line.

Example:
  printf 'خليفة حفتر\nفايز السراج\n' | rasd translit
)");
  sub->add_option("files", f->paths, "Files of names (default: stdin)");
  sub->add_option("--model", f->model,
                  "Model file (default: models/translit.bin)");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunTranslit(*f); };
}

}  // namespace rasd::cli

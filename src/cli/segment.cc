// rasd segment: one sentence per line in, CoNLL-U with clitics split out.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "morph/conllu.h"
#include "rasd/pipeline.h"
#include "text/utf8.h"

namespace rasd::cli {
namespace {

struct SegmentFlags {
  std::vector<std::string> paths;
  std::string format = "conllu";
  Verbosity verbosity;
};

int SegmentStream(std::istream& in, const std::string& name,
                  const Pipeline& pipeline, uint64_t* sent) {
  std::string line, out;
  Document doc;
  uint64_t line_no = 0;
  int status = kExitOk;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    doc = Document();
    if (!IsValidUtf8(line)) {
      spdlog::warn("{}:{}: invalid UTF-8 replaced", name, line_no);
      for (size_t i = 0; i < line.size();) {
        uint32_t len;
        AppendUtf8(DecodeUtf8(line, i, &len), &doc.text);
        i += len;
      }
    } else {
      doc.text = line;
    }
    if (Status s = pipeline.Run(&doc); !s.ok()) {
      spdlog::error("{}:{}: {}", name, line_no, s.message());
      status = kExitBadInput;
      continue;
    }
    out.clear();
    AppendConllu(doc, std::to_string(++*sent), &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return status;
}

int RunSegment(const SegmentFlags& f) {
  SetUpLogging(f.verbosity);
  if (f.format != "conllu") {
    spdlog::error("unknown --format '{}' (expected conllu)", f.format);
    return kExitUsage;
  }
  Result<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create({.until = "words"});
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  uint64_t sent = 0;
  int status = kExitOk;
  if (f.paths.empty() || (f.paths.size() == 1 && f.paths[0] == "-")) {
    return SegmentStream(std::cin, "<stdin>", **pipeline, &sent);
  }
  for (const std::string& p : f.paths) {
    std::ifstream in(p);
    if (!in) {
      spdlog::error("{}: cannot open", p);
      status = kExitBadInput;
      continue;
    }
    if (SegmentStream(in, p, **pipeline, &sent) != kExitOk)
      status = kExitBadInput;
  }
  return status;
}

}  // namespace

Runner SetUpSegment(CLI::App* sub) {
  auto f = std::make_shared<SegmentFlags>();
  sub->footer(
      R"(Input: plain text, one sentence per line. Output: one CoNLL-U block per
line, one row per syntactic word: conjunctions و ف, prepositions ب ل ك and
future س split before the word, object and possessive pronouns after it; the
article ال stays on its word. FORM is the exact surface text, so the forms
with SpaceAfter=No concatenate back to the line.

Example:
  echo 'وقال لحفتر إنه سيزور موسكو' | rasd segment
)");
  sub->add_option("inputs", f->paths, "Text files; '-' or none reads stdin");
  sub->add_option("--format", f->format, "Output format")
      ->default_str("conllu");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunSegment(*f); };
}

}  // namespace rasd::cli

// rasd tag --format conll: named-entity tags for a CoNLL token file
// (docs/SPEC.md §2).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "ner/conll_tagger.h"
#include "ner/paths.h"

namespace rasd::cli {
namespace {

struct TagFlags {
  std::string input = "-";
  std::string format = "conll";
  std::string tagset = "native";
  std::string model_dir, data_dir;
  Verbosity verbosity;
};

int RunTag(const TagFlags& f) {
  SetUpLogging(f.verbosity);
  Result<Tagset> tagset = ParseTagset(f.tagset);
  if (!tagset.ok()) {
    spdlog::error("{}", tagset.status().message());
    return kExitUsage;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(
      {.model_dir = f.model_dir, .data_dir = f.data_dir, .until = "words"});
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  Result<std::unique_ptr<NameTagger>> tagger =
      LoadNameTagger(f.model_dir, f.data_dir);
  if (!tagger.ok()) {
    spdlog::error("{}", tagger.status().message());
    return kExitBadInput;
  }
  Result<std::vector<ConllSentence>> sentences = ReadConllFile(f.input);
  if (!sentences.ok()) {
    spdlog::error("{}", sentences.status().message());
    return kExitBadInput;
  }
  AlignedSentence aligned;
  NameTagger::Scratch scratch;
  std::vector<uint8_t> tags;
  std::string out;
  for (const ConllSentence& s : *sentences) {
    Status st =
        TagConllSentence(**pipeline, **tagger, s, &aligned, &scratch, &tags);
    if (!st.ok()) {
      spdlog::error("{}:{}: {}", f.input, s.line, st.message());
      return kExitBadInput;
    }
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      out += s.tokens[i];
      out += '\t';
      out += TagName(tags[i], *tagset);
      out += '\n';
    }
    out += '\n';
    if (out.size() > (1 << 16)) {
      fmt::print("{}", out);
      out.clear();
    }
  }
  fmt::print("{}", out);
  std::fflush(stdout);
  return std::ferror(stdout) ? kExitBadInput : kExitOk;
}

}  // namespace

Runner SetUpTag(CLI::App* sub) {
  auto f = std::make_shared<TagFlags>();
  sub->footer(
      R"(Input: one token per line (first column; other columns ignored), a blank
line between sentences. Output: token<TAB>tag, BIO tags. Tagsets: native
(PER ORG GPE LOC FAC MISC) or anercorp (PERS ORG LOC MISC; GPE, FAC -> LOC).

Example:
  rasd tag --format conll --tagset anercorp tokens.txt
)");
  sub->add_option("input", f->input, "CoNLL token file (- or none: stdin)");
  sub->add_option("--format", f->format, "Input and output format")
      ->check(CLI::IsMember({"conll"}))
      ->default_str("conll");
  sub->add_option("--tagset", f->tagset, "native or anercorp")
      ->default_str("native");
  sub->add_option("--model-dir", f->model_dir,
                  "Models folder (default $RASD_MODEL_DIR or models/)");
  sub->add_option("--data-dir", f->data_dir,
                  "Data folder (default $RASD_DATA_DIR or data/)");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunTag(*f); };
}

}  // namespace rasd::cli

// rasd eval dates (TimeML/TIMEX3) and rasd eval facts (amounts and quotes
// against data/demo/gold/facts.jsonl).
#include "cli/eval_facts.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/common.h"
#include "eval/dates_eval.h"
#include "eval/facts_eval.h"
#include "eval/timeml.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct EvalDatesFlags {
  std::vector<std::string> inputs;
  std::string dct;
  std::string judged;
  bool show_cases = false;
  Verbosity verbosity;
};

void Row(const char* name, const Prf& p) {
  fmt::print(
      "{:<14} gold {:>4}  system {:>4}  match {:>4}  P {:6.2f}  R {:6.2f}  F1 "
      "{:6.2f}\n",
      name, p.gold, p.system, p.tp, 100 * p.precision(), 100 * p.recall(),
      100 * p.f1());
}

int RunEvalDates(const EvalDatesFlags& f) {
  SetUpLogging(f.verbosity);
  std::vector<std::string> files;
  for (const std::string& in : f.inputs) {
    std::error_code ec;
    if (std::filesystem::is_directory(in, ec)) {
      for (const auto& e : std::filesystem::directory_iterator(in, ec))
        if (e.path().extension() == ".tml") files.push_back(e.path().string());
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    spdlog::error("eval dates: no .tml files given");
    return kExitUsage;
  }
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  JudgedValues judged;
  if (!f.judged.empty()) {
    Result<JudgedValues> j = ReadJudgedValues(f.judged);
    if (!j.ok()) {
      spdlog::error("{}", j.status().message());
      return kExitBadInput;
    }
    judged = std::move(*j);
  }
  DateScores scores;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      spdlog::error("{}: cannot open", file);
      return kExitBadInput;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    Result<TimeMlDoc> doc = ParseTimeMl(buf.str(), file);
    if (!doc.ok()) {
      spdlog::error("{}", doc.status().message());
      return kExitBadInput;
    }
    Status s = ScoreDates(**pipeline, *doc, file, f.dct,
                          f.judged.empty() ? nullptr : &judged, &scores);
    if (!s.ok()) {
      spdlog::error("{}", s.message());
      return kExitBadInput;
    }
  }
  if (f.show_cases) {
    for (const DateCase& c : scores.cases) {
      const std::string& want = c.judged ? c.judged->value : c.gold_value;
      const bool ok =
          !c.gold_text.empty() &&
          (c.sys_value == want || (want == "null" && c.sys_value == "null"));
      fmt::print("{} {}  gold [{}] {}  system [{}] {}{}\n", ok ? "ok " : "ERR",
                 std::filesystem::path(c.file).filename().string(), c.gold_text,
                 c.gold_value.empty() ? "-" : c.gold_value, c.sys_text,
                 c.sys_value.empty() ? "-" : c.sys_value,
                 c.judged ? fmt::format("  (judged gold {}: {})",
                                        c.judged->value, c.judged->reason)
                          : "");
    }
  }
  fmt::print("files          {}\n", files.size());
  fmt::print("reference date {}\n", f.dct.empty() ? "none" : f.dct);
  fmt::print("out of scope (not scored):\n");
  for (const auto& [cat, n] : scores.out_of_scope)
    fmt::print("  {:<28} {}\n", cat, n);
  fmt::print("  system dates on them        {}\n", scores.ignored_system);
  Row("span exact", scores.exact);
  Row("span overlap", scores.overlap);
  fmt::print("value accuracy {:.2f}  ({} of {} overlapping gold DATEs)\n",
             scores.value_scored
                 ? 100.0 * scores.value_right / scores.value_scored
                 : 0.0,
             scores.value_right, scores.value_scored);
  fmt::print("value recall   {:.2f}  ({} of {} in-scope gold DATEs)\n",
             scores.overlap.gold
                 ? 100.0 * scores.value_right / scores.overlap.gold
                 : 0.0,
             scores.value_right, scores.overlap.gold);
  if (!f.judged.empty()) {
    fmt::print("judged gold    {} of {} entries of {} apply\n",
               scores.judged_applied, judged.size(), f.judged);
    fmt::print(
        "value accuracy {:.2f}  ({} of {} overlapping gold DATEs, judged "
        "gold)\n",
        scores.judged_scored
            ? 100.0 * scores.judged_right / scores.judged_scored
            : 0.0,
        scores.judged_right, scores.judged_scored);
    fmt::print(
        "value recall   {:.2f}  ({} of {} in-scope DATEs, judged gold)\n",
        scores.judged_gold ? 100.0 * scores.judged_right / scores.judged_gold
                           : 0.0,
        scores.judged_right, scores.judged_gold);
  }
  fmt::print("F1 {:.2f}\n", 100 * scores.overlap.f1());
  return kExitOk;
}

struct EvalFactsFlags {
  std::string gold;
  std::string corpus = "data/demo/corpus.jsonl";
  bool show_errors = false;
  Verbosity verbosity;
};

int RunEvalFacts(const EvalFactsFlags& f) {
  SetUpLogging(f.verbosity);
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    spdlog::error("{}", pipeline.status().message());
    return kExitBadInput;
  }
  FactsScores sc;
  Status s = ScoreFacts(**pipeline, f.gold, f.corpus, &sc);
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return kExitBadInput;
  }
  if (f.show_errors)
    for (const std::string& e : sc.errors) fmt::print("# {}\n", e);
  Row("dates span", sc.date_span);
  Row("dates full", sc.date_full);
  fmt::print("dates unresolved offsets outside the gold, not scored: {}\n",
             sc.date_unresolved_unscored);
  Row("amounts span", sc.amount_span);
  Row("amounts full", sc.amount_full);
  Row("quotes span", sc.quote_span);
  Row("quotes full", sc.quote_full);
  const uint64_t m = sc.quote_span.tp;
  auto pct = [&](uint64_t x) { return m ? 100.0 * x / m : 0.0; };
  fmt::print(
      "of matched quotes: speaker {:.2f}  outlet {:.2f}  direct {:.2f}\n",
      pct(sc.speaker_right), pct(sc.outlet_right), pct(sc.direct_right));
  Prf all;
  all.tp = sc.date_full.tp + sc.amount_full.tp + sc.quote_full.tp;
  all.gold = sc.date_full.gold + sc.amount_full.gold + sc.quote_full.gold;
  all.system =
      sc.date_full.system + sc.amount_full.system + sc.quote_full.system;
  fmt::print("F1 {:.2f}\n", 100 * all.f1());
  return kExitOk;
}

}  // namespace

SubRunner SetUpEvalDates(CLI::App* eval) {
  auto f = std::make_shared<EvalDatesFlags>();
  CLI::App* sub = eval->add_subcommand(
      "dates", "Date expressions against TimeML/TIMEX3 gold files");
  sub->footer(
      R"(Scores span (exact and overlap) and value of TIMEX3 DATE expressions whose
value is a calendar date (YYYY, YYYY-MM, YYYY-MM-DD); other values and types
are listed as out of scope. Relative dates resolve against --dct (the
documents' creation date; the HeidelTime Arabic set was annotated with
2015-12-24). Last line "F1 <overlap F1>".

--judged FILE lists gold values the project judges wrong (file, TIMEX3 tid,
judged value or null or "-" for not a date, reason); the value scores are
then printed a second time against the judged gold, beside the raw ones.

Examples:
  rasd eval dates --dct 2015-12-24 ../shared/data/dates/heideltime_arabic/
  rasd eval dates --dct 2015-12-24 --judged data/eval/heideltime_judged.tsv \
      --show-cases ../shared/data/dates/heideltime_arabic/
)");
  sub->add_option("inputs", f->inputs, ".tml files or directories")->required();
  sub->add_option("--dct", f->dct, "Reference (publication) date YYYY-MM-DD");
  sub->add_option("--judged", f->judged,
                  "TSV of gold values judged wrong (file, tid, value, reason)");
  sub->add_flag("--show-cases", f->show_cases,
                "List every in-scope gold date and spurious system date");
  AddVerbosityOptions(sub, &f->verbosity);
  return {sub, [f] { return RunEvalDates(*f); }};
}

SubRunner SetUpEvalFacts(CLI::App* eval) {
  auto f = std::make_shared<EvalFactsFlags>();
  CLI::App* sub = eval->add_subcommand(
      "facts", "Dates, amounts and quotes against a gold JSONL file");
  sub->footer(
      R"(Gold format: data/demo/gold/README.md. Prints P/R/F1 for date, amount and
quote spans and for fully right items (value; value+unit;
speaker+outlet+direct), last line "F1 <number>" over fully right dates,
amounts and quotes.

Example:
  rasd eval facts data/demo/gold/facts.jsonl --corpus data/demo/corpus.jsonl
)");
  sub->add_option("gold", f->gold, "Gold JSONL file")->required();
  sub->add_option("--corpus", f->corpus, "Corpus JSONL with the documents")
      ->default_str("data/demo/corpus.jsonl");
  sub->add_flag("--show-errors", f->show_errors,
                "Print each wrong, missed and spurious item");
  AddVerbosityOptions(sub, &f->verbosity);
  return {sub, [f] { return RunEvalFacts(*f); }};
}

}  // namespace rasd::cli

// rasd stats: what a corpus file holds, for humans (or --json).
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "rasd/store.h"

namespace rasd::cli {
namespace {

struct StatsFlags {
  std::string db;
  int top = 10;
  bool json = false;
  Verbosity verbosity;
};

nlohmann::ordered_json CountsJson(const std::vector<StoreStats::Count>& v) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& c : v)
    out.push_back({{"key", c.key}, {"label", c.label}, {"count", c.count}});
  return out;
}

void PrintCounts(const char* heading, const std::vector<StoreStats::Count>& v) {
  if (v.empty()) return;
  fmt::print("\n{}\n", heading);
  for (const auto& c : v) {
    fmt::print("  {:>7}  {}", c.count, c.label.empty() ? c.key : c.label);
    if (!c.label.empty() && c.key != c.label) fmt::print("  [{}]", c.key);
    fmt::print("\n");
  }
}

int RunStats(const StatsFlags& f) {
  SetUpLogging(f.verbosity);
  if (!std::filesystem::exists(f.db)) {
    spdlog::error(
        "{}: no such corpus file (create one with 'rasd ingest --db {}')", f.db,
        f.db);
    return kExitBadInput;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(f.db);
  if (!store.ok()) {
    spdlog::error("{}", store.status().message());
    return kExitBadInput;
  }
  Result<StoreStats> r = (*store)->Stats(f.top);
  if (!r.ok()) {
    spdlog::error("{}", r.status().message());
    return kExitBadInput;
  }
  const StoreStats& s = *r;
  if (f.json) {
    nlohmann::ordered_json j = {{"documents", s.documents},
                                {"bytes", s.bytes},
                                {"sentences", s.sentences},
                                {"tokens", s.tokens},
                                {"mentions", s.mentions},
                                {"actors", s.actors},
                                {"events", s.events},
                                {"dates", s.dates},
                                {"amounts", s.amounts},
                                {"quotes", s.quotes},
                                {"first_published", s.first_published},
                                {"last_published", s.last_published},
                                {"outlets", CountsJson(s.outlets)},
                                {"top_actors", CountsJson(s.top_actors)},
                                {"event_types", CountsJson(s.event_types)},
                                {"relations", CountsJson(s.relations)}};
    fmt::print("{}\n", j.dump(2));
    return kExitOk;
  }
  fmt::print("{}\n", f.db);
  fmt::print("  documents  {:>9}   ({})\n", s.documents,
             FormatMb(static_cast<double>(s.bytes)));
  if (!s.first_published.empty()) {
    fmt::print("  published  {} … {}\n", s.first_published, s.last_published);
  }
  fmt::print("  sentences  {:>9}\n  tokens     {:>9}\n", s.sentences, s.tokens);
  fmt::print("  mentions   {:>9}\n  actors     {:>9}\n  events     {:>9}\n",
             s.mentions, s.actors, s.events);
  fmt::print("  dates      {:>9}\n  amounts    {:>9}\n  quotes     {:>9}\n",
             s.dates, s.amounts, s.quotes);
  PrintCounts("Outlets (documents)", s.outlets);
  PrintCounts("Actors (documents they appear in)", s.top_actors);
  PrintCounts("Event types", s.event_types);
  PrintCounts("Relations (actor → recipient, events)", s.relations);
  return kExitOk;
}

}  // namespace

Runner SetUpStats(CLI::App* sub) {
  auto f = std::make_shared<StatsFlags>();
  sub->footer("Example:\n  rasd stats --db demo.db --top 20\n");
  sub->add_option("--db", f->db, "SQLite corpus file")->required();
  sub->add_option("--top", f->top, "Rows in each ranking")
      ->default_str("10")
      ->check(CLI::Range(0, 1000));
  sub->add_flag("--json", f->json, "Print JSON instead of a table");
  AddVerbosityOptions(sub, &f->verbosity);
  return [f] { return RunStats(*f); };
}

}  // namespace rasd::cli

#include "eval/dates_eval.h"

#include <filesystem>

#include "util/tsv.h"

namespace rasd {
namespace {

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string OutOfScopeCategory(const Timex& t) {
  if (t.type != "DATE") return "type " + t.type;
  const std::string& v = t.value;
  if (v.find("_REF") != std::string::npos) return "DATE " + v;
  if (v.rfind("UNDEF", 0) == 0) return "DATE UNDEF-*";
  if (v.size() == 2 || v.size() == 3) return "DATE century/decade";
  if (v.size() == 7 && v[4] == '-' && (v[5] < '0' || v[5] > '9'))
    return "DATE season";
  return "DATE other (" + v + ")";
}

}  // namespace

bool IsCalendarValue(const std::string& v) {
  auto digits = [&](size_t b, size_t n) {
    for (size_t i = b; i < b + n; ++i)
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (v.size() == 4) return digits(0, 4);
  if (v.size() == 7) return digits(0, 4) && v[4] == '-' && digits(5, 2);
  if (v.size() == 10)
    return digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' &&
           digits(8, 2);
  return false;
}

Result<JudgedValues> ReadJudgedValues(const std::string& path) {
  Result<std::vector<TsvRow>> rows =
      ReadTsvTable(path, "file\ttid\tvalue\treason");
  if (!rows.ok()) return rows.status();
  JudgedValues out;
  for (TsvRow& r : *rows) {
    const std::string& v = r.cells[2];
    if (v != "null" && v != "-" && !IsCalendarValue(v))
      return Status::BadInput(path + ":" + std::to_string(r.line) +
                              ": value must be YYYY[-MM[-DD]], null or -");
    if (!out.emplace(r.cells[0] + "#" + r.cells[1],
                     JudgedValue{v, std::move(r.cells[3])})
             .second)
      return Status::BadInput(path + ":" + std::to_string(r.line) +
                              ": duplicate entry");
  }
  return out;
}

Status ScoreDates(const Pipeline& pipeline, const TimeMlDoc& gold,
                  const std::string& file, const std::string& dct,
                  const JudgedValues* judged, DateScores* scores) {
  Document doc;
  doc.text = gold.text;
  doc.source = file;
  doc.meta.published = dct;
  Status s = pipeline.Run(&doc);
  if (!s.ok()) return s;
  std::vector<const Timex*> in_scope, out_scope;
  for (const Timex& t : gold.timexes) {
    if (t.type == "DATE" && IsCalendarValue(t.value)) {
      in_scope.push_back(&t);
    } else {
      out_scope.push_back(&t);
      ++scores->out_of_scope[OutOfScopeCategory(t)];
    }
  }
  std::vector<bool> sys_used(doc.dates.size(), false);
  std::vector<bool> sys_counted(doc.dates.size(), true);
  for (size_t k = 0; k < doc.dates.size(); ++k) {
    bool on_in = false, on_out = false;
    for (const Timex* t : in_scope)
      on_in |= Overlaps(t->span, doc.dates[k].span);
    for (const Timex* t : out_scope)
      on_out |= Overlaps(t->span, doc.dates[k].span);
    if (on_out && !on_in) {
      sys_counted[k] = false;
      ++scores->ignored_system;
    }
  }
  for (size_t k = 0; k < doc.dates.size(); ++k) {
    if (!sys_counted[k]) continue;
    ++scores->exact.system;
    ++scores->overlap.system;
  }
  for (const Timex* t : in_scope) {
    ++scores->exact.gold;
    ++scores->overlap.gold;
    DateCase c{file,
               std::string(gold.text.substr(t->span.begin, t->span.size())),
               t->value, "", ""};
    if (judged != nullptr) {
      const std::string name = std::filesystem::path(file).filename().string();
      const auto it = judged->find(name + "#" + t->tid);
      if (it != judged->end()) {
        c.judged = &it->second;
        ++scores->judged_applied;
      }
    }
    const std::string& want = c.judged ? c.judged->value : t->value;
    const bool counts = want != "-";
    if (counts) ++scores->judged_gold;
    for (size_t k = 0; k < doc.dates.size(); ++k) {
      const DateExpr& d = doc.dates[k];
      if (sys_used[k] || !Overlaps(t->span, d.span)) continue;
      sys_used[k] = true;
      ++scores->overlap.tp;
      if (d.span == t->span) ++scores->exact.tp;
      ++scores->value_scored;
      if (d.value == t->value) ++scores->value_right;
      if (counts) {
        ++scores->judged_scored;
        if (d.value == want || (d.value.empty() && want == "null"))
          ++scores->judged_right;
      }
      c.sys_text = std::string(doc.Text(d.span));
      c.sys_value = d.value.empty() ? "null" : d.value;
      break;
    }
    scores->cases.push_back(std::move(c));
  }
  for (size_t k = 0; k < doc.dates.size(); ++k) {
    if (sys_used[k] || !sys_counted[k]) continue;
    const DateExpr& d = doc.dates[k];
    scores->cases.push_back({file, "", "", std::string(doc.Text(d.span)),
                             d.value.empty() ? "null" : d.value});
  }
  return Status::Ok();
}

}  // namespace rasd

#include "translit/name_pairs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <utility>

#include "morph/model_file.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/letters.h"

namespace rasd {
namespace {

namespace fs = std::filesystem;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      fields.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return fields;
}

// Reads lines, dropping a final '\r'; Status on an unreadable file.
Result<std::vector<std::string>> ReadLines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

class Collector {
 public:
  explicit Collector(std::string name) { dataset_.name = std::move(name); }
  void Add(std::string_view arabic, std::string_view english) {
    if (arabic.empty() || english.empty()) return;
    std::string ar_key = NormalizeString(arabic);
    if (seen_.insert({ar_key, ScoringForm(english)}).second)
      dataset_.pairs.push_back({std::string(arabic), std::string(english)});
  }
  NameDataset Take() { return std::move(dataset_); }

 private:
  NameDataset dataset_;
  std::set<std::pair<std::string, std::string>> seen_;
};

std::string BadLine(const fs::path& path, size_t line, const char* what) {
  return path.string() + ":" + std::to_string(line) + ": " + what;
}

Status ReadAnetac(const fs::path& dir, Collector* c) {
  for (const char* split : {"train", "dev", "test"}) {
    const fs::path ar = dir / (std::string("translit_") + split + ".ar");
    const fs::path en = dir / (std::string("translit_") + split + ".en");
    Result<std::vector<std::string>> a = ReadLines(ar), e = ReadLines(en);
    if (!a.ok()) return a.status();
    if (!e.ok()) return e.status();
    if (a->size() != e->size())
      return Status::BadInput(ar.string() + ": " + std::to_string(a->size()) +
                              " lines but " + en.string() + " has " +
                              std::to_string(e->size()));
    for (size_t i = 0; i < a->size(); ++i) c->Add((*a)[i], (*e)[i]);
  }
  return Status::Ok();
}

Status ReadWikidata(const fs::path& dir, Collector* c) {
  for (const char* name : {"wd_arabic_80", "wd_arabic_20"}) {
    const fs::path path = dir / name;
    Result<std::vector<std::string>> lines = ReadLines(path);
    if (!lines.ok()) return lines.status();
    for (size_t i = 0; i < lines->size(); ++i) {
      if ((*lines)[i].empty()) continue;
      const auto f = SplitTabs((*lines)[i]);
      if (f.size() != 3)
        return Status::BadInput(
            BadLine(path, i + 1, "expected english<TAB>arabic<TAB>count"));
      std::string arabic;
      for (char ch : f[1])
        if (ch != ' ') arabic.push_back(ch);
      c->Add(arabic, f[0]);
    }
  }
  return Status::Ok();
}

Status ReadTsv(const fs::path& path, Collector* c) {
  Result<std::vector<std::string>> lines = ReadLines(path);
  if (!lines.ok()) return lines.status();
  for (size_t i = 0; i < lines->size(); ++i) {
    const std::string& line = (*lines)[i];
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f.size() < 2)
      return Status::BadInput(
          BadLine(path, i + 1, "expected arabic<TAB>english"));
    c->Add(f[0], f[1]);
  }
  return Status::Ok();
}

// Reads `dir` as one dataset if it has a known layout; *known = false if not.
Status ReadKnownDir(const fs::path& dir, std::vector<NameDataset>* out,
                    bool* known) {
  std::error_code ec;
  Collector c(dir.filename().string());
  Status s;
  *known = true;
  if (fs::exists(dir / "translit_train.ar", ec)) {
    s = ReadAnetac(dir, &c);
  } else if (fs::exists(dir / "ar2en.txt", ec)) {
    s = ReadTsv(dir / "ar2en.txt", &c);
  } else if (fs::exists(dir / "wd_arabic_80", ec)) {
    s = ReadWikidata(dir, &c);
  } else {
    *known = false;
    return Status::Ok();
  }
  if (!s.ok()) return s;
  out->push_back(c.Take());
  return Status::Ok();
}

}  // namespace

NameSplit SplitOf(std::string_view arabic) {
  std::u32string letters;
  AppendArabicLetters(NormalizeString(arabic), &letters);
  std::string key;
  for (char32_t ch : letters) AppendUtf8(ch, &key);
  switch (HashKey(key) % 10) {
    case 0:
      return NameSplit::kTest;
    case 1:
      return NameSplit::kDev;
    default:
      return NameSplit::kTrain;
  }
}

bool ParseNameSplit(std::string_view name, NameSplit* split) {
  if (name == "train")
    *split = NameSplit::kTrain;
  else if (name == "dev")
    *split = NameSplit::kDev;
  else if (name == "test")
    *split = NameSplit::kTest;
  else
    return false;
  return true;
}

Result<std::vector<NameDataset>> ReadNameDatasets(
    const std::vector<std::string>& paths) {
  std::vector<NameDataset> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::path path(p);
    if (fs::is_regular_file(path, ec)) {
      Collector c(path.filename().string());
      Status s = ReadTsv(path, &c);
      if (!s.ok()) return s;
      out.push_back(c.Take());
      continue;
    }
    if (!fs::is_directory(path, ec))
      return Status::NotFound(p + ": no such file or folder");
    bool known = false;
    Status s = ReadKnownDir(path, &out, &known);
    if (!s.ok()) return s;
    if (known) continue;
    std::vector<fs::path> inner;
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_directory()) inner.push_back(entry.path());
    std::sort(inner.begin(), inner.end());
    size_t found = 0;
    for (const fs::path& dir : inner) {
      s = ReadKnownDir(dir, &out, &known);
      if (!s.ok()) return s;
      found += known;
    }
    if (found == 0)
      return Status::BadInput(p +
                              ": no name-pair data found (see rasd train "
                              "translit --help for the layouts)");
  }
  return out;
}

}  // namespace rasd

#include "actors/cues.h"

#include <fstream>

#include "kb/word_view.h"

namespace rasd {
namespace {

bool ParseCue(std::string_view s, uint8_t* cue) {
  static constexpr std::pair<std::string_view, Cue> kNames[] = {
      {"place", kCuePlace},   {"head", kCueHead},  {"deputy", kCueDeputy},
      {"former", kCueFormer}, {"gap", kCueGap},    {"noname", kCueNoName},
      {"given", kCueGiven},   {"model", kCueModel}};
  for (const auto& [name, c] : kNames) {
    if (s == name) {
      *cue = c;
      return true;
    }
  }
  return false;
}

}  // namespace

std::unique_ptr<const Cues> Cues::Empty() {
  return std::unique_ptr<const Cues>(new Cues());
}

Result<std::unique_ptr<const Cues>> Cues::Load(
    const std::vector<std::string>& paths, const Pipeline& word_layer) {
  std::unique_ptr<Cues> cues(new Cues());
  for (const std::string& path : paths) {
    if (Status s = cues->Read(path, word_layer); !s.ok()) return s;
  }
  return std::unique_ptr<const Cues>(std::move(cues));
}

Status Cues::Read(const std::string& path, const Pipeline& word_layer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::string line;
  size_t line_no = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto where = [&] { return path + ":" + std::to_string(line_no); };
    const size_t tab = line.find('\t');
    if (tab == std::string::npos ||
        line.find('\t', tab + 1) != std::string::npos)
      return Status::BadInput(where() + ": want two tab-separated cells");
    const std::string_view word = std::string_view(line).substr(0, tab);
    const std::string_view name = std::string_view(line).substr(tab + 1);
    if (!header) {
      if (word != "word" || name != "cue")
        return Status::BadInput(where() + ": want the header 'word<TAB>cue'");
      header = true;
      continue;
    }
    uint8_t cue = 0;
    if (!ParseCue(name, &cue)) {
      return Status::BadInput(where() + ": cue '" + std::string(name) +
                              "' is not place, head, deputy, former, gap, "
                              "noname, given or model");
    }
    Document d;
    d.text = std::string(word);
    if (Status s = word_layer.Run(&d); !s.ok()) return s;
    if (d.words.empty()) return Status::BadInput(where() + ": empty word");
    // A given name the segmenter splits (باسم → ب + اسم, بدر → ب + در)
    // is never a whole token in a text either: keying its host would
    // mark a common word (اسم).
    if (cue == kCueGiven && d.words.size() > 1) continue;
    // A cue is one word; if the segmenter splits it, the host is the cue.
    uint32_t at = 0;
    for (uint32_t i = 0; i < d.words.size(); ++i) {
      if (d.words[i].role == WordRole::kHost) at = i;
    }
    cues_[std::string(View(d, at).form)] |= cue;
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  if (!header) return Status::BadInput(path + ": no header line");
  return Status::Ok();
}

uint8_t Cues::Of(const Document& doc, int64_t i) const {
  if (i < 0 || i >= static_cast<int64_t>(doc.words.size()) || cues_.empty())
    return 0;
  const auto it = cues_.find(View(doc, static_cast<uint32_t>(i)).form);
  return it == cues_.end() ? 0 : it->second;
}

}  // namespace rasd

#include "morph/conllu.h"

#include <fstream>

namespace rasd {
namespace {

std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      cols.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return cols;
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool space_pending = false;
  std::string line;
  uint64_t line_no = 0;
  auto flush = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
    space_pending = false;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) cur.id = line.substr(12);
      continue;
    }
    const auto cols = Columns(line);
    if (cols.size() != 10) {
      return Status::BadInput(path + ":" + std::to_string(line_no) +
                              ": expected 10 columns, got " +
                              std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;
    if (space_pending) cur.text += ' ';
    const uint32_t begin = static_cast<uint32_t>(cur.text.size());
    cur.text += cols[1];
    cur.words.push_back({begin, static_cast<uint32_t>(cur.text.size())});
    space_pending = cols[9].find("SpaceAfter=No") == std::string_view::npos;
  }
  flush();
  return out;
}

void AppendConllu(const Document& doc, const std::string& sent_id,
                  std::string* out) {
  *out += "# sent_id = " + sent_id + "\n# text = " + doc.text + "\n";
  for (size_t i = 0; i < doc.words.size(); ++i) {
    const Word& w = doc.words[i];
    const bool glued = i + 1 < doc.words.size()
                           ? doc.words[i + 1].span.begin == w.span.end
                           : w.span.end == doc.text.size();
    *out += std::to_string(i + 1);
    *out += '\t';
    *out += doc.Text(w.span);
    *out += "\t_\t_\t_\t_\t_\t_\t_\t";
    *out += glued && i + 1 < doc.words.size() ? "SpaceAfter=No" : "_";
    *out += '\n';
  }
  *out += '\n';
}

}  // namespace rasd

#include "util/tsv.h"

#include <fstream>

namespace rasd {

std::vector<std::string_view> SplitNonEmpty(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

Result<std::vector<TsvRow>> ReadTsvTable(const std::string& path,
                                         std::string_view header) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  auto count = [](std::string_view s) {
    size_t n = 1;
    for (char c : s) n += c == '\t';
    return n;
  };
  const size_t ncols = count(header);
  std::vector<TsvRow> rows;
  std::string line;
  int n = 0;
  bool saw_header = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!saw_header) {
      if (line != header) {
        return Status::BadInput(path + ":" + std::to_string(n) +
                                ": expected the header '" +
                                std::string(header) + "'");
      }
      saw_header = true;
      continue;
    }
    if (count(line) != ncols) {
      return Status::BadInput(path + ":" + std::to_string(n) + ": expected " +
                              std::to_string(ncols) + " tab-separated columns");
    }
    TsvRow row{n, {}};
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      row.cells.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  if (!saw_header) return Status::BadInput(path + ": no header line");
  return rows;
}

}  // namespace rasd

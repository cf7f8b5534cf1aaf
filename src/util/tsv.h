// Reading the project's data tables: UTF-8 TSV, '#' comment lines, a header
// line naming the columns, then rows of exactly that many tab-separated
// cells (empty cells allowed). Errors name file:line.
#ifndef RASD_UTIL_TSV_H_
#define RASD_UTIL_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

namespace rasd {

struct TsvRow {
  int line = 0;  // 1-based line number in the file
  std::vector<std::string> cells;
};

// Reads `path`, whose header must be exactly `header`.
Result<std::vector<TsvRow>> ReadTsvTable(const std::string& path,
                                         std::string_view header);

// Splits `s` on `sep`; empty pieces are dropped.
std::vector<std::string_view> SplitNonEmpty(std::string_view s, char sep);

}  // namespace rasd

#endif  // RASD_UTIL_TSV_H_

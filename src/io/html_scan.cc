#include "io/html_scan.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "text/utf8.h"

namespace rasd {
namespace {}  // namespace

std::string PrescanCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 2048));
  for (size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 7)) {
    const size_t tag = head.rfind('<', at);
    if (tag == std::string::npos || head.compare(tag, 5, "<meta") != 0 ||
        head.find('>', tag) < at) {
      continue;
    }
    size_t i = at + 7;
    while (i < head.size() && head[i] == ' ') ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
      ++i;
    size_t j = i;
    while (j < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[j])) ||
            head[j] == '-' || head[j] == '_' || head[j] == ':' ||
            head[j] == '.')) {
      ++j;
    }
    if (j > i) return head.substr(i, j - i);
  }
  return "";
}

bool NestsTooDeep(std::string_view html, int max_open) {
  static const char* const kNotNesting[] = {
      "area", "base", "br",     "col",    "embed", "hr",  "img", "input",
      "link", "meta", "param",  "source", "track", "wbr", "p",   "li",
      "dt",   "dd",   "option", "tr",     "td",    "th"};
  int open = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos;
       i = html.find('<', i + 1)) {
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    const size_t name_start = j;
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j])))
      ++j;
    if (j == name_start) continue;
    const std::string name =
        AsciiLower(html.substr(name_start, j - name_start));
    if (std::any_of(std::begin(kNotNesting), std::end(kNotNesting),
                    [&](const char* n) { return name == n; })) {
      continue;
    }
    if (closing) {
      open = std::max(0, open - 1);
    } else if (++open > max_open) {
      return true;
    }
  }
  return false;
}

}  // namespace rasd

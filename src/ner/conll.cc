#include "ner/conll.h"

#include <fstream>
#include <iostream>

#include "text/utf8.h"

namespace rasd {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view TrimSpace(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);  // BOM
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Strips U+200E/U+200F from both ends.
std::string_view TrimMarks(std::string_view s) {
  auto mark = [](std::string_view x) {
    return x.starts_with("\xE2\x80\x8E") || x.starts_with("\xE2\x80\x8F");
  };
  while (s.size() >= 3 && mark(s)) s.remove_prefix(3);
  while (s.size() >= 3 && mark(s.substr(s.size() - 3))) s.remove_suffix(3);
  return s;
}

}  // namespace

Result<std::vector<ConllSentence>> ReadConll(std::istream& in,
                                             const std::string& name) {
  std::vector<ConllSentence> out;
  ConllSentence cur;
  std::string line;
  uint32_t n = 0;
  auto flush = [&] {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = ConllSentence{};
  };
  while (std::getline(in, line)) {
    ++n;
    const std::string_view s = TrimSpace(line);
    if (s.empty()) {
      flush();
      continue;
    }
    if (!IsValidUtf8(s)) {
      return Status::BadInput(name + ":" + std::to_string(n) +
                              ": not valid UTF-8");
    }
    const size_t first_end = s.find_first_of(" \t");
    const std::string_view column = s.substr(0, first_end);
    std::string_view token = TrimMarks(column);
    std::string_view tag;
    if (first_end != std::string_view::npos) {
      tag = TrimMarks(s.substr(s.find_last_of(" \t") + 1));
    }
    // A token of marks alone: the corpus has it though no text shows.
    if (token.empty()) token = column;
    if (cur.tokens.empty()) cur.line = n;
    cur.tokens.emplace_back(token);
    cur.tags.emplace_back(tag);
  }
  flush();
  return out;
}

Result<std::vector<ConllSentence>> ReadConllFile(const std::string& path) {
  if (path == "-") return ReadConll(std::cin, "<stdin>");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  return ReadConll(in, path);
}

std::vector<Chunk> Chunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  bool open = false;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    const bool b = t.size() > 2 && t[0] == 'B' && t[1] == '-';
    const bool in = t.size() > 2 && t[0] == 'I' && t[1] == '-';
    const std::string_view type =
        b || in ? std::string_view(t).substr(2) : std::string_view();
    if (open && in && out.back().type == type) {
      out.back().end = i + 1;
      continue;
    }
    open = false;
    if (b || in) {
      out.push_back(Chunk{i, i + 1, std::string(type)});
      open = true;
    }
  }
  return out;
}

}  // namespace rasd

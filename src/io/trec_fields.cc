#include "io/trec_fields.h"

#include <strings.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "io/decode.h"
#include "io/parser.h"
#include "text/utf8.h"

namespace rasd {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
         c == ':' || c == '.';
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Position of "</name>" (any case, spaces allowed before '>') at or after
// `from`; npos if none. *end receives the position after its '>'.
size_t FindClose(std::string_view s, std::string_view name, size_t from,
                 size_t* end) {
  for (size_t i = s.find("</", from); i != std::string_view::npos;
       i = s.find("</", i + 2)) {
    const size_t n = i + 2 + name.size();
    if (n > s.size() ||
        strncasecmp(s.data() + i + 2, name.data(), name.size()) != 0) {
      continue;
    }
    size_t j = n;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    if (j < s.size() && s[j] == '>') {
      *end = j + 1;
      return i;
    }
  }
  return std::string_view::npos;
}

// The character of the entity body `e` (between '&' and ';'), if known.
bool DecodeEntity(std::string_view e, std::string* out) {
  static const struct {
    const char* name;
    const char* text;
  } kNamed[] = {{"amp", "&"},   {"lt", "<"},   {"gt", ">"},
                {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  for (const auto& n : kNamed) {
    if (e == n.name) {
      out->append(n.text);
      return true;
    }
  }
  if (e.size() < 2 || e[0] != '#') return false;
  const bool hex = e[1] == 'x' || e[1] == 'X';
  const std::string_view digits = e.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return false;
  uint32_t cp = 0;
  for (char c : digits) {
    const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
    if (d < 0) return false;
    cp = cp * (hex ? 16 : 10) + d;
  }
  AppendUtf8(cp == 0 ? kReplacementChar : cp, out);
  return true;
}

// TEXT with inner markup (<P> paragraphs): tags become line breaks and
// blank lines go.
std::string StripInnerTags(std::string_view s) {
  std::string flat;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool tag =
        s[i] == '<' && i + 1 < s.size() &&
        (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/');
    const size_t gt = tag ? s.find('>', i) : std::string_view::npos;
    if (gt == std::string_view::npos) {
      flat.push_back(s[i]);
      continue;
    }
    flat.push_back('\n');
    i = gt;
  }
  std::string out;
  size_t start = 0;
  while (start <= flat.size()) {
    size_t nl = flat.find('\n', start);
    if (nl == std::string::npos) nl = flat.size();
    const std::string_view line =
        std::string_view(flat).substr(start, nl - start);
    if (!IsBlank(line)) {
      if (!out.empty()) out.push_back('\n');
      out.append(line);
    }
    start = nl + 1;
  }
  return out;
}

// Trims ASCII whitespace and no-break spaces (U+00A0) at both ends.
std::string_view TrimSpace(std::string_view s) {
  while (true) {
    const std::string_view before = s;
    s = TrimBlank(s);
    if (s.starts_with("\xC2\xA0")) s.remove_prefix(2);
    if (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
    if (s.size() == before.size()) return s;
  }
}

std::string CleanValue(std::string_view raw) {
  return std::string(TrimSpace(UnescapeXml(TrimBlank(raw))));
}

std::string CleanText(std::string_view raw) {
  for (size_t i = raw.find('<'); i != std::string_view::npos;
       i = raw.find('<', i + 1)) {
    if (i + 1 < raw.size() &&
        (std::isalpha(static_cast<unsigned char>(raw[i + 1])) ||
         raw[i + 1] == '/')) {
      return CleanValue(StripInnerTags(raw));
    }
  }
  return CleanValue(raw);
}

void AddExtra(const std::string& name, std::string_view raw, TrecFields* f) {
  std::string value = CleanValue(raw);
  if (value.empty()) return;
  const std::string key = AsciiLower(name);
  for (const auto& kv : f->extra) {
    if (kv.first == key) return;
  }
  f->extra.emplace_back(
      key, nlohmann::json(value).dump(
               -1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void Assign(const std::string& name, std::string_view raw, TrecFields* f) {
  const auto set_once = [&](std::string* field) {
    if (field->empty())
      *field = CleanValue(raw);
    else
      AddExtra(name, raw, f);
  };
  if (name == "DOCNO")
    set_once(&f->docno);
  else if (name == "URL")
    set_once(&f->url);
  else if (name == "SRC" || name == "SOURCE")
    set_once(&f->outlet);
  else if (name == "TITLE" || name == "HEADLINE")
    set_once(&f->title);
  else if (name == "TIME" || name == "DATE" || name == "DATE_TIME")
    set_once(&f->time);
  else if (name == "TEXT" && f->text.empty())
    f->text = CleanText(raw);
  else
    AddExtra(name, raw, f);
}

// The id="..." attribute of the opening <DOC ...> tag.
std::string IdAttribute(std::string_view open_tag) {
  const std::string lower = AsciiLower(open_tag);
  const size_t at = lower.find("id=");
  if (at == std::string::npos || (at > 0 && IsNameChar(lower[at - 1])))
    return "";
  size_t i = at + 3;
  const char quote =
      i < open_tag.size() && (open_tag[i] == '"' || open_tag[i] == '\'')
          ? open_tag[i++]
          : '\0';
  size_t j = i;
  while (j < open_tag.size() && open_tag[j] != quote && open_tag[j] != '>' &&
         (quote != '\0' ||
          !std::isspace(static_cast<unsigned char>(open_tag[j])))) {
    ++j;
  }
  return CleanValue(open_tag.substr(i, j - i));
}

}  // namespace

TrecFields ParseTrecFields(std::string_view block) {
  constexpr int kMaxUnclosed = 64;  // bounds the cost of adversarial input
  int unclosed = 0;
  std::string unclosed_names;
  TrecFields f;
  const size_t open_end = block.find('>');
  if (open_end == std::string_view::npos) return f;
  std::string_view body = block.substr(open_end + 1);
  size_t close_end = 0;
  const size_t close = FindClose(body, "DOC", 0, &close_end);
  if (close != std::string_view::npos) body = body.substr(0, close);
  for (size_t i = body.find('<'); i != std::string_view::npos;
       i = body.find('<', i)) {
    size_t j = i + 1;
    while (j < body.size() && IsNameChar(body[j])) ++j;
    const size_t gt = j > i + 1 ? body.find('>', j) : std::string_view::npos;
    if (gt == std::string_view::npos || body[gt - 1] == '/') {
      ++i;
      continue;
    }
    const std::string name = Upper(body.substr(i + 1, j - i - 1));
    size_t end = 0;
    const size_t value_end = FindClose(body, name, gt + 1, &end);
    if (value_end == std::string_view::npos) {
      if (unclosed < 3) unclosed_names += " <" + name + ">";
      if (++unclosed == kMaxUnclosed) break;
      i = gt + 1;
      continue;
    }
    Assign(name, body.substr(gt + 1, value_end - gt - 1), &f);
    i = end;
  }
  if (unclosed > 0) {
    f.warnings.push_back(std::to_string(unclosed) + " unclosed tag" +
                         (unclosed > 1 ? "s:" : ":") + unclosed_names +
                         (unclosed > 3 ? " ..." : ""));
  }
  if (f.docno.empty()) f.docno = IdAttribute(block.substr(0, open_end + 1));
  return f;
}

std::string PeekDocno(std::string_view block) {
  const size_t open = block.find("<DOCNO>");
  if (open == std::string_view::npos) return "";
  size_t end = 0;
  const size_t close = FindClose(block, "DOCNO", open + 7, &end);
  if (close == std::string_view::npos || close - open > 200) return "";
  const std::string_view docno =
      TrimBlank(block.substr(open + 7, close - open - 7));
  if (docno.find_first_of("<>\n\r") != std::string_view::npos) return "";
  std::string repaired;
  RepairUtf8(docno, &repaired);
  return repaired;
}

std::string UnescapeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t semi =
        s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 12 ||
        !DecodeEntity(s.substr(i + 1, semi - i - 1), &out)) {
      out.push_back(s[i]);
      continue;
    }
    i = semi;
  }
  return out;
}

}  // namespace rasd

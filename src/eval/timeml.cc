#include "eval/timeml.h"

namespace rasd {
namespace {

int LineOf(std::string_view s, size_t at) {
  int line = 1;
  for (size_t i = 0; i < at && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

// Decodes &amp; &lt; &gt; &quot; &apos; and numeric references we never
// expect; unknown entities are kept as written.
void AppendText(std::string_view s, std::string* out) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'},
      {"&lt;", '<'},
      {"&gt;", '>'},
      {"&quot;", '"'},
      {"&apos;", '\''}};
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out->push_back(c);
          i += name.size();
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out->push_back(s[i++]);
  }
}

std::string Attr(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  const size_t b = at + key.size();
  const size_t e = tag.find('"', b);
  if (e == std::string_view::npos) return "";
  std::string out;
  AppendText(tag.substr(b, e - b), &out);
  return out;
}

}  // namespace

Result<TimeMlDoc> ParseTimeMl(std::string_view content,
                              const std::string& name) {
  const size_t root = content.find("<TimeML>");
  if (root == std::string_view::npos)
    return Status::BadInput(name + ": no <TimeML> element");
  const size_t root_end = content.find("</TimeML>", root);
  if (root_end == std::string_view::npos)
    return Status::BadInput(name + ":" + std::to_string(LineOf(content, root)) +
                            ": <TimeML> is not closed");
  TimeMlDoc doc;
  size_t i = root + 8;
  // Skip the newline right after <TimeML>.
  if (i < root_end && content[i] == '\n') ++i;
  bool in_timex = false;
  Timex cur;
  while (i < root_end) {
    const size_t lt = content.find('<', i);
    const size_t stop = std::min(lt, root_end);
    AppendText(content.substr(i, stop - i), &doc.text);
    if (stop >= root_end) break;
    const size_t gt = content.find('>', lt);
    if (gt == std::string_view::npos || gt > root_end)
      return Status::BadInput(name + ":" + std::to_string(LineOf(content, lt)) +
                              ": unterminated tag");
    const std::string_view tag = content.substr(lt, gt - lt + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      if (in_timex)
        return Status::BadInput(name + ":" +
                                std::to_string(LineOf(content, lt)) +
                                ": nested TIMEX3");
      in_timex = true;
      cur = {};
      cur.span.begin = static_cast<uint32_t>(doc.text.size());
      cur.type = Attr(tag, "type");
      cur.value = Attr(tag, "value");
      cur.mod = Attr(tag, "mod");
      cur.tid = Attr(tag, "tid");
    } else if (tag == "</TIMEX3>") {
      if (!in_timex)
        return Status::BadInput(name + ":" +
                                std::to_string(LineOf(content, lt)) +
                                ": </TIMEX3> without <TIMEX3>");
      in_timex = false;
      cur.span.end = static_cast<uint32_t>(doc.text.size());
      doc.timexes.push_back(cur);
    }
    i = gt + 1;
  }
  if (in_timex) return Status::BadInput(name + ": unclosed TIMEX3");
  return doc;
}

}  // namespace rasd

#include "io/detect.h"

#include <cctype>
#include <string>

#include "text/utf8.h"

namespace rasd {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         AsciiLower(s.substr(0, prefix.size())) == prefix;
}

}  // namespace

Result<InputFormat> ParseInputFormat(const std::string& name) {
  static const struct {
    const char* name;
    InputFormat format;
  } kFormats[] = {{"auto", InputFormat::kAuto},
                  {"text", InputFormat::kText},
                  {"jsonl", InputFormat::kJsonl},
                  {"html", InputFormat::kHtml},
                  {"trec", InputFormat::kTrec}};
  for (const auto& f : kFormats) {
    if (name == f.name) return f.format;
  }
  return Status::InvalidArgument(
      "unknown input format '" + name +
      "' (expected auto, text, jsonl, html or trec)");
}

InputFormat FormatFromName(std::string_view name) {
  const std::string n = AsciiLower(StripCompressionSuffix(name));
  if (EndsWith(n, ".jsonl") || EndsWith(n, ".ndjson"))
    return InputFormat::kJsonl;
  if (EndsWith(n, ".html") || EndsWith(n, ".htm")) return InputFormat::kHtml;
  if (EndsWith(n, ".trec")) return InputFormat::kTrec;
  return InputFormat::kAuto;
}

InputFormat SniffFormat(std::string_view head) {
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i])))
    ++i;
  head.remove_prefix(i);
  if (head.starts_with("{")) return InputFormat::kJsonl;
  if (StartsWithNoCase(head, "<doc>") || StartsWithNoCase(head, "<doc ")) {
    return InputFormat::kTrec;
  }
  if (StartsWithNoCase(head, "<!doctype html") ||
      StartsWithNoCase(head, "<html")) {
    return InputFormat::kHtml;
  }
  // An XML declaration or a comment may precede <html>.
  if (head.starts_with("<?xml") || head.starts_with("<!--")) {
    const std::string lower = AsciiLower(head.substr(0, 1024));
    if (lower.find("<html") != std::string::npos) return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

Container ContainerFromName(std::string_view name) {
  const std::string n = AsciiLower(name);
  for (const char* ext :
       {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"}) {
    if (EndsWith(n, ext)) return Container::kTar;
  }
  for (const char* ext : {".gz", ".bz2", ".xz"}) {
    if (EndsWith(n, ext)) return Container::kCompressed;
  }
  return Container::kNone;
}

std::string_view StripCompressionSuffix(std::string_view name) {
  const std::string n = AsciiLower(name);
  for (const char* ext : {".gz", ".bz2", ".xz"}) {
    if (EndsWith(n, ext))
      return name.substr(0, name.size() - std::string_view(ext).size());
  }
  return name;
}

}  // namespace rasd

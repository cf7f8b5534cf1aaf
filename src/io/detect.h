// Telling input formats and containers apart.
//
// By name first (extension), then by content: the first non-blank bytes of
// an input say "{" (JSONL), "<DOC" (TREC), "<!doctype html" or "<html"
// (HTML); anything else is plain text. Archives are recognised by name.
// Thread-safety: pure functions.
#ifndef RASD_IO_DETECT_H_
#define RASD_IO_DETECT_H_

#include <string_view>

#include "rasd/input.h"

namespace rasd {

// The format a file name implies (.jsonl .ndjson .html .htm .trec), or
// kAuto when the name does not tell.
InputFormat FormatFromName(std::string_view name);

// The format of content starting with `head` (UTF-8, BOM removed).
InputFormat SniffFormat(std::string_view head);

enum class Container {
  kNone,        // a plain file
  kTar,         // .tar .tar.gz .tgz .tar.bz2 .tbz2 .tar.xz .txz
  kCompressed,  // one compressed file: .gz .bz2 .xz
};
Container ContainerFromName(std::string_view name);

// `name` without a compression extension: "news.jsonl.gz" -> "news.jsonl".
std::string_view StripCompressionSuffix(std::string_view name);

}  // namespace rasd

#endif  // RASD_IO_DETECT_H_

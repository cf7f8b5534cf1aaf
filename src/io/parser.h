// The per-format document parsers and what they share.
//
// The reader opens one input (a file, stdin or an archive member), works
// out its format and hands a parser an InputContext: the input's name for
// messages and Document::source, its bytes, and what is already known about
// its charset and size. The parser yields the input's documents and errors
// one at a time; a parser for a one-document format (text, HTML) reads at
// most max_doc_bytes + one chunk, the others stream.
// Thread-safety: one parser per thread.
#ifndef RASD_IO_PARSER_H_
#define RASD_IO_PARSER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/stream.h"
#include "rasd/input.h"

namespace rasd {

struct InputContext {
  std::string name;            // "path", "<stdin>" or "archive:member"
  StreamBuffer* in = nullptr;  // the input's bytes, BOM removed
  std::string charset;         // "UTF-8" when a BOM or conversion fixed it
  int64_t size = -1;           // bytes in the input when known in advance
  const InputOptions* options = nullptr;
};

class DocParser {
 public:
  virtual ~DocParser() = default;
  // Fills *item with the next document or error; false at the end.
  virtual bool Next(InputItem* item) = 0;
};

std::unique_ptr<DocParser> NewParser(InputFormat format, InputContext ctx);
std::unique_ptr<DocParser> NewTextParser(InputContext ctx);
std::unique_ptr<DocParser> NewHtmlParser(InputContext ctx);
std::unique_ptr<DocParser> NewJsonlParser(InputContext ctx);
std::unique_ptr<DocParser> NewTrecParser(InputContext ctx);

// ---- Helpers shared by the parsers ----

// Makes *item an error with the one-line `message` (BadInput), or `status`.
void SetError(std::string message, InputItem* item);
void SetError(Status status, InputItem* item);
// Makes *item an empty, ok document to fill in.
Document* StartDocument(InputItem* item);

// Sets meta.published to the normalised `raw`; an unrecognised date is kept
// in meta.extra as "published_raw", with a warning.
void SetPublished(std::string_view raw, Document* doc);
// Fills meta fields the input left empty from the options.
void ApplyDefaults(const InputOptions& options, Document* doc);

// The whole input of a one-document format, or an error naming it: "NAME:
// too large (40 MiB > limit 32 MiB)", "NAME: read error: ...".
Result<std::string> ReadWhole(const InputContext& ctx);
// "12 bytes", "3.5 KiB", "40 MiB".
std::string FormatBytes(uint64_t n);
// True if `s` holds only ASCII whitespace.
bool IsBlank(std::string_view s);
// `s` without leading and trailing ASCII whitespace.
std::string_view TrimBlank(std::string_view s);

}  // namespace rasd

#endif  // RASD_IO_PARSER_H_

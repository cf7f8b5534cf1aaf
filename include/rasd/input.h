// Reading documents from files, directories, archives and stdin.
//
// An InputReader walks a list of paths ("-" is stdin) and yields, one at a
// time and in a deterministic order, either a Document (id, source, meta,
// text and warnings set; no analysis layers) or an error about one input.
// Errors never stop the walk: the caller reports them and goes on. Memory
// stays flat: one document (at most `max_doc_bytes`) is held at a time,
// whatever the size of the file, directory or archive.
//
// Formats (auto-detected from the name, then the content, unless forced):
//   text   one document per file; meta from InputOptions
//   jsonl  one JSON object per line: id, text, title, url, outlet,
//          published; other fields are kept in Meta::extra
//   html   main text via gumbo; title and publication date from meta tags
//   trec   <DOC> blocks: DOCNO, URL, SRC, TITLE, TIME, TEXT (others -> extra)
// Directories are walked recursively in name order (hidden entries skipped);
// .tar, .tar.gz and .tgz archives are read entry by entry.
// Encodings: UTF-8 (invalid bytes replaced by U+FFFD and reported as a
// warning), UTF-16 LE/BE with BOM, Windows-1256 (detected). Binary and empty
// inputs are errors.
// Thread-safety: one reader per thread.
#ifndef RASD_INPUT_H_
#define RASD_INPUT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

enum class InputFormat { kAuto, kText, kJsonl, kHtml, kTrec };

// Parses "auto", "text", "jsonl", "html", "trec".
Result<InputFormat> ParseInputFormat(const std::string& name);

struct InputOptions {
  InputFormat format = InputFormat::kAuto;
  // Meta for plain-text documents (and defaults where a format has none).
  std::string title;
  std::string outlet;
  std::string published;
  // Larger documents are rejected with an error, not truncated.
  uint64_t max_doc_bytes = 32ull << 20;
};

struct InputItem {
  bool ok = false;
  Document doc;  // when ok
  Status error;  // when !ok: one line naming the input and place
  // bytes_read() of the reader right after this item was read: progress
  // for a consumer on another thread, which must not call the reader.
  uint64_t input_offset = 0;
};

class InputReader {
 public:
  virtual ~InputReader() = default;

  // Never fails: a path that cannot be opened becomes an error item.
  static std::unique_ptr<InputReader> Open(std::vector<std::string> paths,
                                           const InputOptions& options);

  // Fills *item with the next document or error; false when all is read.
  virtual bool Next(InputItem* item) = 0;

  // Bytes of input consumed so far, and the total known in advance (sum of
  // regular file sizes; 0 when unknown, e.g. stdin). Compressed archives
  // count compressed bytes in both, so the ratio is a fair progress figure.
  // Like Next, call them only from the thread that reads.
  virtual uint64_t bytes_read() const = 0;
  virtual uint64_t bytes_total() const = 0;
};

// Normalises a publication date as found in inputs (ISO 8601, RFC 2822 as
// in "Sun, 15 Jul 2018 21:56:56 +0400", "2017/01/11", "11-01-2017") to ISO
// 8601 ("2018-07-15T21:56:56+04:00", "2017-01-11"). Empty if unparseable.
std::string NormalizePublished(const std::string& s);

}  // namespace rasd

#endif  // RASD_INPUT_H_

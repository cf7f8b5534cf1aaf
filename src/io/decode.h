// Turning raw input bytes into valid UTF-8 text.
//
// DecodeBytes decides the encoding of one input (BOM, UTF-16 pattern,
// declared charset, UTF-8 validity, a Windows-1256 heuristic; see decode.cc)
// and converts it. The result is always valid UTF-8; bytes that cannot be
// decoded become U+FFFD and are reported in one warning. Line endings and
// control characters are kept: the decoded text is what rasd analyses and
// every offset points into it.
// Thread-safety: pure functions.
#ifndef RASD_IO_DECODE_H_
#define RASD_IO_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

namespace rasd {

struct Decoded {
  std::string text;      // valid UTF-8, without a byte order mark
  std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256",
                         // or the declared charset as given
  std::vector<std::string> warnings;
};

// Errors (BadInput): "empty input"; "binary data (NUL byte at offset N)";
// "binary data (N% control characters)". `declared_charset` (e.g. from an
// HTML meta tag) is honoured when ICU knows it, unless the bytes are valid
// non-ASCII UTF-8 (a common mislabelling), or a BOM says otherwise.
Result<Decoded> DecodeBytes(std::string_view bytes,
                            std::string_view declared_charset = {});

// "UTF-16LE" or "UTF-16BE" when `head` (the first bytes of an input) starts
// with a UTF-16 BOM or shows the UTF-16 pattern of NUL bytes on one parity;
// empty otherwise. `*bom_size` (optional) receives 2 for a BOM, else 0.
std::string_view DetectUtf16(std::string_view head, size_t* bom_size = nullptr);

// Length of the UTF-8 BOM at the start of `s` (3 or 0).
size_t Utf8BomSize(std::string_view s);

// Copies `bytes` replacing each byte that is not part of a valid UTF-8
// sequence by U+FFFD. Returns the count of replaced bytes; `*first`
// (optional) receives the offset of the first one.
size_t RepairUtf8(std::string_view bytes, std::string* out,
                  size_t* first = nullptr);

// The warning for RepairUtf8's report: "3 invalid UTF-8 bytes replaced
// (first at byte 120)".
std::string InvalidUtf8Warning(size_t count, size_t first);

}  // namespace rasd

#endif  // RASD_IO_DECODE_H_

// Cheap byte-level looks at an HTML page before it is parsed: the charset
// it declares, and whether its nesting would make parsing too slow.
// Thread-safety: pure functions.
#ifndef RASD_IO_HTML_SCAN_H_
#define RASD_IO_HTML_SCAN_H_

#include <string>
#include <string_view>

namespace rasd {

// The charset a page declares in its first 2 KB (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), or "".
std::string PrescanCharset(std::string_view html);

// True when elements nest so deep (more than `max_open` unclosed) that the
// HTML5 tree builder would take quadratic time over them.
bool NestsTooDeep(std::string_view html, int max_open);

}  // namespace rasd

#endif  // RASD_IO_HTML_SCAN_H_

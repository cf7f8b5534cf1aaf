#include "text/utf8.h"

namespace rasd {

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    uint32_t len;
    if (DecodeUtf8(s, i, &len) == kReplacementChar) {
      // U+FFFD itself is valid when spelled EF BF BD.
      if (s.substr(i, 3) != "\xEF\xBF\xBD") return false;
      len = 3;
    }
    i += len;
  }
  return true;
}

}  // namespace rasd

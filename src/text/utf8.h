// UTF-8 helpers for the hot paths: decoding one code point at a byte offset
// and appending one. Text reaching them is valid UTF-8 (the input layer
// decodes and repairs it); on anything else they still never read out of
// bounds and return U+FFFD for a bad sequence.
#ifndef RASD_TEXT_UTF8_H_
#define RASD_TEXT_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rasd {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[i]; sets *len to its byte length (>= 1).
[[gnu::always_inline]] inline char32_t DecodeUtf8(std::string_view s, size_t i,
                                                  uint32_t* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  const size_t left = s.size() - i;
  auto cont = [&](size_t k) { return k < left && (b(i + k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c < 0xE0 && cont(1)) {
    *len = 2;
    return ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
  }
  if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2)) {
    char32_t cp =
        ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *len = 3;
      return cp;
    }
  }
  if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) |
                  ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *len = 4;
      return cp;
    }
  }
  *len = 1;
  return kReplacementChar;
}

// The largest code-point boundary <= n in s (n <= s.size()): where to cut s
// to at most n bytes without splitting a character.
inline size_t CodePointFloor(std::string_view s, size_t n) {
  while (n > 0 && n < s.size() &&
         (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
    --n;
  return n;
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// `s` with ASCII letters lower-cased (tags, names, charsets).
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// True if `s` is well-formed UTF-8 (no overlongs, surrogates, or > U+10FFFF).
bool IsValidUtf8(std::string_view s);

}  // namespace rasd

#endif  // RASD_TEXT_UTF8_H_

// Deciding the encoding of an input.
//
// Arabic news reaches us as UTF-8 (most of it), as Windows-1256 (older
// sites and archives), and now and then as UTF-16 from Windows tools. The
// order of evidence, strongest first:
//
//  1. A byte order mark: EF BB BF is UTF-8, FF FE and FE FF are UTF-16.
//  2. The UTF-16 pattern without a BOM: ASCII characters in UTF-16 have a
//     NUL high byte, so NULs sit on one parity only, and the high-byte
//     column takes few values (00 and 06 for Arabic text). Binary data has
//     NULs on both parities and high bytes all over the place.
//  3. Any other NUL byte, or more than 10% C0 control characters, means
//     binary data: rejected, not decoded into noise.
//  4. A declared charset (HTML meta) is honoured when ICU knows it, except
//     when the bytes are valid UTF-8 with non-ASCII characters: pages
//     labelled windows-1256 that are really UTF-8 are common, while
//     Windows-1256 Arabic virtually never forms valid UTF-8 by chance.
//  5. Valid UTF-8 is taken as is.
//  6. Otherwise it is Windows-1256 or damaged UTF-8. Windows-1256 Arabic
//     letters are C1-FF, which are UTF-8 lead bytes that a following letter
//     or ASCII byte never continues, so nearly all of its high bytes are
//     invalid UTF-8; damaged UTF-8 has a few invalid bytes among many valid
//     sequences. We choose Windows-1256 when at least half of the non-ASCII
//     bytes are invalid UTF-8 AND at least half of them map to the Arabic
//     block (U+0600-U+06FF) in Windows-1256; the second test keeps Latin-1
//     French or Turkish from being read as Arabic. Anything else is decoded
//     as UTF-8 with each invalid byte replaced by U+FFFD, reported once.
#include "io/decode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "io/transcode.h"

namespace rasd {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr double kMaxControlShare = 0.10;
constexpr double kCp1256MinInvalidShare = 0.5;
constexpr double kCp1256MinArabicShare = 0.5;

// Length of the valid UTF-8 sequence at s[i], or 0 if there is none.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = at(i);
  const size_t left = s.size() - i;
  const auto cont = [&](size_t k) {
    return k < left && (at(i + k) & 0xC0) == 0x80;
  };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const unsigned char c1 = at(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const unsigned char c1 = at(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

struct ByteStats {
  size_t high = 0;     // bytes >= 0x80
  size_t invalid = 0;  // bytes outside valid UTF-8 sequences
  size_t first_invalid = 0;
  size_t cp1256_arabic = 0;  // high bytes that are Arabic in Windows-1256
};

// For each byte, whether Windows-1256 maps it into the Arabic block.
const std::array<bool, 256>& Cp1256ArabicTable() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    std::string all;
    for (int b = 0x80; b < 0x100; ++b) all.push_back(static_cast<char>(b));
    auto utf8 = TranscodeToUtf8(all, "windows-1256");
    if (!utf8.ok()) return t;
    const std::string& s = utf8.value();
    int byte = 0x80;
    for (size_t i = 0; i < s.size() && byte < 0x100; ++byte) {
      const size_t n = ValidSequenceLength(s, i);
      if (n == 2) {
        const unsigned cp = ((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
        t[byte] = cp >= 0x600 && cp <= 0x6FF;
      }
      i += n == 0 ? 1 : n;
    }
    return t;
  }();
  return table;
}

ByteStats CountBytes(std::string_view s) {
  ByteStats st;
  const auto& arabic = Cp1256ArabicTable();
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c < 0x80) continue;
    ++st.high;
    if (arabic[c]) ++st.cp1256_arabic;
  }
  for (size_t i = 0; i < s.size();) {
    const size_t n = ValidSequenceLength(s, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (st.invalid++ == 0) st.first_invalid = i;
    ++i;
  }
  return st;
}

bool LooksLikeCp1256(const ByteStats& st) {
  if (st.high == 0) return false;
  const double invalid = static_cast<double>(st.invalid) / st.high;
  const double arabic = static_cast<double>(st.cp1256_arabic) / st.high;
  return invalid >= kCp1256MinInvalidShare && arabic >= kCp1256MinArabicShare;
}

// A BadInput status if `s` looks like binary data.
Status CheckNotBinary(std::string_view s) {
  const void* nul = std::memchr(s.data(), 0, s.size());
  if (nul != nullptr) {
    const size_t at = static_cast<const char*>(nul) - s.data();
    return Status::BadInput("binary data (NUL byte at offset " +
                            std::to_string(at) + ")");
  }
  const std::string_view head = s.substr(0, 16 * kSniffBytes);
  size_t controls = 0;
  for (unsigned char c : head) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' &&
        c != '\r' && c != 0x1B) {
      ++controls;
    }
  }
  if (controls >= 8 && controls > kMaxControlShare * head.size()) {
    return Status::BadInput("binary data (" +
                            std::to_string(controls * 100 / head.size()) +
                            "% control characters)");
  }
  return Status::Ok();
}

bool IsUtf8Name(std::string_view charset) {
  std::string n;
  for (char c : charset) {
    if (c != '-' && c != '_') n.push_back(static_cast<char>(std::tolower(c)));
  }
  return n == "utf8" || n == "unicode11utf8";
}

bool IsUtf16Or32Name(std::string_view charset) {
  std::string n;
  for (char c : charset) n.push_back(static_cast<char>(std::tolower(c)));
  return n.rfind("utf-16", 0) == 0 || n.rfind("utf-32", 0) == 0 ||
         n.rfind("utf16", 0) == 0 || n.rfind("utf32", 0) == 0 || n == "ucs-2" ||
         n == "unicode";
}

Decoded AsUtf8(std::string_view bytes, const ByteStats& st) {
  Decoded d;
  d.encoding = "UTF-8";
  if (st.invalid == 0) {
    d.text.assign(bytes);
    return d;
  }
  size_t first = 0;
  const size_t n = RepairUtf8(bytes, &d.text, &first);
  d.warnings.push_back(InvalidUtf8Warning(n, first));
  return d;
}

Result<Decoded> Convert(std::string_view bytes, std::string_view charset,
                        std::string_view label) {
  uint64_t replaced = 0;
  auto text = TranscodeToUtf8(bytes, charset, &replaced);
  if (!text.ok()) return text.status();
  Decoded d;
  d.text = std::move(text).value();
  d.encoding = std::string(label);
  if (replaced > 0) {
    d.warnings.push_back(std::to_string(replaced) + " invalid " + d.encoding +
                         " sequences replaced");
  }
  return d;
}

Result<Decoded> DecodeUtf16(std::string_view bytes, std::string_view which,
                            size_t bom) {
  auto d = Convert(bytes.substr(bom), which, which);
  if (d.ok() && d->text.empty()) return Status::BadInput("empty input");
  return d;
}

// Steps 4-6 of the essay above, for bytes with no BOM, no NUL and no
// UTF-16 pattern.
Result<Decoded> DecodeAsciiCompatible(std::string_view bytes,
                                      std::string_view declared) {
  const ByteStats st = CountBytes(bytes);
  std::vector<std::string> notes;
  const std::string name(declared);
  if (!declared.empty() && !IsUtf8Name(declared) &&
      !IsUtf16Or32Name(declared) && st.high > 0) {
    if (st.invalid == 0) {
      notes.push_back("declared charset '" + name +
                      "' ignored: the bytes are valid UTF-8");
    } else {
      auto d = Convert(bytes, declared, declared);
      if (d.ok()) return d;
      notes.push_back("unknown declared charset '" + name + "' ignored");
    }
  }
  Result<Decoded> d = AsUtf8(bytes, st);
  if (!IsUtf8Name(declared) && LooksLikeCp1256(st)) {
    d = Convert(bytes, "windows-1256", "windows-1256");
    if (d.ok()) {
      d->warnings.push_back("decoded as windows-1256 (detected: " +
                            std::to_string(st.cp1256_arabic * 100 / st.high) +
                            "% of non-ASCII bytes are Arabic letters there)");
    }
  }
  if (d.ok()) {
    d->warnings.insert(d->warnings.begin(), notes.begin(), notes.end());
  }
  return d;
}

}  // namespace

size_t Utf8BomSize(std::string_view s) {
  return s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::string_view DetectUtf16(std::string_view head, size_t* bom_size) {
  if (bom_size != nullptr) *bom_size = 0;
  if (head.size() >= 2) {
    const std::string_view bom = head.substr(0, 2);
    const bool le = bom == "\xFF\xFE";
    if (le || bom == "\xFE\xFF") {
      if (bom_size != nullptr) *bom_size = 2;
      return le ? "UTF-16LE" : "UTF-16BE";
    }
  }
  head = head.substr(0, kSniffBytes);
  const size_t pairs = head.size() / 2;
  if (pairs == 0) return {};
  size_t zeros[2] = {0, 0};
  std::array<size_t, 256> column[2] = {};
  for (size_t i = 0; i < pairs * 2; ++i) {
    const unsigned char c = head[i];
    if (c == 0) ++zeros[i % 2];
    ++column[i % 2][c];
  }
  if ((zeros[0] == 0) == (zeros[1] == 0)) return {};  // none, or both parities
  const int high = zeros[0] == 0 ? 1 : 0;  // the column holding the NULs
  size_t mode = 0;
  for (int b = 1; b < 256; ++b) mode = std::max(mode, column[high][b]);
  if ((column[high][0] + mode) * 10 < pairs * 9) return {};
  return high == 1 ? "UTF-16LE" : "UTF-16BE";
}

size_t RepairUtf8(std::string_view bytes, std::string* out, size_t* first) {
  out->clear();
  out->reserve(bytes.size() + 16);
  size_t replaced = 0;
  for (size_t i = 0; i < bytes.size();) {
    const size_t n = ValidSequenceLength(bytes, i);
    if (n > 0) {
      out->append(bytes.data() + i, n);
      i += n;
      continue;
    }
    if (replaced++ == 0 && first != nullptr) *first = i;
    out->append("\xEF\xBF\xBD");
    ++i;
  }
  return replaced;
}

std::string InvalidUtf8Warning(size_t count, size_t first) {
  return std::to_string(count) + " invalid UTF-8 byte" +
         (count == 1 ? "" : "s") + " replaced (first at byte " +
         std::to_string(first) + ")";
}

Result<Decoded> DecodeBytes(std::string_view bytes,
                            std::string_view declared_charset) {
  if (bytes.empty()) return Status::BadInput("empty input");
  if (const size_t bom = Utf8BomSize(bytes); bom > 0) {
    bytes.remove_prefix(bom);
    if (bytes.empty()) return Status::BadInput("empty input");
    if (Status s = CheckNotBinary(bytes); !s.ok()) return s;
    return AsUtf8(bytes, CountBytes(bytes));
  }
  size_t bom = 0;
  if (std::string_view u16 = DetectUtf16(bytes, &bom); !u16.empty()) {
    return DecodeUtf16(bytes, u16, bom);
  }
  if (Status s = CheckNotBinary(bytes); !s.ok()) return s;
  return DecodeAsciiCompatible(bytes, declared_charset);
}

}  // namespace rasd

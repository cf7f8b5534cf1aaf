// The normaliser is a table lookup: every code point of the Basic
// Multilingual Plane is mapped once, at first use, to its normalised UTF-8
// bytes (often itself, sometimes nothing, sometimes several characters for
// a ligature). The hot loop then copies ASCII with a case fold and, for
// anything else, appends the table entry. Supplementary-plane characters
// (emoji, rare scripts) go through the slow path on each occurrence.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "text/chars.h"
#include "text/utf8.h"

namespace rasd {
namespace {

// Arabic letter rules; returns 0 when the letter has no rule.
char32_t ArabicRule(char32_t c) {
  switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673:
      return 0x0627;  // ا
    case 0x0624:
      return 0x0648;  // ؤ → و
    case 0x0626:
    case 0x0649:
    case 0x06CC:
    case 0x06D0:
      return 0x064A;  // ي
    case 0x06A9:
      return 0x0643;  // ک → ك
    case 0x0629:
      return 0x0647;  // ة → ه
    case 0x066B:
      return '.';
    case 0x066C:
      return ',';
    default:
      return 0;
  }
}

// Every rule but NFKC, for one code point.
void MapSimple(char32_t c, std::string* out) {
  const CharClass k = ClassOf(c);
  if (k == CharClass::kFormat || k == CharClass::kArabicMark) return;
  if (char32_t r = ArabicRule(c)) return AppendUtf8(r, out);
  if (k == CharClass::kDigit) {
    const int v = DigitValue(c);
    if (v >= 0) return out->push_back(static_cast<char>('0' + v));
  }
  if (k == CharClass::kLetter) c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  AppendUtf8(c, out);
}

void MapSlow(char32_t c, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status) && c >= 0xA0 && ArabicRule(c) == 0 &&
      !nfkc->isNormalized(icu::UnicodeString(static_cast<UChar32>(c)),
                          status)) {
    icu::UnicodeString folded =
        nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    if (U_SUCCESS(status)) {
      for (int32_t i = 0; i < folded.length();) {
        const UChar32 d = folded.char32At(i);
        MapSimple(static_cast<char32_t>(d), out);
        i += U16_LENGTH(d);
      }
      return;
    }
  }
  MapSimple(c, out);
}

struct Table {
  struct Entry {
    uint32_t offset;
    uint8_t length;
  };
  std::vector<Entry> entries;  // indexed by code point < 0x10000
  std::string pool;
  // The same mapping for the one- and two-byte code points (< U+0800: ASCII,
  // Latin, Arabic), packed for the hot loop: the low byte is the output's
  // length, the three above it the output (a length of kLong: longer than
  // three bytes, see `entries`).
  static constexpr uint32_t kLong = 0xFF;
  uint32_t small[0x800];
};

const Table& GetTable() {
  static const Table* table = [] {
    auto* t = new Table;
    t->entries.resize(0x10000);
    std::string buf;
    for (char32_t c = 0; c < 0x10000; ++c) {
      buf.clear();
      if (c >= 0xD800 && c <= 0xDFFF) {
        AppendUtf8(kReplacementChar, &buf);
      } else {
        MapSlow(c, &buf);
      }
      t->entries[c] = {static_cast<uint32_t>(t->pool.size()),
                       static_cast<uint8_t>(buf.size())};
      t->pool += buf;
      if (c < 0x800) {
        uint32_t packed = Table::kLong;
        if (buf.size() <= 3) {
          packed = static_cast<uint32_t>(buf.size());
          for (size_t k = 0; k < buf.size(); ++k)
            packed |= static_cast<uint32_t>(static_cast<unsigned char>(buf[k]))
                      << (8 * (k + 1));
        }
        t->small[c] = packed;
      }
    }
    return t;
  }();
  return *table;
}

}  // namespace

void AppendNormalized(char32_t c, std::string* out) {
  if (c < 0x10000) {
    const Table& t = GetTable();
    const Table::Entry e = t.entries[c];
    out->append(t.pool, e.offset, e.length);
  } else {
    MapSlow(c, out);
  }
}

void Normalize(std::string_view raw, Normalized* out) {
  // Output is written through pointers into buffers sized for the common
  // case (no longer than the input, plus slack for whole-word stores) and
  // grown when an expansion (ﷺ → its words) would not fit; both are trimmed
  // at the end. The loop stores four bytes for a code point of one or two
  // bytes and keeps as many as its mapping has, so most characters take no
  // branch on what they map to.
  std::string& text = out->text;
  std::vector<uint32_t>& to_raw = out->to_raw;
  size_t cap = raw.size() + 64;
  text.resize(cap);
  to_raw.resize(cap + 1);
  char* dst = text.data();
  uint32_t* pos = to_raw.data();
  size_t n = 0;
  // Room for `more` bytes past n (and for the four-byte stores).
  auto ensure = [&](size_t more) {
    if (n + more + 4 <= cap) [[likely]]
      return;
    cap = std::max(cap * 2, n + more + 4);
    text.resize(cap);
    to_raw.resize(cap + 1);
    dst = text.data();
    pos = to_raw.data();
  };
  const Table& t = GetTable();
  const char* pool = t.pool.data();
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  const size_t size = raw.size();
  std::string slow;
  size_t i = 0;
  while (i < size) {
    const unsigned char b = p[i];
    uint32_t packed;
    uint32_t len;
    if (b < 0x80) {
      packed = t.small[b];
      len = 1;
    } else if (b >= 0xC2 && b < 0xE0 && i + 1 < size &&
               (p[i + 1] & 0xC0) == 0x80) {
      packed = t.small[(b & 0x1F) << 6 | (p[i + 1] & 0x3F)];
      len = 2;
    } else {
      packed = Table::kLong;
      len = 0;
    }
    if (packed != Table::kLong) [[likely]] {
      ensure(3);
      const uint32_t bytes = packed >> 8;
      std::memcpy(dst + n, &bytes, 4);  // little-endian: first byte first
      const uint32_t at = static_cast<uint32_t>(i);
      pos[n] = at;
      pos[n + 1] = at;
      pos[n + 2] = at;
      n += packed & 0xFF;
      i += len;
      continue;
    }
    const char32_t c = DecodeUtf8(raw, i, &len);
    const char* from;
    size_t count;
    if (c < 0x10000) {
      const Table::Entry e = t.entries[c];
      from = pool + e.offset;
      count = e.length;
    } else {
      slow.clear();
      MapSlow(c, &slow);
      from = slow.data();
      count = slow.size();
    }
    ensure(count);
    for (size_t k = 0; k < count; ++k) {
      dst[n] = from[k];
      pos[n++] = static_cast<uint32_t>(i);
    }
    i += len;
  }
  text.resize(n);
  to_raw.resize(n + 1);
  to_raw[n] = static_cast<uint32_t>(size);
}

std::string NormalizeString(std::string_view raw) {
  Normalized n;
  Normalize(raw, &n);
  return std::move(n.text);
}

std::string SlugKey(std::string_view name) {
  std::string key = "x-";
  bool space = false;
  for (char ch : NormalizeString(name)) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '-') {
      space = true;
      continue;
    }
    if (space && key.size() > 2) key += '-';
    space = false;
    key += ch;
  }
  return key;
}

}  // namespace rasd

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
  // case (no longer than the input) and grown when an expansion (ﷺ → its
  // words) would not fit; both are trimmed at the end.
  std::string& text = out->text;
  std::vector<uint32_t>& to_raw = out->to_raw;
  size_t cap = raw.size() + 64;
  text.resize(cap);
  to_raw.resize(cap + 1);
  size_t n = 0;
  auto ensure = [&](size_t more) {
    if (n + more <= cap) return;
    cap = std::max(cap * 2, n + more);
    text.resize(cap);
    to_raw.resize(cap + 1);
  };
  const Table& t = GetTable();
  const char* pool = t.pool.data();
  std::string slow;
  size_t i = 0;
  while (i < raw.size()) {
    const unsigned char b = static_cast<unsigned char>(raw[i]);
    if (b < 0x80) {
      if ((b >= 0x20 && b != 0x7F) || b == '\t' || b == '\n' || b == '\r' ||
          b == '\f' || b == '\v') {
        ensure(1);
        text[n] = static_cast<char>((b >= 'A' && b <= 'Z') ? b | 0x20 : b);
        to_raw[n++] = static_cast<uint32_t>(i);
      }
      ++i;
      continue;
    }
    uint32_t len;
    const char32_t c = DecodeUtf8(raw, i, &len);
    const char* from;
    size_t size;
    if (c < 0x10000) {
      const Table::Entry e = t.entries[c];
      from = pool + e.offset;
      size = e.length;
    } else {
      slow.clear();
      MapSlow(c, &slow);
      from = slow.data();
      size = slow.size();
    }
    ensure(size);
    for (size_t k = 0; k < size; ++k) {
      text[n] = from[k];
      to_raw[n++] = static_cast<uint32_t>(i);
    }
    i += len;
  }
  text.resize(n);
  to_raw.resize(n + 1);
  to_raw[n] = static_cast<uint32_t>(raw.size());
}

std::string NormalizeString(std::string_view raw) {
  Normalized n;
  Normalize(raw, &n);
  return std::move(n.text);
}

}  // namespace rasd

#include "kb/names.h"

#include <cstdint>

#include "text/utf8.h"

namespace rasd {
namespace {

constexpr size_t kMaxLetters = 48;
constexpr char32_t kAlef = U'\u0627';

// Decodes up to kMaxLetters code points; false if the word is longer.
bool Decode(std::string_view s, char32_t* out, size_t* n) {
  *n = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (*n == kMaxLetters) return false;
    uint32_t len = 1;
    out[(*n)++] = DecodeUtf8(s, i, &len);
    i += len;
  }
  return true;
}

bool SameWithoutAlef(const char32_t* a, size_t na, const char32_t* b,
                     size_t nb) {
  if (a[0] != b[0]) return false;
  size_t i = 1, j = 1, kept = 1;
  while (true) {
    while (i < na && a[i] == kAlef) ++i;
    while (j < nb && b[j] == kAlef) ++j;
    if (i == na || j == nb) return i == na && j == nb && kept >= 4;
    if (a[i] != b[j]) return false;
    ++i, ++j, ++kept;
  }
}

bool OneSubstitutionOrSwap(const char32_t* a, const char32_t* b, size_t n) {
  size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  if (i == n) return true;
  // One substitution: the rest agrees.
  size_t k = i + 1;
  while (k < n && a[k] == b[k]) ++k;
  if (k == n) return true;
  // One swap of neighbours, then the rest agrees.
  if (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i]) {
    for (k = i + 2; k < n; ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

bool SameNameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  char32_t x[kMaxLetters], y[kMaxLetters];
  size_t nx, ny;
  if (!Decode(a, x, &nx) || !Decode(b, y, &ny)) return false;
  if (SameWithoutAlef(x, nx, y, ny)) return true;
  return nx == ny && nx >= 5 && OneSubstitutionOrSwap(x, y, nx);
}

}  // namespace rasd

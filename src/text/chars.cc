#include "text/chars.h"

#include <unicode/uchar.h>

#include <array>

namespace rasd {
namespace {

bool IsArabicMarkCp(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         c == 0x0670 || c == 0x0640 /* tatweel */ ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) ||
         (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF);
}

bool IsFormatCp(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
         c == 0x200F || c == 0x061C || c == 0x00AD || c == 0xFEFF ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x2060;
}

CharClass Compute(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
    return CharClass::kSpace;
  if (c < 0x20 || c == 0x7F) return CharClass::kFormat;
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c == '$' || c == '%' || c == '+' || c == '<' || c == '=' || c == '>' ||
        c == '^' || c == '`' || c == '|' || c == '~')
      return CharClass::kSymbol;
    return CharClass::kPunct;
  }
  if (IsFormatCp(c)) return CharClass::kFormat;
  if (IsArabicMarkCp(c)) return CharClass::kArabicMark;
  if (c == 0x066A || c == 0x2030 || c == 0x060B) return CharClass::kSymbol;
  if (c == 0x066B || c == 0x066C) return CharClass::kPunct;  // ٫ ٬
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  const int8_t type = u_charType(c);
  const bool arabic_script =
      (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
      (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFE);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return arabic_script ? CharClass::kArabic : CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return arabic_script ? CharClass::kArabicMark : CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kSymbol;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return arabic_script ? CharClass::kPunct : CharClass::kSymbol;
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kFormat;
    case U_SPACE_SEPARATOR:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

// The Basic Multilingual Plane is classified once; the rest on demand.
const std::array<CharClass, 0x10000>& BmpTable() {
  static const auto* table = [] {
    auto* t = new std::array<CharClass, 0x10000>;
    for (char32_t c = 0; c < 0x10000; ++c) (*t)[c] = Compute(c);
    (*t)[0xFFFD] = CharClass::kOther;
    return t;
  }();
  return *table;
}

}  // namespace

namespace internal {

const CharClass* BmpClasses() { return BmpTable().data(); }

CharClass ClassOfAstral(char32_t c) {
  if (c > 0x10FFFF) return CharClass::kOther;
  return Compute(c);
}

}  // namespace internal

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c < 0x80) return -1;
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  if (u_charType(c) != U_DECIMAL_DIGIT_NUMBER) return -1;
  return u_charDigitValue(c);
}

}  // namespace rasd

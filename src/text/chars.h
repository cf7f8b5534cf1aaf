// Character classes for Arabic news text. One place decides what is an
// Arabic letter, a diacritic, a digit, a quote or a sentence terminator; the
// normaliser, tokenizer and sentence splitter all ask here. Everything
// outside the Arabic blocks and ASCII is classified by ICU's properties.
// Thread-safety: pure functions over a table built once.
#ifndef RASD_TEXT_CHARS_H_
#define RASD_TEXT_CHARS_H_

#include <cstdint>

namespace rasd {

enum class CharClass : uint8_t {
  kSpace,       // white space and line breaks
  kFormat,      // invisible: bidi marks, ZWNJ/ZWJ, BOM, soft hyphen, controls
  kArabic,      // Arabic-script letter (incl. presentation forms)
  kArabicMark,  // harakat, Quranic marks, tatweel: part of an Arabic word
  kLetter,      // a letter of another script
  kMark,        // a combining mark of another script
  kDigit,       // decimal digit of any script
  kPunct,       // punctuation
  kSymbol,      // currency, math and other symbols, and % ٪ ‰
  kOther,       // unassigned, private use, replacement char
};

namespace internal {
// The classes of the Basic Multilingual Plane, computed once.
const CharClass* BmpClasses();
CharClass ClassOfAstral(char32_t c);
}  // namespace internal

// Inline: the tokenizer asks once per character.
inline CharClass ClassOf(char32_t c) {
  static const CharClass* const bmp = internal::BmpClasses();
  if (c < 0x10000) [[likely]]
    return bmp[c];
  return internal::ClassOfAstral(c);
}

// 0-9 for a decimal digit of any script, else -1.
int DigitValue(char32_t c);

inline bool IsArabicWordChar(CharClass k) {
  return k == CharClass::kArabic || k == CharClass::kArabicMark;
}

// Marks that may join the digits of one number: . , ٫ ٬ (not ' or space).
inline bool IsNumberSeparator(char32_t c) {
  return c == '.' || c == ',' || c == 0x066B || c == 0x066C;
}

// Ends a sentence: . ! ? ؟ ؛ ۔ … (and runs of them).
inline bool IsSentenceTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B ||
         c == 0x06D4 || c == 0x2026;
}

// Closing quotes and brackets that stay with the sentence they end.
inline bool IsClosingPunct(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0x00BB /* » */ || c == 0x201D /* ” */ || c == 0x2019 /* ’ */ ||
         c == 0x203A /* › */;
}

}  // namespace rasd

#endif  // RASD_TEXT_CHARS_H_

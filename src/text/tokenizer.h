// The tokenizer: splits raw text into Arabic words, Latin words, numbers,
// punctuation and symbols. Whitespace and invisible format characters (bidi
// marks, ZWNJ between words, BOM) are the gaps between tokens, so tokens plus
// gaps rebuild the text exactly.
//
//   Arabic word  letters with their harakat and tatweel (a tatweel after a
//                letter that never joins, or starting a token, is a dash:
//                punctuation); a ZWNJ/ZWJ between
//                two Arabic letters stays inside the word
//   number       digits of any script with inner separators . , ٫ ٬ that are
//                followed by a digit: 2.9  ٢٫٩  1,800,000
//   Latin word   letters (any non-Arabic script) and digits: CNN  F16
//   punctuation  one mark, or one run of dots (...)
//   symbol       one symbol: $ € % ٪
// Clitics are not split here (that is the word layer's job).
// Thread-safety: pure function.
#ifndef RASD_TEXT_TOKENIZER_H_
#define RASD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "rasd/document.h"

namespace rasd {

// Appends the tokens of `text` to *out; each token's `norm` span is aligned
// into `norm` (the normalised form of the same text).
void Tokenize(std::string_view text, const Normalized& norm,
              std::vector<Token>* out);

}  // namespace rasd

#endif  // RASD_TEXT_TOKENIZER_H_

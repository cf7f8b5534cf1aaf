// Numbers written in digits (Western or Arabic-Indic, already folded to
// 0-9 . , by the normaliser), in words (ثلاثة آلاف، خمسة وعشرون، مئتان) or
// mixed (4 مليارات و 400 مليون، 2.9 مليار، نصف مليون، مليون ونصف).
//
// Word numbers are read with the usual two accumulators: `group` collects
// units, tens and hundreds; a scale word (ألف، مليون، مليار) multiplies the
// group (1 if empty) into the total. Parts are joined by و, either a
// standalone و or the proclitic of the next word.
#ifndef RASD_FACTS_NUMBERS_H_
#define RASD_FACTS_NUMBERS_H_

#include <cstddef>
#include <string_view>

#include "facts/lexicon.h"
#include "facts/word_seq.h"

namespace rasd {

struct NumberMatch {
  double value = 0;
  size_t end = 0;          // one past the last item used
  bool digits = false;     // at least one part written in digits
  bool words = false;      // at least one number word
  bool has_scale = false;  // a scale word took part (ألف، مليون...)
  bool plain_integer = false;  // a single digit run with no separators
};

// Parses a digit token's normalised text ("2.9", "1,800,000"); false if it
// is not a number.
bool ParseDigits(std::string_view s, double* value);

// Reads the number that starts at item i; false if none does.
bool MatchNumber(const FactsLexicon& lex, const WordSeq& seq, size_t i,
                 NumberMatch* out);

}  // namespace rasd

#endif  // RASD_FACTS_NUMBERS_H_

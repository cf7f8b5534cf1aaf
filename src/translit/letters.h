// The word-level conventions shared by training, decoding and evaluation of
// the transliterator, so that the model sees the same kind of input in all
// three.
//
// Arabic side: the project's matching normaliser (text/normalize.h) runs
// first, so أ إ آ → ا, ة → ه, ى → ي and harakat disappear; a name is then
// split into words at whitespace and hyphens, and a word is the Arabic
// letters U+0621-U+064A it holds. One letter the normaliser merges is kept
// apart through its alignment back to the raw text: ة (ta marbuta) is ه for
// matching, but names spell it "a" (Khalifa, Fatima) and ه "h" (Abdullah),
// so the model sees ة as its own letter (ModelLetter).
//
// The article: a word of at least four letters starting with ال loses it
// before the model runs, and the output carries it as "al-" in front of the
// capitalised rest ("Fayez al-Sarraj"), "Al-" when it opens the name
// ("Al-Sarraj"). No sun-letter assimilation (al-Sarraj, not as-Sarraj): that
// is what English-language news agencies write, and it keeps the article
// recognisable. In training pairs the English "al"/"el" prefix (with or
// without a hyphen) is removed together with the Arabic article, so the model
// learns stems only.
// Thread-safety: pure functions.
#ifndef RASD_TRANSLIT_LETTERS_H_
#define RASD_TRANSLIT_LETTERS_H_

#include <string>
#include <string_view>

#include "rasd/document.h"

namespace rasd {

inline bool IsArabicLetter(char32_t c) { return c >= 0x0621 && c <= 0x064A; }

// The letter the model sees for code point c at byte i of n.text, where n
// is the normalisation of `raw`: c itself, except ة for a ه that was ة.
char32_t ModelLetter(char32_t c, std::string_view raw, const Normalized& n,
                     size_t i);

// The model letters of a one-word name (raw UTF-8) as UTF-8: the key of a
// fixed spelling. Empty when it has no Arabic letters.
std::string ModelWordKey(std::string_view raw);

// Appends the Arabic letters of `normalized` (already normalised) to *out.
void AppendArabicLetters(std::string_view normalized, std::u32string* out);

// The word without its article when it has one (see above), else the word.
std::u32string_view StripArticle(std::u32string_view word, bool* had_article);

// The training form of an English spelling: ASCII letters lower-cased and
// apostrophes kept; spaces, hyphens and dots dropped. False when it holds
// any other character (accented letters, digits): such pairs are not used
// for training.
bool EnglishTrainingForm(std::string_view english, std::string* out);

// Removes a leading "al"/"el" (the English article) from a training form
// that is at least 5 letters long; for pairs whose Arabic side had ال.
std::string_view StripEnglishArticle(std::string_view english);

// The comparison form used for scoring: ASCII lower-cased, spaces and
// hyphens removed (so "al-Sarraj", "Al Sarraj" and "alsarraj" are equal).
std::string ScoringForm(std::string_view english);

}  // namespace rasd

#endif  // RASD_TRANSLIT_LETTERS_H_

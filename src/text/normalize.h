// The matching normaliser: rewrites text so that spellings a reader treats
// as one word compare equal, and keeps an alignment back to the raw text.
//
//   alef forms  أ إ آ ٱ → ا        hamza seats  ؤ → و   ئ → ي
//   ى ی → ي     ک → ك             ة → ه
//   harakat, Quranic marks, tatweel: removed
//   bidi marks, ZWNJ/ZWJ, BOM, soft hyphen, control chars: removed
//   presentation forms and other compatibility characters: NFKC (ICU),
//     then the rules above (ﻷ → لا)
//   Arabic-Indic and other decimal digits → 0-9; ٫ → .  ٬ → ,
//   letters of other scripts: case-folded (CNN → cnn)
//
// Each output byte records the raw byte offset of the code point it came
// from, so any span found in the normalised text maps back to the raw text.
// Thread-safety: the mapping table is built once (thread-safe static) and
// read-only afterwards; Normalize is reentrant.
#ifndef RASD_TEXT_NORMALIZE_H_
#define RASD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "rasd/document.h"

namespace rasd {

// Normalises `raw` (valid UTF-8) into *out (cleared first).
void Normalize(std::string_view raw, Normalized* out);

// Convenience for tests and lookups: the normalised string alone.
std::string NormalizeString(std::string_view raw);

// The key of an actor the knowledge base does not know: "x-" + its name
// normalised, words joined by "-" (خليفة حفتر → x-خليفه-حفتر). Spaces and
// "-" in `name` both separate words.
std::string SlugKey(std::string_view name);

// Appends the normalised form of one code point to *out.
void AppendNormalized(char32_t c, std::string* out);

}  // namespace rasd

#endif  // RASD_TEXT_NORMALIZE_H_

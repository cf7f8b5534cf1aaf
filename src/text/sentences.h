// The sentence splitter, over tokens. A sentence ends
//   - at a terminator . ! ? ؟ ؛ ۔ … (with the terminators and closing quotes
//     or brackets written right after it: ؟!  ."  .»  ).
//   - at a line break: headlines and paragraphs are their own sentences.
// A full stop does not end a sentence when it is part of a word or a name
// (العربية.نت, www.x.com: no space after it), or ends an abbreviation (a
// lone letter as in د. or U.S., or a listed Latin abbreviation: Dr. Mr.).
// Decimals (2.9, ٢٫٩) never reach here as stops: they are number tokens.
// Thread-safety: pure function.
#ifndef RASD_TEXT_SENTENCES_H_
#define RASD_TEXT_SENTENCES_H_

#include <vector>

#include "rasd/document.h"

namespace rasd {

// Appends the sentences of doc.text to *out; needs doc.tokens.
void SplitSentences(const Document& doc, std::vector<Sentence>* out);

}  // namespace rasd

#endif  // RASD_TEXT_SENTENCES_H_

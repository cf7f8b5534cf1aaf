// CoNLL-U as far as segmentation needs it: reading gold sentences (their
// text rebuilt from FORM and SpaceAfter=No, with each word's byte span) and
// writing a document's words as one CoNLL-U block.
#ifndef RASD_MORPH_CONLLU_H_
#define RASD_MORPH_CONLLU_H_

#include <string>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

struct ConlluSentence {
  std::string id;
  std::string text;         // rebuilt from the forms
  std::vector<Span> words;  // byte spans into text
};

// Multiword-token range lines (1-2) are skipped: their words are read.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// Appends a block for an analysed one-sentence document: "# sent_id", "# text"
// and one line per word with FORM and SpaceAfter=No where nothing follows.
void AppendConllu(const Document& doc, const std::string& sent_id,
                  std::string* out);

}  // namespace rasd

#endif  // RASD_MORPH_CONLLU_H_

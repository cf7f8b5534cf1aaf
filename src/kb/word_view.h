// How the knowledge base and the resolver see one document word: its
// normalised form without the article, its light stem and its matching key,
// as views into Document::norm.text (no allocation).
#ifndef RASD_KB_WORD_VIEW_H_
#define RASD_KB_WORD_VIEW_H_

#include <cstdint>
#include <string_view>

#include "morph/stemmer.h"
#include "rasd/document.h"

namespace rasd {

struct WordView {
  std::string_view form;  // normalised, article off (clitics: as they are)
  std::string_view stem;  // light stem (clitics, numbers: the form)
  std::string_view key;   // matching key of the stem
  bool clitic = false;
  bool skip = false;  // punctuation and symbols
};

inline WordView View(const Document& doc, uint32_t i) {
  const Word& w = doc.words[i];
  WordView v;
  const TokenKind tk = doc.tokens[w.token].kind;
  v.skip = tk == TokenKind::kPunct || tk == TokenKind::kSymbol;
  v.clitic = w.role == WordRole::kProclitic || w.role == WordRole::kEnclitic;
  if (v.clitic || w.stem.empty()) {
    v.form = v.stem = doc.NormText(w.norm);
  } else {
    v.form = doc.NormText({w.stem.begin, w.norm.end});
    v.stem = doc.NormText(w.stem);
  }
  const StemRange k = MatchKeyRange(v.stem);
  v.key = v.stem.substr(k.begin, k.end - k.begin);
  return v;
}

// Whether word i begins its token (no proclitic before it).
inline bool StartsToken(const Document& doc, uint32_t i) {
  return i == 0 || doc.words[i - 1].token != doc.words[i].token;
}

}  // namespace rasd

#endif  // RASD_KB_WORD_VIEW_H_

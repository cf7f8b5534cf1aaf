// How the knowledge base and the resolver see one document word: its
// normalised form without the article, its light stem and its index key,
// as views into Document::norm.text (no allocation).
#ifndef RASD_KB_WORD_VIEW_H_
#define RASD_KB_WORD_VIEW_H_

#include <cstdint>
#include <string_view>

#include "rasd/document.h"

namespace rasd {

struct WordView {
  std::string_view form;  // normalised, article off (clitics: as they are)
  std::string_view stem;  // light stem (clitics, numbers: the form)
  std::string_view key;   // IndexKey of the stem
  bool clitic = false;
  bool skip = false;     // punctuation and symbols
  bool article = false;  // the host carries the article (form is shorter)
};

// The key phrases are indexed by: the stem without a final ا, ي or يا, if
// three letters remain, so that a country name meets its nisba (روسيا,
// روسي → روس; مصر, مصري → مصر). It is the relational part of MatchKey
// (morph/stemmer.h), cheap enough for every word of every document; both
// the knowledge base and documents use it, so they agree by construction.
inline std::string_view IndexKey(std::string_view stem) {
  auto ends = [&](std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() + 6 &&
           s.substr(s.size() - tail.size()) == tail;
  };
  if (ends(stem, "\xD8\xA7")) stem.remove_suffix(2);  // ا
  if (ends(stem, "\xD9\x8A")) stem.remove_suffix(2);  // ي
  return stem;
}

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
    v.article = w.stem.begin != w.norm.begin;
  }
  v.key = IndexKey(v.stem);
  return v;
}

// Whether word i begins its token (no proclitic before it).
inline bool StartsToken(const Document& doc, uint32_t i) {
  return i == 0 || doc.words[i - 1].token != doc.words[i].token;
}

}  // namespace rasd

#endif  // RASD_KB_WORD_VIEW_H_
